"""Render the 12 evaluation documents from build/src/*.md into knowledge/.

Each source file is Markdown with YAML front matter. Extra keys used only here:
  target  the path under knowledge/ (its suffix picks the format: .md .html .docx .pdf)
  nav     menu items for an HTML page's <header><nav>
  footer  the footer text of an HTML page
Markdown targets keep their front matter; the other formats get a sidecar NAME.EXT.yml.

Run with the build virtualenv:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
KNOWLEDGE = SET / "knowledge"
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")


def read_source(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body.strip() + "\n"


def blocks(body: str) -> list[tuple[str, object]]:
    """A small Markdown block parser: h1/h2/h3, paragraphs, ul, ol, tables."""
    out: list[tuple[str, object]] = []
    paras = re.split(r"\n\s*\n", body.strip())
    for para in paras:
        lines = [ln.rstrip() for ln in para.split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        m = re.match(r"^(#{1,3}) (.+)$", first)
        if m and len(lines) == 1:
            out.append((f"h{len(m.group(1))}", m.group(2).strip()))
        elif all(ln.startswith("- ") for ln in lines):
            out.append(("ul", [ln[2:].strip() for ln in lines]))
        elif all(re.match(r"^\d+\. ", ln) for ln in lines):
            out.append(("ol", [re.sub(r"^\d+\. ", "", ln).strip() for ln in lines]))
        elif all(ln.startswith("|") for ln in lines):
            rows = []
            for ln in lines:
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-+:?", c) for c in cells):
                    continue
                rows.append(cells)
            out.append(("table", rows))
        else:
            assert not any(ln.startswith(("#", "- ", "|")) for ln in lines), para
            out.append(("p", " ".join(ln.strip() for ln in lines)))
    return out


def meta_yaml(meta: dict) -> str:
    lines = []
    for key in FIELDS:
        value = meta[key]
        if key in ("lang", "country", "region", "source", "updated"):
            lines.append(f"{key}: {value}")
        else:
            quoted = yaml.safe_dump(str(value), allow_unicode=True, default_style='"',
                                    width=1000).strip()
            lines.append(f"{key}: {quoted}")
    return "\n".join(lines) + "\n"


# -- Markdown ----------------------------------------------------------------------------

def write_md(meta: dict, body: str, dest: Path) -> None:
    dest.write_text("---\n" + meta_yaml(meta) + "---\n\n" + body, encoding="utf-8")


# -- HTML --------------------------------------------------------------------------------

def write_html(meta: dict, body: str, dest: Path) -> None:
    e = html.escape
    parts: list[str] = []
    for kind, data in blocks(body):
        if kind in ("h1", "h2", "h3"):
            parts.append(f"<{kind}>{e(data)}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{e(data)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in data)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head, *rows = data
            th = "".join(f"<th>{e(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
    nav = "".join(f'<li><a href="https://example.invalid/{i.lower().replace(" ", "-")}">{e(i)}</a></li>'
                  for i in meta["nav"])
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{e(meta['title'])}</title>
<meta name="description" content="{e(meta['title'])}, {e(meta['agency'])}">
</head>
<body>
<header class="site-header">
<div class="logo">{e(meta['agency'])}</div>
<nav class="menu"><ul>{nav}</ul></nav>
</header>
<main>
<article>
{chr(10).join(parts)}
</article>
</main>
<footer class="site-footer">
<p>{e(meta['footer'])}</p>
</footer>
</body>
</html>
"""
    dest.write_text(page, encoding="utf-8")


# -- DOCX --------------------------------------------------------------------------------

def write_docx(meta: dict, body: str, dest: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = meta["title"]
    document.core_properties.author = meta["agency"]
    for kind, data in blocks(body):
        if kind == "h1":
            document.add_paragraph(data, style="Title")
        elif kind == "h2":
            document.add_heading(data, level=2)
        elif kind == "h3":
            document.add_heading(data, level=3)
        elif kind == "p":
            document.add_paragraph(data)
        elif kind == "ul":
            for item in data:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in data:
                document.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(data), cols=len(data[0]))
            table.style = "Table Grid"
            for r, row in enumerate(data):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(dest)


# -- PDF ---------------------------------------------------------------------------------

def write_pdf(meta: dict, body: str, dest: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    e = html.escape
    body_style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14,
                                spaceAfter=6)
    question = ParagraphStyle("q", parent=body_style, fontName="Helvetica-Bold", spaceAfter=2)
    item = ParagraphStyle("item", parent=body_style, leftIndent=12, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17,
                        spaceBefore=10, spaceAfter=6)
    story = []
    for kind, data in blocks(body):
        if kind == "h1":
            story.append(Paragraph(e(data), h1))
        elif kind == "h2":
            story.append(Paragraph(e(data), h2))
        elif kind == "h3":
            story.append(Paragraph(e(data), question))
        elif kind == "p":
            style = question if data.endswith("?") else body_style
            story.append(Paragraph(e(data), style))
        elif kind == "ul":
            story.extend(Paragraph("- " + e(i), item) for i in data)
        elif kind == "ol":
            story.extend(Paragraph(f"{n}. " + e(i), item) for n, i in enumerate(data, 1))
        else:
            raise ValueError("no tables in the PDF")
        story.append(Spacer(1, 2))
    doc = SimpleDocTemplate(str(dest), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta["title"],
                            author=meta["agency"], subject=meta["region"])
    doc.build(story)


WRITERS = {".md": write_md, ".html": write_html, ".docx": write_docx, ".pdf": write_pdf}


def main() -> None:
    for src in sorted((HERE / "src").glob("*.md")):
        meta, body = read_source(src)
        dest = KNOWLEDGE / meta["target"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[dest.suffix](meta, body, dest)
        if dest.suffix != ".md":
            Path(str(dest) + ".yml").write_text(meta_yaml(meta), encoding="utf-8")
        print("wrote", dest.relative_to(SET))


if __name__ == "__main__":
    main()
