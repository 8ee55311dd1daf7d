"""Whether the best document answers the question: answer, suggest, or refuse.

Signals that do not depend on how a particular folder words its pages:

- relative distinctness: how many standard deviations the document's dense similarity
  stands above the question's similarity to the whole index and to everyday sentences
  (an off-topic question is about as similar to everything), as a share of how far a
  clear match stands out in this folder (probes made of its own headings, measured when
  the index is loaded — long pages stand out less than short ones);
- title coverage: the IDF-weighted share of the question's words found in the document's
  title and section headings — what the page says it is about — through the glossary
  and near spellings;
- margin: how far the document's ranking score stands above the next document's;
- the service: whether the page is about the public service the question names (the
  built-in catalogue reads both), and whether the question names what is done with it
  ("pasport baru", "perpanjang sim") rather than the object alone;
- the place: whether the question names a place (the built-in gazetteer) this page is
  not of — a national page, or another city's. A page of the place named earns nothing:
  a question about restaurants in a city shares the city with its tax page.

Their logistic combination is the answer's `confidence`. At or above `answer_at` the bot
answers; from `suggest_at` it offers the plausible documents instead ("did you mean");
below, it refuses and names the channel. The weights were fitted by `tanyakota fit` (a
logistic regression, each folder weighing the same) on the eighteen folders looked at
while building it — the shipped knowledge base's question set and the `cities`, `towns`,
`coast`, `hills`, `rivers`, `lakes`, `plains`, `bays`, `forests`, `peaks`, `isles`,
`dunes`, `meadows`, `glades`, `reefs`, `springs` and `valleys` sets — with each answerable
question asked again with its document left out; `answer_at` is the lowest threshold (in
steps of 0.01) at which, over those eighteen, no more than 10 % of the left-out questions
and 5 % of the not-covered ones are answered, and no set has more than 2 % answered from a
wrong document; no weight goes below zero, and the action's is zero (the fit would have it
slightly negative: the service signal already carries it). `suggest_at` stayed at 0.08:
lower values turn few refusals of answerable questions into suggestions and offer pages
for questions about phones and cats. The README reports them on folders they were not
fitted on (`harbors` and `ridges`), and each folder replayed under the rule fitted on the
other seventeen. A city that labels questions of its own serves its refitted rule from
`Settings.rule_file` (`load_rule`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from bot.retrieve import DocHit, HybridRetriever, Query
from bot.services import ServiceMatch, covers
from indexer.errors import ConfigError


@dataclass(frozen=True)
class Signals:
    """What the decision reads of one document for one question."""

    distinct: float  # relative distinctness
    title: float  # title and heading coverage
    margin: float  # ranking score above the best other document's
    service: bool  # the page covers the service the question mainly names
    action: bool  # ... and the question names what is done with it
    # -1: the question names a place this page is not of (a national page, another
    # city's); 0: it names none, or this page's
    place: float = 0.0


@dataclass(frozen=True)
class AbstainRule:
    distinct_weight: float = 0.70
    title_weight: float = 2.10
    margin_weight: float = 1.12
    action_weight: float = 0.0
    service_weight: float = 2.85
    place_weight: float = 7.12
    bias: float = -3.51
    answer_at: float = 0.49
    suggest_at: float = 0.08

    @property
    def threshold(self) -> float:
        return self.answer_at

    def probability(self, s: Signals) -> float:
        score = (self.distinct_weight * s.distinct + self.title_weight * s.title
                 + self.margin_weight * s.margin + self.action_weight * s.action
                 + self.service_weight * s.service + self.place_weight * s.place
                 + self.bias)
        return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))

    def accepts(self, s: Signals) -> bool:
        return self.probability(s) >= self.answer_at

    def judge(self, retriever: HybridRetriever, query: Query, doc: DocHit,
              docs: Sequence[DocHit] = (), named: Sequence[ServiceMatch] = ()) -> float:
        """The probability that `doc` answers `query`; `docs`: the ranking it is in,
        `named`: the services the question names, best first."""
        return self.probability(signals(retriever, query, doc, docs, named))


def load_rule(path: Path) -> AbstainRule:
    """The rule in `path`: what `tanyakota fit --json` prints (its "rule"), or an object
    of some of the rule's fields (`{"answer_at": 0.6}`); fields left out keep the built-in
    values. A file the rule cannot come from is a `ConfigError` naming it and why."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"rule file {path}: cannot read it ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"rule file {path}: not JSON ({exc})") from exc
    if isinstance(data, dict) and isinstance(data.get("rule"), dict):
        data = data["rule"]
    if not isinstance(data, dict):
        raise ConfigError(f"rule file {path}: expected an object of the rule's fields")
    known = {f.name for f in fields(AbstainRule)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"rule file {path}: unknown field(s) {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(known))})")
    values: dict[str, float] = {}
    for name, value in data.items():
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise ConfigError(f"rule file {path}: {name} must be a number, not {value!r}")
        values[name] = float(value)
    rule = replace(AbstainRule(), **values)
    if not 0.0 <= rule.suggest_at <= rule.answer_at <= 1.0:
        raise ConfigError(f"rule file {path}: needs 0 <= suggest_at <= answer_at <= 1 "
                          f"(got suggest_at {rule.suggest_at:g}, "
                          f"answer_at {rule.answer_at:g})")
    return rule


@dataclass(frozen=True)
class Settled:
    """What the decision does with its candidates: answer from the first, or offer these
    (indexes into the candidates, best first; none: refuse)."""

    answer: bool
    offered: tuple[int, ...] = ()


def settle(probabilities: Sequence[float], gate: str, near: Sequence[bool],
           answer_at: float, suggest_at: float, most: int = 3) -> Settled:
    """The one place the thresholds are applied, on the answer path and when recorded
    questions are replayed (`bot.quality.fit`). `probabilities` are the candidates', in the
    order the decision ranked them; `gate` what overrides them (`bot.types.Decision`):
    beside a service the folder lacks ("lacking") only the candidates marked `near` that
    would have been answered from are offered; a page of another service ("capped"), one
    that leaves out what is asked ("left_out") or of another place ("other_region") is
    offered, never answered."""
    if gate == "lacking":
        return Settled(False, tuple(i for i, (p, fit) in enumerate(zip(probabilities, near))
                                    if fit and p >= answer_at)[:most])
    if probabilities and not gate and probabilities[0] >= answer_at:
        return Settled(True)
    return Settled(False, tuple(i for i, p in enumerate(probabilities)
                                if p >= suggest_at)[:most])


def signals(retriever: HybridRetriever, query: Query, doc: DocHit,
            docs: Sequence[DocHit] = (), named: Sequence[ServiceMatch] = ()) -> Signals:
    others = [d.score for d in docs if d.doc_id != doc.doc_id]
    covered = bool(named) and covers(named[0], retriever.doc_services.get(doc.doc_id, ()))
    place = retriever.place(query, doc.doc_id)
    return Signals(retriever.relative_distinctness(query, doc.dense),
                   retriever.title_coverage(query, doc.doc_id),
                   doc.score - max(others, default=0.0),
                   covered, covered and named[0].tier >= 1,
                   -1.0 if place in ("national", "other") else 0.0)
