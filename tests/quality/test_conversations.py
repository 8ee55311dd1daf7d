"""The multi-turn evaluation: scoring each kind of turn, and the shipped conversation set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.quality.conversations import (
    ConversationTurn,
    EvalConversation,
    evaluate_conversations,
    load_conversations,
)
from bot.quality.evaluate import contains, load_questions
from indexer.load import load_knowledge
from tests.helpers.fixtures import unsure as unsure_desk

ROOT = Path(__file__).resolve().parents[2]
BIRTH = "Bagaimana mendaftar kelahiran bayi saya?"


def test_evaluate_conversations_scores_each_kind_of_turn(assistant: Assistant) -> None:
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
    result = evaluate_conversations(assistant, conversations).to_dict()
    assert result["turns"] == 6 and result["conversations"] == 3
    assert result["by_kind"]["follow"] == {"right": 1, "total": 1, "accuracy": 1.0,
                                           "tapped": 0, "with_tap": 1.0}
    assert result["by_kind"]["clarify"]["right"] == 1
    assert result["by_kind"]["choice"]["right"] == 1
    assert result["by_kind"]["start"] == {"right": 1, "total": 2, "accuracy": 0.5,
                                          "tapped": 0, "with_tap": 0.5}
    assert result["accuracy"] == pytest.approx(5 / 6, abs=1e-3) and result["clarify_wrong"] == 0
    assert result["misses"] == [{"conversation": "wrong", "q": "mau bikin paspor",
                                 "kind": "start", "expected": ["id/akta-kelahiran.md"],
                                 "got": "id/paspor.md"}]
    alone = evaluate_conversations(assistant, conversations[:1], sessions=False)
    assert alone.by_kind["follow"].right == 0


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


def test_a_suggestion_the_resident_would_tap_counts_apart_and_sets_the_topic(
        assistant: Assistant) -> None:
    """Unsure of everything, the bot offers suggestions; the expected one is tapped, the
    turn counts as tapped (not right), and the follow-up is read against that document."""
    unsure = unsure_desk(assistant, suggest_at=0.01)
    turn = ConversationTurn
    conversation = EvalConversation("paspor", "id", (
        turn("mau bikin paspor", "start", ("id/paspor.md",)),
        turn("bisa online?", "follow", ("id/paspor.md",))))
    result = evaluate_conversations(unsure, [conversation])
    assert result.by_kind["start"].right == 0 and result.by_kind["start"].tapped == 1
    # the follow-up is on the tapped document's subject: a plausible answer is given
    assert result.by_kind["follow"].right == 1
    assert result.accuracy == pytest.approx(0.5) and result.with_tap == pytest.approx(1.0)
    alone = evaluate_conversations(unsure, [conversation], sessions=False)
    assert alone.by_kind["follow"].right == 0


@pytest.mark.parametrize("name", ["cities", "towns", "coast", "hills", "rivers", "lakes", "plains",
                                  "bays", "forests", "peaks", "isles", "dunes", "meadows",
                                  "glades", "reefs", "springs", "valleys", "harbors", "ridges",
                                  "deltas", "cliffs", "moors",
                                  "capes", "lagoons", "marshes", "fjords", "estuaries"])
def test_an_evaluation_folder_holds_what_its_questions_and_conversations_name(
        name: str) -> None:
    """Every document a question or a turn names loads, and every fact a question asks
    for is in the loaded text of each of its documents."""
    folder = ROOT / "tests" / "eval" / name
    loaded = load_knowledge(folder / "knowledge")
    assert not loaded.failures
    texts = {d.doc_id: d.text for d in loaded.documents}
    questions = load_questions(folder / "questions.jsonl")
    assert sum(bool(q.docs) for q in questions) >= 100
    assert sum(not q.docs for q in questions) >= 20
    for q in questions:
        assert all(d in texts for d in q.docs), q.text
        assert not q.fact or all(contains(texts[d], q.fact) for d in q.docs), q.text
    conversations = load_conversations(folder / "conversations.jsonl")
    assert len(conversations) >= 10 and {c.lang for c in conversations} == {"id", "ms"}
    assert {t.kind for c in conversations for t in c.turns} >= {"start", "follow", "new"}
    for conv in conversations:
        for t in conv.turns:
            assert t.docs and all(d in texts for d in t.docs), t.q
