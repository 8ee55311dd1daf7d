"""Write the twelve documents of the half into ../knowledge from build/content.py.

Markdown: YAML front matter. PDF (reportlab): title 18 pt, headings 13 pt, body 10 pt,
FAQ questions bold at body size, list items as "- ", no page numbers. DOCX (python-docx):
Title / Heading 2 / List Bullet / List Number styles. HTML: written by hand with a
<header>/<nav> menu and a <footer>. PDF, DOCX and HTML get a sidecar NAME.EXT.yml.
"""

from __future__ import annotations

import html
from pathlib import Path

import yaml

from content import DOCS, END

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent / "knowledge"


def yaml_fields(fields: dict) -> str:
    return yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000)


# -- Markdown ------------------------------------------------------------------------------

def md_blocks(blocks, faq_style: str) -> list[str]:
    out: list[str] = []
    for kind, value in blocks:
        if kind == "p":
            out += [value, ""]
        elif kind == "ul":
            out += [f"- {item}" for item in value] + [""]
        elif kind == "ol":
            out += [f"{n}. {item}" for n, item in enumerate(value, 1)] + [""]
        elif kind == "table":
            head, *rows = value
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
        elif kind == "faq":
            for q, a in value:
                out += ([f"### {q}", "", a, ""] if faq_style == "h3"
                        else [f"**{q}**", a, ""])
    return out


def write_md(doc: dict, path: Path) -> None:
    lines = ["---", yaml_fields(doc["fields"]).rstrip(), "---", "", f"# {doc['title']}", ""]
    if doc.get("intro"):
        lines += [doc["intro"], ""]
    for heading, blocks in doc["sections"]:
        lines += [f"## {heading}", ""] + md_blocks(blocks, doc["faq_style"])
    lines += [END, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                                 spaceAfter=10)
    head_style = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                                spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    item = ParagraphStyle("L", parent=body, leftIndent=12, spaceAfter=2)
    faq_q = ParagraphStyle("Q", parent=body, fontName="Helvetica-Bold", spaceAfter=1)

    def para(text, style):
        return Paragraph(html.escape(text), style)

    story = [para(doc["title"], title_style)]
    if doc.get("intro"):
        story.append(para(doc["intro"], body))
    for heading, blocks in doc["sections"]:
        story.append(para(heading, head_style))
        for kind, value in blocks:
            if kind == "p":
                story.append(para(value, body))
            elif kind in ("ul", "ol"):
                story += [para(f"- {v}", item) for v in value]
                story.append(Spacer(1, 4))
            elif kind == "faq":
                for q, a in value:
                    story += [para(q, faq_q), para(a, body)]
            else:
                raise ValueError(f"{kind} not supported in the PDF")
    story.append(para(END, body))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=doc["title"], author=doc["fields"]["agency"])
    pdf.build(story)  # no onPage callbacks: no page numbers


# -- DOCX ----------------------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["fields"]["agency"]
    d.add_heading(doc["title"], level=0)  # style "Title"
    if doc.get("intro"):
        d.add_paragraph(doc["intro"])
    for heading, blocks in doc["sections"]:
        d.add_heading(heading, level=2)
        for kind, value in blocks:
            if kind == "p":
                d.add_paragraph(value)
            elif kind == "ul":
                for v in value:
                    d.add_paragraph(v, style="List Bullet")
            elif kind == "ol":
                for v in value:
                    d.add_paragraph(v, style="List Number")
            elif kind == "table":
                head, *rows = value
                t = d.add_table(rows=1, cols=len(head))
                t.style = "Table Grid"
                for cell, text in zip(t.rows[0].cells, head):
                    cell.text = text
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                for r in rows:
                    for cell, text in zip(t.add_row().cells, r):
                        cell.text = text
            elif kind == "faq":
                for q, a in value:
                    p = d.add_paragraph()
                    p.add_run(q).bold = True
                    d.add_paragraph(a)
    d.add_paragraph(END)
    d.save(str(path))


# -- HTML ----------------------------------------------------------------------------------

def html_blocks(blocks) -> list[str]:
    e = html.escape
    out: list[str] = []
    for kind, value in blocks:
        if kind == "p":
            out.append(f"      <p>{e(value)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"      <{kind}>")
            out += [f"        <li>{e(v)}</li>" for v in value]
            out.append(f"      </{kind}>")
        elif kind == "table":
            head, *rows = value
            out.append("      <table>")
            out.append("        <thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in head)
                       + "</tr></thead>")
            out.append("        <tbody>")
            out += ["          <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                    for r in rows]
            out.append("        </tbody>")
            out.append("      </table>")
        elif kind == "faq":
            for q, a in value:
                out += [f"      <h3>{e(q)}</h3>", f"      <p>{e(a)}</p>"]
    return out


def write_html(doc: dict, path: Path) -> None:
    e = html.escape
    site = doc["site"]
    slug = path.stem
    nav = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}">{e(n)}</a></li>'
                    for n in site["nav"])
    foot = site["footer"]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(doc['title'])} | {e(site['name'])}</title>",
        f'  <meta name="description" content="{e(doc.get("intro") or doc["title"])}">',
        '  <link rel="stylesheet" href="/assets/site.css">',
        "</head>",
        "<body>",
        '  <header class="site-header">',
        f'    <a class="logo" href="/">{e(site["logo"])}</a>',
        '    <nav class="main-menu" aria-label="Menu utama">',
        "      <ul>",
        nav,
        "      </ul>",
        "    </nav>",
        "  </header>",
        "  <main>",
        f'    <article id="{slug}">',
        f"      <h1>{e(doc['title'])}</h1>",
    ]
    if doc.get("intro"):
        lines.append(f"      <p>{e(doc['intro'])}</p>")
    for heading, blocks in doc["sections"]:
        lines.append(f"      <h2>{e(heading)}</h2>")
        lines += html_blocks(blocks)
    lines += [
        f"      <p>{e(END)}</p>",
        "    </article>",
        "  </main>",
        '  <footer class="site-footer">',
        f"    <p>{e(foot[0])}</p>",
        f"    <p>{e(foot[1])}</p>",
        '    <ul class="footer-links">',
        f'      <li><a href="/privasi">{e(foot[2])}</a></li>',
        f'      <li><a href="/peta-situs">{e(foot[3])}</a></li>',
        "    </ul>",
        "  </footer>",
        "</body>",
        "</html>",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main() -> None:
    for doc in DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            path.with_name(path.name + ".yml").write_text(yaml_fields(doc["fields"]),
                                                          encoding="utf-8")
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
