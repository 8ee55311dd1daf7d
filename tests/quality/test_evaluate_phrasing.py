"""`tanyakota eval --llm`: the question set's answers with the language model and without."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.openai_fake import FakeOpenAI
from tests.helpers.phrasing import SIM

QUESTIONS = [
    {"q": SIM, "lang": "id", "country": "ID", "docs": ["id/sim-perpanjang.md"],
     "fact": "Rp80.000"},
    {"q": "Kapan batas pembayaran PBB di Kota Contoh?", "lang": "id", "country": "ID",
     "docs": ["id/pbb.md"], "fact": "31 Agustus"},
    {"q": "KTP saya hilang, bagaimana cara mengurusnya?", "lang": "id", "country": "ID",
     "docs": ["id/ktp-hilang.md"]},
    {"q": "resep rendang padang yang enak", "lang": "id", "country": "ID", "docs": []},
]


def run_eval(tmp_path: Path, index: Path, **env: str) -> subprocess.CompletedProcess:
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS))
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "eval", "--questions", str(questions),
         "--index", str(index), "--llm", "--json"], capture_output=True, text=True,
        timeout=300, env={**os.environ, "TANYAKOTA_EMBED_THREADS": "2", **env})


def test_eval_with_the_model_reports_lengths_with_and_without_it(
        tmp_path: Path, phrasing_index: tuple[Path, Path], model: FakeOpenAI) -> None:
    out = run_eval(tmp_path, phrasing_index[1], TANYAKOTA_LLM_URL=model.url,
                   TANYAKOTA_LLM_MODEL="sea-lion-test")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    phrasing = data["phrasing"]
    assert phrasing["answered"] == 3 and phrasing["generated"] > 0.6
    assert phrasing["outcomes"]["generated"] == round(phrasing["generated"] * 3)
    assert phrasing["chars_extractive"] > 0 and phrasing["chars_with_model"] > 0
    assert phrasing["chars_with_model"] != phrasing["chars_extractive"]
    # a faithful model keeps the facts the extractive answers had
    assert phrasing["with_fact"] == 2
    assert phrasing["fact_with_model"] == pytest.approx(phrasing["fact_extractive"])
    assert data["questions"]["with_country"]["right_doc"] == pytest.approx(1.0)
    # the refused question never reached the model
    assert len(model.requests) == 3 and "rendang" not in json.dumps(
        [r.body for r in model.requests])


def test_eval_with_the_model_needs_its_url(tmp_path: Path,
                                           phrasing_index: tuple[Path, Path]) -> None:
    out = run_eval(tmp_path, phrasing_index[1], TANYAKOTA_LLM_URL="")
    assert out.returncode == 1 and "TANYAKOTA_LLM_URL" in out.stderr
