"""The store against a real PostgreSQL server (and the same checks on SQLite)."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.state.store import Feedback, RefusedQuestion, Store, StoreUnavailable, create_store
from tests.helpers.postgres import PostgresServer


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        return create_store(f"sqlite:///{tmp_path}/t.db")
    return create_store(request.getfixturevalue("pg_url"))


def test_store_keeps_masks_and_purges_on_both_databases(any_store: Store) -> None:
    store = any_store
    store.add_feedback(Feedback("web", "ktp 3578012345678901 hilang", False, "id/ktp.md",
                                session_id="s1", comment="salah, wa 081234567890", lang="id"))
    store.record_refusal(RefusedQuestion("telegram", "izin senjata api", "id", "ID", 0.2))
    store.record_refusal(RefusedQuestion("web", "paspor hilang", "id", "ID",
                                         outcome="not_covered"))
    store.record_refusal(RefusedQuestion("web", "syarat paspor 081234567890", "id", "ID", 0.5,
                                         outcome="suggested", doc_id="id/paspor.md"))
    assert store.feedback()[0].question == "ktp [nik] hilang"
    assert store.refused()[0].confidence == pytest.approx(0.2)
    assert [(q.outcome, q.doc_id) for q in store.refused()] == [
        ("refused", None), ("not_covered", None), ("suggested", "id/paspor.md")]
    assert [q.question for q in store.refused(outcome="suggested")] == [
        "syarat paspor [phone]"]
    with pytest.raises(ValueError, match="outcome must be one of"):
        store.record_refusal(RefusedQuestion("web", "q", "id", "ID", outcome="unsure"))
    assert store.set_chat_settings("42", country="MY").country == "MY"
    assert store.set_chat_settings("42", lang="ms") == store.chat_settings("42")
    for i in range(12):
        store.add_turn("s1", f"q{i}", f"d{i}", "id", "ID", keep=10)
    assert [t.question for t in store.turns("s1", limit=3)] == ["q11", "q10", "q9"]
    assert store.first_delivery("telegram:1:5") and not store.first_delivery("telegram:1:5")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE feedback SET created_at = :t"),
                     {"t": dt.datetime(2000, 1, 1)})
    assert store.purge(older_than_days=90) == 1 and store.feedback() == []


def test_nul_surrogates_and_overlong_values_are_stored_cleaned(any_store: Store) -> None:
    store = any_store
    store.add_feedback(Feedback("web", "paspor\x00 hilang \udcff", True, "d" * 600,
                                session_id="s" * 200, comment="ok\x00"))
    store.record_refusal(RefusedQuestion("api", "a\x00b", "id", "ID", outcome="suggested",
                                         doc_id="d\x00" * 300))
    store.add_turn("x" * 300, "q\x00", None, "id", None)
    assert store.first_delivery("k\x00" * 100)
    fb = store.feedback()[0]
    assert fb.question == "paspor hilang ?" and fb.comment == "ok"
    assert len(fb.doc_id or "") == 512 and len(fb.session_id or "") == 128
    assert store.refused()[0].question == "ab" and store.refused()[0].doc_id == "d" * 300
    assert store.turns("x" * 300)[0].question == "q"


def test_a_stopped_server_raises_store_unavailable_and_a_restart_costs_nothing(
        own_postgres: PostgresServer) -> None:
    store = create_store(own_postgres.create_database())
    store.add_feedback(Feedback("web", "q", True))  # a pooled connection now exists
    own_postgres.stop()
    for call in (store.ping, store.feedback, lambda: store.turns("s"),
                 lambda: store.record_refusal(RefusedQuestion("web", "q", "id", "ID"))):
        with pytest.raises(StoreUnavailable):
            call()
    own_postgres.start()
    # the pooled connection died with the server: pre-ping replaces it, no request fails
    assert len(store.feedback()) == 1
    store.add_feedback(Feedback("web", "q2", True))
    assert len(store.feedback()) == 2
