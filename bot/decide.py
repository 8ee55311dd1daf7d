"""Whether the best document answers the question: the signals and the rule."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.retrieve import DocHit, HybridRetriever, Query


@dataclass(frozen=True)
class AbstainRule:
    """A logistic score of two signals:

    - distinctness: how many standard deviations the document's dense similarity stands
      above the question's similarity to the whole index (off-topic questions are about
      as similar to everything);
    - coverage: the IDF-weighted share of the question's words the document covers,
      through the glossary and near spellings.

    Weights are calibrated on the project's question set (`tanyakota eval`); the
    probability is the answer's `confidence`.
    """

    distinct_weight: float = 1.42
    coverage_weight: float = 6.47
    bias: float = -7.09
    threshold: float = 0.45

    def probability(self, distinct: float, coverage: float) -> float:
        score = self.distinct_weight * distinct + self.coverage_weight * coverage + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))

    def accepts(self, distinct: float, coverage: float) -> bool:
        return self.probability(distinct, coverage) >= self.threshold

    def judge(self, retriever: HybridRetriever, query: Query, doc: DocHit) -> float:
        """The probability that `doc` answers `query`."""
        return self.probability(*signals(retriever, query, doc))


def signals(retriever: HybridRetriever, query: Query, doc: DocHit) -> tuple[float, float]:
    """(distinctness, coverage) of `doc` for `query`."""
    return retriever.distinctness(query, doc.dense), retriever.coverage(query, doc.doc_id)
