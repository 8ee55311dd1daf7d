"""Write the 12 documents of the Malaysian half into ../knowledge/my/.

Each document's body is a small Markdown dialect (see content_*.py); it is written as
Markdown with front matter, or rendered to PDF (reportlab), DOCX (python-docx) or an
HTML page (by hand, with a site header/nav menu and footer), each with a sidecar .yml.

Run with the build venv:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_limbang  # noqa: E402
import content_national  # noqa: E402
import content_pekan  # noqa: E402
import content_tampin  # noqa: E402

SET = HERE.parent
OUT = SET / "knowledge" / "my"
NOTE = ("Dokumen penilaian rekaan: semua angka, kadar, tarikh, alamat, waktu, nombor "
        "telefon dan nama portal atau aplikasi adalah rekaan.")

ALL_DOCS = (content_national.DOCS + content_tampin.DOCS + content_pekan.DOCS
            + content_limbang.DOCS)


# -- the body dialect -------------------------------------------------------------------

def blocks(body: str) -> list[tuple[str, object]]:
    """('h1'|'h2'|'p'|'li'|'q', text) and ('table', rows) in order."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for raw in body.strip().split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
            continue
        if table:
            out.append(("table", table))
            table = []
        if not line:
            continue
        if line.startswith("## "):
            out.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            out.append(("h1", line[2:].strip()))
        elif line.startswith("- "):
            out.append(("li", line[2:].strip()))
        elif line.startswith("**") and line.endswith("**"):
            out.append(("q", line[2:-2].strip()))
        else:
            out.append(("p", line))
    if table:
        out.append(("table", table))
    return out


def fields(meta: dict) -> dict:
    return {"title": meta["title"], "lang": "ms", "country": "MY", "region": meta["region"],
            "agency": meta["agency"], "source": meta["source"], "updated": meta["updated"],
            "note": NOTE}


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


# -- Markdown ---------------------------------------------------------------------------

def to_markdown(bl: list[tuple[str, object]]) -> str:
    parts: list[str] = []
    prev = None
    for kind, value in bl:
        if kind == "h1":
            text = f"# {value}"
        elif kind == "h2":
            text = f"## {value}"
        elif kind == "li":
            text = f"- {value}"
        elif kind == "q":
            text = f"**{value}**"
        elif kind == "table":
            rows = value
            lines = ["| " + " | ".join(rows[0]) + " |",
                     "|" + "|".join("---" for _ in rows[0]) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            text = "\n".join(lines)
        else:
            text = str(value)
        if parts and not (kind == "li" and prev == "li"):
            parts.append("")
        parts.append(text)
        prev = kind
    return "\n".join(parts) + "\n"


def write_md(doc: dict, path: Path) -> None:
    front = dump_yaml(fields(doc["meta"]))
    path.write_text(f"---\n{front}---\n\n{to_markdown(blocks(doc['body']))}", encoding="utf-8")


# -- PDF --------------------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_st = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                              spaceAfter=10)
    head_st = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13.5,
                             spaceAfter=4)
    li_st = ParagraphStyle("L", parent=body_st, leftIndent=12, spaceAfter=2)
    q_st = ParagraphStyle("Q", fontName="Helvetica-Bold", fontSize=10, leading=13.5,
                          spaceBefore=4, spaceAfter=2)

    story = []
    for kind, value in blocks(doc["body"]):
        if kind == "table":
            raise SystemExit(f"{doc['path']}: no tables in the PDF")
        text = html.escape(str(value), quote=False)
        if kind == "h1":
            story.append(Paragraph(text, title_st))
        elif kind == "h2":
            story.append(Paragraph(text, head_st))
        elif kind == "li":
            story.append(Paragraph("- " + text, li_st))
        elif kind == "q":
            story.append(Paragraph(text, q_st))
        else:
            story.append(Paragraph(text, body_st))
    story.append(Spacer(1, 6))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title=doc["meta"]["title"], author=doc["meta"]["agency"],
                            subject="Permit ubah suai rumah kediaman")
    pdf.build(story)  # no onPage callback: no page numbers


# -- DOCX -------------------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["meta"]["title"]
    d.core_properties.author = doc["meta"]["agency"]
    for kind, value in blocks(doc["body"]):
        if kind == "h1":
            d.add_paragraph(str(value), style="Title")
        elif kind == "h2":
            d.add_heading(str(value), level=2)
        elif kind == "li":
            d.add_paragraph(str(value), style="List Bullet")
        elif kind == "q":
            d.add_paragraph().add_run(str(value)).bold = True
        elif kind == "table":
            rows = value
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        else:
            d.add_paragraph(str(value))
    d.save(str(path))


# -- HTML -------------------------------------------------------------------------------

def write_html(doc: dict, path: Path) -> None:
    e = lambda s: html.escape(str(s), quote=True)  # noqa: E731
    meta, site = doc["meta"], doc["site"]
    base = meta["source"].split("/", 3)[:3]
    home = "/".join(base) + "/"
    out = ["<!DOCTYPE html>", '<html lang="ms">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(meta['title'])} | {e(meta['agency'])}</title>",
           f'<meta name="description" content="{e(meta["title"])} - {e(meta["agency"])}">',
           '<link rel="stylesheet" href="/assets/portal.css">', "</head>", "<body>",
           '<header class="site-header">',
           f'  <div class="brand"><a href="{home}">{e(site["name"])}</a></div>',
           '  <nav class="main-menu" aria-label="Menu utama">', "    <ul>"]
    slugs = ["", "profil", "e-perkhidmatan", "tender", "media", "hubungi"]
    for item, slug in zip(site["nav"], slugs):
        out.append(f'      <li><a href="{home}{slug}">{e(item)}</a></li>')
    out += ["    </ul>", "  </nav>", "</header>", "<main>", '<article class="content">']
    open_list = False
    for kind, value in blocks(doc["body"]):
        if kind != "li" and open_list:
            out.append("</ul>")
            open_list = False
        if kind == "h1":
            out.append(f"<h1>{e(value)}</h1>")
        elif kind == "h2":
            out.append(f"<h2>{e(value)}</h2>")
        elif kind == "li":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"  <li>{e(value)}</li>")
        elif kind == "q":
            out.append(f"<p><strong>{e(value)}</strong></p>")
        elif kind == "table":
            rows = value
            out.append("<table>")
            out.append("  <thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0])
                       + "</tr></thead>")
            out.append("  <tbody>")
            for r in rows[1:]:
                out.append("    <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("  </tbody>")
            out.append("</table>")
        else:
            out.append(f"<p>{e(value)}</p>")
    if open_list:
        out.append("</ul>")
    out += ["</article>", "</main>", '<footer class="site-footer">',
            f'  <p class="copyright">{e(site["footer"][0])}</p>', '  <ul class="footer-links">']
    for item in site["footer"][1:-1]:
        out.append(f'    <li><a href="{home}{e(item.lower().replace(" ", "-"))}">{e(item)}</a></li>')
    out += ["  </ul>", f'  <p class="visitors">{e(site["footer"][-1])}</p>', "</footer>",
            "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


WRITERS = {".md": write_md, ".pdf": write_pdf, ".docx": write_docx, ".html": write_html}


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for doc in ALL_DOCS:
        path = OUT / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        suffix = path.suffix
        WRITERS[suffix](doc, path)
        if suffix != ".md":
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text(dump_yaml(fields(doc["meta"])), encoding="utf-8")
        print("wrote", path.relative_to(SET))


if __name__ == "__main__":
    main()
