"""`tanyakota report`: the questions not answered grouped by meaning, each outcome apart
(refused, a service not covered, given suggestions), 👎 per document, retention."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from bot.assistant import Assistant
from bot.quality.report import build_report, group_questions, render
from bot.state.store import (
    Feedback,
    FeedbackRow,
    QuestionRow,
    RefusedQuestion,
    Store,
    create_store,
)
from tests.helpers.fixtures import unsure as unsure_desk

REFUSED = [
    ("cara bikin SKCK gimana", "ID"), ("Cara bikin SKCK gimana?", "ID"),
    ("gimana ngurus skck", "ID"), ("syarat membuat SKCK", "ID"),
    ("jadwal buka samsat hari sabtu", "ID"), ("samsat buka sabtu ga?", "ID"),
    ("macam mana nak tukar alamat lesen memandu", "MY"),
]


def test_questions_are_grouped_by_meaning_biggest_first(embedder) -> None:
    groups = group_questions(REFUSED, embedder.embed_query_vector)
    assert [(g.count, g.country) for g in groups] == [(4, "ID"), (2, "ID"), (1, "MY")]
    skck = groups[0]
    assert skck.question in ("cara bikin SKCK gimana", "Cara bikin SKCK gimana?")
    assert set(skck.variants) == {"gimana ngurus skck", "syarat membuat SKCK"}
    assert "samsat" in groups[1].question and "lesen" in groups[2].question


SUGGESTED = [("syarat bikin paspor apa aja", "suggested", "id/paspor.md"),
             ("Syarat bikin paspor apa aja?", "suggested", "id/paspor.md"),
             ("jam buka kantor imigrasi", "suggested", "id/imigrasi.md")]
NOT_COVERED = [("paspor saya hilang gimana", "not_covered", None)]


def store_with_history(path: Path):
    store = create_store(f"sqlite:///{path}")
    for question, country in REFUSED:
        store.record_refusal(RefusedQuestion("api", question, "id", country))
    store.record_refusal(RefusedQuestion("telegram", "NIK saya 3578012345678901 skck ditolak",
                                         "id", "ID"))
    for question, outcome, doc_id in SUGGESTED + NOT_COVERED:
        store.record_refusal(RefusedQuestion("web", question, "id", "ID", 0.5, outcome=outcome,
                                             doc_id=doc_id))
    for doc_id, helpful, comment in [("id/paspor.md", False, "biaya salah, hubungi 08123456789"),
                                     ("id/paspor.md", False, None), ("id/paspor.md", True, None),
                                     ("my/pasport.md", False, None), ("id/ktp.md", True, None),
                                     (None, False, None)]:
        store.add_feedback(Feedback("api", "pertanyaan", helpful, doc_id, comment=comment))
    old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=120)
    with Session(store.engine) as session, session.begin():
        session.add(QuestionRow(channel="api", question="pertanyaan lama sekali", lang="id",
                                country="ID", created_at=old))
        session.add(FeedbackRow(channel="api", question="lama", doc_id="id/lama.md",
                                helpful=False, created_at=old))
    return store


def test_report_counts_refusals_and_unhelpful_documents(tmp_path: Path, embedder) -> None:
    store = store_with_history(tmp_path / "t.db")
    report = build_report(store, embedder.embed_query_vector,
                          since=dt.date.today() - dt.timedelta(days=1))
    assert report.refused == 8  # the 120-day-old one is before `since`
    assert report.groups[0].count == 4
    # the questions given suggestions and those about a service not covered, apart
    assert (report.suggested, report.not_covered) == (3, 1)
    assert [(g.count, g.doc_id) for g in report.suggested_groups] == [
        (2, "id/paspor.md"), (1, "id/imigrasi.md")]
    assert [(g.question, g.doc_id) for g in report.not_covered_groups] == [
        ("paspor saya hilang gimana", None)]
    assert not any("paspor" in g.question for g in report.groups)
    assert any("[nik]" in g.question for g in report.groups)
    assert "3578012345678901" not in json.dumps(report.to_dict())
    assert [(d.doc_id, d.unhelpful, d.helpful) for d in report.documents] == [
        ("id/paspor.md", 2, 1), ("my/pasport.md", 1, 0)]
    assert "08123456789" not in report.documents[0].comments[0]
    table = render(report)
    assert "id/paspor.md" in table and "     4  ID" in table
    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert f"Refused questions since {since}: 8 in " in table
    assert f"Questions about a service not covered since {since}: 1 in 1 group(s)" in table
    suggested = table.split(f"Questions given suggestions since {since}: 3 in 2 group(s)\n")[1]
    assert suggested.splitlines()[1].split() == [
        "2", "ID", "syarat", "bikin", "paspor", "apa", "aja", "id/paspor.md"]


def test_report_command_purges_old_rows_and_prints_json(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    store_with_history(db)
    env = {**os.environ, "TANYAKOTA_DATABASE_URL": f"sqlite:///{db}",
           "TANYAKOTA_RETENTION_DAYS": "90", "TANYAKOTA_EMBED_THREADS": "2"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["refused"] == 8 and data["since"] is None
    assert data["groups"][0]["count"] == 4
    assert data["suggested"] == 3 and data["not_covered"] == 1
    assert data["suggested_groups"][0]["doc_id"] == "id/paspor.md"
    assert data["not_covered_groups"][0]["question"] == "paspor saya hilang gimana"
    assert data["documents"][0]["doc_id"] == "id/paspor.md"
    assert "deleted 2 stored" in result.stderr
    store = create_store(f"sqlite:///{db}")
    assert "pertanyaan lama sekali" not in [q.question for q in store.refused()]
    assert all(f.doc_id != "id/lama.md" for f in store.feedback())
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    plain = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--since", tomorrow],
                           capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode == 0
    assert f"Refused questions since {tomorrow}: 0 in 0 group(s)" in plain.stdout
    bad = subprocess.run([sys.executable, "-m", "bot.cli", "report", "--since", "kemarin"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1 and "--since must be a date" in bad.stderr


def test_questions_asked_are_reported_by_outcome(with_store: Assistant, store: Store,
                                                 embedder) -> None:
    """Asked of the front desk: a question given suggestions is listed under them with
    the page offered, apart from the refusals and the services not covered."""
    strict = unsure_desk(with_store)
    assert strict.ask("syarat bikin paspor apa aja", country="ID").suggestions
    with_store.ask("harga tiket konser minggu depan berapa", country="ID")
    with_store.ask("paspor saya hilang gimana", country="ID")
    report = build_report(store, embedder.embed_query_vector)
    assert (report.refused, report.not_covered, report.suggested) == (1, 1, 1)
    assert [(g.question, g.doc_id) for g in report.suggested_groups] == [
        ("syarat bikin paspor apa aja", "id/paspor.md")]
    assert [g.question for g in report.groups] == ["harga tiket konser minggu depan berapa"]
    assert [g.question for g in report.not_covered_groups] == ["paspor saya hilang gimana"]
    table = render(report)
    assert "Questions given suggestions: 1 in 1 group(s)" in table
    assert "Refused questions: 1 in 1 group(s)" in table
