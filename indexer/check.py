"""Validate a knowledge folder without building: every rule the loader applies, and more.

On top of what `tanyakota index` would reject (see `indexer/load.py`), `check` reports
problems that only show across files: duplicate titles within a country, sidecars with no
document beside them, and broken glossary or channels files. Documents due for review
(`indexer/review.py`) are warnings: they do not make the check fail.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from indexer.complaints import load_channels
from indexer.errors import LoadError
from indexer.glossary import load_glossary
from indexer.load import SETTINGS_FILES, check_settings_files, load_knowledge
from indexer.review import DEFAULT_REVIEW_MONTHS, due_for_review
from indexer.types import Document, LoadFailure
from indexer.walk import SIDECAR_SUFFIX, SUFFIXES, walk_files


@dataclass(frozen=True)
class CheckReport:
    """Files looked at and the problems found (one `path:line: reason` each); warnings
    (documents due for review) do not count as problems."""

    files: tuple[str, ...]
    problems: tuple[LoadFailure, ...]
    warnings: tuple[LoadFailure, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def files_ok(self) -> int:
        bad = {p.path for p in self.problems}
        return sum(1 for f in self.files if f not in bad)


def duplicate_titles(docs: Iterable[Document]) -> list[LoadFailure]:
    """A title used twice within one country: residents could not tell the answers apart."""
    seen: dict[tuple[str | None, str], list[Document]] = defaultdict(list)
    for doc in docs:
        seen[(doc.country, " ".join(doc.title.casefold().split()))].append(doc)
    problems: list[LoadFailure] = []
    for (country, _), group in seen.items():
        first, *rest = sorted(group, key=lambda d: d.doc_id)
        where = f"in {country}" if country else "among documents with no country"
        problems.extend(
            LoadFailure(doc.doc_id, f"duplicate title {doc.title!r} {where} (also "
                                    f"{first.doc_id})")
            for doc in rest
        )
    return problems


def orphan_sidecars(root: Path, files: Iterable[Path]) -> list[LoadFailure]:
    """`NAME.EXT.yml` files whose document `NAME.EXT` is missing (renamed or a typo)."""
    present = set(files)
    return [
        LoadFailure(path.relative_to(root).as_posix(),
                    f"sidecar without a document: {path.name[:-len(SIDECAR_SUFFIX)]} not found")
        for path in sorted(present)
        if path.name.endswith(SIDECAR_SUFFIX)
        and Path(path.name[:-len(SIDECAR_SUFFIX)]).suffix.lower() in SUFFIXES
        and path.with_name(path.name[:-len(SIDECAR_SUFFIX)]) not in present
    ]


def settings_problems(root: Path) -> tuple[list[str], list[LoadFailure]]:
    """The glossary and channels files, and what is wrong with them."""
    names = sorted({p.name for pattern in SETTINGS_FILES for p in root.glob(pattern)})
    problems = check_settings_files(root)
    if problems:
        return names, problems
    for loader in (load_glossary, load_channels):
        try:
            loader(root)
        except LoadError as exc:
            problems.append(LoadFailure(exc.path, exc.reason, exc.line))
    return names, problems


def check_knowledge(root: Path, review_months: int = DEFAULT_REVIEW_MONTHS,
                    today: dt.date | None = None) -> CheckReport:
    """Every problem in the knowledge folder at `root`, and the documents due for review
    on `today` (past `review_by`, or `updated` over `review_months` ago); nothing is
    built or written."""
    root = Path(root)
    loaded = load_knowledge(root)
    files, _ = walk_files(root)
    problems = list(loaded.failures)
    problems += duplicate_titles(loaded.documents)
    problems += orphan_sidecars(root, files)
    settings, settings_bad = settings_problems(root)
    problems += settings_bad
    checked = dict.fromkeys(f.relative_to(root).as_posix() for f in files
                            if f.suffix.lower() in SUFFIXES or f.name.endswith(SIDECAR_SUFFIX))
    checked.update(dict.fromkeys(settings))
    checked.update(dict.fromkeys(p.path for p in problems))
    problems.sort(key=lambda p: (p.path, p.line or 0))
    warnings = tuple(LoadFailure(due.doc_id, due.describe(review_months))
                     for due in due_for_review(loaded.documents, today, review_months))
    return CheckReport(tuple(checked), tuple(problems), warnings)
