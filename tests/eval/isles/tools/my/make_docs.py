"""Build the PDF, DOCX and HTML documents (and their .yml sidecars) from content.py.

Run with a Python that has reportlab, python-docx and pyyaml:
    python build/make_docs.py
Markdown documents are maintained by hand directly under knowledge/.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import DOCS  # noqa: E402

KNOWLEDGE = HERE.parent / "knowledge"


def write_sidecar(path: Path, meta: dict) -> None:
    side = path.with_name(path.name + ".yml")
    side.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")


# -- PDF ------------------------------------------------------------------------------------

def make_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           spaceAfter=12)
    h2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=6)
    body = ParagraphStyle("B", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
    bold = ParagraphStyle("BB", parent=body, fontName="Helvetica-Bold")
    item = ParagraphStyle("I", parent=body, leftIndent=14, firstLineIndent=-10)
    cell = ParagraphStyle("C", fontName="Helvetica", fontSize=10, leading=12)
    story = []
    esc = html.escape
    for kind, value in doc["blocks"]:
        if kind == "h1":
            story.append(Paragraph(esc(value), title))
        elif kind in ("h2", "h3"):
            story.append(Paragraph(esc(value), h2))
        elif kind == "p":
            story.append(Paragraph(esc(value), body))
        elif kind == "b":
            story.append(Paragraph(esc(value), bold))
        elif kind in ("ul", "ol"):
            for k, v in enumerate(value, 1):
                mark = "-" if kind == "ul" else f"{k}."
                story.append(Paragraph(f"{mark} {esc(v)}", item))
        elif kind == "table":
            rows = [[Paragraph(esc(c), cell) for c in row] for row in value]
            t = Table(rows, colWidths=[9 * cm, 6 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc["meta"]["title"],
                            author=doc["meta"]["agency"], leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            invariant=1)
    pdf.build(story)


# -- DOCX -----------------------------------------------------------------------------------

def make_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["meta"]["title"]
    d.core_properties.author = doc["meta"]["agency"]
    for kind, value in doc["blocks"]:
        if kind == "h1":
            d.add_heading(value, level=1)
        elif kind == "h2":
            d.add_heading(value, level=2)
        elif kind == "h3":
            d.add_heading(value, level=3)
        elif kind == "p":
            d.add_paragraph(value)
        elif kind == "b":
            d.add_paragraph().add_run(value).bold = True
        elif kind == "ul":
            for v in value:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "ol":
            for v in value:
                d.add_paragraph(v, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(value), cols=len(value[0]))
            t.style = "Table Grid"
            for i, row in enumerate(value):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(str(path))


# -- HTML -----------------------------------------------------------------------------------

def make_html(doc: dict, path: Path) -> None:
    e = html.escape
    out: list[str] = []
    for kind, value in doc["blocks"]:
        if kind in ("h1", "h2", "h3"):
            out.append(f"<{kind}>{e(value)}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{e(value)}</p>")
        elif kind == "b":
            out.append(f"<p><strong>{e(value)}</strong></p>")
        elif kind in ("ul", "ol"):
            items = "\n".join(f"  <li>{e(v)}</li>" for v in value)
            out.append(f"<{kind}>\n{items}\n</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in value[0])
            rows = "\n".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                             for r in value[1:])
            out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n"
                       f"</tbody>\n</table>")
    nav = "\n".join(f'    <li><a href="https://example.invalid/{e(n.lower().replace(" ", "-"))}">'
                    f"{e(n)}</a></li>" for n in doc["nav"])
    site = e(doc["site"])
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{e(doc['meta']['title'])} | {site}</title>
<meta name="description" content="{e(doc['meta']['title'])}">
</head>
<body>
<header>
  <div class="logo">{site}</div>
  <nav>
   <ul>
{nav}
   </ul>
  </nav>
</header>
<main>
<article>
{chr(10).join(out)}
</article>
</main>
<footer>
  <p>Hak Cipta Terpelihara &copy; 2026 {site}.</p>
  <p><a href="https://example.invalid/dasar-privasi">Dasar Privasi</a> |
     <a href="https://example.invalid/penafian">Penafian</a> |
     <a href="https://example.invalid/peta-laman">Peta Laman</a></p>
  <p>Paparan terbaik menggunakan pelayar terkini.</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


MAKERS = {".pdf": make_pdf, ".docx": make_docx, ".html": make_html}


def main() -> None:
    for doc in DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        MAKERS[path.suffix](doc, path)
        write_sidecar(path, doc["meta"])
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
