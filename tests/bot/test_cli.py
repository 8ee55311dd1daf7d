import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TANYAKOTA = [sys.executable, "-m", "bot.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2"}
    return subprocess.run([*TANYAKOTA, *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory: pytest.TempPathFactory, knowledge_dir: Path) -> Path:
    index = tmp_path_factory.mktemp("cli") / "index"
    result = run("index", "--knowledge", str(knowledge_dir), "--index", str(index),
                 "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "6 documents" in result.stdout and "failed 0" in result.stdout
    return index


def test_ask_json_answers_indonesian_and_malay(cli_index: Path) -> None:
    out = run("ask", "--index", str(cli_index), "--json", "ktp saya hilang, gimana ngurusnya?")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["answered"] is True and answer["lang"] == "id"
    assert answer["sources"][0]["doc_id"] == "id/ktp-hilang.md"
    assert set(answer) >= {"answered", "answer", "lang", "sources", "confidence"}
    out = run("ask", "--index", str(cli_index), "--json", "Berapa bayaran pasport?")
    answer = json.loads(out.stdout)
    assert answer["sources"][0]["doc_id"] == "my/pasport.md" and answer["lang"] == "ms"


def test_ask_plain_shows_answer_and_source(cli_index: Path) -> None:
    out = run("ask", "--index", str(cli_index), "--country", "MY", "bayaran pasport")
    assert out.returncode == 0
    assert "RM200" in out.stdout and "imi.gov.my" in out.stdout


def test_index_exit_status_says_a_file_failed(tmp_path: Path, knowledge_dir: Path) -> None:
    knowledge = tmp_path / "k"
    (knowledge / "id").mkdir(parents=True)
    (knowledge / "id" / "ok.md").write_text("# KTP\nKTP-el diurus di Dukcapil.\n")
    (knowledge / "id" / "broken.md").write_bytes(b"\x00\x01\x02")
    result = run("index", "--knowledge", str(knowledge), "--index", str(tmp_path / "i"),
                 "--no-progress")
    assert result.returncode == 2
    assert "id/broken.md" in result.stderr and "binary" in result.stderr
    assert "1 documents" in result.stdout


def test_errors_are_one_clear_line(tmp_path: Path) -> None:
    result = run("ask", "--index", str(tmp_path / "none"), "halo")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no index at")
    assert "Traceback" not in result.stderr
    bad = run("ask", "--country", "SG", "halo")
    assert bad.returncode == 1 and "--country must be one of ID, MY" in bad.stderr


def test_a_broken_rule_file_is_one_clear_line(tmp_path: Path, cli_index: Path) -> None:
    rule = tmp_path / "rule.json"
    rule.write_text('{"answer_at": "high"}')
    result = subprocess.run(
        [*TANYAKOTA, "ask", "--index", str(cli_index), "halo"], capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "TANYAKOTA_EMBED_THREADS": "2", "TANYAKOTA_RULE_FILE": str(rule)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (f"error: rule file {rule}: answer_at must be a number, "
                                      "not 'high'")
