"""Write the 12 knowledge documents of harbors-id from the content modules.

Each document's body is written once as simple Markdown (## headings, paragraphs,
"- " and "1. " lists, pipe tables, **bold**) and rendered to its format:
  md   -> YAML front matter + "# title" + body
  pdf  -> reportlab (title 18 pt, headings 13 pt, body 10 pt) + sidecar NAME.pdf.yml
  docx -> python-docx (Title + Heading 1 styles, List Bullet/Number) + sidecar
  html -> a page with <header>/<nav> menu and <footer> around <main><article> + sidecar

Run: .venv-build/bin/python build/make_docs.py   (from the set's folder)
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KNOW = ROOT / "knowledge"
sys.path.insert(0, str(HERE))

from content_binjai import DOCS as BINJAI  # noqa: E402
from content_bontang import DOCS as BONTANG  # noqa: E402
from content_nasional import DOCS as NASIONAL  # noqa: E402
from content_nasional import LAST  # noqa: E402
from content_tegal import DOCS as TEGAL  # noqa: E402

ALL_DOCS = NASIONAL + TEGAL + BINJAI + BONTANG
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."

# menu and footer text of the HTML pages (check.py makes sure none of it is loaded)
NAV_ITEMS = ["Beranda", "Profil Dinas", "Berita Terkini", "Agenda Kegiatan", "Galeri Foto",
             "Hubungi Kami"]
FOOTER_LINES = ["Hak Cipta 2026 {site}. Seluruh hak dilindungi.",
                "Kebijakan Privasi | Peta Situs | Aksesibilitas"]


# -- a tiny Markdown block parser ---------------------------------------------------------

def blocks(body: str) -> list[tuple[str, object]]:
    """('h2', text) | ('p', text) | ('ul', [items]) | ('ol', [items]) | ('table', rows)."""
    out: list[tuple[str, object]] = []
    para: list[str] = []

    def end_para() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for line in body.strip().split("\n"):
        s = line.strip()
        if not s:
            end_para()
            continue
        if s.startswith("## "):
            end_para()
            out.append(("h2", s[3:].strip()))
        elif s.startswith("- "):
            end_para()
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
        elif re.match(r"^\d+\. ", s):
            end_para()
            item = re.sub(r"^\d+\. ", "", s)
            if out and out[-1][0] == "ol":
                out[-1][1].append(item)
            else:
                out.append(("ol", [item]))
        elif s.startswith("|"):
            end_para()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            para.append(s)
    end_para()
    return out


def inline_runs(text: str) -> list[tuple[str, bool]]:
    """Split '**bold** rest' into (text, bold) runs."""
    runs = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            runs.append((part, k % 2 == 1))
    return runs


def full_body(doc: dict) -> str:
    return doc["body"].strip() + "\n\n" + LAST + "\n"


def front_matter(doc: dict) -> str:
    q = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731 - JSON strings are YAML
    return "\n".join([
        f"title: {q(doc['title'])}",
        "lang: id",
        "country: ID",
        f"region: {q(doc['region'])}",
        f"agency: {q(doc['agency'])}",
        f"source: {doc['source']}",
        f"updated: {doc['updated']}",
        f"note: {q(NOTE)}",
    ]) + "\n"


# -- renderers -----------------------------------------------------------------------------

def write_md(doc: dict, path: Path) -> None:
    path.write_text("---\n" + front_matter(doc) + "---\n\n# " + doc["title"] + "\n\n"
                    + full_body(doc), encoding="utf-8")


def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer)

    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                                 spaceAfter=10)
    head_style = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                                spaceBefore=10, spaceAfter=4)
    body_style = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=14,
                                spaceAfter=5)
    num_style = ParagraphStyle("N", parent=body_style, leftIndent=14, spaceAfter=2)

    def rich(text: str) -> str:
        return "".join(f"<b>{html.escape(t)}</b>" if b else html.escape(t)
                       for t, b in inline_runs(text))

    story = [Paragraph(html.escape(doc["title"]), title_style)]
    for kind, value in blocks(full_body(doc)):
        if kind == "h2":
            story.append(Paragraph(html.escape(value), head_style))
        elif kind == "p":
            story.append(Paragraph(rich(value), body_style))
        elif kind == "ul":
            items = [ListItem(Paragraph(rich(v), body_style)) for v in value]
            story.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=14,
                                      bulletFontSize=10))
        elif kind == "ol":
            # numbered steps as indented paragraphs: pypdf would put a ListFlowable's
            # numbers on lines of their own
            for n, v in enumerate(value, 1):
                story.append(Paragraph(f"{n}. {rich(v)}", num_style))
        elif kind == "table":
            raise ValueError("no tables in the PDF document")
    story.append(Spacer(1, 6))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=doc["title"],
                            author=doc["agency"], subject=doc["service"])
    pdf.build(story)


def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["agency"]
    d.add_paragraph(doc["title"], style="Title")
    for kind, value in blocks(full_body(doc)):
        if kind == "h2":
            d.add_paragraph(value, style="Heading 1")
        elif kind == "p":
            p = d.add_paragraph()
            for text, bold in inline_runs(value):
                p.add_run(text).bold = bold
        elif kind in ("ul", "ol"):
            for item in value:
                p = d.add_paragraph(style="List Bullet" if kind == "ul" else "List Number")
                for text, bold in inline_runs(item):
                    p.add_run(text).bold = bold
        elif kind == "table":
            raise ValueError("no tables in the DOCX document")
    d.save(str(path))


def write_html(doc: dict, path: Path) -> None:
    def rich(text: str) -> str:
        return "".join(f"<strong>{html.escape(t)}</strong>" if b else html.escape(t)
                       for t, b in inline_runs(text))

    parts: list[str] = []
    for kind, value in blocks(full_body(doc)):
        if kind == "h2":
            parts.append(f"      <h2>{html.escape(value)}</h2>")
        elif kind == "p":
            parts.append(f"      <p>{rich(value)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{rich(v)}</li>" for v in value)
            parts.append(f"      <{kind}>{items}</{kind}>")
        elif kind == "table":
            head, *rows = value
            th = "".join(f"<th>{html.escape(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                          for r in rows)
            parts.append(f"      <table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody>"
                         "</table>")
    site = html.escape(doc["site"])
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{html.escape(n)}</a></li>'
                  for i, n in enumerate(NAV_ITEMS))
    footer = "".join(f"<p>{html.escape(line.format(site=doc['site']))}</p>"
                     for line in FOOTER_LINES)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>{html.escape(doc['title'])} | {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <header>
    <div class="logo">Portal Resmi {site}</div>
    <nav class="menu-utama"><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{html.escape(doc['title'])}</h1>
{chr(10).join(parts)}
    </article>
  </main>
  <footer>
    {footer}
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main() -> None:
    for doc in ALL_DOCS:
        path = KNOW / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            (path.parent / (path.name + ".yml")).write_text(front_matter(doc),
                                                            encoding="utf-8")
        print("wrote", doc["path"])


if __name__ == "__main__":
    main()
