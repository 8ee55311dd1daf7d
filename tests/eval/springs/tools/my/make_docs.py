"""Generate the 12 knowledge documents of springs-my from build/src/*.md.

Each source file is Markdown with YAML front matter, named FOLDER__NAME.md. The table
FORMATS says which of them become PDF, DOCX or HTML; those get the front matter in a
sidecar NAME.EXT.yml (the loader's `sidecar_for`: the file's full name plus `.yml`).
The rest are copied as Markdown with their front matter.

Run: .venv-build/bin/python build/make_docs.py   (from the half's folder)
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "knowledge" / "my"

FORMATS = {
    "segamat__sewa-gerai-pasar": "pdf",
    "kuala-kangsar__sewa-dewan": "docx",
    "segamat__lesen-penjaja": "html",
    "bentong__parkir": "html",
}

# menus and footers of the HTML pages (must not reach the loaded text)
SITE = {
    "segamat__lesen-penjaja": {
        "name": "Portal Rasmi Majlis Perbandaran Segamat",
        "nav": ["Laman Utama MPSegamat", "Profil Majlis", "Senarai Perkhidmatan Majlis", "Borang Muat Turun",
                "Tender dan Sebut Harga", "Aduan Awam", "Peta Laman"],
        "footer": ["Hak Cipta Terpelihara 2026 Portal MPSegamat.",
                   "Dasar Privasi | Dasar Keselamatan | Penafian",
                   "Paparan terbaik pelayar Chrome dan Firefox versi terkini.",
                   "Jumlah pelawat hari ini: 1,284"],
    },
    "bentong__parkir": {
        "name": "Laman Web Rasmi Majlis Perbandaran Bentong",
        "nav": ["Laman Utama MPB", "Mengenai MPB", "Perkhidmatan Awam", "Pelancongan Bentong",
                "Pusat Media", "Soalan Kerap Portal", "Hubungi Portal"],
        "footer": ["Hakcipta 2026 Laman Web Rasmi MPB. Semua hak terpelihara.",
                   "Penafian | Dasar Privasi | Peta Laman Portal",
                   "Kemas kini terakhir portal: Februari 2026",
                   "Jumlah pelawat: 88,410"],
    },
}


def split(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def blocks(body: str) -> list[tuple[str, object]]:
    """('h1'|'h2', text), ('p', text), ('ul'|'ol', [items]), ('table', [[cells]])."""
    out: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            out.append(("h2", lines[0][3:].strip()))
            lines = lines[1:]
        elif lines[0].startswith("# "):
            out.append(("h1", lines[0][2:].strip()))
            lines = lines[1:]
        if not lines:
            continue
        if all(ln.startswith("- ") for ln in lines):
            out.append(("ul", [ln[2:] for ln in lines]))
        elif all(re.match(r"\d+\. ", ln) for ln in lines):
            out.append(("ol", [re.sub(r"^\d+\. ", "", ln) for ln in lines]))
        elif all(ln.startswith("|") for ln in lines):
            rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines]
            rows = [r for r in rows if not all(set(c) <= set("-: ") for c in r)]
            out.append(("table", rows))
        else:
            out.append(("p", " ".join(lines)))
    return out


def write_sidecar(target: Path, meta: dict) -> None:
    sidecar = target.with_name(target.name + ".yml")
    fields = {k: meta[k] for k in ("title", "lang", "country", "region", "agency", "source",
                                   "updated", "note")}
    sidecar.write_text(yaml.safe_dump(fields, allow_unicode=True, sort_keys=False,
                                      width=1000), encoding="utf-8")


def make_html(key: str, meta: dict, body: str, target: Path) -> None:
    site = SITE[key]
    parts = []
    for kind, value in blocks(body):
        if kind == "h1":
            parts.append(f"<h1>{html.escape(value)}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{html.escape(value)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{html.escape(value)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{html.escape(i)}</li>" for i in value)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head, *rows = value
            th = "".join(f"<th>{html.escape(c)}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                          for r in rows)
            parts.append(f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{html.escape(t)}</a></li>'
                  for i, t in enumerate(site["nav"]))
    footer = "".join(f"<p>{html.escape(t)}</p>" for t in site["footer"])
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{html.escape(meta['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
<div class="logo">{html.escape(site['name'])}</div>
<nav class="menu"><ul>{nav}</ul></nav>
</header>
<main>
<article class="content">
{chr(10).join(parts)}
</article>
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""
    target.write_text(page, encoding="utf-8")


def make_docx(meta: dict, body: str, target: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = meta["title"]
    for kind, value in blocks(body):
        if kind == "h1":
            document.add_heading(value, level=0)  # style "Title"
        elif kind == "h2":
            document.add_heading(value, level=2)  # style "Heading 2"
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in value:
                document.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(str(target))


def make_pdf(meta: dict, body: str, target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=22,
                                 spaceAfter=8)
    h2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=13, leading=16,
                        spaceBefore=8, spaceAfter=4)
    normal = ParagraphStyle("N", fontName="Helvetica", fontSize=10, leading=13,
                            spaceAfter=4)
    story = []
    for kind, value in blocks(body):
        if kind == "h1":
            story.append(Paragraph(escape(value), title_style))
        elif kind == "h2":
            story.append(Paragraph(escape(value), h2))
        elif kind == "p":
            story.append(Paragraph(escape(value), normal))
        elif kind == "ul":
            for item in value:
                story.append(Paragraph("- " + escape(item), normal))
        elif kind == "ol":
            for n, item in enumerate(value, 1):
                story.append(Paragraph(f"{n}. " + escape(item), normal))
        elif kind == "table":
            for row in value:
                story.append(Paragraph(escape(" | ".join(row)), normal))
        story.append(Spacer(1, 2))
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=meta["title"], author=meta["agency"])
    doc.build(story)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for src in sorted(SRC.glob("*.md")):
        key = src.stem
        folder, name = key.split("__")
        dest_dir = OUT / folder
        dest_dir.mkdir(parents=True, exist_ok=True)
        text = src.read_text(encoding="utf-8")
        fmt = FORMATS.get(key, "md")
        if fmt == "md":
            (dest_dir / f"{name}.md").write_text(text, encoding="utf-8")
            continue
        meta, body = split(text)
        target = dest_dir / f"{name}.{fmt}"
        if fmt == "pdf":
            make_pdf(meta, body, target)
        elif fmt == "docx":
            make_docx(meta, body, target)
        else:
            make_html(key, meta, body, target)
        write_sidecar(target, meta)
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(path.relative_to(OUT.parent))


if __name__ == "__main__":
    main()
