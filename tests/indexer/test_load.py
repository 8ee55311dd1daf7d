from pathlib import Path

import pytest

from indexer.chunk import chunk_document
from indexer.errors import LoadError
from indexer.load import load_file, load_knowledge


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_fields_become_document_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "id" / "ktp.md", "---\ntitle: Perekaman KTP\nlang: id\n"
                 "country: id\nregion: Kota Surabaya\nupdated: 2024-03-11\n"
                 "tags: [ktp, identitas]\n---\n# Ignored heading\nIsi.\n\n## Syarat\n- KK\n")
    doc = load_file(path, "id/ktp.md")
    assert (doc.title, doc.lang, doc.country, doc.region) == (
        "Perekaman KTP", "id", "ID", "Kota Surabaya")
    assert doc.updated == "2024-03-11"
    assert doc.tags == ("ktp", "identitas")
    assert [s.heading for s in doc.sections] == ["", "Syarat"]


def test_a_staff_note_is_a_known_field_never_shown(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "id" / "ktp.md", "---\ntitle: KTP\nlang: id\ncountry: ID\n"
                 "note: dicek dengan petugas loket\nwarna: biru\n---\nIsi.\n")
    with caplog.at_level("INFO", logger="indexer.load"):
        doc = load_file(path, "id/ktp.md")
    assert "dicek" not in doc.text
    unknown = [r.getMessage() for r in caplog.records if "unknown fields" in r.getMessage()]
    assert unknown == ["id/ktp.md: ignoring unknown fields ['warna']"]


def test_title_falls_back_to_first_heading_and_txt_to_first_line(tmp_path: Path) -> None:
    md = write(tmp_path / "a.md", "# Sijil Kelahiran\nDaftar dalam 60 hari.\n")
    txt = write(tmp_path / "b.txt", "Nomor Darurat\n112 untuk semua keadaan darurat.\n")
    assert load_file(md, "a.md").title == "Sijil Kelahiran"
    assert load_file(txt, "b.txt").title == "Nomor Darurat"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    (b"---\n- a\n- b\n---\nbody\n", "must be a mapping"),
    (b"---\ntitle: X\nlang: en\n---\nbody\n", "unknown lang"),
    (b"---\ntitle: X\ncountry: SG\n---\nbody\n", "unknown country"),
    (b"---\ntitle: X\n---\n\n", "no body"),
    (b"---\ntitle: X\nquestions: {a: 1}\n---\nbody\n", "'questions' must be a list"),
    (b"\xff\xfe\x00\x01junk", "binary"),
    (b"# Judul\nteks \xff rusak\n", "invalid UTF-8"),
])
def test_broken_files_fail_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.md", content)
    with pytest.raises(LoadError) as info:
        load_file(path, "bad.md")
    assert reason in info.value.reason


def test_yaml_error_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.md", "---\ntitle: ok\nlang: id\ntags: [a, b\n---\nbody\n")
    with pytest.raises(LoadError) as info:
        load_file(path, "bad.md")
    assert info.value.line is not None and info.value.line >= 4


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "id" / "good.md", "# KTP\nIsi dokumen.\n")
    write(tmp_path / "id" / "bad.md", b"# KTP\n\xff\n")
    write(tmp_path / "_glossary.yml", "expand: {}\n")
    result = load_knowledge(tmp_path)
    assert [d.doc_id for d in result.documents] == ["id/good.md"]
    assert [(f.path, f.reason) for f in result.failures] == [("id/bad.md", "invalid UTF-8")]


def test_sections_become_chunks_that_know_title_and_heading(tmp_path: Path) -> None:
    long_section = "Langkah. " * 300
    path = write(tmp_path / "p.md", f"---\ntitle: Paspor\ncountry: ID\n---\nIntro.\n\n"
                 f"## Syarat\n- KTP\n\n## Cara\n{long_section}\n")
    chunks = chunk_document(load_file(path, "p.md"))
    assert chunks[0].heading == "" and chunks[1].heading == "Syarat"
    assert all(c.title == "Paspor" and c.country == "ID" for c in chunks)
    cara = [c for c in chunks if c.heading == "Cara"]
    assert len(cara) > 1 and all(len(c.text) <= 1200 for c in cara)
    assert "Syarat" in chunks[1].embed_text() and "Paspor" in chunks[1].embed_text()


def test_a_questions_and_answers_section_is_cut_into_its_questions(tmp_path: Path) -> None:
    """Each question of a FAQ becomes a chunk with its answer (on the next line or after a
    blank one), so one answer is found, not the whole list; a question asked inside a
    paragraph cuts nothing."""
    path = write(tmp_path / "p.md", "---\ntitle: Paspor\ncountry: ID\n---\nIntro.\n\n"
                 "## Tanya Jawab\nJawaban atas pertanyaan yang sering diajukan.\n\n"
                 "**Apakah paspor bisa diurus di luar domisili?**\nBisa, di kantor mana pun.\n\n"
                 "### Berapa lama paspor jadi?\nEmpat hari kerja.\n\n"
                 "S: Bisa diwakilkan?\n\nTidak, pemohon datang sendiri.\n\n"
                 "## Biaya\nBerapa biayanya? Rp350.000 untuk paspor biasa.\n"
                 "Bisa bayar tunai?\n")
    chunks = chunk_document(load_file(path, "p.md"))
    faq = [c.text for c in chunks if c.heading == "Tanya Jawab"]
    assert faq == [
        "Jawaban atas pertanyaan yang sering diajukan.\n\n**Apakah paspor bisa diurus di luar "
        "domisili?**\nBisa, di kantor mana pun.",
        "### Berapa lama paspor jadi?\nEmpat hari kerja.",
        "S: Bisa diwakilkan?\n\nTidak, pemohon datang sendiri."]
    assert [c.heading for c in chunks].count("Biaya") == 1  # a last line with no answer


def test_questions_a_page_answers_ride_on_its_first_chunk(tmp_path: Path) -> None:
    path = write(tmp_path / "id" / "paspor.md", "---\ntitle: Paspor\nlang: id\n"
                 "questions:\n  - Antre paspor lewat aplikasi apa?\n  - ''\n"
                 "  - Bisa bikin paspor di mal?\n---\nIsi.\n\n## Syarat\n- KTP\n")
    doc = load_file(path, "id/paspor.md")
    assert doc.questions == ("Antre paspor lewat aplikasi apa?", "Bisa bikin paspor di mal?")
    first, second = chunk_document(doc)
    assert first.questions == doc.questions and second.questions == ()
    assert "Bisa bikin paspor di mal?" in first.embed_text()
    assert "mal" not in second.embed_text()
