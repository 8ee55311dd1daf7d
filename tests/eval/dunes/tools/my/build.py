"""Build the knowledge folder of the dunes-my evaluation set from build/src/.

Each source is Markdown with YAML front matter. `name.md` is copied as Markdown;
`name.pdf.md`, `name.docx.md` and `name.html.md` are rendered to PDF (reportlab),
DOCX (python-docx) and HTML, with the front matter written to a sidecar `name.ext.yml`.

Run with a Python that has reportlab, python-docx and pyyaml:
    python build/build.py
All paths are relative to this script's folder.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "knowledge"

FIELD_ORDER = ("title", "lang", "country", "region", "agency", "source", "updated", "note")


# -- the small Markdown subset the sources use -----------------------------------------------

def split_front(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n"), "source must start with front matter"
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + 5:]


def blocks(body: str) -> list[tuple]:
    """('h', level, text) | ('p', text) | ('b', text) | ('ul', items) | ('ol', items) |
    ('table', rows)"""
    out: list[tuple] = []
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
        m = re.match(r"^(#{1,6})\s+(.*)$", s)
        if m:
            flush_para()
            out.append(("h", len(m.group(1)), m.group(2).strip()))
            continue
        m = re.match(r"^\*\*(.+)\*\*$", s)
        if m:
            flush_para()
            out.append(("b", m.group(1)))
            continue
        if s.startswith("- "):
            flush_para()
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
            continue
        m = re.match(r"^\d+\.\s+(.*)$", s)
        if m:
            flush_para()
            if out and out[-1][0] == "ol":
                out[-1][1].append(m.group(1))
            else:
                out.append(("ol", [m.group(1)]))
            continue
        if s.startswith("|"):
            flush_para()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
            continue
        para.append(s)
    flush_para()
    return out


# -- writers ---------------------------------------------------------------------------------

def write_sidecar(meta: dict, target: Path) -> None:
    lines = []
    for key in FIELD_ORDER:
        value = meta[key]
        if key == "updated":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml.safe_dump(str(value), allow_unicode=True, default_style=chr(34)).strip()}")
    Path(str(target) + ".yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_pdf(meta: dict, bl: list[tuple], target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25,
                              spaceAfter=10)
    h2_st = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                           spaceBefore=10, spaceAfter=5)
    body_st = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14,
                             spaceAfter=5)
    bold_st = ParagraphStyle("bb", parent=body_st, fontName="Helvetica-Bold")
    item_st = ParagraphStyle("li", parent=body_st, leftIndent=12, spaceAfter=2)
    cell_st = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=13)
    cellh_st = ParagraphStyle("ch", parent=cell_st, fontName="Helvetica-Bold")

    story = []
    for b in bl:
        kind = b[0]
        if kind == "h":
            st = title_st if b[1] == 1 else h2_st if b[1] == 2 else bold_st
            story.append(Paragraph(html.escape(b[2]), st))
        elif kind == "p":
            story.append(Paragraph(html.escape(b[1]), body_st))
        elif kind == "b":
            story.append(Paragraph(html.escape(b[1]), bold_st))
        elif kind in ("ul", "ol"):
            for k, item in enumerate(b[1], 1):
                # a plain hyphen: reportlab's standard Helvetica has no bullet glyph that
                # pypdf extracts back as "•"
                mark = "-" if kind == "ul" else f"{k}."
                story.append(Paragraph(f"{mark} {html.escape(item)}", item_st))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows = [[Paragraph(html.escape(c), cellh_st if r == 0 else cell_st) for c in row]
                    for r, row in enumerate(b[1])]
            t = Table(rows, colWidths=[95 * mm, 65 * mm][: len(rows[0])] if len(rows[0]) == 2
                      else None, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(target), pagesize=A4, title=meta["title"],
                            author=meta["agency"], leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story)


def write_docx(meta: dict, bl: list[tuple], target: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = meta["title"]
    d.core_properties.author = meta["agency"]
    for b in bl:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=min(b[1], 3))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    d.save(str(target))


NAV = {
    "batu-pahat": ("Majlis Perbandaran Batu Pahat", ["Utama", "Profil Majlis", "Perkhidmatan",
                   "Bayaran Dalam Talian", "Aduan", "Hubungi Kami"]),
    "lahad-datu": ("Majlis Daerah Lahad Datu", ["Laman Utama", "Mengenai MDLD",
                   "Perkhidmatan", "Pelesenan", "Muat Turun", "Hubungi"]),
}


def write_html(meta: dict, bl: list[tuple], target: Path, place: str) -> None:
    org, menu = NAV[place]
    e = html.escape
    parts: list[str] = []
    open_section = False
    for b in bl:
        kind = b[0]
        if kind == "h":
            if b[1] == 2:
                if open_section:
                    parts.append("</section>")
                parts.append("<section>")
                open_section = True
            parts.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind == "b":
            parts.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in b[1])
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in b[1][0])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                           for row in b[1][1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    if open_section:
        parts.append("</section>")
    menu_html = "".join(f'<li><a href="https://example.invalid/{place}/{i}">{e(m)}</a></li>'
                        for i, m in enumerate(menu))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta["title"])}</title>
<meta name="description" content="{e(meta["title"])} – {e(org)}">
</head>
<body>
<header class="site-header">
<div class="logo"><a href="https://example.invalid/{place}/">{e(org)}</a></div>
<nav class="menu-utama" aria-label="Menu utama"><ul>{menu_html}</ul></nav>
</header>
<div class="breadcrumb"><a href="https://example.invalid/{place}/">Utama</a> &rsaquo; <a href="https://example.invalid/{place}/perkhidmatan">Perkhidmatan</a> &rsaquo; {e(meta["title"])}</div>
<main id="kandungan">
<article class="halaman-perkhidmatan">
{chr(10).join(parts)}
</article>
</main>
<footer class="site-footer">
<p class="kemas-kini">Tarikh kemas kini: {meta["updated"]}</p>
<p>Hak Cipta Terpelihara &copy; 2026 {e(org)}.</p>
<ul><li><a href="https://example.invalid/{place}/dasar-privasi">Dasar Privasi</a></li><li><a href="https://example.invalid/{place}/penafian">Penafian</a></li><li><a href="https://example.invalid/{place}/peta-laman">Peta Laman</a></li></ul>
<p>Paparan terbaik menggunakan pelayar web terkini. Jumlah pelawat: 1,204,551</p>
</footer>
</body>
</html>
"""
    target.write_text(page, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    built = []
    for src in sorted(SRC.rglob("*.md")):
        rel = src.relative_to(SRC)
        text = src.read_text(encoding="utf-8")
        inner = Path(rel.name[:-3])  # name without the trailing .md
        target = OUT / rel.parent / (inner.name if inner.suffix else rel.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not inner.suffix:
            shutil.copyfile(src, target)
        else:
            meta, body = split_front(text)
            bl = blocks(body)
            ext = inner.suffix
            if ext == ".pdf":
                write_pdf(meta, bl, target)
            elif ext == ".docx":
                write_docx(meta, bl, target)
            elif ext == ".html":
                write_html(meta, bl, target, rel.parent.name)
            else:
                raise SystemExit(f"unknown target type {ext} for {rel}")
            write_sidecar(meta, target)
        built.append(target.relative_to(OUT).as_posix())
    for b in built:
        print("built", b)


if __name__ == "__main__":
    main()
