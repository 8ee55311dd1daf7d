"""The one answer shape of every channel, and the other values the front desk hands out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Source:
    doc_id: str
    title: str
    url: str | None
    updated: str | None
    score: float


@dataclass(frozen=True)
class Choice:
    label: str
    value: str


@dataclass(frozen=True)
class Clarify:
    question: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Related:
    doc_id: str
    title: str


@dataclass(frozen=True)
class Suggestion:
    """A document the question may be about, offered when the bot is not sure."""

    doc_id: str
    title: str


@dataclass(frozen=True)
class Ground:
    """A section an answer was drawn from: what the optional language model may use."""

    doc_id: str
    title: str
    heading: str
    text: str
    source: str | None = None


@dataclass(frozen=True)
class Judged:
    """One candidate document as the answer/refuse decision saw it."""

    doc_id: str
    probability: float
    signals: Mapping[str, float]  # `bot.decide.Signals`, by name
    # beside a not-covered refusal, may be offered (it would answer what is done)
    near: bool = True


@dataclass(frozen=True)
class Decision:
    """Why an answer was given, offered or refused: the candidates best first as the
    decision ranked them, and what overrode the probability — `lacking` (a service the
    folder has no page for), `capped` (the best page is another service's, or names the
    service the folder lacks only in other words), `left_out` (the best page names what
    is asked only to say it leaves it out), `other_region` (the best page is of another
    place than the one named), or nothing (`bot.decide.settle` applies them)."""

    judged: tuple[Judged, ...]
    gate: str = ""


@dataclass(frozen=True)
class Answer:
    """The one answer shape of every channel. `sources[0]` is the answer's document."""

    answered: bool
    answer: str
    lang: str
    sources: tuple[Source, ...] = ()
    confidence: float = 0.0
    clarify: Clarify | None = None
    related: tuple[Related, ...] = ()
    country: str | None = None
    # not sure: "did you mean" (then `answered` is false)
    suggestions: tuple[Suggestion, ...] = ()
    # phrased by the optional language model
    generated: bool = False
    # the channel should offer to make a report to the city (a refusal, or a message that
    # is itself a complaint)
    offer_report: bool = False
    # the sections the answer was drawn from (not part of the JSON shape)
    grounds: tuple[Ground, ...] = field(default=(), repr=False)
    # a refusal naming a public service the folder has no page for: its catalogue id
    # (not part of the JSON shape; the staff report counts these apart)
    not_covered: str | None = field(default=None, repr=False)
    # what the decision read (not part of the JSON shape; `tanyakota eval --signals`)
    decision: Decision | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        # what is not part of the JSON shape is not converted either
        data = asdict(replace(self, grounds=(), decision=None))
        del data["grounds"], data["not_covered"], data["decision"]
        data["sources"] = [asdict(s) for s in self.sources]
        data["related"] = [asdict(r) for r in self.related]
        data["suggestions"] = [asdict(s) for s in self.suggestions]
        return data


@dataclass(frozen=True)
class SearchResult:
    """A document found by a search, with its best section as a snippet."""

    doc_id: str
    title: str
    heading: str
    snippet: str
    url: str | None
    updated: str | None
    country: str | None
    lang: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
