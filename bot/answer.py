"""Turn a question into an `Answer`: the section of the best document that answers it, the
documents it may mean when not sure, or a refusal that names the channel."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace

import numpy as np

from bot.clarify import CountryClarifier
from bot.decide import AbstainRule, Signals, settle, signals
from bot.focus import Intent, intents_of, lead_lines, rank_sections
from bot.language import LanguageDetector
from bot.retrieve import DocHit, HybridRetriever, Query
from bot.services import (
    Service,
    ServiceMatch,
    covers,
    has_family,
    has_family_base,
    missing_services,
)
from bot.types import Answer, Decision, Ground, Judged, Source, Suggestion
from indexer.complaints import FALLBACK_REFUSAL
from indexer.countries import country_of_lang
from indexer.review import past_valid_until
from indexer.text import words
from indexer.types import Chunk

log = logging.getLogger(__name__)

# the passage that says what was asked is moved first when it would start later than this
LEAD_WITHIN = 150
SECOND_ROOM = 150  # what a long first section leaves for the runner-up
MIN_PART = 120  # a runner-up shown in less room than this would not say anything

# after an answer from a document whose `valid_until` has passed
STALE_NOTE = {
    "id": "Catatan: informasi ini mungkin sudah tidak berlaku (berlaku sampai {date}). "
          "Periksa informasi terbaru di sumber resminya{url}",
    "ms": "Nota: maklumat ini mungkin sudah tidak terkini (berkuat kuasa sehingga {date}). "
          "Sila semak maklumat terkini di sumber rasminya{url}",
}


SUGGEST_TEXT = {
    "id": "Saya belum yakin informasi mana yang Anda maksud. Apakah salah satu dari ini?",
    "ms": "Saya belum pasti maklumat mana yang anda maksudkan. Adakah salah satu daripada "
          "ini?",
}
# a page offered that names what was asked only to say it leaves it out: what it says
LEFT_OUT_TEXT = {
    "id": "Halaman \u201c{title}\u201d mungkin membantu, tetapi menyebutkan: \u201c{quote}\u201d",
    "ms": "Halaman \u201c{title}\u201d mungkin membantu, tetapi menyatakan: \u201c{quote}\u201d",
}
# a service the folder has no page for, named; a topic that is not a public service
NOT_COVERED_TEXT = {
    "id": "Maaf, informasi tentang {service} belum ada di sini. Layanan ini diurus oleh "
          "{where}.",
    "ms": "Maaf, maklumat tentang {service} belum ada di sini. Perkhidmatan ini diuruskan "
          "oleh {where}.",
}
# words that ask for a licence, a permit or a tax of what is named ("homestay, lesen majlis
# brp"): a question of the public service, not of the topic
PERMITS = frozenset("lesen license licence permit izin ijin cukai pajak retribusi".split())
# a not-covered refusal that still offers pages which look like they answer the question
NEAR_PAGES_TEXT = {
    "id": "Halaman ini mungkin membantu:",
    "ms": "Halaman ini mungkin membantu:",
}
OFF_TOPIC_TEXT = {
    "id": "Maaf, saya hanya menjawab pertanyaan tentang layanan publik.",
    "ms": "Maaf, saya hanya menjawab soalan tentang perkhidmatan awam.",
}
OTHERWISE_CHANNEL = {
    "id": "Untuk pertanyaan atau pengaduan layanan publik: {name} ({url})",
    "ms": "Untuk pertanyaan atau aduan perkhidmatan awam: {name} ({url})",
}
# after the suggestions: where to go if none of them is it
OTHERWISE_TEXT = {
    "id": "Jika bukan, silakan hubungi {name}: {url}",
    "ms": "Jika bukan, sila hubungi {name}: {url}",
}


@dataclass(frozen=True)
class Answerer:
    """Answers one question from one index version (stateless: sessions are
    `bot.conversation`'s, caching and recording the front desk's)."""

    detector: LanguageDetector
    rule: AbstainRule = field(default_factory=AbstainRule)
    # "Indonesia atau Malaysia?" when the country is unknown and both fit; None: guess
    clarifier: CountryClarifier | None = None
    default_country: str | None = None
    max_chars: int = 700
    max_suggestions: int = 3

    def answer(self, retriever: HybridRetriever, text: str, country: str | None,
               lang: str | None, doc_id: str | None = None,
               answer_at: float | None = None) -> Answer:
        """Answer `text` (already cleaned, see `bot.question`); with `doc_id`, or a text that
        is a document's title (a suggestion tapped), from that document."""
        query = retriever.prepare(text)
        chosen = doc_id or retriever.doc_by_title(text, country or self.default_country)
        if chosen is not None and chosen in retriever.doc_chunks:
            return self.from_document(retriever, query, chosen, lang)
        country = country or self.default_country
        docs = retriever.search(query, country=country, k=5)
        # documents are evidence of the question's language only when they answer it
        evidence = [d.best.lang for d in docs[:3]] if docs and self.rule.accepts(signals(
            retriever, query, docs[0], docs, retriever.services_named(text, country))) else []
        guess = self.detector.decide(text, evidence, given=lang, country=country)
        if country is None:
            if self.clarifier is not None and (asked := self.clarifier.ask_back(
                    retriever, query, guess.lang)) is not None:
                return asked
            country = country_of_lang(guess.lang)
            docs = retriever.search(query, country=country, k=5)
        return self.compose(retriever, query, docs, guess.lang, country, answer_at)

    def from_document(self, retriever: HybridRetriever, query: Query, doc_id: str,
                      lang: str | None) -> Answer:
        """The answer from the document the resident chose."""
        docs = retriever.search(query, k=1, doc_id=doc_id)
        first = retriever.first_chunk(doc_id)
        assert first is not None
        guess = self.detector.decide(query.text, [first.lang], given=lang)
        if not docs:
            return self.refusal(retriever, guess.lang, first.country or "ID")
        top = docs[0]
        parts = self.sections(retriever, query, top)
        return Answer(answered=True, answer=self.joined(parts, top, guess.lang),
                      lang=guess.lang, sources=(source(top),), grounds=grounds(parts),
                      confidence=round(self.rule.judge(
                          retriever, query, top, named=retriever.services_named(
                              query.text, top.best.country)), 3),
                      country=top.best.country)

    def compose(self, retriever: HybridRetriever, query: Query, docs: list[DocHit],
                lang: str, country: str, answer_at: float | None = None,
                asked: str | None = None) -> Answer:
        """Answer from the best document when sure (`answer_at`, default the rule's), offer
        the plausible ones when not, refuse when nothing fits."""
        sure = self.rule.answer_at if answer_at is None else answer_at
        if not docs:
            return self.refusal(retriever, lang, country)
        # the service the resident's own words name (not a follow-up's added topic)
        named = retriever.services_named(asked or query.text, country)
        # a follow-up that names no service is about the conversation's one
        about = named or (retriever.services_named(query.text, country) if asked else [])
        read = [(d, signals(retriever, query, d, docs, about)) for d in docs[:5]]
        judged = [(d, self.rule.probability(sig)) for d, sig in read]
        lacking = named[0] if named and self.lacks(retriever, named, country, docs[0],
                                                   asked or query.text) else None
        # the best page names what is done in other words than the question's ("renew
        # paspor": "perpanjangan paspor") — or another service in the same words: offered,
        # never answered from
        hedged = lacking is not None and lacking.tier >= 2 and retriever.discusses(
            docs[0].doc_id, lacking.service)
        # ... unless that page is the general one of the service's family (the passport
        # page, for "renew paspor": its renewal section): then it is the page to answer
        # from, by its probability
        own = hedged and lacking is not None and has_family_base(
            lacking.service.family, retriever.doc_services.get(docs[0].doc_id, ()))
        if hedged:
            lacking = None
        if lacking is not None:
            # a service (or a topic) this folder has no page for: say which, and who has
            # it — and offer the pages it would otherwise have answered from, for a
            # question that names that service only in passing ("arwah meninggal kat rumah,
            # kena buat report polis dulu ke" on a death-registration page)
            log.info("not covered: %s", lacking.service.id)
            # (a topic that is no public service, "tiket konser", offers no page)
            fit = [lacking.service.government and not self.off_service(retriever, lacking, d)
                   for d, _ in judged]
            decision = trace(read, judged, "lacking", fit)
            settled = settle([p for _, p in judged], "lacking", fit, sure,
                             self.rule.suggest_at, self.max_suggestions)
            near = tuple(Suggestion(judged[i][0].doc_id, judged[i][0].best.title)
                         for i in settled.offered)
            refusal = replace(self.not_covered(retriever, lacking.service, lang, country),
                              decision=decision)
            if not near:
                return refusal
            return replace(refusal, suggestions=near,
                           answer=f"{refusal.answer} "
                                  f"{NEAR_PAGES_TEXT.get(lang, NEAR_PAGES_TEXT['id'])}")
        # a question that names what is done ("hilang", "perpanjang"): the page for that
        # service first, and no sure answer from another service's page
        wanted = named[0].service.id if named and named[0].tier >= 2 else None
        if wanted is not None:
            judged.sort(key=lambda dp: wanted not in retriever.doc_services.get(
                dp[0].doc_id, ()))
        if named and not hedged and asked is None:
            # a page barred from answering the service named (another service's, of
            # another town) yields to the next that is not (a follow-up keeps the
            # conversation's page first)
            judged.sort(key=lambda dp: self.unrelated(retriever, named[0], dp[0]) or (
                wanted is not None and self.off_service(retriever, named[0], dp[0])))
        top, confidence = judged[0]
        gate = quote = ""
        if not own and (hedged or (wanted is not None
                                   and self.off_service(retriever, named[0], top))):
            confidence, gate = min(confidence, sure - 1e-3), "capped"
        elif named and self.unrelated(retriever, named[0], top):
            # a service the folder has a page for, elsewhere ("sewa dewan kat kampar" beside
            # Nilai's hall page): the asked city's page of another service is offered, never
            # the answer
            confidence, gate = min(confidence, sure - 1e-3), "capped"
        elif left := retriever.left_out_asked(top.doc_id, asked or query.text):
            # the page names what is asked only to say it leaves it out: offered, never
            # answered from, with what it says of it
            confidence, gate = min(confidence, sure - 1e-3), "left_out"
            quote = retriever.reading(top.doc_id).quote(left)
        elif retriever.other_region(query, top.doc_id):
            gate = "other_region"
        decision = trace(read, judged, gate)
        settled = settle([p for _, p in judged], gate, [True] * len(judged), sure,
                         self.rule.suggest_at, self.max_suggestions)
        if settled.answer:
            # further sources: documents nearly as good that also answer the question
            sources = tuple(source(d) for d, p in judged[:3] if d is top or (
                d.score >= 0.95 * top.score and p >= sure))
            parts = self.sections(retriever, query, top)
            return Answer(answered=True, answer=self.joined(parts, top, lang), lang=lang,
                          sources=sources, confidence=round(confidence, 3),
                          country=top.best.country or country, grounds=grounds(parts),
                          decision=decision)
        if settled.offered:
            log.info("not sure (confidence %.2f): suggesting %d documents", confidence,
                     len(settled.offered))
            text = self.suggest_text(retriever, lang, country)
            if quote and settled.offered[0] == 0:
                text = self.left_out_text(retriever, top, quote, lang, country)
            return Answer(answered=False, answer=text, lang=lang, country=country,
                          confidence=round(confidence, 3),
                          suggestions=tuple(Suggestion(judged[i][0].doc_id,
                                                       judged[i][0].best.title)
                                            for i in settled.offered),
                          decision=decision)
        log.info("refused (confidence %.2f)", confidence)
        return replace(self.refusal(retriever, lang, country, confidence), decision=decision)

    def sections(self, retriever: HybridRetriever, query: Query,
                 doc: DocHit) -> list[tuple[Chunk, str]]:
        rows = retriever.doc_chunks.get(doc.doc_id, [])
        if not rows:
            return sections([h.chunk for h in doc.hits], self.max_chars)
        pool = [retriever.chunks[i] for i in rows]
        vectors = retriever.version.dense.reconstruct_batch(np.array(rows, dtype=np.int64))
        intents = intents_of(query.text)
        ranked, weights = rank_sections(query.text, pool,
                                        [float(s) for s in vectors @ query.vector],
                                        retriever.version.glossary, intents)
        return sections(ranked, self.max_chars, intents, weights, words(query.text))

    def joined(self, parts: list[tuple[Chunk, str]], doc: DocHit, lang: str) -> str:
        text = joined(parts, self.max_chars)
        if past_valid_until(doc.best.valid_until):
            text += "\n\n" + stale_note(lang, doc.best)
        return text

    @staticmethod
    def off_service(retriever: HybridRetriever, named: ServiceMatch, doc: DocHit) -> bool:
        """Whether `doc` is no page to answer a question naming what is done ("paspor
        hilang") from: it neither covers that service nor mentions what is done."""
        return named.tier >= 2 and named.service.id not in retriever.doc_services.get(
            doc.doc_id, ()) and not retriever.mentions(doc.doc_id, named.action_term)

    @staticmethod
    def unrelated(retriever: HybridRetriever, named: ServiceMatch, doc: DocHit) -> bool:
        """Whether `doc` has nothing to do with the public service the question names: it is
        no page of it and mentions it in none of the catalogue's words."""
        return named.service.government and not covers(
            named, retriever.doc_services.get(doc.doc_id, ())) and not any(
            retriever.mentions(doc.doc_id, phrase) for phrase in (
                named.object_term, *(" ".join(o) for o in named.service.objects)))

    @staticmethod
    def lacks(retriever: HybridRetriever, named: list[ServiceMatch], country: str,
              best: DocHit, text: str) -> bool:
        """Whether the service the question is mainly about has no page in this folder: no
        page's title or headings name it — for a distinguishing action ("paspor hilang")
        that service, else (a bare object, "bikin", "daftar") anything about the object —
        and the best page does not even mention it; a topic that is no public service, even
        when it does, unless `text` asks for a licence, a permit or a tax."""
        main = named[0]
        missing = missing_services(named, retriever.covered_services, country)
        if not missing or missing[0] is not main:
            return False
        # a noun phrase's head comes first: "kompaun letak kereta" asks about a compound a
        # page covers, the parking only says what it is for
        if any(m.tier == main.tier == 0 and m.end == main.start and m not in missing
               and m.service.family != main.service.family for m in named[1:]):
            return False
        if not main.service.government and not PERMITS & set(words(text)):
            # a topic that is no public service (the weather, a recipe) asked of a folder
            # with no page on it: a page that mentions it in passing ("musim hujan" on a
            # dengue page) does not answer it — unless a licence, permit or tax of it is
            # asked ("buka homestay, lesen majlis brp")
            return True
        if main.tier >= 2 or not main.service.government:
            said = main.action_term if main.tier >= 2 else main.object_term
            return not (retriever.mentions(best.doc_id, main.object_term)
                        and retriever.mentions(best.doc_id, said))
        return not (has_family(main.service.family, retriever.covered_services) or covers(
            main, retriever.covered_services)) and not retriever.mentions(
            best.doc_id, main.object_term)

    @staticmethod
    def not_covered(retriever: HybridRetriever, service: Service, lang: str,
                    country: str) -> Answer:
        """The refusal for a service the folder lacks: its name, and its agency or the
        country's complaint channel."""
        channel = retriever.version.channels.get(country)
        if service.agency is None:  # not a public service
            text = OFF_TOPIC_TEXT.get(lang, OFF_TOPIC_TEXT["id"])
        else:
            where = service.agency.name + (f": {service.agency.url}" if service.agency.url
                                           else "")
            text = NOT_COVERED_TEXT.get(lang, NOT_COVERED_TEXT["id"]).format(
                service=service.name(lang), where=where)
        if channel is not None:
            otherwise = OTHERWISE_CHANNEL.get(lang, OTHERWISE_CHANNEL["id"])
            text += " " + otherwise.format(name=channel.name, url=channel.url)
        return Answer(answered=False, answer=text, lang=lang, country=country,
                      not_covered=service.id if service.government else None)

    @staticmethod
    def left_out_text(retriever: HybridRetriever, doc: DocHit, quote: str, lang: str,
                      country: str) -> str:
        """What an offered page says it leaves out of what was asked, then the channel."""
        text = LEFT_OUT_TEXT.get(lang, LEFT_OUT_TEXT["id"]).format(
            title=doc.best.title, quote=trim(quote, 300))
        channel = retriever.version.channels.get(country)
        if channel is None:
            return text
        otherwise = OTHERWISE_CHANNEL.get(lang, OTHERWISE_CHANNEL["id"])
        return f"{text} {otherwise.format(name=channel.name, url=channel.url)}"

    @staticmethod
    def suggest_text(retriever: HybridRetriever, lang: str, country: str) -> str:
        text = SUGGEST_TEXT.get(lang, SUGGEST_TEXT["id"])
        channel = retriever.version.channels.get(country)
        if channel is None:
            return text
        otherwise = OTHERWISE_TEXT.get(lang, OTHERWISE_TEXT["id"])
        return f"{text} {otherwise.format(name=channel.name, url=channel.url)}"

    @staticmethod
    def refusal(retriever: HybridRetriever, lang: str, country: str,
                confidence: float = 0.0) -> Answer:
        channel = retriever.version.channels.get(country)
        message = channel.refusal_text(lang) if channel else FALLBACK_REFUSAL.get(
            lang, FALLBACK_REFUSAL["id"])
        return Answer(answered=False, answer=message, lang=lang, country=country,
                      confidence=round(confidence, 3))


def trace(read: Sequence[tuple[DocHit, Signals]], judged: Sequence[tuple[DocHit, float]],
          gate: str, near: Sequence[bool] = ()) -> Decision:
    """What the decision read, candidates in the order it ranked them (`near`: in that
    order too, beside a service the folder lacks)."""
    of = {d.doc_id: sig for d, sig in read}
    return Decision(tuple(Judged(d.doc_id, round(p, 4), {
        k: float(v) for k, v in asdict(of[d.doc_id]).items()},
        near[i] if near else True) for i, (d, p) in enumerate(judged)), gate)


def stale_note(lang: str, chunk: Chunk) -> str:
    """"This may be out of date", in the resident's language, pointing to the source."""
    url = f": {chunk.source}" if chunk.source else "."
    return STALE_NOTE.get(lang, STALE_NOTE["id"]).format(date=chunk.valid_until, url=url)


def source(doc: DocHit) -> Source:
    return Source(doc.doc_id, doc.best.title, doc.best.source, doc.best.updated,
                  round(doc.score, 4))


def grounds(parts: list[tuple[Chunk, str]]) -> tuple[Ground, ...]:
    """The sections an answer was taken from (what a language model may rephrase)."""
    return tuple(Ground(c.doc_id, c.title, c.heading, c.text, c.source) for c, _ in parts)


def sections(ranked: Sequence[Chunk], max_chars: int, intents: Sequence[Intent] = (),
             weights: Mapping[str, float] | None = None,
             question_words: Sequence[str] = ()) -> list[tuple[Chunk, str]]:
    """The section that answers what was asked first (`ranked` best first), its lines that
    give the fact asked for at its top — cut, when long, to leave `SECOND_ROOM` — then the
    best passages of the next two, in the document's order, while room is left; each with
    its text as shown."""
    lead, rest = ranked[0], ranked[1:3]
    text = lead_lines(lead.text, intents, LEAD_WITHIN, weights, question_words)
    if rest and len(_block(lead, text)) > max_chars - SECOND_ROOM:
        # a long first section leaves room for the best part of the runner-up, which
        # holds what was asked nearly as often as the first does
        text = trim(text, max_chars - SECOND_ROOM - len(lead.heading) - 1)
    parts = [(lead, text)]
    used = len(_block(lead, text))
    for chunk in rest:
        room = max_chars - used - len(chunk.heading) - 3
        if room < MIN_PART:
            break
        shown = trim(lead_lines(chunk.text, intents, 0, weights, question_words), room)
        parts.append((chunk, shown))
        used += len(_block(chunk, shown)) + 2
    # the runners-up in the document's order after the first
    return [parts[0], *sorted(parts[1:], key=lambda p: _position(p[0]))]


def joined(parts: list[tuple[Chunk, str]], max_chars: int) -> str:
    return trim("\n\n".join(_block(c, text) for c, text in parts), max_chars)


def _block(chunk: Chunk, text: str) -> str:
    return text if not chunk.heading else f"{chunk.heading}\n{text}"


def _position(chunk: Chunk) -> int:
    tail = chunk.chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def trim(text: str, max_chars: int) -> str:
    """Cut at a line, then a sentence, then a word boundary; mark the cut with '…'."""
    text = re.sub(r"\n{3,}", "\n\n", text.strip())
    if len(text) <= max_chars:
        return text
    window = text[: max_chars - 1]
    for sep in ("\n", ". ", " "):
        cut = window.rfind(sep)
        if cut >= max_chars * 0.5:
            return window[: cut + (1 if sep == ". " else 0)].rstrip() + " …"
    return window.rstrip() + "…"
