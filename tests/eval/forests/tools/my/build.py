"""Build knowledge/ from build/src/*.md.

Source file names: <place>__<file>.md (copied as Markdown) or <place>__<file>.<ext>.md
(converted to .pdf/.docx/.html, with the front matter written to a sidecar <file>.<ext>.yml).
Run with a Python that has reportlab, python-docx and pyyaml.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "knowledge" / "my"
FIELDS = ["title", "lang", "country", "region", "agency", "source", "updated", "note"]


def split_front(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + 5:]


def blocks(body: str) -> list[tuple[str, object]]:
    """Parse the small Markdown subset used in src into blocks."""
    out: list[tuple[str, object]] = []
    lines = body.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line:
            i += 1
            continue
        m = re.match(r"^(#{1,3}) (.+)$", line)
        if m:
            out.append((f"h{len(m.group(1))}", m.group(2)))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    rows.append(cells)
                i += 1
            out.append(("table", rows))
            continue
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:].strip())
                i += 1
            out.append(("ul", items))
            continue
        elif re.match(r"^\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"^\d+\. ", lines[i]):
                items.append(re.sub(r"^\d+\. ", "", lines[i]).strip())
                i += 1
            out.append(("ol", items))
            continue
        elif re.fullmatch(r"\*\*[^*]+\*\*", line):
            out.append(("q", line[2:-2]))
        else:
            out.append(("p", line))
        i += 1
    return out


def inline_html(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text, quote=False))


# -- HTML ----------------------------------------------------------------------------------

def to_html(meta: dict, bl: list, agency_short: str) -> str:
    parts: list[str] = []
    for kind, val in bl:
        if kind in ("h1", "h2", "h3"):
            parts.append(f"<{kind}>{inline_html(val)}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{inline_html(val)}</p>")
        elif kind == "q":
            parts.append(f"<p><strong>{inline_html(val)}</strong></p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{inline_html(x)}</li>" for x in val)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head, *rows = val
            th = "".join(f"<th>{inline_html(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>"
                          for r in rows)
            parts.append(f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
    main = "\n".join(parts)
    title = html.escape(meta["title"])
    nav = ("<nav><ul><li><a href=\"/\">Utama</a></li><li><a href=\"/perkhidmatan\">Perkhidmatan"
           "</a></li><li><a href=\"/aduan\">Aduan</a></li><li><a href=\"/hubungi\">Hubungi Kami</a>"
           "</li><li><a href=\"/en\">English</a></li></ul></nav>")
    footer = (f"<footer><p>Hak Cipta Terpelihara &copy; 2026 {html.escape(agency_short)}. "
              "Penafian | Dasar Privasi | Dasar Keselamatan</p><p>Paparan terbaik menggunakan "
              "pelayar terkini.</p></footer>")
    return f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="{title}">
</head>
<body>
<header><div class="logo">{html.escape(meta['agency'])}</div></header>
{nav}
<main>
<article>
{main}
</article>
</main>
{footer}
</body>
</html>
"""


# -- DOCX ----------------------------------------------------------------------------------

def add_runs(par, text: str) -> None:
    for k, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            run = par.add_run(piece)
            run.bold = k % 2 == 1


def to_docx(meta: dict, bl: list, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = meta["title"]
    d.core_properties.author = meta["agency"]
    for kind, val in bl:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            add_runs(d.add_paragraph(), val)
        elif kind == "q":
            add_runs(d.add_paragraph(), f"**{val}**")
        elif kind == "ul":
            for x in val:
                add_runs(d.add_paragraph(style="List Bullet"), x)
        elif kind == "ol":
            for x in val:
                add_runs(d.add_paragraph(style="List Number"), x)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    d.save(path)


# -- PDF -----------------------------------------------------------------------------------

def to_pdf(meta: dict, bl: list, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    def rl(text: str) -> str:
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(text, quote=False))

    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25,
                           spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=5)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
    bold = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
    bullet = ParagraphStyle("li", parent=body, leftIndent=12, spaceAfter=2)
    story = []
    for kind, val in bl:
        if kind == "h1":
            story.append(Paragraph(rl(val), title))
        elif kind in ("h2", "h3"):
            story.append(Paragraph(rl(val), h2))
        elif kind == "p":
            story.append(Paragraph(rl(val), body))
        elif kind == "q":
            story.append(Paragraph(rl(val), bold))
        elif kind == "ul":
            story.extend(Paragraph("- " + rl(x), bullet) for x in val)
            story.append(Spacer(1, 4))
        elif kind == "ol":
            story.extend(Paragraph(f"{n}. " + rl(x), bullet) for n, x in enumerate(val, 1))
            story.append(Spacer(1, 4))
        elif kind == "table":
            raise ValueError("tables are not used in the PDF source")
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=meta["title"], author=meta["agency"],
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm)
    doc.build(story)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for src in sorted(SRC.glob("*.md")):
        place, name = src.name[:-3].split("__")
        folder = OUT / place
        folder.mkdir(parents=True, exist_ok=True)
        text = src.read_text(encoding="utf-8")
        if "." not in name:  # Markdown document: copied with its front matter
            (folder / f"{name}.md").write_text(text, encoding="utf-8")
            continue
        meta, body = split_front(text)
        target = folder / name
        ext = target.suffix
        bl = blocks(body)
        if ext == ".html":
            short = meta["agency"].split("(")[-1].rstrip(")") if "(" in meta["agency"] else meta["agency"]
            target.write_text(to_html(meta, bl, short), encoding="utf-8")
        elif ext == ".docx":
            to_docx(meta, bl, target)
        elif ext == ".pdf":
            to_pdf(meta, bl, target)
        else:
            raise ValueError(src.name)
        side = {k: meta[k] for k in FIELDS}
        side["updated"] = str(side["updated"])
        (folder / f"{name}.yml").write_text(
            yaml.safe_dump(side, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print("built", sum(1 for p in OUT.rglob("*") if p.is_file() and p.suffix != ".yml"),
          "documents")


if __name__ == "__main__":
    main()
