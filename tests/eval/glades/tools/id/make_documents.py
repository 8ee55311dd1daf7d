"""Build the PDF, DOCX and HTML documents of glades-id from their sources in build/src/.

Each source is a small Markdown subset (`# ` title, `## ` sections, `### ` sub-headings,
`- ` and `1. ` lists, `| ` tables, paragraphs, **bold** / *italic*), with a `.meta.yml`
beside it naming the output file and the fields written to its sidecar `NAME.EXT.yml`.

Run from anywhere:  .venv-build/bin/python build/make_documents.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SRC = HERE / "src"

# which builder makes which source
JOBS = {
    "pemeriksaan-keselamatan-kebakaran": "pdf",
    "sewa-kios-pasar": "docx",
    "parkir-tepi-jalan": "html",
    "keanggotaan-perpustakaan": "html",
}


# -- the source format ------------------------------------------------------------------

def parse_source(text: str) -> list[tuple[str, object]]:
    """Blocks: (title|h2|h3|p, str), (ul|ol, [str]), (table, [[str]])."""
    blocks: list[tuple[str, object]] = []
    para: list[str] = []
    lines = text.split("\n")

    def end_para() -> None:
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            end_para()
            i += 1
            continue
        if line.startswith("# "):
            end_para()
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("## "):
            end_para()
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("### "):
            end_para()
            blocks.append(("h3", line[4:].strip()))
        elif line.startswith("- ") or re.match(r"^\d+\. ", line):
            end_para()
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (
                (kind == "ul" and lines[i].startswith("- "))
                or (kind == "ol" and re.match(r"^\d+\. ", lines[i]))
            ):
                items.append(re.sub(r"^(- |\d+\. )", "", lines[i]).strip())
                i += 1
            blocks.append((kind, items))
            continue
        elif line.startswith("|"):
            end_para()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(("table", rows))
            continue
        else:
            para.append(line.strip())
        i += 1
    end_para()
    return blocks


def inline_html(text: str) -> str:
    """**bold** and *italic* as HTML tags (also what reportlab's Paragraph reads)."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"\*(.+?)\*", r"<i>\1</i>", out)
    return out


def plain(text: str) -> str:
    return re.sub(r"\*{1,2}(.+?)\*{1,2}", r"\1", text)


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a line with **bold** / *italic*."""
    pieces = []
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            pieces.append((part[2:-2], True, False))
        elif part.startswith("*"):
            pieces.append((part[1:-1], False, True))
        else:
            pieces.append((part, False, False))
    return pieces


# -- PDF (reportlab) --------------------------------------------------------------------

def make_pdf(blocks, fields, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5,
                          alignment=TA_LEFT, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    cell_head = ParagraphStyle("cellhead", parent=cell, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                           spaceAfter=12)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=5)

    story = []
    for kind, value in blocks:
        if kind == "title":
            story.append(Paragraph(inline_html(value), title))
        elif kind == "h2":
            story.append(Paragraph(inline_html(value), h2))
        elif kind == "h3":
            raise SystemExit("no ### in a PDF source: a larger size would make a section")
        elif kind == "p":
            story.append(Paragraph(inline_html(value), body))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(inline_html(v), cell), leftIndent=16) for v in value]
            if kind == "ul":
                story.append(ListFlowable(items, bulletType="bullet", start="•",
                                          bulletFontSize=10.5, leftIndent=16))
            else:
                story.append(ListFlowable(items, bulletType="1", bulletFormat="%s.",
                                          bulletFontName="Helvetica", bulletFontSize=10.5,
                                          leftIndent=16))
            story.append(Spacer(1, 5))
        elif kind == "table":
            data = [[Paragraph(inline_html(c), cell_head if r == 0 else cell) for c in row]
                    for r, row in enumerate(value)]
            widths = [9 * cm, 6 * cm] if len(value[0]) == 2 else None
            table = Table(data, colWidths=widths, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(table)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=fields["title"],
                            author=fields["agency"], subject=fields["title"])
    doc.build(story)


# -- DOCX (python-docx) -----------------------------------------------------------------

def make_docx(blocks, fields, out: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = fields["title"]
    document.core_properties.author = fields["agency"]

    def add_runs(paragraph, text: str) -> None:
        for piece, bold, italic in runs(text):
            run = paragraph.add_run(piece)
            run.bold = bold or None
            run.italic = italic or None

    for kind, value in blocks:
        if kind == "title":
            document.add_heading(plain(value), level=1)
        elif kind == "h2":
            document.add_heading(plain(value), level=2)
        elif kind == "h3":
            document.add_heading(plain(value), level=3)
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
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(plain(text))
                    run.bold = True if r == 0 else None
    document.save(str(out))


# -- HTML -------------------------------------------------------------------------------

NAV_ITEMS = ["Beranda", "Profil Dinas", "Layanan Publik", "Berita Daerah", "PPID",
             "Pengaduan", "Kontak Kami"]


def make_html(blocks, fields, meta, out: Path) -> None:
    site = meta["site"]
    page_title = f"{fields['title']} | {site}"
    body: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            body.append(f"<h1>{inline_html(value)}</h1>")
            body.append(f'<p class="meta">Diperbarui {fields["updated"]}</p>')
        elif kind == "h2":
            body.append(f"<h2>{inline_html(value)}</h2>")
        elif kind == "h3":
            body.append(f"<h3>{inline_html(value)}</h3>")
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
    nav = "\n".join(f'      <li><a href="https://example.invalid/{i}">{item}</a></li>'
                    for i, item in enumerate(NAV_ITEMS))
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(page_title)}</title>
  <meta name="description" content="{html.escape(fields['title'])}">
  <link rel="canonical" href="{fields['source']}">
  <style>
    body {{ font-family: sans-serif; margin: 0; color: #222; }}
    header, nav, footer {{ background: #0b4f8a; color: #fff; padding: 0.6em 1.5em; }}
    nav ul {{ list-style: none; margin: 0; padding: 0; display: flex; gap: 1.2em; }}
    nav a, footer a {{ color: #fff; }}
    main {{ max-width: 52em; margin: 1.5em auto; padding: 0 1.5em; line-height: 1.55; }}
    table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 0.3em 0.6em; }}
  </style>
</head>
<body>
  <header>
    <div class="site-name">{html.escape(site)}</div>
    <div class="site-tagline">Portal Resmi Layanan Informasi Publik</div>
  </header>
  <nav aria-label="Menu utama">
    <ul>
{nav}
    </ul>
  </nav>
  <main>
    <article>
{chr(10).join('      ' + line for block in body for line in block.split(chr(10)))}
    </article>
  </main>
  <footer>
    <p>Hak Cipta &copy; 2026 {html.escape(site)}. Seluruh hak dilindungi.</p>
    <p>Ikuti kami di media sosial &middot; <a href="https://example.invalid/peta-situs">Peta Situs</a>
       &middot; <a href="https://example.invalid/kebijakan-privasi">Kebijakan Privasi</a></p>
  </footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")


# -- main -------------------------------------------------------------------------------

def write_sidecar(out: Path, fields: dict) -> None:
    sidecar = out.with_name(out.name + ".yml")
    sidecar.write_text(yaml.safe_dump(fields, sort_keys=False, allow_unicode=True,
                                      width=1000), encoding="utf-8")


def main() -> int:
    for name, kind in JOBS.items():
        meta = yaml.safe_load((SRC / f"{name}.meta.yml").read_text(encoding="utf-8"))
        blocks = parse_source((SRC / f"{name}.src.md").read_text(encoding="utf-8"))
        fields = meta["fields"]
        out = SET / meta["out"]
        out.parent.mkdir(parents=True, exist_ok=True)
        if kind == "pdf":
            make_pdf(blocks, fields, out)
        elif kind == "docx":
            make_docx(blocks, fields, out)
        else:
            make_html(blocks, fields, meta, out)
        write_sidecar(out, fields)
        print(f"wrote {out.relative_to(SET)} (+ sidecar)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
