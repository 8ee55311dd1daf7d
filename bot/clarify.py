""""Indonesia atau Malaysia?": asked back when a question fits both countries equally.

Without a country (none given, none in the session, none for the deployment) a question
that documents of both countries answer about equally gets the question back instead of
a guess, unless its words already mark the language (and so the country).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.decide import AbstainRule
from bot.language import LanguageDetector
from bot.retrieve import HybridRetriever, Query
from bot.types import Answer, Choice, Clarify
from indexer.countries import COUNTRIES, COUNTRY_NAMES, COUNTRY_WORDS
from indexer.text import terms, words

# words around a country name in a reply ("saya di Malaysia", "kat Malaysia")
CHOICE_FILLER = frozenset("saya sy aku di kat dari negara negeri tinggal yang ya je aja "
                          "dong".split())
CLARIFY_TEXT = {
    "id": ("Layanan ini ada di Indonesia dan di Malaysia, dengan aturan yang berbeda. "
           "Anda di negara mana?"),
    "ms": ("Perkhidmatan ini ada di Indonesia dan di Malaysia, dengan peraturan yang "
           "berbeza. Anda di negara mana?"),
}
CLARIFY_QUESTION = "Indonesia atau Malaysia?"
CHOICES = tuple(Choice(COUNTRY_NAMES[c], c) for c in COUNTRIES)


def country_choice(text: str) -> str | None:
    """The country a short reply names ("MY", "Malaysia", "saya di Indonesia"), else None."""
    tokens = words(text)
    if not tokens or len(tokens) > 4:
        return None
    named = {COUNTRY_WORDS[w] for w in tokens if w in COUNTRY_WORDS}
    rest = [w for w in tokens if w not in COUNTRY_WORDS and w not in CHOICE_FILLER]
    return named.pop() if len(named) == 1 and not rest else None


@dataclass(frozen=True)
class CountryClarifier:
    """Decides whether to ask for the country instead of guessing it from the language."""

    detector: LanguageDetector
    rule: AbstainRule
    # the question's words mark neither language beyond this log-odds, and the weaker
    # country's best document is at least this likely an answer relative to the stronger
    # (which must be sure enough to be answered)
    max_odds: float = 2.0
    ratio: float = 0.6

    def ask_back(self, retriever: HybridRetriever, query: Query, lang: str) -> Answer | None:
        """"Indonesia atau Malaysia?" when both countries answer `query` about equally."""
        if abs(self.detector.question_odds(query.text)) >= self.max_odds or (
                country_words(retriever, query.text)):
            return None
        best = []
        for country in CHOICES:
            docs = retriever.search(query, country=country.value, k=5)
            if not docs:
                return None
            p = self.rule.judge(retriever, query, docs[0], docs,
                                retriever.services_named(query.text, country.value))
            if p < self.rule.suggest_at:  # both countries must at least be plausible
                return None
            best.append(p)
        # only when one of them would be answered, and the other is about as likely
        if max(best) < self.rule.answer_at or min(best) < self.ratio * max(best):
            return None
        return Answer(answered=False, answer=CLARIFY_TEXT.get(lang, CLARIFY_TEXT["id"]),
                      lang=lang, clarify=Clarify(CLARIFY_QUESTION, CHOICES),
                      confidence=round(min(best), 3), country=None)


def country_words(retriever: HybridRetriever, text: str) -> set[str]:
    """Countries whose documents alone use a word of `text` ("nombor", "penang", "akte"),
    unless the glossary maps that word to terms of the other country too ("passport")."""
    bags = retriever.country_terms
    glossary = retriever.version.glossary
    found = set()
    for word in set(words(text)):
        stems = terms(word)
        if not stems or len(word) < 3 or word.isdigit():
            continue
        inside = [c for c, bag in bags.items() if all(t in bag for t in stems)]
        if len(inside) != 1:
            continue
        others = [bag for c, bag in bags.items() if c != inside[0]]
        alternatives = [*glossary.alternatives(word), *glossary.expansions(word)]
        if any(terms(alt) and all(t in bag for t in terms(alt))
               for alt in alternatives for bag in others):
            continue
        found.add(inside[0])
    return found
