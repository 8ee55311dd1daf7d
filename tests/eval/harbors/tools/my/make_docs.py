"""Render the documents in content_*.py to knowledge/ as Markdown, PDF, DOCX and HTML.

Run with the build virtualenv:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KNOWLEDGE = ROOT / "knowledge"
sys.path.insert(0, str(HERE))

import content_jasin  # noqa: E402
import content_nasional  # noqa: E402
import content_raub  # noqa: E402
import content_sarikei  # noqa: E402

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
ALL_DOCS = content_nasional.DOCS + content_jasin.DOCS + content_raub.DOCS + content_sarikei.DOCS


def front_matter(doc: dict) -> str:
    q = json.dumps  # a JSON string is a valid YAML scalar
    return "\n".join([
        f"title: {q(doc['title'], ensure_ascii=False)}",
        "lang: ms",
        "country: MY",
        f"region: {q(doc['region'], ensure_ascii=False)}",
        f"agency: {q(doc['agency'], ensure_ascii=False)}",
        f"source: {doc['source']}",
        f"updated: {doc['updated']}",
        f"note: {q(NOTE)}",
    ]) + "\n"


# -- Markdown -------------------------------------------------------------------------------

def md_blocks(blocks: list) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out += [b, ""]
        elif isinstance(b, list):
            out += [f"- {item}" for item in b] + [""]
        elif isinstance(b, dict):
            rows = b["table"]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif isinstance(b, tuple) and b[0] == "faq":
            for question, answer in b[1]:
                out += [f"### {question}", "", answer, ""]
    return out


def write_md(doc: dict, path: Path) -> None:
    lines = ["---", front_matter(doc).rstrip("\n"), "---", "", f"# {doc['title']}", ""]
    for heading, blocks in doc["sections"]:
        lines += [f"## {heading}", ""] + md_blocks(blocks)
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


# -- PDF (reportlab) ------------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=5)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, spaceAfter=2)
    question = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17,
                        spaceBefore=8, spaceAfter=4)
    esc = html.escape
    story = [Paragraph(esc(doc["title"]), h1)]
    for heading, blocks in doc["sections"]:
        story.append(Paragraph(esc(heading), h2))
        for b in blocks:
            if isinstance(b, str):
                story.append(Paragraph(esc(b), body))
            elif isinstance(b, list):
                story += [Paragraph("- " + esc(item), bullet) for item in b]
                story.append(Spacer(1, 4))
            elif isinstance(b, tuple) and b[0] == "faq":
                for q, a in b[1]:
                    story += [Paragraph(esc(q), question), Paragraph(esc(a), body)]
            else:
                raise ValueError("tables are not used in the PDF")
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"], author=doc["agency"],
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    pdf.build(story)


# -- DOCX (python-docx) ---------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["agency"]
    d.add_heading(doc["title"], 0)
    for heading, blocks in doc["sections"]:
        d.add_heading(heading, 2)
        for b in blocks:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif isinstance(b, list):
                for item in b:
                    d.add_paragraph(item, style="List Bullet")
            elif isinstance(b, dict):
                rows = b["table"]
                table = d.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        table.cell(i, j).text = cell
                        if i == 0:
                            for run in table.cell(i, j).paragraphs[0].runs:
                                run.bold = True
            elif isinstance(b, tuple) and b[0] == "faq":
                for q, a in b[1]:
                    p = d.add_paragraph()
                    p.add_run(q).bold = True
                    d.add_paragraph(a)
    d.save(str(path))


# -- HTML -----------------------------------------------------------------------------------

def html_blocks(blocks: list) -> list[str]:
    esc = html.escape
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{esc(b)}</p>")
        elif isinstance(b, list):
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b) + "</ul>")
        elif isinstance(b, dict):
            rows = b["table"]
            head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                           for r in rows[1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif isinstance(b, tuple) and b[0] == "faq":
            for q, a in b[1]:
                out.append(f"<h3>{esc(q)}</h3>\n<p>{esc(a)}</p>")
    return out


def write_html(doc: dict, path: Path) -> None:
    esc = html.escape
    site = doc["site"]
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{esc(t)}</a></li>'
                  for i, t in enumerate(site["nav"]))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ms">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(doc['title'])}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'<div class="logo">{esc(site["banner"])}</div>',
        f'<nav class="menu"><ul>{nav}</ul></nav>',
        "</header>",
        '<main id="kandungan">',
        "<article>",
        f"<h1>{esc(doc['title'])}</h1>",
    ]
    for heading, blocks in doc["sections"]:
        parts.append(f"<section>\n<h2>{esc(heading)}</h2>")
        parts += html_blocks(blocks)
        parts.append("</section>")
    parts += [
        "</article>",
        "</main>",
        '<footer class="site-footer">',
        "".join(f"<p>{esc(t)}</p>" for t in site["footer"]),
        "</footer>",
        "</body>",
        "</html>",
    ]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main() -> None:
    for doc in ALL_DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text(front_matter(doc), encoding="utf-8")
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
