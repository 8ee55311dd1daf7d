"""What staff should write or fix next: the questions not answered grouped by meaning —
refused (a page to write), about a service the folder has no page for, and given
suggestions (the page exists but the bot was not sure: its title, headings or the glossary
may lack the residents' words) —, 👎 per document, and the reports residents made,
counted by category and area.

Questions are grouped greedily, each outcome apart, by the cosine similarity of their
query vectors (the configured embedder): wordings are taken most-asked first, and each
joins the first group whose leading question is at least `threshold` similar, or starts a
new group.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace

import numpy as np

from bot.state.reports import ReportStore
from bot.state.store import RefusedQuestion, Store

# multilingual-e5-small: rewordings of one question score >= 0.89, other topics <= 0.86
DEFAULT_THRESHOLD = 0.88


@dataclass(frozen=True)
class QuestionGroup:
    """Questions not answered that ask the same thing; `question` is the most asked
    wording."""

    question: str
    count: int
    variants: tuple[str, ...] = ()
    country: str | None = None
    doc_id: str | None = None  # suggested: the page most often offered first


@dataclass(frozen=True)
class DocumentFeedback:
    """A document residents marked unhelpful, with their (masked) comments."""

    doc_id: str
    unhelpful: int
    helpful: int
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportCount:
    """How many reports to the city of one category came from one area."""

    category: str
    country: str
    area: str  # "" when the resident named none
    count: int


@dataclass(frozen=True)
class FeedbackReport:
    """`refused`/`groups`: questions nothing fitted; `not_covered`: about a service the
    folder has no page for (the bot named who provides it); `suggested`: given "did you
    mean" — counts, and the groups of each."""

    since: dt.date | None
    refused: int
    groups: tuple[QuestionGroup, ...]
    documents: tuple[DocumentFeedback, ...]
    reports: tuple[ReportCount, ...] = ()
    not_covered: int = 0
    not_covered_groups: tuple[QuestionGroup, ...] = ()
    suggested: int = 0
    suggested_groups: tuple[QuestionGroup, ...] = ()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        return data


def normalize(question: str) -> str:
    """Case, spacing and trailing punctuation do not make a question different."""
    return re.sub(r"\s+", " ", question.casefold()).strip(" ?!.,;:")


def group_questions(questions: Sequence[tuple[str, str | None]],
                    embed: Callable[[str], np.ndarray],
                    threshold: float = DEFAULT_THRESHOLD) -> list[QuestionGroup]:
    """Group (question, country) pairs by meaning; biggest groups first."""
    counts: Counter[str] = Counter()
    wording: dict[str, Counter[str]] = {}
    countries: dict[str, Counter[str | None]] = {}
    for question, country in questions:
        key = normalize(question)
        if not key:
            continue
        counts[key] += 1
        wording.setdefault(key, Counter())[question.strip()] += 1
        countries.setdefault(key, Counter())[country] += 1
    leaders: list[np.ndarray] = []
    members: list[list[str]] = []
    for key, _ in counts.most_common():
        vector = np.asarray(embed(key), dtype=np.float32)
        vector = vector / (np.linalg.norm(vector) or 1.0)
        scores = [float(vector @ lead) for lead in leaders]
        best = int(np.argmax(scores)) if scores else -1
        if best >= 0 and scores[best] >= threshold:
            members[best].append(key)
        else:
            leaders.append(vector)
            members.append([key])
    groups = []
    for keys in members:
        country = sum((countries[k] for k in keys), Counter()).most_common(1)[0][0]
        groups.append(QuestionGroup(
            question=wording[keys[0]].most_common(1)[0][0],
            count=sum(counts[k] for k in keys),
            variants=tuple(wording[k].most_common(1)[0][0] for k in keys[1:]),
            country=country,
        ))
    return sorted(groups, key=lambda g: -g.count)


def document_feedback(rows: Sequence, limit: int) -> list[DocumentFeedback]:
    """Documents with the most 👎 (then the fewest 👍); feedback on no document is left out."""
    down: Counter[str] = Counter()
    up: Counter[str] = Counter()
    comments: dict[str, list[str]] = {}
    for fb in rows:
        if not fb.doc_id:
            continue
        if fb.helpful:
            up[fb.doc_id] += 1
        else:
            down[fb.doc_id] += 1
            if fb.comment:
                comments.setdefault(fb.doc_id, []).append(fb.comment)
    ranked = sorted(down, key=lambda d: (-down[d], up[d], d))[:limit]
    return [DocumentFeedback(d, down[d], up[d], tuple(comments.get(d, [])[-3:])) for d in ranked]


def offered(group: QuestionGroup, rows: Sequence[RefusedQuestion]) -> QuestionGroup:
    """The group with the page most often offered first for its wordings."""
    keys = {normalize(w) for w in (group.question, *group.variants)}
    docs = Counter(r.doc_id for r in rows if r.doc_id and normalize(r.question) in keys)
    return replace(group, doc_id=docs.most_common(1)[0][0]) if docs else group


def build_report(store: Store, embed: Callable[[str], np.ndarray],
                 since: dt.date | None = None, limit: int = 20,
                 threshold: float = DEFAULT_THRESHOLD) -> FeedbackReport:
    """The report over everything stored since `since` (default: all that is kept)."""
    start = dt.datetime.combine(since, dt.time()) if since else None
    rows = store.refused(start)

    def grouped(outcome: str) -> tuple[list[RefusedQuestion], tuple[QuestionGroup, ...]]:
        these = [r for r in rows if r.outcome == outcome]
        groups = group_questions([(r.question, r.country) for r in these], embed, threshold)
        return these, tuple(offered(g, these) for g in groups[:limit])

    refused, groups = grouped("refused")
    not_covered, not_covered_groups = grouped("not_covered")
    suggested, suggested_groups = grouped("suggested")
    counts = ReportStore(store.engine).counts(start)
    reports = sorted((ReportCount(c, k, a, n) for (c, k, a), n in counts.items()),
                     key=lambda r: (-r.count, r.category, r.country, r.area))
    return FeedbackReport(since, len(refused), groups,
                          tuple(document_feedback(store.feedback(start), limit)),
                          tuple(reports), len(not_covered), not_covered_groups,
                          len(suggested), suggested_groups)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _groups(title: str, count: int, groups: Sequence[QuestionGroup],
            with_doc: bool = False) -> list[str]:
    """A heading with the count, then one row per group (with the page offered)."""
    lines = [f"{title}: {count} in {len(groups)} group(s)"]
    if not groups:
        return lines
    offered_column = f"{'offered':<28}  " if with_doc else ""
    lines.append(f"{'count':>6}  {'country':<7}  {'question':<50}  {offered_column}"
                 f"also asked as")
    for g in groups:
        more = "; ".join(_cut(v, 30) for v in g.variants[:2])
        if len(g.variants) > 2:
            more += f" (+{len(g.variants) - 2})"
        doc = f"{_cut(g.doc_id or '-', 28):<28}  " if with_doc else ""
        lines.append(f"{g.count:>6}  {g.country or '-':<7}  {_cut(g.question, 50):<50}  "
                     f"{doc}{more}".rstrip())
    return lines


def render(report: FeedbackReport) -> str:
    """Plain-text tables for the terminal."""
    since = f" since {report.since.isoformat()}" if report.since else ""
    lines = _groups(f"Refused questions{since}", report.refused, report.groups)
    lines += ["", *_groups(f"Questions about a service not covered{since}",
                           report.not_covered, report.not_covered_groups)]
    lines += ["", *_groups(f"Questions given suggestions{since}", report.suggested,
                           report.suggested_groups, with_doc=True)]
    lines += ["", f"Documents marked unhelpful{since}: {len(report.documents)}"]
    if report.documents:
        lines.append(f"{'👎':>5}  {'👍':>5}  document")
        for d in report.documents:
            note = f"  — “{_cut(d.comments[-1], 60)}”" if d.comments else ""
            lines.append(f"{d.unhelpful:>6}  {d.helpful:>6}  {d.doc_id}{note}")
    total = sum(r.count for r in report.reports)
    lines += ["", f"Reports to the city{since}: {total}"]
    if report.reports:
        lines.append(f"{'count':>6}  {'category':<14}  {'country':<7}  area")
        for r in report.reports:
            lines.append(f"{r.count:>6}  {r.category:<14}  {r.country:<7}  {r.area or '-'}")
    return "\n".join(lines)
