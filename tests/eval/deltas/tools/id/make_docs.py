"""Write the twelve documents of the Indonesian half into ../knowledge/.

    .venv-build/bin/python build/make_docs.py

Markdown files carry YAML front matter; the PDF (reportlab), the DOCX (python-docx) and
the two HTML pages (written by hand from a template with a real header, nav and footer)
get a sidecar NAME.EXT.yml with their fields.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content_md import MD_DOCS, NOTE  # noqa: E402
from content_rich import FOGGING, GOR, GOR_CHROME, PBG, SAMPAH, SAMPAH_CHROME  # noqa: E402

OUT = HERE.parent / "knowledge"


def full_fields(fields: dict) -> dict:
    """The fields in the order staff write them, with the constant ones added."""
    return {
        "title": fields["title"],
        "lang": "id",
        "country": "ID",
        "region": fields["region"],
        "agency": fields["agency"],
        "source": fields["source"],
        "updated": dt.date.fromisoformat(fields["updated"]),
        "note": NOTE,
    }


def dump_yaml(fields: dict) -> str:
    return yaml.safe_dump(full_fields(fields), sort_keys=False, allow_unicode=True,
                          width=1000)


def write_sidecar(path: Path, fields: dict) -> None:
    path.with_name(path.name + ".yml").write_text(dump_yaml(fields), encoding="utf-8")


# -- Markdown ------------------------------------------------------------------------------

def write_md(rel: str, fields: dict, body: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\n" + dump_yaml(fields) + "---\n" + body.lstrip("\n"),
                    encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def write_pdf(rel: str, fields: dict, blocks: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                                 spaceAfter=10)
    head_style = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                                spaceBefore=10, spaceAfter=4)
    body_style = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13.5,
                                spaceAfter=5)
    item_style = ParagraphStyle("L", parent=body_style, leftIndent=14, firstLineIndent=-9,
                                spaceAfter=2)
    faq_style = ParagraphStyle("Q", parent=body_style, fontName="Helvetica-Bold",
                               spaceBefore=4, spaceAfter=2)
    story = [Paragraph(escape(fields["title"]), title_style)]
    for kind, value in blocks:
        if kind == "h2":
            story.append(Paragraph(escape(value), head_style))
        elif kind == "p":
            story.append(Paragraph(escape(value), body_style))
        elif kind == "q":
            story.append(Paragraph(escape(value), faq_style))
        elif kind in ("ul", "ol"):
            for item in value:
                story.append(Paragraph("- " + escape(item), item_style))
            story.append(Spacer(1, 4))
        else:
            raise ValueError(f"PDF has no {kind} block")
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=fields["title"], author=fields["agency"],
                            subject=fields["region"])
    doc.build(story)  # no page numbers: no onPage callback
    write_sidecar(path, fields)


# -- DOCX ----------------------------------------------------------------------------------

def write_docx(rel: str, fields: dict, blocks: list) -> None:
    import docx

    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.core_properties.title = fields["title"]
    document.core_properties.author = fields["agency"]
    document.add_paragraph(fields["title"], style="Title")
    for kind, value in blocks:
        if kind == "h2":
            document.add_paragraph(value, style="Heading 2")
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "q":
            para = document.add_paragraph()
            para.add_run(value).bold = True
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in value:
                document.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(f"DOCX has no {kind} block")
    document.save(str(path))
    write_sidecar(path, fields)


# -- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{site}/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <div class="brand"><a href="{site}/">{brand}</a></div>
  <nav class="main-menu" aria-label="Menu utama">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main id="konten">
<article class="layanan">
<h1>{title}</h1>
{body}
</article>
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""


def html_blocks(blocks: list) -> str:
    out: list[str] = []
    for kind, value in blocks:
        if kind == "h2":
            out.append(f"<h2>{html.escape(value)}</h2>")
        elif kind == "p":
            out.append(f"<p>{html.escape(value)}</p>")
        elif kind == "q":
            out.append(f"<h3>{html.escape(value)}</h3>")
        elif kind in ("ul", "ol"):
            items = "\n".join(f"  <li>{html.escape(i)}</li>" for i in value)
            out.append(f"<{kind}>\n{items}\n</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in value[0])
            rows = "\n".join("  <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r)
                             + "</tr>" for r in value[1:])
            out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n"
                       f"</tbody>\n</table>")
        else:
            raise ValueError(f"HTML has no {kind} block")
    return "\n".join(out)


def write_html(rel: str, fields: dict, blocks: list, chrome: dict) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    site = chrome["site"]
    nav = "\n".join(f'      <li><a href="{site}/{i}">{html.escape(label)}</a></li>'
                    for i, label in enumerate(chrome["nav"]))
    first, *links = chrome["footer"]
    footer = (f"  <p>{html.escape(first)}</p>\n  <ul>\n"
              + "\n".join(f'    <li><a href="{site}/f{i}">{html.escape(t)}</a></li>'
                          for i, t in enumerate(links))
              + "\n  </ul>")
    path.write_text(PAGE.format(title=html.escape(fields["title"]), site=site,
                                brand=html.escape(chrome["brand"]), nav=nav,
                                body=html_blocks(blocks), footer=footer),
                    encoding="utf-8")
    write_sidecar(path, fields)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for rel, fields, body in MD_DOCS:
        write_md(rel, fields, body)
    write_pdf(*FOGGING)
    write_docx(*PBG)
    write_html(*SAMPAH, SAMPAH_CHROME)
    write_html(*GOR, GOR_CHROME)
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(path.relative_to(OUT.parent))


if __name__ == "__main__":
    main()
