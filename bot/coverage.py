"""How much of a question a document covers, word by word, through the glossary and
near spellings; cached per index version."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.cache import LRUCache
from bot.passages import LIST_ITEM, passages
from indexer.glossary import Glossary
from indexer.text import GENERIC, STOPWORDS, terms, words
from indexer.types import Chunk

# a sentence or a section that says what a page does not cover ("Layanan ini tidak
# termasuk SIM internasional", "Perkara yang tidak diliputi", "… dijelaskan pada halaman
# tersendiri"): naming a service there is no mention of it
NOT_COVERED = re.compile(
    # the negation close before the verb: "tidak dipungut biaya, termasuk cetak ulang"
    # says what is free, not what is left out
    r"\b(?:tidak|tak|bukan|belum)\b[*_]*(?:\s+[\w/-]+){0,3}?\s+[*_]*(?:termasuk|diliputi|"
    r"meliputi|mencakup|melayani|dilayani|menerangkan|diterangkan|menjelaskan|dijelaskan|"
    r"diuraikan|membahas|dibahas|dibincangkan|ditangani|menangani|merangkumi|dirangkumi|"
    r"berlaku untuk|diatur|mengatur|untuk permohonan)\b|\b(?:lihat|rujuk)\b[^.\n]{0,40}?"
    r"\b(?:halaman|laman|page)\b|\bdi luar (?:cakupan|skop|lingkup)\b|"
    r"\b(?:halaman|laman)\s+(?:tersendiri|lain|berasingan|terpisah|khusus)\b|"
    # "Lesen menjaja tidak dikeluarkan melalui permohonan ini": done by another way
    r"\b(?:tidak|tak|bukan)\b(?:\s+[\w/-]+){0,3}?\s+melalui\s+(?:[\w/-]+\s+){0,2}?ini\b|"
    # "BPHTB memiliki prosedur tersendiri": another procedure, not this page's
    r"\b(?:prosedur|ketentuan|aturan|mekanisme|tatacara|tata cara)\s+"
    r"(?:tersendiri|berasingan|terpisah|yang berbeda)\b", re.IGNORECASE)
# "tunggakan masih tidak dijelaskan": in Malay a bill or an arrear "dijelaskan" is paid
_UNPAID = re.compile(r"\b(?:tunggakan|bayaran|bil|cukai|sewa|kompaun|denda|baki|hutang|caj|"
                     r"sewaan|yuran)\b(?:\s+[\w-]+){0,3}?\s+(?:tidak|tak|belum)\s+"
                     r"(?:di)?jelaskan\b", re.IGNORECASE)


def leaves_out(text: str) -> bool:
    """Whether `text` says a page leaves something out."""
    return bool(NOT_COVERED.search(_UNPAID.sub(" ", text)))


# what a section on what a page leaves out names as still served
_EXCEPTION = re.compile(r"\b(?:kecuali|pengecualian|dikecualikan|melainkan)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


# a question the page answers with a bare no ("Apakah halaman ini juga mengatur SIM
# Internasional? Tidak."): what it asks about is left out, not said
_BARE_NO = r"(?:tidak|tak|bukan|belum|no)\s*[.,;!]"
_ANSWERED_NO = re.compile(r"\?[\s*_]*" + _BARE_NO, re.IGNORECASE)
_STARTS_NO = re.compile(r"^[\s*_]*" + _BARE_NO, re.IGNORECASE)


@dataclass(frozen=True)
class Statement:
    """One sentence of a section (`statements`), whether it is about what the page leaves
    out, and — when it is — the words to quote for it: a list item with the sentence that
    introduces it, a sentence of a left-out section with its heading."""

    text: str
    left_out: bool
    quote: str = ""


def statements(chunk: Chunk) -> list[Statement]:
    """The sentences of a section — its heading, list items, table rows, a hard-wrapped
    paragraph's sentences joined across its lines — each with whether it is about what the
    page leaves out: it says so, or it is an item of a list such a sentence introduces
    ("Layanan berikut tidak dibahas di sini:"), or the section is headed so and it names
    no exception ("Pengecualian diberikan bagi pasien cuci darah")."""
    headed = leaves_out(chunk.heading)
    out = [Statement(chunk.heading, headed, chunk.heading)] if chunk.heading.strip() else []
    intro = ""  # the sentence that introduces the list items that follow as left out
    for block in passages(chunk.text):
        item = block.lines and not block.table
        # a list item is one text with its continuation lines; a table row or a
        # paragraph's sentence stands alone
        parts = [x for x in (_SENTENCE.split(" ".join(x.strip() for x in block.sentences))
                             if item else block.sentences) if x.strip()]
        for part in parts:
            if headed:
                left = not _EXCEPTION.search(part)
                quote = f"{chunk.heading.strip()}: {_plain(part)}"
            elif leaves_out(part):
                left, quote = True, _plain(part)
            else:
                left = bool(item and intro)
                quote = f"{intro} {_plain(part)}" if left else ""
            out.append(Statement(part, left, quote if left else ""))
        if not item:
            last = parts[-1] if parts else ""
            intro = _plain(last) if leaves_out(last) and last.rstrip(" *_").endswith(
                ":") else ""
    return out


def _plain(text: str) -> str:
    """A sentence as quoted: no list marker, no emphasis marks."""
    return re.sub(r"[*_]{1,3}", "", LIST_ITEM.sub("", text.strip())).strip()


@dataclass(frozen=True)
class PageReading:
    """What a page says and what it says it leaves out, read once: the stems of each
    sentence that is not about what it leaves out (nor asks what the page answers with a
    bare no), the stems it names only where it says it leaves them out, and each
    left-out sentence as quoted with its stems."""

    said: tuple[frozenset[str], ...]
    left_out_only: frozenset[str]
    left_out: tuple[tuple[str, frozenset[str]], ...] = ()

    def quote(self, stems: frozenset[str]) -> str:
        """The left-out sentence that names most of `stems` (the first such), or ""."""
        best, most = "", 0
        for text, bag in self.left_out:
            if len(bag & stems) > most:
                best, most = text, len(bag & stems)
        return best


def read_page(chunks: Iterable[Chunk]) -> PageReading:
    bags: list[frozenset[str]] = []
    left: set[str] = set()
    quoted: list[tuple[str, frozenset[str]]] = []
    for c in chunks:
        sentences = statements(c)
        for i, s in enumerate(sentences):
            if s.left_out:
                stems = frozenset(terms(s.text))
                left.update(stems)
                quoted.append((s.quote, stems))
                continue
            if _ANSWERED_NO.search(s.text) or (
                    s.text.rstrip(" *_").endswith("?") and i + 1 < len(sentences)
                    and (_STARTS_NO.match(sentences[i + 1].text)
                         or sentences[i + 1].left_out)):
                # a question the page answers with a no, or by saying it leaves it out
                continue
            bags.append(frozenset(terms(s.text)))
    return PageReading(tuple(bags), frozenset(left - set().union(*bags)), tuple(quoted))


def said_bags(chunks: Iterable[Chunk]) -> tuple[frozenset[str], ...]:
    """The stems of each sentence of a page (headings included) that is not about what the
    page leaves out (`statements`) — nor asks what the page answers with a bare no."""
    return read_page(chunks).said


def said(bags: Iterable[frozenset[str]], phrase: str | None) -> bool:
    """Whether one sentence of `bags` has every word of `phrase` (by stem)."""
    stems = frozenset(terms(phrase or ""))
    return bool(stems) and any(stems <= bag for bag in bags)

# a question's coverage is judged on its first this many distinct words: an ordinary one has
# about ten, and a 1,000-character text of made-up words must not cost seconds
MAX_WORDS = 40


class Coverage:
    """Coverage of questions by the documents of one index version."""

    def __init__(self, doc_terms: dict[str, frozenset[str]], idf: dict[str, float],
                 max_idf: float, glossary: Glossary, cache_size: int = 16384) -> None:
        self.doc_terms = doc_terms
        self.idf = idf
        self.max_idf = max_idf
        self.glossary = glossary
        self._cache: LRUCache[float] = LRUCache(cache_size)
        # each document's terms by their first two letters, for near spellings
        self._by_start: dict[str, dict[str, tuple[str, ...]]] = {}

    def _near_index(self, doc_id: str) -> dict[str, tuple[str, ...]]:
        index = self._by_start.get(doc_id)
        if index is None:
            groups: dict[str, list[str]] = defaultdict(list)
            for term in self.doc_terms.get(doc_id, ()):
                groups[term[:2]].append(term)
            index = self._by_start[doc_id] = {k: tuple(v) for k, v in groups.items()}
        return index

    def of(self, text: str, doc_id: str) -> float:
        """IDF-weighted share of the question's words that the document covers.

        A word counts as covered when its stem is in the document, when the glossary maps
        it to a term the document has, or (at a discount) when it is a near spelling of a
        document word (`rusak`/`rosak`, `dapet`/`dapat`). Function words and chat
        shorthand for them do not count; words that only say what the resident wants to
        do (`cara`, `bikin`, `daftar` …) and bare numbers weigh little.
        """
        key = (text, doc_id)
        known = self._cache.get(key)
        if known is not None:
            return known
        bag = self.doc_terms.get(doc_id, frozenset())
        near = self._near_index(doc_id)
        glossary = self.glossary

        def has(text: str) -> bool:
            found_terms = terms(text)
            return bool(found_terms) and all(t in bag for t in found_terms)

        # a phrase whose equivalent the document has covers each of its words
        # ("akta kelahiran" in a question, "sijil kelahiran" in the document)
        by_phrase = {w for phrase in glossary.phrases_in(text)
                     if has(phrase) or any(has(alt) for alt in glossary.alternatives(phrase))
                     for w in phrase.split()}
        total = found = 0.0
        seen: set[str] = set()
        for word in words(text):
            if word in STOPWORDS or len(word) < 2 or word in seen:
                continue
            if len(seen) >= MAX_WORDS:
                break
            seen.add(word)
            alternatives = glossary.alternatives(word)
            if any(alt in STOPWORDS for alt in alternatives):
                continue  # shorthand for a function word ("sy", "udah", "yg")
            stems = terms(word)
            if not stems:
                continue
            weight = max(self.idf.get(t, self.max_idf) for t in stems)
            if word in GENERIC or word.isdigit():
                weight *= 0.25
            total += weight
            if word in by_phrase or all(t in bag for t in stems) or any(
                has(alt) for alt in alternatives
            ):
                found += weight
            elif all(near_match(t, bag, near.get(t[:2], ())) for t in stems):
                found += 0.7 * weight
        share = found / total if total else 0.0
        self._cache.put(key, share)
        return share


def near_match(term: str, bag: frozenset[str], same_start: tuple[str, ...] | None = None
               ) -> bool:
    """A spelling variant: same first letters and at most one letter changed, added or
    dropped (`rusak`/`rosak`, `dapet`/`dapat`, `pasport`/`paspor`), or a dropped first h.
    `same_start`: the bag's terms that begin with the term's first two letters, if known."""
    if len(term) < 4 or term.isdigit():
        return False
    if "h" + term in bag:  # a dropped h, as typed: "ilang" for "hilang", "utan" for "hutan"
        return True
    for other in bag if same_start is None else same_start:
        if abs(len(other) - len(term)) <= 1 and other[:2] == term[:2] and (
            _one_edit(term, other)
        ):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:]:
            return True
    return False
