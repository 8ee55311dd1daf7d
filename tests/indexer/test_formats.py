"""PDF, DOCX and HTML documents, with metadata from a sidecar `NAME.EXT.yml` or the file."""

from pathlib import Path

import pytest

from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from indexer.errors import LoadError
from indexer.load import load_file, load_knowledge
from tests.helpers.make_files import write_docx, write_pdf

SKCK_PAGES = [
    "Penerbitan SKCK\nSurat Keterangan Catatan Kepolisian (SKCK) diterbitkan oleh Polres.\n"
    "Pemohon membawa KTP-el asli, fotokopi Kartu Keluarga dan pas foto 4x6.",
    "Biaya penerbitan SKCK adalah Rp30.000 sesuai PP Nomor 76 Tahun 2020.\n"
    "SKCK berlaku selama enam bulan sejak diterbitkan.",
]
HTML_PAGE = """<html><head><title>Cukai Jalan | JPJ</title></head><body>
<nav><a href="/">Utama</a> <a href="/menu">Menu Portal</a> <a href="/hubungi">Hubungi</a></nav>
<article><h1>Pembaharuan Cukai Jalan</h1>
<p>Cukai jalan kenderaan persendirian boleh diperbaharui secara dalam talian melalui MyJPJ
atau di kaunter JPJ dan Pos Malaysia. Insurans kenderaan mesti masih sah.</p>
<h2>Dokumen diperlukan</h2>
<p>Bawa MyKad pemilik dan nombor pendaftaran kenderaan. Bayaran bergantung pada kapasiti
enjin kenderaan.</p></article>
<footer>Hak cipta terpelihara 2024 Jabatan Pengangkutan Jalan Malaysia.</footer>
</body></html>"""


def test_pdf_takes_its_fields_from_the_sidecar(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "id" / "skck.pdf", SKCK_PAGES)
    (tmp_path / "id" / "skck.pdf.yml").write_text(
        "title: Penerbitan SKCK\nlang: id\ncountry: ID\nsource: https://polri.go.id/\n"
        "updated: 2024-05-02\ntags: [skck]\n")
    doc = load_file(pdf, "id/skck.pdf")
    assert (doc.title, doc.lang, doc.country, doc.updated) == (
        "Penerbitan SKCK", "id", "ID", "2024-05-02")
    assert doc.source == "https://polri.go.id/" and doc.tags == ("skck",)
    assert "Rp30.000" in doc.text and "KTP-el" in doc.text
    result = load_knowledge(tmp_path)
    assert [d.doc_id for d in result.documents] == ["id/skck.pdf"]  # the sidecar is no document
    assert not result.failures


def test_pdf_without_sidecar_titles_itself_and_detects_its_language(
        tmp_path: Path, detector) -> None:
    pdf = write_pdf(tmp_path / "pasport.pdf", [
        "Pasport Malaysia boleh diperbaharui di pejabat Imigresen atau dalam talian.\n"
        "Bayaran pasport antarabangsa ialah RM200 untuk tempoh lima tahun."],
        title="Pembaharuan Pasport")
    doc = load_file(pdf, "pasport.pdf", detect_lang=detector.detect_document)
    assert doc.title == "Pembaharuan Pasport" and doc.lang == "ms" and doc.country is None
    untitled = write_pdf(tmp_path / "b.pdf", ["Nomor Darurat\nHubungi 112 untuk keadaan darurat."])
    assert load_file(untitled, "b.pdf").title == "Nomor Darurat"


def test_pdf_lines_in_larger_type_become_sections(tmp_path: Path) -> None:
    """A PDF's headings are lines set larger than the body: each starts a section (across
    pages), the largest is the title; a bullet on its own line joins its item."""
    pdf = write_pdf(tmp_path / "skck.pdf", [
        "Penerbitan SKCK\nSKCK diterbitkan oleh Polres sesuai domisili pemohon.\n"
        "Persyaratan\n-\nKTP-el asli dan fotokopi Kartu Keluarga.\n-\nPas foto 4x6.",
        "Biaya\nBiaya penerbitan SKCK adalah Rp30.000 sesuai PP Nomor 76 Tahun 2020."],
        sizes={"Penerbitan SKCK": 20, "Persyaratan": 15, "Biaya": 15})
    doc = load_file(pdf, "skck.pdf")
    assert doc.title == "Penerbitan SKCK"
    assert [s.heading for s in doc.sections] == ["", "Persyaratan", "Biaya"]
    assert doc.sections[1].text == "- KTP-el asli dan fotokopi Kartu Keluarga.\n- Pas foto 4x6."
    assert doc.sections[2].text.startswith("Biaya penerbitan SKCK adalah Rp30.000")
    # one type size throughout: no headings to go by, one section, the text whole
    plain = load_file(write_pdf(tmp_path / "b.pdf", SKCK_PAGES), "b.pdf")
    assert [s.heading for s in plain.sections] == [""] and "Rp30.000" in plain.text


def test_docx_headings_become_sections_and_tables_text(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "kk.docx", "Kartu Keluarga Baru", [
        ("", "Kartu Keluarga diterbitkan oleh Dinas Dukcapil tanpa biaya."),
        ("Heading 2", "Persyaratan"),
        ("List Bullet", "Surat pengantar RT/RW"),
        ("List Bullet", "Buku nikah atau akta perkawinan"),
        ("Heading 2", "Waktu layanan"),
        ("table", "Layanan|Waktu;Cetak KK|1 hari kerja"),
    ])
    doc = load_file(path, "kk.docx")
    assert doc.title == "Kartu Keluarga Baru"
    assert [s.heading for s in doc.sections] == ["", "Persyaratan", "Waktu layanan"]
    assert "- Surat pengantar RT/RW" in doc.sections[1].text
    assert "Cetak KK | 1 hari kerja" in doc.sections[2].text
    titled = write_docx(tmp_path / "t.docx", None, [("", "Isi.")], core_title="Judul Resmi")
    assert load_file(titled, "t.docx").title == "Judul Resmi"


def test_html_keeps_the_main_text_and_its_title(tmp_path: Path) -> None:
    path = tmp_path / "cukai.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = load_file(path, "cukai.html")
    assert doc.title == "Pembaharuan Cukai Jalan"
    assert "MyJPJ" in doc.text and "MyKad" in doc.text
    assert "Menu Portal" not in doc.text and "Hak cipta" not in doc.text
    assert [s.heading for s in doc.sections] == ["", "Dokumen diperlukan"]


def test_sidecar_errors_name_the_sidecar_and_its_line(tmp_path: Path) -> None:
    write_pdf(tmp_path / "a.pdf", SKCK_PAGES)
    (tmp_path / "a.pdf.yml").write_text("title: SKCK\nlang: en\n")
    write_pdf(tmp_path / "b.pdf", SKCK_PAGES)
    (tmp_path / "b.pdf.yml").write_text("title: SKCK B\ntags: [a\ncountry: ID\n")
    failures = {f.path: f for f in load_knowledge(tmp_path).failures}
    assert failures["a.pdf.yml"].line == 2 and "unknown lang 'en'" in failures["a.pdf.yml"].reason
    assert failures["b.pdf.yml"].line == 3 and "not valid YAML" in failures["b.pdf.yml"].reason


@pytest.mark.parametrize("field, value, reason, line", [
    ("updated", "kemarin", "'updated' must be a date", 4),
    ("updated", "2024-13-45", "'updated' must be a date", 4),
    ("source", "polri.go.id", "'source' must be an http(s) URL", 4),
    ("source", "ftp://polri.go.id/x", "'source' must be an http(s) URL", 4),
])
def test_bad_dates_and_urls_are_refused_with_their_line(
        tmp_path: Path, field: str, value: str, reason: str, line: int) -> None:
    path = tmp_path / "x.md"
    path.write_text(f"---\ntitle: SKCK\ncountry: ID\n{field}: {value}\n---\n# SKCK\nIsi.\n")
    with pytest.raises(LoadError) as info:
        load_file(path, "x.md")
    assert reason in info.value.reason and info.value.line == line


def test_editing_only_the_sidecar_changes_the_content_hash(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a.pdf", SKCK_PAGES)
    before = load_file(pdf, "a.pdf").content_hash
    (tmp_path / "a.pdf.yml").write_text("country: ID\n")
    after = load_file(pdf, "a.pdf")
    assert after.country == "ID" and after.content_hash != before


def test_pdf_docx_and_html_are_answerable_after_indexing(
        tmp_path: Path, embedder, detector) -> None:
    knowledge = tmp_path / "k"
    write_pdf(knowledge / "id" / "skck.pdf", SKCK_PAGES)
    (knowledge / "id" / "skck.pdf.yml").write_text("title: Penerbitan SKCK\ncountry: ID\n")
    (knowledge / "my").mkdir()
    (knowledge / "my" / "cukai.html").write_text(HTML_PAGE, encoding="utf-8")
    (knowledge / "my" / "cukai.html.yml").write_text("country: MY\nlang: ms\n")
    write_docx(knowledge / "id" / "kk.docx", "Kartu Keluarga Baru", [
        ("", "Kartu Keluarga baru dicetak Dinas Dukcapil dalam satu hari kerja."),
        ("Heading 2", "Persyaratan"), ("List Bullet", "Surat pengantar RT/RW")])
    report = build_index(knowledge, tmp_path / "i", embedder,
                         detect_lang=detector.detect_document)
    assert report.ok and report.documents == 3, report.failures
    assistant = make_assistant(Settings(_env_file=None), index_dir=tmp_path / "i",
                             embedder=embedder, detector=detector)
    skck = assistant.ask("berapa biaya bikin SKCK?")
    assert skck.answered and skck.sources[0].doc_id == "id/skck.pdf"
    assert "Rp30.000" in skck.answer
    question = "macam mana nak perbaharui cukai jalan kereta?"
    cukai = assistant.ask(question)
    # a folder of three documents gives little to compare with: answered, or offered first
    found = cukai.sources[0].doc_id if cukai.answered else cukai.suggestions[0].doc_id
    assert found == "my/cukai.html"
    chosen = assistant.ask(question, doc_id=found)
    assert chosen.answered and chosen.sources[0].doc_id == "my/cukai.html"
