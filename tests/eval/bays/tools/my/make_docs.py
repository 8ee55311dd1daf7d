"""Build the HTML, PDF and DOCX documents (and their sidecars) from build/content.py.

Run with the build venv:  ../.venv-build/bin/python make_docs.py   (from build/)
The eight Markdown documents are hand-written sources kept directly in knowledge/.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content  # noqa: E402

KNOWLEDGE = HERE.parent / "knowledge"


def write_sidecar(out: Path, meta: dict) -> None:
    side = out.with_name(out.name + ".yml")
    side.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")


# -- HTML ---------------------------------------------------------------------------------

def build_html(doc: dict) -> None:
    e = html.escape
    title = doc["meta"]["title"]
    agency = doc["meta"]["agency"]
    body: list[str] = [f"<h1>{e(title)}</h1>"]
    for block in doc["blocks"]:
        kind = block[0]
        if kind in ("p", "h2", "h3"):
            body.append(f"<{kind}>{e(block[1])}</{kind}>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in block[1])
            body.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head, *rows = block[1]
            th = "".join(f"<th>{e(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            body.append(f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
        else:
            raise ValueError(kind)
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{e(n)}</a></li>'
                  for i, n in enumerate(doc["nav"]))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{e(title)} | {e(agency)}</title>
<meta name="description" content="{e(title)}">
</head>
<body>
<header><div class="logo">{e(agency)}</div>
<nav><ul>{nav}</ul></nav>
</header>
<main>
<article>
{chr(10).join(body)}
</article>
</main>
<footer><p>{e(doc["footer"])}</p></footer>
</body>
</html>
"""
    out = KNOWLEDGE / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    write_sidecar(out, doc["meta"])


# -- PDF ----------------------------------------------------------------------------------

def build_pdf(doc: dict) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # embedded TrueType fonts (bundled with reportlab) so text, bullets included, extracts
    # as Unicode
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    e = html.escape
    title_st = ParagraphStyle("t", fontName="VeraBd", fontSize=20, leading=24, spaceAfter=12)
    h2_st = ParagraphStyle("h2", fontName="VeraBd", fontSize=14, leading=18,
                           spaceBefore=10, spaceAfter=6)
    body_st = ParagraphStyle("b", fontName="Vera", fontSize=10.5, leading=14, spaceAfter=5)
    bold_st = ParagraphStyle("bb", parent=body_st, fontName="VeraBd", spaceAfter=2)
    cell_st = ParagraphStyle("c", parent=body_st, spaceAfter=0)
    item_st = ParagraphStyle("li", parent=body_st, leftIndent=18, bulletIndent=4, spaceAfter=3,
                             bulletFontName="Vera", bulletFontSize=10.5)
    story = [Paragraph(e(doc["meta"]["title"]), title_st)]
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h2":
            story.append(Paragraph(e(block[1]), h2_st))
        elif kind == "p":
            story.append(Paragraph(e(block[1]), body_st))
        elif kind in ("ul", "ol"):
            for n, item in enumerate(block[1], 1):
                mark = "\u2022" if kind == "ul" else f"{n}."
                story.append(Paragraph(e(item), item_st, bulletText=mark))
        elif kind == "table":
            rows = [[Paragraph(e(c), bold_st if r == 0 else cell_st) for c in row]
                    for r, row in enumerate(block[1])]
            t = Table(rows, colWidths=[7 * cm, 4.5 * cm, 4.5 * cm][: len(rows[0])])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif kind == "faq":
            story.append(Paragraph(e(block[1]), bold_st))
            story.append(Paragraph(e(block[2]), body_st))
        else:
            raise ValueError(kind)
    out = KNOWLEDGE / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf = SimpleDocTemplate(str(out), pagesize=A4, title=doc["meta"]["title"],
                            author=doc["meta"]["agency"], leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    pdf.build(story)
    write_sidecar(out, doc["meta"])


# -- DOCX ---------------------------------------------------------------------------------

def build_docx(doc: dict) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["meta"]["title"]
    d.core_properties.author = doc["meta"]["agency"]
    d.add_heading(doc["meta"]["title"], level=1)
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "h2":
            d.add_heading(block[1], level=2)
        elif kind == "h3":
            d.add_heading(block[1], level=3)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "ul":
            for i in block[1]:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in block[1]:
                d.add_paragraph(i, style="List Number")
        elif kind == "table":
            head, *rows = block[1]
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for c, text in zip(t.rows[0].cells, head):
                c.text = text
            for row in rows:
                cells = t.add_row().cells
                for c, text in zip(cells, row):
                    c.text = text
        else:
            raise ValueError(kind)
    out = KNOWLEDGE / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    write_sidecar(out, doc["meta"])


def main() -> None:
    for doc in content.HTML_DOCS:
        build_html(doc)
    for doc in content.PDF_DOCS:
        build_pdf(doc)
    for doc in content.DOCX_DOCS:
        build_docx(doc)
    print("built", len(content.HTML_DOCS) + len(content.PDF_DOCS) + len(content.DOCX_DOCS),
          "documents")


if __name__ == "__main__":
    main()
