"""The staff console's board over the real reports store: recent reports masked, and a
status an editor sets is what the resident reads by reference."""

from __future__ import annotations

from pathlib import Path

from bot.channels.console.reports import find_board
from bot.config import Settings
from bot.factory import make_reports
from bot.reports.model import NewReport
from bot.state.store import create_store


def test_the_console_finds_the_board_and_a_status_set_there_is_read_by_reference(
        tmp_path: Path) -> None:
    store = create_store(f"sqlite:///{tmp_path}/board.db")
    reports = make_reports(Settings(_env_file=None), store, lambda country: None)
    made = reports.make(NewReport(country="MY", lang="ms", category="longkang",
                                  description="Longkang tersumbat depan rumah no 0123456789",
                                  location="Jalan Ampang"), "web")
    board = find_board(store.engine)
    assert board is not None and "in_progress" in board.statuses
    (listed,) = board.recent()
    assert listed.reference == made.reference and "0123456789" not in listed.description
    changed = board.set_status(made.reference, "in_progress", "Pasukan dihantar")
    assert changed is not None and changed.status == "in_progress"
    seen = reports.status(made.reference)
    assert seen is not None and (seen.status, seen.note) == ("in_progress", "Pasukan dihantar")
    assert board.set_status("TK-NOSUCHREF0", "resolved") is None
    assert board.set_status(made.reference, "deleted") is None
