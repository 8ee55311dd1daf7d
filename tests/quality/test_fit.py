import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.decide import AbstainRule
from bot.quality.evaluate import evaluate_questions, load_questions, record
from bot.quality.fit import FEATURES, Asked, fit, held_out, load_signals, outcome, replay

ROWS = [
    {"q": "ktp ilang gimana cara mengurusnya", "lang": "id", "country": "ID",
     "docs": ["id/ktp-hilang.md"], "fact": "polisi"},
    {"q": "berapa bayaran pasport", "lang": "ms", "country": "MY",
     "docs": ["my/pasport.md"], "fact": "RM200"},
    {"q": "syarat paspor apa saja", "lang": "id", "country": "ID",
     "docs": ["id/akta-kelahiran.md"]},  # deliberately wrong: answered from a wrong page
    {"q": "resep rendang padang yang enak", "lang": "id", "country": "ID", "docs": []},
]


def test_recorded_questions_replay_as_they_were_answered(tmp_path: Path, assistant) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS))
    lines: list[dict] = []
    result = evaluate_questions(assistant, load_questions(path), leave_one_out=True,
                                seen=lambda o: lines.append(record(o))).to_dict()
    assert [r["mode"] for r in lines].count("leave_one_out") == 3
    asked_fee = next(r for r in lines if r["q"] == ROWS[1]["q"]
                     and r["mode"] == "with_country")
    assert asked_fee["answered"] and asked_fee["fact_in"] and asked_fee["fact_at"] >= 0
    assert asked_fee["judged"][0]["doc_id"] == "my/pasport.md"
    assert set(asked_fee["judged"][0]["signals"]) == set(FEATURES)
    signals = tmp_path / "shipped.jsonl"
    signals.write_text("".join(json.dumps(r) + "\n" for r in lines))
    # today's rule, replayed from what was recorded, counts what the run counted
    (row,) = replay(AbstainRule(), load_signals([signals]))
    given, loo = result["with_country"], result["leave_one_out"]
    assert row.folder == "shipped" and (row.answerable, row.not_covered) == (3, 1)
    assert row.right == pytest.approx(given["right_doc"], abs=1e-3)
    assert row.answered_wrong == pytest.approx(given["answered_wrong"], abs=1e-3)
    assert row.not_covered_answered == pytest.approx(given["not_covered_answered"], abs=1e-3)
    assert row.left_out_answered == pytest.approx(loo["answered"], abs=1e-3)


def synthetic(folder: str, n: int) -> list[Asked]:
    """Answerable questions whose page stands out (distinct 1.5–2.5) and near misses
    that do not (0.2–1.2): the title and the rest say nothing."""
    rows = []
    for i in range(n):
        hi, lo = 1.5 + i / n, 0.2 + i / n
        rows.append(Asked(folder, "with_country", ("a.md",), "",
                          (("a.md", (hi, 0.5, 0.1, 0.0, 0.0, 0.0), True),)))
        rows.append(Asked(folder, "leave_one_out", (), "",
                          (("b.md", (lo, 0.5, 0.1, 0.0, 0.0, 0.0), True),)))
        rows.append(Asked(folder, "with_country", (), "",
                          (("b.md", (lo, 0.5, 0.1, 0.0, 0.0, 0.0), True),)))
    return rows


def test_the_fitted_rule_answers_what_stands_out_and_keeps_the_near_misses_out() -> None:
    asked = synthetic("one", 20) + synthetic("two", 40)
    rule = fit(asked)
    assert rule.distinct_weight > 0
    rows = replay(rule, asked)
    # the lowest bar that keeps the near misses within the limits, so every page that
    # stands out is answered from
    assert all(r.right == pytest.approx(1.0) for r in rows)
    assert sum(r.not_covered_answered * r.not_covered for r in rows) <= 0.05 * 120
    assert sum(r.left_out_answered * r.left_out for r in rows) <= 0.10 * 120
    stricter = fit(asked, max_left_out=0.0, max_not_covered=0.0)
    assert stricter.answer_at > rule.answer_at
    assert all(r.not_covered_answered == 0 for r in replay(stricter, asked))
    # a page of a service the folder lacks is never answered from, whatever it reads
    lacking = Asked("one", "with_country", (), "lacking",
                    (("b.md", (9.0, 1.0, 1.0, 1.0, 1.0, 0.0), False),))
    assert outcome(rule, lacking) == "refused"


def test_fit_command_reports_both_rules_and_rejects_a_foreign_file(tmp_path: Path) -> None:
    good = tmp_path / "towns.jsonl"
    good.write_text("".join(json.dumps({
        "mode": a.mode, "docs": list(a.docs), "gate": a.gate,
        "judged": [{"doc_id": d, "probability": 0.5, "near": near,
                    "signals": dict(zip(FEATURES, x))} for d, x, near in a.candidates]})
        + "\n" for a in synthetic("towns", 20)))
    out = subprocess.run([sys.executable, "-m", "bot.cli", "fit", str(good), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["rule"]["distinct_weight"] > 0
    assert data["replayed"][0]["folder"] == "towns"
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"q": "not a recorded question"}\n')
    out = subprocess.run([sys.executable, "-m", "bot.cli", "fit", str(bad)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "notes.jsonl:1" in out.stderr
    assert "Traceback" not in out.stderr


def test_each_folder_is_replayed_under_the_rule_fitted_on_the_others() -> None:
    asked = synthetic("one", 20) + synthetic("two", 30) + synthetic("three", 40)
    crossed = held_out(asked)
    assert [row.folder for _, row in crossed] == ["one", "two", "three"]
    # the rule for "one" is the rule fitted on "two" and "three" alone
    assert crossed[0][0] == fit([a for a in asked if a.folder != "one"])
    assert all(row.right == pytest.approx(1.0) for _, row in crossed)
    with pytest.raises(ValueError, match="two folders"):
        held_out(synthetic("one", 5))


def test_no_signal_is_weighed_against_the_answer() -> None:
    """Near misses with a larger margin than the answerable questions would give the margin
    a negative weight: it is left out (0) and the others refitted."""
    asked = [replace_margin(a, 0.1 if a.docs else 0.6) for a in synthetic("one", 30)]
    rule = fit(asked)
    assert rule.margin_weight == 0.0 and rule.distinct_weight > 0
    assert all(r.right == pytest.approx(1.0) for r in replay(rule, asked))


def replace_margin(a: Asked, margin: float) -> Asked:
    (doc, x, near), = a.candidates
    return Asked(a.folder, a.mode, a.docs, a.gate,
                 ((doc, (x[0], x[1], margin, *x[3:]), near),))
