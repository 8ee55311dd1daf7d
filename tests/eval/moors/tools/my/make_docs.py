"""Write the twelve documents of the Malaysian half under ../knowledge/my/.

Markdown with YAML front matter; the PDF with reportlab (title 18 pt, headings 13 pt, body
10 pt, FAQ questions bold at body size, "- " list items, no page numbers); the DOCX with
python-docx (Title / Heading 2 / List styles); the HTML pages by hand, with a header and
nav menu and a footer. PDF, DOCX and HTML get a sidecar NAME.EXT.yml.

Run: .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import DOCS, FINAL_LINE, NOTE  # noqa: E402

ROOT = HERE.parent / "knowledge" / "my"
SUFFIX = {"md": ".md", "pdf": ".pdf", "docx": ".docx", "html": ".html"}


def fields_of(doc: dict) -> dict:
    f = doc["fields"]
    return {
        "title": doc["title"],
        "lang": "ms",
        "country": "MY",
        "region": f["region"],
        "agency": f["agency"],
        "source": f["source"],
        "updated": f["updated"],
        "note": NOTE,
    }


def dump_fields(doc: dict) -> str:
    return yaml.safe_dump(fields_of(doc), allow_unicode=True, sort_keys=False, width=1000)


def sections_with_final(doc: dict) -> list:
    """The sections, the closing line added as the last paragraph of the last one."""
    sections = [(h, list(b)) for h, b in doc["sections"]]
    sections[-1][1].append(FINAL_LINE)
    return sections


# -- Markdown ------------------------------------------------------------------------------

def md_table(rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out


def render_md(doc: dict) -> str:
    out = ["---", dump_fields(doc).rstrip(), "---", "", f"# {doc['title']}", ""]
    for heading, blocks in sections_with_final(doc):
        out += [f"## {heading}", ""]
        for block in blocks:
            if isinstance(block, str):
                out += [block, ""]
                continue
            kind, items = block
            if kind == "ul":
                out += [f"- {i}" for i in items] + [""]
            elif kind == "ol":
                out += [f"{n}. {i}" for n, i in enumerate(items, 1)] + [""]
            elif kind == "table":
                out += md_table(items) + [""]
            elif kind == "lines":
                for line in items:
                    out += [line, ""]
            elif kind == "faq":
                for q, a in items:
                    if doc["faq"] == "h3":
                        out += [f"### {q}", "", a, ""]
                    else:
                        out += [f"**{q}**", "", a, ""]
    return "\n".join(out).rstrip() + "\n"


# -- PDF -------------------------------------------------------------------------------------

def render_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=23,
                              spaceAfter=10)
    head_st = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5,
                             spaceAfter=4)
    item_st = ParagraphStyle("i", parent=body_st, leftIndent=10, spaceAfter=2)
    faq_st = ParagraphStyle("q", parent=body_st, fontName="Helvetica-Bold", spaceBefore=4,
                            spaceAfter=2)
    cell_st = ParagraphStyle("c", parent=body_st, spaceAfter=0)

    story = [Paragraph(escape(doc["title"]), title_st)]
    for heading, blocks in sections_with_final(doc):
        story.append(Paragraph(escape(heading), head_st))
        for block in blocks:
            if isinstance(block, str):
                story.append(Paragraph(escape(block), body_st))
                continue
            kind, items = block
            if kind == "ul":
                story += [Paragraph(escape(f"- {i}"), item_st) for i in items]
            elif kind == "ol":
                story += [Paragraph(escape(f"{n}. {i}"), item_st)
                          for n, i in enumerate(items, 1)]
            elif kind == "lines":
                story += [Paragraph(escape(line), body_st) for line in items]
            elif kind == "faq":
                for q, a in items:
                    story += [Paragraph(escape(q), faq_st), Paragraph(escape(a), body_st)]
            elif kind == "table":
                data = [[Paragraph(escape(c), cell_st) for c in row] for row in items]
                widths = [70 * mm] + [(170 - 70) * mm / (len(items[0]) - 1)] * (
                    len(items[0]) - 1)
                table = Table(data, colWidths=widths)
                table.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]))
                story += [Spacer(1, 3), table, Spacer(1, 6)]
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"],
                            author=doc["fields"]["agency"], leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    pdf.build(story)


# -- DOCX ------------------------------------------------------------------------------------

def render_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["fields"]["agency"]
    d.add_paragraph(doc["title"], style="Title")
    for heading, blocks in sections_with_final(doc):
        d.add_paragraph(heading, style="Heading 2")
        for block in blocks:
            if isinstance(block, str):
                d.add_paragraph(block)
                continue
            kind, items = block
            if kind == "ul":
                for i in items:
                    d.add_paragraph(i, style="List Bullet")
            elif kind == "ol":
                for i in items:
                    d.add_paragraph(i, style="List Number")
            elif kind == "lines":
                for line in items:
                    d.add_paragraph(line)
            elif kind == "faq":
                for q, a in items:
                    p = d.add_paragraph()
                    p.add_run(q).bold = True
                    d.add_paragraph(a)
            elif kind == "table":
                table = d.add_table(rows=len(items), cols=len(items[0]))
                table.style = "Table Grid"
                for r, row in enumerate(items):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
                        if r == 0:
                            for run in table.cell(r, c).paragraphs[0].runs:
                                run.bold = True
    d.save(str(path))


# -- HTML ------------------------------------------------------------------------------------

def e(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(doc: dict) -> str:
    site = doc["site"]
    nav = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}">{e(n)}</a></li>'
                    for n in site["nav"])
    crumbs = " &rsaquo; ".join(f'<a href="#">{e(c)}</a>' for c in site["crumbs"])
    body: list[str] = [f"      <h1>{e(doc['title'])}</h1>",
                       f'      <p class="meta">Kemas kini: {doc["fields"]["updated"]}</p>']
    for heading, blocks in sections_with_final(doc):
        body.append("      <section>")
        body.append(f"        <h2>{e(heading)}</h2>")
        for block in blocks:
            if isinstance(block, str):
                body.append(f"        <p>{e(block)}</p>")
                continue
            kind, items = block
            if kind in ("ul", "ol"):
                body.append(f"        <{kind}>")
                body += [f"          <li>{e(i)}</li>" for i in items]
                body.append(f"        </{kind}>")
            elif kind == "lines":
                body += [f"        <p>{e(line)}</p>" for line in items]
            elif kind == "faq":
                for q, a in items:
                    body += [f"        <h3>{e(q)}</h3>", f"        <p>{e(a)}</p>"]
            elif kind == "table":
                body.append("        <table>")
                body.append("          <thead><tr>" + "".join(
                    f"<th>{e(c)}</th>" for c in items[0]) + "</tr></thead>")
                body.append("          <tbody>")
                for row in items[1:]:
                    body.append("            <tr>" + "".join(f"<td>{e(c)}</td>" for c in row)
                                + "</tr>")
                body.append("          </tbody>")
                body.append("        </table>")
        body.append("      </section>")
    footer = "\n".join(f"      <p>{e(t)}</p>" if i == 0 else
                       f'      <a href="/{t.lower().replace(" ", "-")}">{e(t)}</a>'
                       for i, t in enumerate(site["footer"][:-1]))
    footer += f'\n      <p class="counter">{e(site["footer"][-1])}</p>'
    article = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc['title'])} | {e(site['short'])}</title>
  <meta name="description" content="{e(doc['title'])}">
  <link rel="stylesheet" href="/assets/css/utama.css">
</head>
<body>
  <header class="site-header">
    <div class="brand"><a href="/">{e(site['brand'])}</a></div>
    <nav class="menu-utama" aria-label="Menu utama">
      <ul>
{nav}
      </ul>
    </nav>
    <nav class="breadcrumb" aria-label="Jejak">{crumbs}</nav>
  </header>
  <main>
    <article>
{article}
    </article>
  </main>
  <footer class="site-footer">
{footer}
  </footer>
</body>
</html>
"""


def main() -> None:
    for doc in DOCS:
        path = ROOT / (doc["id"] + SUFFIX[doc["fmt"]])
        path.parent.mkdir(parents=True, exist_ok=True)
        if doc["fmt"] == "md":
            path.write_text(render_md(doc), encoding="utf-8")
        else:
            if doc["fmt"] == "pdf":
                render_pdf(doc, path)
            elif doc["fmt"] == "docx":
                render_docx(doc, path)
            else:
                path.write_text(render_html(doc), encoding="utf-8")
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text(dump_fields(doc), encoding="utf-8")
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
