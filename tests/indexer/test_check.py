"""`tanyakota check`: every problem as `path:line: reason`, without building anything."""

import os
import subprocess
import sys
from pathlib import Path

from indexer.check import check_knowledge
from tests.helpers.make_files import write_pdf

OK = "---\ntitle: {title}\ncountry: {country}\nupdated: 2024-03-11\n---\nIsi dokumen.\n"


def write(root: Path, name: str, content: str | bytes) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)


def broken_folder(root: Path) -> Path:
    write(root, "id/ktp.md", OK.format(title="Perekaman KTP", country="ID"))
    write(root, "id/ktp-lagi.md", OK.format(title="perekaman  ktp", country="ID"))
    write(root, "my/ktp.md", OK.format(title="Perekaman KTP", country="MY"))  # other country
    write(root, "id/no-title.md", "---\ncountry: ID\n---\nIsi tanpa judul.\n")
    write(root, "id/empty-title.md", "---\ncountry: ID\ntitle: ''\n---\nIsi.\n")
    write(root, "id/lang.md", "---\ntitle: A\nlang: en\n---\nIsi.\n")
    write(root, "id/country.md", "---\ntitle: B\ncountry: SG\n---\nIsi.\n")
    write(root, "id/yaml.md", "---\ntitle: C\ncountry: ID\ntags: [a, b\nlang: id\n---\nIsi.\n")
    write(root, "id/body.md", "---\ntitle: D\n---\n\n")
    write(root, "id/utf8.md", b"# E\nbaris\n\xc3\x28 rusak\n")
    write(root, "id/source.md", "---\ntitle: F\nsource: www.polri.go.id\n---\nIsi.\n")
    write(root, "id/date.md", "---\ntitle: G\n\nupdated: 11/03/2024\n---\nIsi.\n")
    write_pdf(root / "id" / "rahasia.pdf", ["Rahasia\nIsi."], password="kunci")
    write(root, "id/palsu.pdf", "bukan pdf")
    write(root, "id/yatim.pdf.yml", "title: Tanpa dokumen\n")
    write(root, "_glossary.yml", "expand:\n  gimana: [bagaimana\n")
    return root


def test_check_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    report = check_knowledge(broken_folder(tmp_path))
    found = {(p.path, p.line): p.reason for p in report.problems}
    expected = {
        ("id/ktp.md", None): "duplicate title 'Perekaman KTP' in ID (also id/ktp-lagi.md)",
        ("id/no-title.md", None): "no title",
        ("id/empty-title.md", 3): "title is empty",
        ("id/lang.md", 3): "unknown lang 'en'",
        ("id/country.md", 3): "unknown country 'SG'",
        ("id/yaml.md", 5): "front matter is not valid YAML",
        ("id/body.md", None): "document has no body text",
        ("id/utf8.md", 3): "invalid UTF-8",
        ("id/source.md", 3): "'source' must be an http(s) URL",
        ("id/date.md", 4): "'updated' must be a date",
        ("id/rahasia.pdf", None): "PDF is encrypted",
        ("id/palsu.pdf", None): "not a PDF file",
        ("id/yatim.pdf.yml", None): "sidecar without a document",
        ("_glossary.yml", 3): "settings file is not valid YAML",
    }
    assert set(found) == set(expected), found
    for key, reason in expected.items():
        assert reason in found[key], (key, found[key])
    assert not report.ok
    assert "my/ktp.md" in report.files and "id/ktp.md" in report.files
    assert report.files_ok == 2  # id/ktp-lagi.md and my/ktp.md


def test_check_reports_broken_channels(tmp_path: Path) -> None:
    write(tmp_path, "id/ktp.md", OK.format(title="KTP", country="ID"))
    write(tmp_path, "_channels.yml", "ID:\n  name: LAPOR\n")
    problems = check_knowledge(tmp_path).problems
    assert [(p.path, p.reason) for p in problems] == [
        ("_channels.yml", "ID needs 'name' and 'url'")]


def run_check(knowledge: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", "check", "--knowledge",
                           str(knowledge)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "TANYAKOTA_KNOWLEDGE_DIR": "/nonexistent",
                               # dates do not age into review warnings here
                               "TANYAKOTA_REVIEW_MONTHS": "1200"})


def test_check_command_prints_path_line_reason_and_fails(tmp_path: Path) -> None:
    result = run_check(broken_folder(tmp_path / "k"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 14
    assert f"{tmp_path / 'k' / 'id' / 'lang.md'}:3: unknown lang 'en'" in result.stdout
    assert all(line.startswith(str(tmp_path / "k")) and line.split(":")[1].isdigit()
               for line in lines)
    assert "14 problem(s) in 14 file(s); 2 files OK" in result.stderr


def test_check_command_passes_a_good_folder(knowledge_dir: Path) -> None:
    result = run_check(knowledge_dir)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "8 files OK"  # 6 documents, glossary, channels
