"""`review_by` and `valid_until`: read from front matter and sidecars, kept on the chunks,
warned about by `tanyakota check` (past `review_by`, `updated` too long ago)."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from indexer.check import check_knowledge
from indexer.chunk import chunk_document
from indexer.load import load_knowledge
from indexer.review import add_months, due_for_review, past_valid_until
from indexer.store import chunk_from_json, chunk_to_json

TODAY = dt.date(2026, 12, 1)
DOC = "---\ntitle: {title}\ncountry: ID\nupdated: {updated}\n{extra}---\nIsi dokumen.\n"


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def dated_folder(root: Path) -> Path:
    write(root, "id/fresh.md", DOC.format(title="Baru", updated="2026-11-01", extra=""))
    write(root, "id/old.md", DOC.format(title="Lama", updated="2025-06-30", extra=""))
    write(root, "id/review.md", DOC.format(title="Tinjau", updated="2026-10-01",
                                           extra="review_by: 2026-03-01\n"))
    write(root, "id/valid.md", DOC.format(title="Berlaku", updated="2026-10-01",
                                          extra="review_by: 2027-01-01\n"
                                                "valid_until: 2026-06-30\n"))
    write(root, "id/page.txt", "Halaman\nIsi halaman.\n")
    write(root, "id/page.txt.yml", "title: Halaman\nreview_by: 2026-01-15\n")
    return root


def test_dates_are_read_and_kept_on_every_chunk(tmp_path: Path) -> None:
    docs = {d.doc_id: d for d in load_knowledge(dated_folder(tmp_path)).documents}
    assert (docs["id/valid.md"].review_by, docs["id/valid.md"].valid_until) == (
        "2027-01-01", "2026-06-30")
    assert docs["id/page.txt"].review_by == "2026-01-15"  # from the sidecar
    assert docs["id/fresh.md"].review_by is None
    chunk = chunk_document(docs["id/valid.md"])[0]
    again = chunk_from_json(chunk_to_json(chunk))
    assert (again.review_by, again.valid_until) == ("2027-01-01", "2026-06-30")


def test_due_for_review_lists_the_longest_overdue_first(tmp_path: Path) -> None:
    docs = load_knowledge(dated_folder(tmp_path)).documents
    due = due_for_review(docs, TODAY, months=12)
    assert [(d.doc_id, d.due, d.reasons) for d in due] == [
        ("id/page.txt", "2026-01-15", ("review_by",)),
        ("id/review.md", "2026-03-01", ("review_by",)),
        ("id/old.md", "2026-06-30", ("updated",)),
    ]
    assert "id/fresh.md" not in [d.doc_id for d in due_for_review(docs, TODAY, months=3)]
    assert "id/valid.md" in [d.doc_id for d in due_for_review(docs, TODAY, months=1)]
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert past_valid_until("2026-06-30", TODAY) and not past_valid_until("2027-01-01", TODAY)
    assert not past_valid_until(None, TODAY)


def test_check_warns_for_review_dates_and_fails_on_an_invalid_date(tmp_path: Path) -> None:
    root = dated_folder(tmp_path)
    report = check_knowledge(root, review_months=12, today=TODAY)
    assert report.ok
    assert [w.path for w in report.warnings] == ["id/page.txt", "id/review.md", "id/old.md"]
    assert "review_by 2026-03-01 has passed" in report.warnings[1].reason
    assert "updated 2025-06-30 is more than 12 months ago" in report.warnings[2].reason
    write(root, "id/bad.md", DOC.format(title="Salah", updated="2026-10-01",
                                        extra="valid_until: 2026-13-45\n"))
    write(root, "id/bad2.md", DOC.format(title="Salah juga", updated="2026-10-01",
                                         extra="review_by: besok\n"))
    found = {(p.path, p.line): p.reason for p in check_knowledge(root, today=TODAY).problems}
    assert found == {
        ("id/bad.md", 5): "'valid_until' must be a date (YYYY-MM-DD), not '2026-13-45'",
        ("id/bad2.md", 5): "'review_by' must be a date (YYYY-MM-DD), not 'besok'",
    }


def test_check_command_prints_warnings_and_still_passes(tmp_path: Path) -> None:
    root = tmp_path / "k"
    write(root, "id/review.md", DOC.format(title="Tinjau", updated=dt.date.today().isoformat(),
                                           extra="review_by: 2020-03-01\n"))
    write(root, "id/old.md", DOC.format(title="Lama", updated="2020-01-01", extra=""))
    write(root, "id/fresh.md", DOC.format(title="Baru", updated=dt.date.today().isoformat(),
                                          extra=""))
    result = subprocess.run([sys.executable, "-m", "bot.cli", "check", "--knowledge",
                             str(root)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "TANYAKOTA_REVIEW_MONTHS": "6"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        # due 2020-03-01, then 2020-07-01
        f"{root / 'id' / 'review.md'}:1: warning: review_by 2020-03-01 has passed: "
        "re-check it against its source",
        f"{root / 'id' / 'old.md'}:1: warning: updated 2020-01-01 is more than 6 months ago: "
        "re-check it against its source",
        "3 files OK, 2 due for review",
    ]
