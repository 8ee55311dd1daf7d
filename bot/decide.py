"""Whether the best document answers the question: answer, suggest, or refuse.

Two signals that do not depend on how a particular folder words its pages:

- relative distinctness: how many standard deviations the document's dense similarity
  stands above the question's similarity to the whole index and to everyday sentences
  (an off-topic question is about as similar to everything), as a share of how far a
  clear match stands out in this folder (probes made of its own headings, measured when
  the index is loaded — long pages stand out less than short ones);
- title coverage: the IDF-weighted share of the question's words found in the document's
  title and section headings — what the page says it is about — through the glossary
  and near spellings.

Their logistic combination is the answer's `confidence`. At or above `answer_at` the
bot answers — from `named_at` when the best page is about the very service the question
names with its action (the built-in catalogue reads both); from `suggest_at` it offers
the plausible documents instead ("did you mean"); below, it refuses and names the
channel. The weights and the thresholds were fitted on the shipped knowledge base's
question set, each answerable question asked again with its document left out (a
confident wrong answer costs most); the README reports them on a folder they were not
fitted on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.retrieve import DocHit, HybridRetriever, Query


@dataclass(frozen=True)
class AbstainRule:
    distinct_weight: float = 3.768
    title_weight: float = 3.408
    bias: float = -3.94
    answer_at: float = 0.6
    suggest_at: float = 0.1
    # the bar when the best page is about the service the question names, action and all
    # ("pasport baru", "perpanjang sim"): fitted like the rest, leave-one-out at most 0.10
    named_at: float = 0.4

    @property
    def threshold(self) -> float:
        return self.answer_at

    def probability(self, distinct: float, title: float) -> float:
        score = self.distinct_weight * distinct + self.title_weight * title + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))

    def accepts(self, distinct: float, title: float) -> bool:
        return self.probability(distinct, title) >= self.answer_at

    def judge(self, retriever: HybridRetriever, query: Query, doc: DocHit) -> float:
        """The probability that `doc` answers `query`."""
        return self.probability(*signals(retriever, query, doc))


def signals(retriever: HybridRetriever, query: Query, doc: DocHit) -> tuple[float, float]:
    """(relative distinctness, title coverage) of `doc` for `query`."""
    return (retriever.relative_distinctness(query, doc.dense),
            retriever.title_coverage(query, doc.doc_id))
