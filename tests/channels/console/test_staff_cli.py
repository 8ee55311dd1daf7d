"""`tanyakota staff add | list | remove | passwd` in a subprocess, against a real SQLite
file: accounts made there log in to the console; the password is only ever a hash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.state.staff import StaffStore
from bot.state.store import create_store


def staff(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "TANYAKOTA_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([sys.executable, "-m", "bot.cli", "staff", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)


def test_staff_accounts_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "staff.db"
    added = staff(db, "add", "Siti.Rahma", "--password-stdin", "--role", "admin",
                  stdin="sandi-yang-panjang-1\n")
    assert (added.returncode, added.stdout.strip()) == (0, "added siti.rahma (admin)")
    assert staff(db, "add", "budi", "--password-stdin", stdin="sandi-budi-panjang\n"
                 ).returncode == 0
    listed = staff(db, "list").stdout.splitlines()
    assert listed[0].split() == ["user", "role", "created", "last", "login"]
    assert [line.split()[:2] for line in listed[1:]] == [["budi", "editor"],
                                                        ["siti.rahma", "admin"]]
    assert all(line.endswith("never") for line in listed[1:])

    accounts = StaffStore(create_store(f"sqlite:///{db}").engine)
    assert accounts.verify("siti.rahma", "sandi-yang-panjang-1") is not None
    changed = staff(db, "passwd", "siti.rahma", "--password-stdin", stdin="sandi-baru-lagi-2\n")
    assert changed.returncode == 0
    assert accounts.verify("siti.rahma", "sandi-yang-panjang-1") is None
    assert accounts.verify("siti.rahma", "sandi-baru-lagi-2") is not None

    assert staff(db, "remove", "budi").stdout.strip() == "removed budi"
    assert [a.username for a in accounts.accounts()] == ["siti.rahma"]
    raw = db.read_bytes()
    for secret in (b"sandi-yang-panjang-1", b"sandi-baru-lagi-2", b"sandi-budi-panjang"):
        assert secret not in raw
    assert [e.action for e in accounts.audit_log()] == [
        "account_removed", "password_changed", "account_added", "account_added"]


def test_staff_errors_are_one_line_and_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "staff.db"
    staff(db, "add", "siti", "--password-stdin", stdin="sandi-yang-panjang-1\n")
    cases = [
        (("add", "siti", "--password-stdin"), "sandi-lain-panjang\n",
         "error: staff account 'siti' already exists"),
        (("add", "budi", "--password-stdin"), "pendek\n",
         "error: the password must have at least 10 characters"),
        (("add", "budi", "--password-stdin", "--role", "root"), "sandi-lain-panjang\n",
         "error: --role must be one of editor, admin, not 'root'"),
        (("add", "bu di!", "--password-stdin"), "sandi-lain-panjang\n",
         "error: invalid user name 'bu di!'"),
        (("remove", "nobody"), "", "error: no staff account 'nobody'"),
        (("passwd", "nobody", "--password-stdin"), "sandi-lain-panjang\n",
         "error: no staff account 'nobody'"),
        (("add", "budi", "--password-stdin"), "", "error: no password on standard input"),
    ]
    for args, stdin, message in cases:
        result = staff(db, *args, stdin=stdin)
        assert result.returncode == 1, (args, result.stdout)
        assert result.stderr.strip().startswith(message), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
        assert "sandi-lain-panjang" not in result.stderr + result.stdout
