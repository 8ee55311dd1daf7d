"""Build the knowledge folder of the meadows-my evaluation set from build/src/.

Sources are Markdown with YAML front matter:
  src/<place>/<name>.md            -> knowledge/my/<place>/<name>.md (copied as is)
  src/<place>/<name>.pdf.src.md    -> knowledge/my/<place>/<name>.pdf  + <name>.pdf.yml
  src/<place>/<name>.docx.src.md   -> knowledge/my/<place>/<name>.docx + <name>.docx.yml
  src/<place>/<name>.html.src.md   -> knowledge/my/<place>/<name>.html + <name>.html.yml

The source Markdown uses a small subset: '#'..'####' headings, '- ' bullets, '1. '
numbered items, '|' tables, '**bold**' lines and plain paragraphs (one per line).
Run with a Python that has reportlab, python-docx and pyyaml:
  python build/build.py
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
SIDECAR_KEYS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")


# -- parsing the source subset -------------------------------------------------------------

def split_front(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n"), "source must start with front matter"
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def blocks(body: str) -> list[tuple[str, object]]:
    """('h', (level, text)) | ('ul', [items]) | ('ol', [items]) | ('table', rows) |
    ('bold', text) | ('p', text)."""
    out: list[tuple[str, object]] = []
    for raw in body.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            out.append(("blank", None))
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            out.append(("h", (len(m.group(1)), m.group(2).strip())))
            continue
        if line.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(line[2:])
            else:
                out.append(("ul", [line[2:]]))
            continue
        m = re.match(r"^\d+\.\s+(.*)$", line)
        if m:
            if out and out[-1][0] == "ol":
                out[-1][1].append(m.group(1))
            else:
                out.append(("ol", [m.group(1)]))
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
            continue
        m = re.fullmatch(r"\*\*(.+)\*\*", line.strip())
        if m:
            out.append(("bold", m.group(1)))
            continue
        out.append(("p", line.strip()))
    return [b for b in out if b[0] != "blank"]


def strip_bold(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


def write_sidecar(target: Path, front: dict) -> None:
    lines = []
    for key in SIDECAR_KEYS:
        value = front[key]
        if key == "updated":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml.safe_dump(str(value), allow_unicode=True).strip()}"
                         .replace("\n...", ""))
    Path(str(target) + ".yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def build_pdf(front: dict, body: str, target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font_dir = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera ships with reportlab
    pdfmetrics.registerFont(TTFont("Vera", str(font_dir / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(font_dir / "VeraBd.ttf")))
    title_st = ParagraphStyle("t", fontName="VeraBd", fontSize=20, leading=26,
                              spaceAfter=10)
    h_st = ParagraphStyle("h", fontName="VeraBd", fontSize=14, leading=18,
                          spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("b", fontName="Vera", fontSize=10.5, leading=14,
                             spaceAfter=4)
    bold_st = ParagraphStyle("bb", parent=body_st, fontName="VeraBd", spaceAfter=1)
    step_st = ParagraphStyle("s", parent=body_st, leftIndent=16, firstLineIndent=-12)
    cell_st = ParagraphStyle("c", parent=body_st, spaceAfter=0)
    story = []
    for kind, val in blocks(body):
        if kind == "h":
            level, text = val
            story.append(Paragraph(html.escape(text), title_st if level == 1 else h_st))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(html.escape(strip_bold(t)), body_st)) for t in val]
            if kind == "ul":
                story.append(ListFlowable(items, bulletType="bullet", start="•",
                                          leftIndent=14, bulletFontName="Vera",
                                          bulletFontSize=10.5))
            else:  # numbered steps: the number set inline, with a hanging indent
                for k, t in enumerate(val, 1):
                    story.append(Paragraph(f"{k}. {html.escape(strip_bold(t))}", step_st))
        elif kind == "table":
            data = [[Paragraph(html.escape(c), cell_st) for c in row] for row in val]
            table = Table(data, colWidths=[110 * mm, 55 * mm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([table, Spacer(1, 6)])
        elif kind == "bold":
            story.append(Paragraph(html.escape(val), bold_st))
        else:
            story.append(Paragraph(html.escape(strip_bold(val)), body_st))
    doc = SimpleDocTemplate(str(target), pagesize=A4, title=front["title"],
                            author=front["agency"], leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(story)


# -- DOCX ----------------------------------------------------------------------------------

def build_docx(front: dict, body: str, target: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = front["title"]
    document.core_properties.author = front["agency"]
    styles = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}
    for kind, val in blocks(body):
        if kind == "h":
            level, text = val
            document.add_paragraph(text, style=styles[level])
        elif kind == "ul":
            for item in val:
                document.add_paragraph(strip_bold(item), style="List Bullet")
        elif kind == "ol":
            for item in val:
                document.add_paragraph(strip_bold(item), style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(val), cols=len(val[0]))
            table.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        elif kind == "bold":
            document.add_paragraph().add_run(val).bold = True
        else:
            document.add_paragraph(strip_bold(val))
    document.save(str(target))


# -- HTML ----------------------------------------------------------------------------------

NAV = {
    "Majlis Perbandaran Sepang": ["Utama", "Profil Majlis", "Perkhidmatan", "Pelesenan",
                                  "Sukan dan Rekreasi", "Aduan", "Hubungi Kami"],
    "Majlis Daerah Keningau": ["Laman Utama", "Mengenai MDK", "Jabatan", "Pelesenan",
                               "Borang", "Pengumuman", "Hubungi"],
}


def inline(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text))


def build_html(front: dict, body: str, target: Path) -> None:
    agency = front["agency"]
    parts: list[str] = []
    for kind, val in blocks(body):
        if kind == "h":
            level, text = val
            parts.append(f"<h{level}>{html.escape(text)}</h{level}>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{inline(t)}</li>" for t in val)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in val[0])
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row)
                           + "</tr>" for row in val[1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif kind == "bold":
            parts.append(f"<p><strong>{html.escape(val)}</strong></p>")
        else:
            parts.append(f"<p>{inline(val)}</p>")
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{html.escape(n)}</a></li>'
                  for i, n in enumerate(NAV[agency]))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(front['title'])} | {html.escape(agency)}</title>
</head>
<body>
<header>
<div class="logo">{html.escape(agency)}</div>
<nav aria-label="Menu utama"><ul>{nav}</ul></nav>
</header>
<main>
<article>
{chr(10).join(parts)}
</article>
</main>
<footer>
<p>Hak Cipta Terpelihara 2026 {html.escape(agency)}. Penafian | Dasar Privasi | Peta Laman</p>
<p>Kemas kini terakhir: {front['updated']}</p>
</footer>
</body>
</html>
"""
    target.write_text(page, encoding="utf-8")


BUILDERS = {".pdf": build_pdf, ".docx": build_docx, ".html": build_html}


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for src in sorted(SRC.rglob("*.md")):
        rel = src.relative_to(SRC)
        dest_dir = OUT / rel.parent
        dest_dir.mkdir(parents=True, exist_ok=True)
        if src.name.endswith(".src.md"):
            name = src.name[: -len(".src.md")]
            target = dest_dir / name
            front, body = split_front(src.read_text(encoding="utf-8"))
            BUILDERS[target.suffix](front, body, target)
            write_sidecar(target, front)
        else:
            shutil.copyfile(src, dest_dir / src.name)
        print("built", (dest_dir / src.name.replace(".src.md", "")).relative_to(OUT.parent))


if __name__ == "__main__":
    main()
