"""Build the PDF, DOCX and HTML documents and their sidecars from build/content.py.

Run with a Python that has reportlab, python-docx and pyyaml:
    python build/make_docs.py
Paths are relative to this script; output goes to ../knowledge/.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import yaml

from content import DOCS, NOTE

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent / "knowledge"


def write_sidecar(doc: dict, out: Path) -> None:
    meta = {
        "title": doc.get("h1") or doc["title"],
        "lang": "ms",
        "country": "MY",
        **doc["meta"],
        "updated": dt.date.fromisoformat(doc["meta"]["updated"]),
        "note": NOTE,
    }
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200)
    Path(str(out) + ".yml").write_text(text, encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def make_pdf(doc: dict, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=14)
    h2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=5)
    body = ParagraphStyle("B", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
    item = ParagraphStyle("L", parent=body, leftIndent=14, spaceAfter=2)
    bold = ParagraphStyle("Q", parent=body, fontName="Helvetica-Bold", spaceAfter=1)
    cell = ParagraphStyle("C", fontName="Helvetica", fontSize=10, leading=12.5)
    cellb = ParagraphStyle("CB", parent=cell, fontName="Helvetica-Bold")

    esc = html.escape
    story = [Paragraph(esc(doc["title"]), title)]
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h2":
            story.append(Paragraph(esc(block[1]), h2))
        elif kind == "p":
            story.append(Paragraph(esc(block[1]), body))
        elif kind == "ul":
            story += [Paragraph("- " + esc(t), item) for t in block[1]]
            story.append(Spacer(1, 4))
        elif kind == "ol":
            story += [Paragraph(f"{i}. " + esc(t), item) for i, t in enumerate(block[1], 1)]
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows = [[Paragraph(esc(c), cellb if r == 0 else cell) for c in row]
                    for r, row in enumerate(block[1])]
            table = Table(rows, colWidths=[7 * cm, 5 * cm, 3 * cm][: len(rows[0])])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 6)]
        elif kind == "faq":
            story += [Paragraph(esc(block[1]), bold), Paragraph(esc(block[2]), body)]
    pdf = SimpleDocTemplate(str(out), pagesize=A4, title=doc["title"],
                            author=doc["meta"]["agency"], leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    pdf.build(story)


# -- DOCX ----------------------------------------------------------------------------------

def make_docx(doc: dict, out: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["meta"]["agency"]
    d.add_heading(doc["title"], level=1)
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h2":
            d.add_heading(block[1], level=2)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "ul":
            for t in block[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "ol":
            for t in block[1]:
                d.add_paragraph(t, style="List Number")
        elif kind == "table":
            rows = block[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "faq":
            d.add_heading(block[1], level=3)
            d.add_paragraph(block[2])
    d.save(str(out))


# -- HTML ----------------------------------------------------------------------------------

def make_html(doc: dict, out: Path) -> None:
    e = html.escape
    parts: list[str] = []
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h2":
            parts.append(f"      <h2>{e(block[1])}</h2>")
        elif kind == "p":
            parts.append(f"      <p>{e(block[1])}</p>")
        elif kind in ("ul", "ol"):
            items = "\n".join(f"        <li>{e(t)}</li>" for t in block[1])
            parts.append(f"      <{kind}>\n{items}\n      </{kind}>")
        elif kind == "table":
            head, *rows = block[1]
            th = "".join(f"<th>{e(c)}</th>" for c in head)
            trs = "\n".join("          <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                            for r in rows)
            parts.append(f"      <table>\n        <thead><tr>{th}</tr></thead>\n"
                         f"        <tbody>\n{trs}\n        </tbody>\n      </table>")
        elif kind == "faq":
            parts.append(f"      <h3>{e(block[1])}</h3>\n      <p>{e(block[2])}</p>")
    menu = "\n".join(f'        <li><a href="https://example.invalid/{i}">{e(m)}</a></li>'
                     for i, m in enumerate(doc["menu"]))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <title>{e(doc["title"])}</title>
  <meta name="description" content="{e(doc["h1"])} – {e(doc["org"])}">
</head>
<body>
  <header>
    <div class="logo">{e(doc["org"])}</div>
    <nav>
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(doc["h1"])}</h1>
{chr(10).join(parts)}
    </article>
  </main>
  <footer>
    <p>Hak Cipta Terpelihara © 2026 {e(doc["org"])}. Dasar Privasi | Penafian | Peta Laman</p>
    <p>Paparan terbaik menggunakan pelayar terkini. Jumlah pelawat: 1,204,877</p>
  </footer>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")


MAKERS = {".pdf": make_pdf, ".docx": make_docx, ".html": make_html}


def main() -> None:
    for doc in DOCS:
        out = KNOWLEDGE / doc["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        MAKERS[out.suffix](doc, out)
        write_sidecar(doc, out)
        print("wrote", out.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
