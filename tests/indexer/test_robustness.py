"""Hostile or broken files: each is reported with its path and reason, the others still load."""

import os
import time
import tracemalloc
from pathlib import Path

import pytest

from indexer.build import build_index
from indexer.load import load_knowledge
from tests.helpers.make_files import write_docx, write_pdf

GOOD = "---\ntitle: Perekaman KTP\ncountry: ID\n---\nKTP-el direkam di kantor Dukcapil.\n"
# "billion laughs": nine levels of nine aliases each would expand to 9^9 strings
BOMB = "---\ntitle: Bom\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi")
) + "tags: *i\n---\n# Bom\nIsi.\n"


def knowledge_with(tmp_path: Path, name: str, content: bytes | str) -> Path:
    root = tmp_path / "k"
    (root / "id").mkdir(parents=True)
    (root / "id" / "good.md").write_text(GOOD)
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def only_failure(root: Path, **kwargs) -> tuple[str, str, int | None]:
    result = load_knowledge(root, **kwargs)
    assert [d.doc_id for d in result.documents] == ["id/good.md"]
    assert len(result.failures) == 1, result.failures
    failure = result.failures[0]
    return failure.path, failure.reason, failure.line


@pytest.mark.parametrize("name, content, reason", [
    ("fake.pdf", "This is a text file with a .pdf name\n", "not a PDF file"),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
    ("fake.docx", "not a zip at all", "not a DOCX file"),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 64, "not a readable DOCX"),
    ("empty.md", b"", "file is empty"),
    ("junk.md", os.urandom(64) + b"\x00" + os.urandom(512), "binary"),
    ("list.md", "---\n- a\n- b\n---\n# Judul\nIsi.\n", "must be a mapping"),
    ("page.html", "<html><head><script>go()</script></head><body> </body></html>",
     "no main text"),
])
def test_broken_file_is_reported_and_the_rest_loads(
        tmp_path: Path, name: str, content: bytes | str, reason: str) -> None:
    path, why, _ = only_failure(knowledge_with(tmp_path, name, content))
    assert path == name and reason in why


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "id/rusak.md", b"# Judul\nbaris dua\nteks \xff rusak\n")
    assert only_failure(root) == ("id/rusak.md", "invalid UTF-8", 3)


def test_encrypted_pdf_is_refused_clearly(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "x", "")
    (root / "x").unlink()
    write_pdf(root / "rahasia.pdf", ["Dokumen rahasia\nIsi rahasia."], password="kunci")
    path, reason, _ = only_failure(root)
    assert path == "rahasia.pdf" and "encrypted" in reason


def test_huge_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "besar.txt", "Judul\n")
    with open(root / "besar.txt", "r+b") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    tracemalloc.start()
    try:
        path, reason, _ = only_failure(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert path == "besar.txt" and "too large" in reason
    assert peak < 1024 * 1024


def test_yaml_bomb_front_matter_is_refused_fast(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "bom.md", BOMB)
    start = time.monotonic()
    path, reason, line = only_failure(root)
    assert time.monotonic() - start < 2
    assert path == "bom.md" and "aliases" in reason and line == 2


def test_oversized_front_matter_is_refused(tmp_path: Path) -> None:
    big = "---\ntitle: X\nnote: " + "x" * 100_000 + "\n---\n# X\nIsi.\n"
    path, reason, _ = only_failure(knowledge_with(tmp_path, "big.md", big))
    assert path == "big.md" and "larger than" in reason


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "id/sub/dokumen.md", "# Dokumen\nIsi dokumen.\n")
    os.symlink("..", root / "id" / "sub" / "loop")
    result = load_knowledge(root)
    assert sorted(d.doc_id for d in result.documents) == ["id/good.md", "id/sub/dokumen.md"]
    assert [(f.path, f.reason) for f in result.failures] == [
        ("id/sub/loop", "symbolic link loop; not followed")]


def test_links_out_of_the_folder_and_broken_links_are_reported(tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("# Rahasia\nJangan diindeks.\n")
    root = knowledge_with(tmp_path, "id/x.md", "# X\nIsi.\n")
    (root / "id" / "x.md").unlink()
    os.symlink(secret, root / "id" / "keluar.md")
    os.symlink(root / "nowhere.md", root / "id" / "putus.md")
    reasons = {f.path: f.reason for f in load_knowledge(root).failures}
    assert "outside the knowledge folder" in reasons["id/keluar.md"]
    assert reasons["id/putus.md"] == "broken symbolic link"


def test_file_removed_while_indexing_is_reported(tmp_path: Path) -> None:
    root = knowledge_with(tmp_path, "id/zz-hilang.md", "# Hilang\nIsi yang akan dihapus.\n")

    def detect_and_delete(text: str) -> str:  # runs while id/good.md is being loaded
        (root / "id" / "zz-hilang.md").unlink(missing_ok=True)
        return "id"

    path, reason, _ = only_failure(root, detect_lang=detect_and_delete)
    assert path == "id/zz-hilang.md" and "disappeared while indexing" in reason


def test_every_bad_file_at_once_still_builds_the_good_one(tmp_path: Path, embedder) -> None:
    root = knowledge_with(tmp_path, "bad/fake.pdf", "not a pdf")
    write_pdf(root / "bad" / "secret.pdf", ["Rahasia\nIsi."], password="kunci")
    write_docx(root / "id" / "kk.docx", "Kartu Keluarga", [("", "KK dicetak Dukcapil.")])
    (root / "bad" / "empty.md").write_bytes(b"")
    (root / "bad" / "junk.md").write_bytes(b"\x00\x01\x02junk")
    (root / "bad" / "utf8.md").write_bytes(b"# A\n\xff\n")
    (root / "bad" / "bomb.md").write_text(BOMB)
    os.symlink(".", root / "bad" / "loop")
    with open(root / "bad" / "big.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (root / "_glossary.yml").write_text(BOMB.split("---\n")[1])
    report = build_index(root, tmp_path / "i", embedder)
    assert sorted(report.added) == ["id/good.md", "id/kk.docx"]
    assert sorted(f.path for f in report.failures) == [
        "_glossary.yml", "bad/big.txt", "bad/bomb.md", "bad/empty.md", "bad/fake.pdf",
        "bad/junk.md", "bad/loop", "bad/secret.pdf", "bad/utf8.md"]
    assert "failed 9" in report.summary()
