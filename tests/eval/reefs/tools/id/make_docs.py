"""Build the PDF, DOCX and two HTML documents (and their sidecars) from content.py.

Run with the build venv:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from content import KIOS, LAST_LINE, PBB, PDAM, WISATA

ROOT = Path(__file__).resolve().parent.parent / "knowledge"


def write_sidecar(doc: dict) -> None:
    path = ROOT / (doc["path"] + ".yml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc["fields"], allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


# -- PDF (reportlab): title bold 20 pt, section headings bold 14 pt, body 10.5 pt ----------

def build_pdf(doc: dict) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    # reportlab's bundled Vera fonts: embedded TrueType, so bullets and "²" extract as text
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))

    title = ParagraphStyle("T", fontName="VeraBd", fontSize=20, leading=24,
                           spaceAfter=10)
    h2 = ParagraphStyle("H2", fontName="VeraBd", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("B", fontName="Vera", fontSize=10.5, leading=14, spaceAfter=5)
    bold = ParagraphStyle("Q", parent=body, fontName="VeraBd", spaceAfter=2)
    cell = ParagraphStyle("C", parent=body, spaceAfter=0)
    cellb = ParagraphStyle("CB", parent=cell, fontName="VeraBd")

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    story = [Paragraph(esc(doc["fields"]["title"]), title), Paragraph(esc(doc["intro"]), body)]
    for kind, value in doc["blocks"]:
        if kind == "h2":
            story.append(Paragraph(esc(value), h2))
        elif kind == "p":
            story.append(Paragraph(esc(value), body))
        elif kind == "q":
            story.append(Paragraph(esc(value), bold))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(v), body), leftIndent=14) for v in value]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start="•" if kind == "ul" else None,
                                      bulletFontName="Vera", bulletFontSize=10.5,
                                      leftIndent=14))
        elif kind == "table":
            rows = [[Paragraph(esc(c), cellb if i == 0 else cell) for c in row]
                    for i, row in enumerate(value)]
            table = Table(rows, hAlign="LEFT", colWidths=[9 * cm, 4 * cm][: len(value[0])])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([table, Spacer(1, 6)])
        else:
            raise ValueError(kind)
    story.append(Paragraph(esc(LAST_LINE), body))
    out = ROOT / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(out), pagesize=A4, title=doc["fields"]["title"],
                      author=doc["fields"]["agency"], leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm).build(story)
    write_sidecar(doc)


# -- DOCX (python-docx): Heading 1 title, Heading 2 sections, lists, a table ----------------

def build_docx(doc: dict) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["fields"]["title"]
    d.core_properties.author = doc["fields"]["agency"]
    d.add_heading(doc["fields"]["title"], level=1)
    d.add_paragraph(doc["intro"])
    for kind, value in doc["blocks"]:
        if kind == "h2":
            d.add_heading(value, level=2)
        elif kind == "h3":
            d.add_heading(value, level=3)
        elif kind == "p":
            d.add_paragraph(value)
        elif kind == "ul":
            for v in value:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "ol":
            for v in value:
                d.add_paragraph(v, style="List Number")
        elif kind == "table":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    d.add_paragraph(LAST_LINE)
    out = ROOT / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    write_sidecar(doc)


# -- HTML: <title>, <nav> menu, <main> with h1/h2/h3, lists, tables, <footer> ---------------

def build_html(doc: dict) -> None:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(doc['html_title'])}</title>",
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'<a class="brand" href="https://example.invalid/">{e(doc["fields"]["agency"])}</a>',
        '<nav aria-label="Menu utama">',
        "<ul>",
        *[f'<li><a href="https://example.invalid/{e(n.lower().replace(" ", "-"))}">{e(n)}</a></li>'
          for n in doc["nav"]],
        "</ul>",
        "</nav>",
        "</header>",
        "<main>",
        "<article>",
        f"<h1>{e(doc['fields']['title'])}</h1>",
        f"<p>{e(doc['intro'])}</p>",
    ]
    for kind, value in doc["blocks"]:
        if kind in ("h2", "h3"):
            parts.append(f"<{kind}>{e(value)}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{e(value)}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(v)}</li>" for v in value) + f"</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in value[0])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                           for row in value[1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            raise ValueError(kind)
    parts += [
        f"<p>{e(LAST_LINE)}</p>",
        "</article>",
        "</main>",
        "<footer>",
        *[f"<p>{e(line)}</p>" for line in doc["footer"]],
        "</footer>",
        "</body>",
        "</html>",
    ]
    out = ROOT / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
    write_sidecar(doc)


if __name__ == "__main__":
    build_pdf(PBB)
    build_docx(KIOS)
    build_html(PDAM)
    build_html(WISATA)
    print("built", PBB["path"], KIOS["path"], PDAM["path"], WISATA["path"])
