"""Render the PDF, DOCX and HTML evaluation documents from the sources in build/src.

Run with a Python that has reportlab, python-docx and pyyaml:
    python build/build_docs.py
Each source `src/NAME.EXT.src.md` is a small Markdown file with YAML front matter; the
front matter becomes the sidecar `NAME.EXT.yml`, the body is rendered into NAME.EXT.
The eight Markdown documents are written directly under knowledge/ and are not touched.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
KNOWLEDGE = HERE.parent / "knowledge"

TARGETS = {
    "ambulans-dan-mobil-jenazah.pdf.src.md": "id/kota-sukabumi/ambulans-dan-mobil-jenazah.pdf",
    "kartu-penyandang-disabilitas.docx.src.md": "id/kota-kediri/kartu-penyandang-disabilitas.docx",
    "peminjaman-taman-kota.html.src.md": "id/kota-kediri/peminjaman-taman-kota.html",
    "pemeriksaan-hidran-dan-apar.html.src.md": "id/kota-ternate/pemeriksaan-hidran-dan-apar.html",
}

SITES = {
    "peminjaman-taman-kota.html.src.md": {
        "site": "DLHKP Kota Kediri",
        "menu": ["Beranda", "Profil Dinas", "Layanan", "Taman Kota", "Berita", "Pengaduan", "Kontak"],
        "crumbs": ["Beranda", "Layanan", "Peminjaman Taman"],
        "footer": "Dinas Lingkungan Hidup, Kebersihan dan Pertamanan Kota Kediri · "
                  "Jl. Mastrip No. 56, Kota Kediri · Hak cipta 2026 Pemerintah Kota Kediri",
        "aside": ["Jadwal senam Minggu pagi di Taman Sekartaji", "Lomba taman kelurahan 2026",
                  "Pengumuman penutupan sementara Taman Brantas"],
    },
    "pemeriksaan-hidran-dan-apar.html.src.md": {
        "site": "Damkar Kota Ternate",
        "menu": ["Beranda", "Tentang Kami", "Layanan", "Edukasi", "Statistik Kejadian", "Kontak"],
        "crumbs": ["Beranda", "Layanan", "Pemeriksaan Hidran dan APAR"],
        "footer": "Dinas Pemadam Kebakaran dan Penyelamatan Kota Ternate · Jl. Yos Sudarso "
                  "No. 3, Ternate Utara · Panggilan darurat 113 · Hak cipta 2026",
        "aside": ["Tips aman menggunakan kompor gas", "Rekap kejadian kebakaran Februari 2026",
                  "Galeri simulasi kebakaran di pasar"],
    },
}


# -- the tiny source format -------------------------------------------------------------

def read_source(path: Path) -> tuple[str, list[tuple[str, object]]]:
    """(front matter text, blocks). Blocks: ('h1'|'h2'|'h3'|'p', text), ('ul'|'ol', [items]),
    ('table', [rows])."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    blocks: list[tuple[str, object]] = []
    for line in body.split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif re.match(r"^\d+\. ", line):
            item = re.sub(r"^\d+\. ", "", line)
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(item)
            else:
                blocks.append(("ol", [item]))
        elif line.startswith("|"):
            if re.match(r"^\|[\s\-|:]+\|?$", line):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line))
    return front + "\n", blocks


def inline_html(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text, quote=False))


def inline_pdf(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(text, quote=False))


# -- PDF ----------------------------------------------------------------------------------

def render_pdf(title: str, blocks, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st_title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25,
                              spaceAfter=12)
    st_h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                           spaceBefore=10, spaceAfter=5)
    st_body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14,
                             spaceAfter=5)
    st_item = ParagraphStyle("li", parent=st_body, leftIndent=16, firstLineIndent=-10,
                             spaceAfter=3)
    st_cell = ParagraphStyle("c", fontName="Helvetica", fontSize=10.5, leading=13)
    st_cell_h = ParagraphStyle("ch", parent=st_cell, fontName="Helvetica-Bold")

    story = []
    for kind, value in blocks:
        if kind == "h1":
            story.append(Paragraph(inline_pdf(value), st_title))
        elif kind == "h2":
            story.append(Paragraph(inline_pdf(value), st_h2))
        elif kind == "h3":
            story.append(Paragraph(f"<b>{inline_pdf(value)}</b>", st_body))
        elif kind == "p":
            story.append(Paragraph(inline_pdf(value), st_body))
        elif kind in ("ul", "ol"):
            for n, item in enumerate(value, 1):
                mark = "-" if kind == "ul" else f"{n}."
                story.append(Paragraph(f"{mark} {inline_pdf(item)}", st_item))
        elif kind == "table":
            rows = [[Paragraph(inline_pdf(c), st_cell_h if i == 0 else st_cell) for c in row]
                    for i, row in enumerate(value)]
            table = Table(rows, colWidths=[9.5 * cm, 6.5 * cm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([table, Spacer(1, 6)])
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=title, author="Dinas Kesehatan "
                            "Kota Sukabumi", leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# -- DOCX ---------------------------------------------------------------------------------

def add_runs(paragraph, text: str) -> None:
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if part.startswith("**") and part.endswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part:
            paragraph.add_run(part)


def render_docx(title: str, blocks, out: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Dinas Sosial Kota Kediri"
    for kind, value in blocks:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(value, level=int(kind[1]))
        elif kind == "p":
            add_runs(document.add_paragraph(), value)
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in value:
                add_runs(document.add_paragraph(style=style), item)
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    document.save(str(out))


# -- HTML ---------------------------------------------------------------------------------

def render_html(title: str, blocks, out: Path, site: dict) -> None:
    body: list[str] = []
    for kind, value in blocks:
        if kind in ("h1", "h2", "h3"):
            body.append(f"<{kind}>{inline_html(value)}</{kind}>")
        elif kind == "p":
            body.append(f"<p>{inline_html(value)}</p>")
        elif kind in ("ul", "ol"):
            items = "\n".join(f"  <li>{inline_html(v)}</li>" for v in value)
            body.append(f"<{kind}>\n{items}\n</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{inline_html(c)}</th>" for c in value[0])
            rows = "\n".join("    <tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in row)
                             + "</tr>" for row in value[1:])
            body.append(f"<table>\n  <thead><tr>{head}</tr></thead>\n  <tbody>\n{rows}\n"
                        f"  </tbody>\n</table>")
    menu = "\n".join(f'      <li><a href="https://example.invalid/{i}">{html.escape(m)}</a></li>'
                     for i, m in enumerate(site["menu"]))
    crumbs = " &rsaquo; ".join(html.escape(c) for c in site["crumbs"])
    aside = "\n".join(f"      <li>{html.escape(a)}</li>" for a in site["aside"])
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)}</title>
  <meta name="description" content="{html.escape(title)}">
</head>
<body>
  <header>
    <div class="logo">{html.escape(site["site"])}</div>
    <nav aria-label="Menu utama">
    <ul>
{menu}
    </ul>
    </nav>
  </header>
  <div class="breadcrumb">{crumbs}</div>
  <main>
  <article>
{content}
  </article>
  </main>
  <aside>
    <h4>Berita terbaru</h4>
    <ul>
{aside}
    </ul>
  </aside>
  <footer>
    <p>{html.escape(site["footer"])}</p>
    <p><a href="https://example.invalid/privasi">Kebijakan privasi</a> · <a href="https://example.invalid/peta-situs">Peta situs</a></p>
  </footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")


def main() -> None:
    import yaml

    for src_name, target in TARGETS.items():
        front, blocks = read_source(SRC / src_name)
        meta = yaml.safe_load(front)
        out = KNOWLEDGE / target
        out.parent.mkdir(parents=True, exist_ok=True)
        suffix = out.suffix
        if suffix == ".pdf":
            render_pdf(meta["title"], blocks, out)
        elif suffix == ".docx":
            render_docx(meta["title"], blocks, out)
        else:
            render_html(meta["title"], blocks, out, SITES[src_name])
        out.with_name(out.name + ".yml").write_text(front, encoding="utf-8")
        print("wrote", out.relative_to(KNOWLEDGE))


if __name__ == "__main__":
    main()
