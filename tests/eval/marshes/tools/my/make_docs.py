"""Write the 12 documents of marshes-my under ../knowledge/ from the texts in texts_*.py.

Markdown gets YAML front matter; PDF (reportlab), DOCX (python-docx) and HTML (by hand)
get a sidecar NAME.EXT.yml. PDF lines are wrapped by hand so that no fact of
questions.jsonl is split across a line break.
"""
from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts_a import DOCS_A, NOTE  # noqa: E402
from texts_b import DOCS_B  # noqa: E402
from texts_c import DOCS_C  # noqa: E402
from questions_data import QUESTIONS  # noqa: E402

DOCS = DOCS_A + DOCS_B + DOCS_C
KNOWLEDGE = HERE.parent / "knowledge"


def fields(d: dict) -> dict:
    return {"title": d["title"], "lang": "ms", "country": "MY", "region": d["region"],
            "agency": d["agency"], "source": d["source"], "updated": d["updated"],
            "note": NOTE}


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


# -- a tiny block parser for the section bodies ---------------------------------------------

def blocks(body: str) -> list[tuple[str, object]]:
    """('p', text) | ('ul', [items]) | ('ol', [items]) | ('table', [rows]) | ('h3', text)
    | ('raw', html)."""
    out: list[tuple[str, object]] = []
    body = body.strip()
    if body.startswith("<"):
        return [("raw", body)]
    para: list[str] = []

    def flush_para() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for line in body.split("\n"):
        s = line.strip()
        if not s:
            flush_para()
            continue
        if s.startswith("### "):
            flush_para()
            out.append(("h3", s[4:]))
        elif s.startswith("- "):
            flush_para()
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
        elif re.match(r"\d+\. ", s):
            flush_para()
            item = s.split(" ", 1)[1]
            if out and out[-1][0] == "ol":
                out[-1][1].append(item)
            else:
                out.append(("ol", [item]))
        elif s.startswith("|"):
            flush_para()
            if re.fullmatch(r"\|[\s|:-]+\|", s):
                continue
            row = [c.strip() for c in s.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            para.append(s)
    flush_para()
    return out


# -- Markdown --------------------------------------------------------------------------------

def write_md(d: dict, path: Path) -> None:
    parts = ["---", dump_yaml(fields(d)).rstrip(), "---", "", f"# {d['title']}", ""]
    for heading, body in d["sections"]:
        parts += [f"## {heading}", "", body.strip(), ""]
    path.write_text("\n".join(parts), encoding="utf-8")


# -- HTML ------------------------------------------------------------------------------------

def html_blocks(body: str) -> str:
    out = []
    for kind, val in blocks(body):
        if kind == "raw":
            out.append(val)
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "h3":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{html.escape(i)}</li>" for i in val)
            out.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{html.escape(c)}</th>' for c in val[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in r)}</tr>"
                     for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    return "\n".join(out)


def write_html(d: dict, path: Path) -> None:
    slug = d["source"].rsplit("/", 1)[-1]
    base = d["source"].split("/perkhidmatan")[0].split("/perkahwinan")[0]
    nav = "\n".join(f'      <li><a href="{base}/{re.sub(r"[^a-z]+", "-", n.lower()).strip("-")}">'
                    f"{html.escape(n)}</a></li>" for n in d["nav"])
    footer_links = "\n".join(f'    <a href="{base}/{re.sub(r"[^a-z]+", "-", f.lower()).strip("-")}">'
                             f"{html.escape(f)}</a>" for f in d["footer"][1:])
    sections = "\n".join(f'    <section id="s{i}">\n    <h2>{html.escape(h)}</h2>\n'
                         f"{html_blocks(b)}\n    </section>"
                         for i, (h, b) in enumerate(d["sections"], 1))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <title>{html.escape(d['title'])} | {html.escape(d['portal'])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{d['source']}">
</head>
<body>
  <header class="site-header">
    <div class="logo">{html.escape(d['portal'])}</div>
    <p class="tagline">Saluran maklumat rasmi untuk orang awam</p>
  </header>
  <nav class="main-menu" aria-label="Menu utama">
    <ul>
{nav}
    </ul>
  </nav>
  <main id="kandungan">
  <article class="page-{slug}">
    <h1>{html.escape(d['title'])}</h1>
{sections}
  </article>
  </main>
  <footer class="site-footer">
    <p>{html.escape(d['footer'][0])}</p>
{footer_links}
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# -- DOCX ------------------------------------------------------------------------------------

def write_docx(d: dict, path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = d["title"]
    doc.add_heading(d["title"], 0)
    for heading, body in d["sections"]:
        doc.add_heading(heading, 2)
        for kind, val in blocks(body):
            if kind == "p":
                doc.add_paragraph(val)
            elif kind == "h3":
                doc.add_heading(val, 3)
            elif kind in ("ul", "ol"):
                style = "List Bullet" if kind == "ul" else "List Number"
                for item in val:
                    doc.add_paragraph(item, style=style)
            elif kind == "table":
                table = doc.add_table(rows=len(val), cols=len(val[0]))
                table.style = "Table Grid"
                for r, row in enumerate(val):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
            else:
                raise ValueError(kind)
    doc.save(str(path))


# -- PDF -------------------------------------------------------------------------------------

def write_pdf(d: dict, path: Path, protect: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A4
    left, right, top, bottom = 60, 60, 70, 60
    maxw = width - left - right
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d["title"])
    c.setAuthor(d["agency"])
    y = height - top
    NB = "\u00a0"

    def line(text: str, font: str, size: float, gap: float) -> None:
        nonlocal y
        if y < bottom + size:
            c.showPage()
            y = height - top
        c.setFont(font, size)
        c.drawString(left, y, text)
        y -= gap

    def wrap(text: str, font: str, size: float, indent: str = "") -> list[str]:
        for fact in sorted(protect, key=len, reverse=True):
            text = text.replace(fact, fact.replace(" ", NB))
        words = text.split(" ")
        lines, cur = [], indent
        for w in words:
            cand = (cur + " " + w) if cur.strip() else (indent + w)
            if stringWidth(cand.replace(NB, " "), font, size) > maxw and cur.strip():
                lines.append(cur)
                cur = "  " + w
            else:
                cur = cand
        if cur.strip():
            lines.append(cur)
        return [ln.replace(NB, " ") for ln in lines]

    line(d["title"], "Helvetica-Bold", 17, 30)
    for heading, body in d["sections"]:
        y -= 6
        line(heading, "Helvetica-Bold", 13, 20)
        for kind, val in blocks(body):
            if kind == "p":
                for ln in wrap(val, "Helvetica", 10):
                    line(ln.strip(), "Helvetica", 10, 14)
                y -= 4
            elif kind == "h3":
                for ln in wrap(val, "Helvetica-Bold", 10):
                    line(ln.strip(), "Helvetica-Bold", 10, 14)
            elif kind in ("ul", "ol"):
                for n, item in enumerate(val, 1):
                    mark = "- " if kind == "ul" else f"{n}. "
                    for k, ln in enumerate(wrap(item, "Helvetica", 10)):
                        line((mark if k == 0 else "  ") + ln.strip(), "Helvetica", 10, 14)
                y -= 4
            elif kind == "table":
                for row in val:
                    for ln in wrap(" | ".join(row), "Helvetica", 10):
                        line(ln.strip(), "Helvetica", 10, 14)
                y -= 4
    c.save()


def main() -> None:
    if KNOWLEDGE.exists():
        shutil.rmtree(KNOWLEDGE)
    facts: dict[str, list[str]] = {}
    for q in QUESTIONS:
        if q.get("fact"):
            facts.setdefault(q["docs"][0], []).append(q["fact"])
    for d in DOCS:
        path = KNOWLEDGE / d["id"]
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = d["fmt"]
        if fmt == "md":
            write_md(d, path)
            continue
        if fmt == "html":
            write_html(d, path)
        elif fmt == "docx":
            write_docx(d, path)
        elif fmt == "pdf":
            write_pdf(d, path, facts.get(d["id"], []) + [d["title"]])
        Path(str(path) + ".yml").write_text(dump_yaml(fields(d)), encoding="utf-8")
    print(f"wrote {len(DOCS)} documents under {KNOWLEDGE}")


if __name__ == "__main__":
    main()
