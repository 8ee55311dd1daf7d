"""Write the 12 knowledge documents of springs-id (Markdown, PDF, DOCX, HTML + sidecars).

Run from anywhere:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_cimahi as cmh  # noqa: E402
import content_nasional as nas  # noqa: E402
import content_palangka_raya as pky  # noqa: E402
import content_pangkalpinang as pkp  # noqa: E402

ROOT = HERE.parent / "knowledge"
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."

# doc id (relative to knowledge/), title, region, agency, updated, body
DOCS = [
    ("id/nasional/paspor-biasa.md",
     "Paspor Biasa: Permohonan Baru, Penggantian, dan Paspor Hilang atau Rusak",
     "Nasional", "Direktorat Jenderal Imigrasi", "2026-02-10", nas.PASPOR),
    ("id/nasional/bpjs-kesehatan-mandiri.md",
     "Kepesertaan Mandiri BPJS Kesehatan: Pendaftaran, Iuran, Tunggakan, dan Pindah Kelas",
     "Nasional", "BPJS Kesehatan", "2026-01-22", nas.BPJS),
    ("id/cimahi/pbb-p2.md",
     "Pajak Bumi dan Bangunan (PBB-P2) Kota Cimahi",
     "Cimahi", "Badan Pendapatan Daerah Kota Cimahi", "2026-01-15", cmh.PBB),
    ("id/cimahi/akta-kelahiran.md",
     "Pengurusan Akta Kelahiran di Kota Cimahi",
     "Cimahi", "Dinas Kependudukan dan Pencatatan Sipil Kota Cimahi", "2026-03-02", cmh.AKTA),
    ("id/cimahi/angkutan-sampah.html",
     "Pengangkutan Sampah dan Retribusi Persampahan Kota Cimahi",
     "Cimahi", "Dinas Lingkungan Hidup Kota Cimahi", "2026-02-18", cmh.SAMPAH),
    ("id/cimahi/izin-reklame.pdf",
     "Izin Penyelenggaraan Reklame Kota Cimahi",
     "Cimahi", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Cimahi",
     "2026-01-28", cmh.REKLAME),
    ("id/pangkalpinang/tarif-air-minum.docx",
     "Tarif dan Tagihan Air Minum Perumda Tirta Pinang",
     "Pangkalpinang", "Perumda Air Minum Tirta Pinang Kota Pangkalpinang", "2026-02-03",
     pkp.AIR),
    ("id/pangkalpinang/pengendalian-dbd.md",
     "Pengendalian Demam Berdarah Dengue dan Permintaan Fogging",
     "Pangkalpinang", "Dinas Kesehatan Kota Pangkalpinang", "2026-01-09", pkp.DBD),
    ("id/pangkalpinang/bantuan-banjir.md",
     "Bantuan bagi Warga Terdampak Banjir di Pangkalpinang",
     "Pangkalpinang", "Badan Penanggulangan Bencana Daerah Kota Pangkalpinang", "2026-03-11",
     pkp.BANJIR),
    ("id/palangka-raya/persetujuan-bangunan-gedung.html",
     "Persetujuan Bangunan Gedung (PBG) Kota Palangka Raya",
     "Palangka Raya",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Palangka Raya",
     "2026-02-24", pky.PBG),
    ("id/palangka-raya/pindah-domisili.md",
     "Pindah Datang dan Pindah Keluar Penduduk Kota Palangka Raya",
     "Palangka Raya", "Dinas Kependudukan dan Pencatatan Sipil Kota Palangka Raya",
     "2026-01-30", pky.PINDAH),
    ("id/palangka-raya/parkir.md",
     "Retribusi Parkir dan Kartu Parkir Berlangganan Kota Palangka Raya",
     "Palangka Raya", "Dinas Perhubungan Kota Palangka Raya", "2026-03-05", pky.PARKIR),
]

# the HTML pages' menu and footer: none of these strings may reach the loaded text
NAV_FOOTER_MARKERS = ["Beranda", "Berita Terkini", "Galeri Kegiatan", "PPID",
                      "Hak cipta", "Kebijakan Privasi", "Ikuti media sosial kami",
                      "Portal Resmi"]


def meta(doc: tuple) -> dict:
    doc_id, title, region, agency, updated, _ = doc
    slug = doc_id.removeprefix("id/").rsplit(".", 1)[0]
    return {"title": title, "lang": "id", "country": "ID", "region": region,
            "agency": agency, "source": f"https://example.invalid/{slug}",
            "updated": updated, "note": NOTE}


def yaml_block(fields: dict) -> str:
    out = []
    for key, value in fields.items():
        if key in ("lang", "country", "updated"):
            out.append(f"{key}: {value}")
        else:
            out.append(f'{key}: "{value}"')
    return "\n".join(out) + "\n"


# -- the body as blocks --------------------------------------------------------------------

def blocks(body: str) -> list[tuple[str, object]]:
    """('h2'|'h3'|'p', text), ('ul'|'ol', [items]), ('table', [[cells]])."""
    out: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip() for ln in chunk.strip().split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("## "):
            out.append(("h2", first[3:].strip()))
        elif first.startswith("### "):
            out.append(("h3", first[4:].strip()))
        elif first.startswith("- "):
            out.append(("ul", [ln[2:].strip() for ln in lines]))
        elif re.match(r"\d+\. ", first):
            out.append(("ol", [re.sub(r"^\d+\.\s+", "", ln) for ln in lines]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines
                    if not re.fullmatch(r"\|[-|\s]+\|", ln)]
            out.append(("table", rows))
        else:
            out.append(("p", " ".join(lines)))
    out.append(("p", LAST_LINE))
    return out


# -- writers -------------------------------------------------------------------------------

def write_md(path: Path, doc: tuple) -> None:
    body = doc[5].strip()
    text = f"---\n{yaml_block(meta(doc))}---\n\n# {doc[1]}\n\n{body}\n\n{LAST_LINE}\n"
    path.write_text(text, encoding="utf-8")


def write_sidecar(path: Path, doc: tuple) -> None:
    path.with_name(path.name + ".yml").write_text(yaml_block(meta(doc)), encoding="utf-8")


def write_pdf(path: Path, doc: tuple) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=22,
                              spaceAfter=10)
    h2_st = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17,
                           spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14,
                             spaceAfter=5)
    q_st = ParagraphStyle("q", parent=body_st, fontName="Helvetica-Bold")
    item_st = ParagraphStyle("li", parent=body_st, leftIndent=14, spaceAfter=2)
    esc = html.escape
    story = [Paragraph(esc(doc[1]), title_st)]
    for kind, data in blocks(doc[5]):
        if kind == "h2":
            story.append(Paragraph(esc(data), h2_st))
        elif kind == "h3":
            story.append(Paragraph(esc(data), q_st))
        elif kind == "p":
            story.append(Paragraph(esc(data), body_st))
        elif kind == "ul":
            story += [Paragraph("- " + esc(i), item_st) for i in data]
            story.append(Spacer(1, 4))
        elif kind == "ol":
            story += [Paragraph(f"{n}. " + esc(i), item_st) for n, i in enumerate(data, 1)]
            story.append(Spacer(1, 4))
        else:
            raise ValueError("no tables in the PDF")
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc[1], author=doc[3],
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    pdf.build(story)


def write_docx(path: Path, doc: tuple) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc[1]
    d.core_properties.author = doc[3]
    d.add_paragraph(doc[1], style="Title")
    for kind, data in blocks(doc[5]):
        if kind == "h2":
            d.add_heading(data, level=2)
        elif kind == "h3":
            d.add_heading(data, level=3)
        elif kind == "p":
            d.add_paragraph(data)
        elif kind == "ul":
            for item in data:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in data:
                d.add_paragraph(item, style="List Number")
        else:
            table = d.add_table(rows=len(data), cols=len(data[0]))
            table.style = "Table Grid"
            for r, row in enumerate(data):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    d.save(str(path))


def write_html(path: Path, doc: tuple) -> None:
    city = doc[2]
    esc = html.escape
    parts: list[str] = []
    for kind, data in blocks(doc[5]):
        if kind in ("h2", "h3"):
            parts.append(f"<{kind}>{esc(data)}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{esc(data)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{esc(i)}</li>" for i in data)
            parts.append(f"<{kind}>{items}</{kind}>")
        else:
            head = "".join(f"<th>{esc(c)}</th>" for c in data[0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                           for r in data[1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(doc[1])}</title>
</head>
<body>
<header class="site-header">
  <div class="brand">Portal Resmi Pemerintah Kota {esc(city)}</div>
  <nav class="main-menu">
    <ul>
      <li><a href="https://example.invalid/">Beranda</a></li>
      <li><a href="https://example.invalid/profil">Profil Perangkat Daerah</a></li>
      <li><a href="https://example.invalid/berita">Berita Terkini</a></li>
      <li><a href="https://example.invalid/galeri">Galeri Kegiatan</a></li>
      <li><a href="https://example.invalid/ppid">PPID</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
<h1>{esc(doc[1])}</h1>
{content}
</article>
</main>
<footer class="site-footer">
  <p>Hak cipta 2026 {esc(doc[3])}. Seluruh hak dilindungi.</p>
  <p><a href="https://example.invalid/privasi">Kebijakan Privasi</a> |
     <a href="https://example.invalid/peta-situs">Peta Situs</a></p>
  <p>Ikuti media sosial kami untuk kabar terbaru.</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


WRITERS = {".md": write_md, ".pdf": write_pdf, ".docx": write_docx, ".html": write_html}


def main() -> None:
    for doc in DOCS:
        path = ROOT / doc[0]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[path.suffix](path, doc)
        if path.suffix != ".md":
            write_sidecar(path, doc)
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
