"""Render build/src/*.md bodies into the knowledge files (Markdown, PDF, DOCX, HTML).

Run from the set folder:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docs import DOCS, HTML_CHROME, LAST_LINE, NOTE  # noqa: E402

ROOT = HERE.parent / "knowledge"


def front(d: dict) -> dict:
    return {"title": d["title"], "lang": "ms", "country": "MY", "region": d["region"],
            "agency": d["agency"], "source": d["source"], "updated": d["updated"],
            "note": NOTE}


def dump_yaml(meta: dict) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)


def blocks(body: str) -> list[tuple[str, object]]:
    """The body as blocks: (h2|h3|p|bold|ul|ol|table, content)."""
    out: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.rstrip() for ln in chunk.strip().split("\n")]
        first = lines[0]
        if first.startswith("## "):
            out.append(("h2", first[3:].strip()))
            rest = "\n".join(lines[1:]).strip()
            if rest:
                out.extend(blocks(rest))
        elif first.startswith("### "):
            out.append(("h3", first[4:].strip()))
        elif first.startswith("- "):
            out.append(("ul", [ln[2:].strip() for ln in lines]))
        elif re.match(r"\d+\. ", first):
            out.append(("ol", [re.sub(r"^\d+\.\s*", "", ln) for ln in lines]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines
                    if not re.fullmatch(r"\|[-| ]+\|", ln.strip())]
            out.append(("table", rows))
        elif first.startswith("**") and first.endswith("**"):
            out.append(("bold", first.strip("*")))
        else:
            out.append(("p", " ".join(lines)))
    return out


# -- Markdown --------------------------------------------------------------------------

def write_md(d: dict, body: str, path: Path) -> None:
    path.write_text("---\n" + dump_yaml(front(d)) + "---\n\n# " + d["title"] + "\n\n"
                    + body.strip() + "\n", encoding="utf-8")


def write_sidecar(d: dict, path: Path) -> None:
    Path(str(path) + ".yml").write_text(dump_yaml(front(d)), encoding="utf-8")


# -- PDF (reportlab) -------------------------------------------------------------------

def write_pdf(d: dict, body: str, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22,
                              spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16,
                        spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#0b4f6c"))
    p = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=5)
    pb = ParagraphStyle("pb", parent=p, fontName="Helvetica-Bold", spaceAfter=2)
    story = [Paragraph(html.escape(d["title"]), title_st)]
    for kind, content in blocks(body):
        if kind == "h2":
            story.append(Paragraph(html.escape(content), h2))
        elif kind in ("h3", "bold"):
            story.append(Paragraph(html.escape(content), pb))
        elif kind == "p":
            story.append(Paragraph(html.escape(content), p))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(html.escape(t), p)) for t in content]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start="-" if kind == "ul" else None, leftIndent=14))
        elif kind == "table":
            t = Table(content)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=d["title"], author=d["agency"],
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm)
    doc.build(story)


# -- DOCX (python-docx) ----------------------------------------------------------------

def write_docx(d: dict, body: str, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = d["title"]
    document.core_properties.author = d["agency"]
    document.add_heading(d["title"], 0)
    for kind, content in blocks(body):
        if kind == "h2":
            document.add_heading(content, 2)
        elif kind in ("h3", "bold"):
            para = document.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "ul":
            for t in content:
                document.add_paragraph(t, style="List Bullet")
        elif kind == "ol":
            for t in content:
                document.add_paragraph(t, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(str(path))


# -- HTML ------------------------------------------------------------------------------

def write_html(d: dict, body: str, path: Path) -> None:
    key = "MPPD" if "MPPD" in d["agency"] else "MDSA"
    chrome = HTML_CHROME[key]
    e = html.escape
    parts: list[str] = []
    for kind, content in blocks(body):
        if kind == "h2":
            if parts:
                parts.append("</section>")
            parts.append(f"<section>\n<h2>{e(content)}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{e(content)}</h3>")
        elif kind == "bold":
            parts.append(f"<p><strong>{e(content)}</strong></p>")
        elif kind == "p":
            parts.append(f"<p>{e(content)}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            items = "".join(f"<li>{e(t)}</li>" for t in content)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in content[0])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                           for r in content[1:])
            parts.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>{rows}</tbody>\n"
                         "</table>")
    parts.append("</section>")
    nav = "\n".join(f'      <li><a href="https://example.invalid/{key.lower()}/{i}">{e(n)}</a></li>'
                    for i, n in enumerate(chrome["nav"]))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <title>{e(d["title"])} | {e(chrome["site"])}</title>
  <meta name="description" content="{e(d["title"])}">
</head>
<body>
  <header>
    <div class="logo">{e(chrome["site"])}</div>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(d["title"])}</h1>
      <p class="meta">Dikemas kini: {d["updated"]}</p>
{chr(10).join(parts)}
    </article>
  </main>
  <footer>
    <p>{e(chrome["footer"])}</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main() -> None:
    for d in DOCS:
        body = (HERE / "src" / f"{d['src']}.md").read_text(encoding="utf-8")
        assert body.strip().endswith(LAST_LINE), d["src"]
        path = ROOT / d["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[d["fmt"]](d, body, path)
        if d["fmt"] != "md":
            write_sidecar(d, path)
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
