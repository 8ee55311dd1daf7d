"""The fixture knowledge folder with review dates: one Indonesian page past `review_by`,
the passport pages past `valid_until`."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers.fixtures import FIXTURE_KNOWLEDGE

PAST_REVIEW = "id/akta-kelahiran.md"
PAST_VALID = ("id/paspor.md", "my/pasport.md")


def _add_field(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", f"---\n{line}\n", 1), encoding="utf-8")


def dated_knowledge(target: Path) -> Path:
    """A copy of the fixture knowledge at `target`, with the dates above."""
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    _add_field(target / PAST_REVIEW, "review_by: 2020-02-01")
    for doc_id in PAST_VALID:
        _add_field(target / doc_id, "valid_until: 2020-06-30")
    return target
