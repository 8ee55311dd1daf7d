"""Staff commands: `tanyakota reports` lists, `reports set` changes the status the resident
reads by reference, and `tanyakota report` counts reports by category and area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.reports.forward import Targets
from bot.reports.model import NewReport
from bot.reports.service import Reports
from bot.state.reports import ReportStore
from bot.state.store import create_store


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TANYAKOTA_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_staff_list_reports_set_their_status_and_count_them(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    desk = Reports(ReportStore(create_store(f"sqlite:///{db}").engine), Targets(),
                   lambda country: None)
    drain = desk.make(NewReport("MY", "longkang", "Longkang tersumbat, air naik ke jalan.",
                                "Jalan Ampang", area="Kuala Lumpur",
                                contact="012-345 6789"), "web")
    desk.make(NewReport("MY", "longkang", "Longkang pecah di hadapan sekolah.",
                        "Jalan Tun Razak", area="Kuala Lumpur"), "telegram")
    desk.make(NewReport("ID", "sampah", "Sampah menumpuk di pinggir pasar sejak Senin.",
                        latitude=-6.2, longitude=106.8), "web")

    listed = run(db, "reports", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["category"] for r in rows] == ["drainage", "drainage", "rubbish"]
    assert rows[0]["contact_given"] is True and "012-345" not in listed.stdout
    assert "3 report(s)" in run(db, "reports").stderr

    changed = run(db, "reports", "set", drain.reference.lower(), "--status", "in_progress",
                  "--note", "Pasukan dihantar esok, hubungi 012-9876543")
    assert changed.returncode == 0, changed.stderr
    status = desk.status(drain.reference)
    assert status is not None and status.status == "in_progress"
    assert status.note == "Pasukan dihantar esok, hubungi [phone]"
    only = run(db, "reports", "--status", "in_progress", "--json")
    assert [json.loads(line)["reference"] for line in only.stdout.splitlines()] == [
        drain.reference]

    wrong = run(db, "reports", "set", drain.reference, "--status", "done")
    assert wrong.returncode == 1 and "status: must be one of" in wrong.stderr
    unknown = run(db, "reports", "set", "TK-2222222222", "--status", "resolved")
    assert unknown.returncode == 1 and "no report TK-2222222222" in unknown.stderr
    assert run(db, "reports", "--since", "kemarin").returncode == 1

    summary = run(db, "report", "--json")
    assert summary.returncode == 0, summary.stderr
    counts = json.loads(summary.stdout)["reports"]
    assert counts[0] == {"category": "drainage", "country": "MY", "area": "Kuala Lumpur",
                         "count": 2}
    assert {"category": "rubbish", "country": "ID", "area": "", "count": 1} in counts
    assert "Reports to the city: 3" in run(db, "report").stdout
