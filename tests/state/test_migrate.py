"""Schema migrations: the models' schema, replicas starting together, a newer schema."""

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

import bot.state.activity  # noqa: F401 - their tables are part of the schema
import bot.state.drafts  # noqa: F401
import bot.state.limits  # noqa: F401
import bot.state.reports  # noqa: F401
import bot.state.staff  # noqa: F401
from bot.state import migrate
from bot.state.reports import ReportStore
from bot.state.staff import StaffStore
from bot.state.store import Base, Feedback, RefusedQuestion, Store, create_store
from tests.helpers.postgres import PostgresServer

ROOT = Path(__file__).parents[2]


def _urls(tmp_path: Path, postgres: PostgresServer | None) -> str:
    return postgres.create_database() if postgres else f"sqlite:///{tmp_path}/m.db"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_create_exactly_the_models_schema(backend: str, tmp_path: Path,
                                                     request: pytest.FixtureRequest) -> None:
    url = (request.getfixturevalue("pg_url") if backend == "postgresql"
           else f"sqlite:///{tmp_path}/m.db")
    store = create_store(url)
    assert migrate.current(store.engine) == migrate.head()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    # downgrade to nothing and up again: the revisions are reversible
    migrate.downgrade(store.engine, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(store.engine)
    store.add_feedback(Feedback("web", "q", True))


def test_only_the_migrations_make_tables(tmp_path: Path) -> None:
    """The stores made over a database at an older revision create nothing: the tables of
    later revisions come from their migrations, and `create_store` brings them."""
    url = f"sqlite:///{tmp_path}/m.db"
    engine = create_engine(url)
    migrate.upgrade(engine, revision="0002")
    made = set(inspect(engine).get_table_names())
    Store(engine)
    StaffStore(engine)
    ReportStore(engine)
    assert set(inspect(engine).get_table_names()) == made
    assert "staff_accounts" not in made and "reports" not in made
    store = create_store(url)
    assert migrate.current(store.engine) == migrate.head()
    StaffStore(store.engine).add_account("siti", "kata-sandi-rahasia-7")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_questions_stored_before_outcomes_existed_read_as_refused(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Revision 0006 adds what became of a question: the rows of a database at 0005 were
    all refusals, and a replica still at 0005 writing a row gets one too."""
    url = (request.getfixturevalue("pg_url") if backend == "postgresql"
           else f"sqlite:///{tmp_path}/m.db")
    engine = create_engine(url)
    migrate.upgrade(engine, revision="0005")
    insert = text("INSERT INTO refused_questions (created_at, channel, question, lang, "
                  "country, confidence) VALUES (:at, 'web', :q, 'id', 'ID', 0.1)")
    with engine.begin() as conn:
        for question in ("cara bikin skck", "jadwal samsat"):
            conn.execute(insert, {"at": dt.datetime(2026, 11, 30), "q": question})
    store = create_store(url)
    assert migrate.current(store.engine) == "0006" == migrate.head()
    store.record_refusal(RefusedQuestion("web", "syarat paspor", "id", "ID", 0.4,
                                         outcome="suggested", doc_id="id/paspor.md"))
    with store.engine.begin() as conn:  # an older replica's insert names no outcome
        conn.execute(insert, {"at": dt.datetime(2026, 12, 1), "q": "izin keramaian"})
    assert [(q.question, q.outcome, q.doc_id) for q in store.refused()] == [
        ("cara bikin skck", "refused", None), ("jadwal samsat", "refused", None),
        ("syarat paspor", "suggested", "id/paspor.md"), ("izin keramaian", "refused", None)]
    assert [q.question for q in store.refused(outcome="suggested")] == ["syarat paspor"]
    migrate.downgrade(store.engine, "0005")  # and back: the questions stay
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM refused_questions")).scalar() == 4
        assert "outcome" not in {c["name"] for c in inspect(conn).get_columns(
            "refused_questions")}
    engine.dispose()


def test_replicas_starting_together_on_an_empty_database_all_come_up(
        postgres: PostgresServer) -> None:
    for _trial in range(3):
        url = postgres.create_database()
        barrier, errors = threading.Barrier(6), []

        def start(url: str = url, barrier: threading.Barrier = barrier,
                  errors: list = errors) -> None:
            barrier.wait()
            try:
                create_store(url).ping()
            except Exception as exc:  # collected: the assertion names it
                errors.append(exc)

        threads = [threading.Thread(target=start) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads), "start-up hung"
        assert errors == []
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        engine.dispose()


def test_a_schema_newer_than_the_code_is_refused_in_one_line(pg_url: str) -> None:
    store = create_store(pg_url)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaMismatch, match="newer than this tanyakota"):
        create_store(pg_url)
    done = _cli(["serve", "--port", "1"], pg_url)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: the database schema is at revision 9999, newer than this tanyakota knows "
        f"(head {migrate.head()}): upgrade tanyakota"]


def test_without_upgrading_a_schema_behind_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    create_store(url)
    migrate.downgrade(create_engine(url), "0001")
    with pytest.raises(migrate.SchemaMismatch, match="tanyakota db upgrade"):
        create_store(url, upgrade=False)
    assert migrate.current(create_store(url).engine) == migrate.head()


def test_a_database_made_before_migrations_is_stamped_and_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/legacy.db"
    engine = create_engine(url)
    migrate.upgrade(engine, revision=migrate.FIRST)  # the tables as they were then,
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))  # and no revision
        conn.execute(text("INSERT INTO feedback (created_at, channel, question, helpful) "
                          "VALUES ('2026-01-01', 'web', 'lama', 1)"))
    store = create_store(url)
    assert migrate.current(store.engine) == migrate.head()
    assert [f.question for f in store.feedback()] == ["lama"]


def test_db_upgrade_and_current_commands(pg_url: str) -> None:
    assert "never migrated" in _cli(["db", "current"], pg_url).stdout
    done = _cli(["db", "upgrade"], pg_url)
    assert done.returncode == 0 and f"to {migrate.head()}" in done.stdout
    assert "already at revision" in _cli(["db", "upgrade"], pg_url).stdout
    assert "up to date" in _cli(["db", "current"], pg_url).stdout
    down = _cli(["db", "current"], "postgresql+psycopg://u:secret@127.0.0.1:1/x")
    assert down.returncode == 1 and "secret" not in down.stderr
    assert down.stderr.startswith("error: the database at postgresql+psycopg://u:***@")


def _cli(args: list[str], url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TANYAKOTA_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)
