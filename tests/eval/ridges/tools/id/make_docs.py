"""Write the 12 knowledge documents of ridges-id (Markdown, PDF, DOCX, HTML + sidecars).

Run from anywhere:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content_a import DOCS_A  # noqa: E402
from content_b import DOCS_B  # noqa: E402

DOCS = DOCS_A + DOCS_B
KNOWLEDGE = HERE.parent / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."

# the menu and footer of the HTML pages: not content, must not reach the loaded text
NAV_ITEMS = ["Beranda", "Profil Instansi", "Daftar Layanan", "Berita Terkini", "Galeri Foto",
             "Kontak Kami"]
LOGO = "PORTAL RESMI PEMERINTAH"
FOOTER_LINES = ["Hak cipta 2026 Portal Layanan Informasi Publik. Seluruh hak dilindungi.",
                "Peta situs | Kebijakan privasi | Syarat penggunaan",
                "Kunjungan hari ini: 1.284 pengunjung"]


def front_matter(doc: dict) -> dict:
    return {
        "title": doc["title"],
        "lang": "id",
        "country": "ID",
        "region": doc["region"],
        "agency": doc["agency"],
        "source": doc["source"],
        "updated": doc["updated"],
        "note": NOTE,
    }


def dump_yaml(meta: dict) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)


def blocks(body: str) -> list[tuple[str, object]]:
    """The small Markdown as blocks: (kind, value)."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for line in body.strip().split("\n"):
        line = line.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(re.fullmatch(r"-+", c) for c in cells):
                table.append(cells)
            continue
        if table:
            out.append(("table", table))
            table = []
        if not line:
            continue
        if line.startswith("### "):
            out.append(("h3", line[4:]))
        elif line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.startswith("- "):
            out.append(("bullet", line[2:]))
        elif re.match(r"\d+\. ", line):
            out.append(("step", line))
        else:
            out.append(("p", line))
    if table:
        out.append(("table", table))
    return out


# -- Markdown ------------------------------------------------------------------------------

def write_md(doc: dict, path: Path) -> None:
    text = "---\n" + dump_yaml(front_matter(doc)) + "---\n\n" + doc["body"].strip() + "\n"
    path.write_text(text, encoding="utf-8")


# -- HTML ----------------------------------------------------------------------------------

def write_html(doc: dict, path: Path) -> None:
    e = html.escape
    parts: list[str] = []
    items = blocks(doc["body"])
    i = 0
    while i < len(items):
        kind, value = items[i]
        if kind in ("bullet", "step"):
            tag = "ul" if kind == "bullet" else "ol"
            lis = []
            while i < len(items) and items[i][0] == kind:
                text = str(items[i][1])
                if kind == "step":
                    text = re.sub(r"^\d+\. ", "", text)
                lis.append(f"      <li>{e(text)}</li>")
                i += 1
            parts.append(f"    <{tag}>\n" + "\n".join(lis) + f"\n    </{tag}>")
            continue
        if kind == "h1":
            parts.append(f"    <h1>{e(str(value))}</h1>")
        elif kind == "h2":
            parts.append(f"    <h2>{e(str(value))}</h2>")
        elif kind == "h3":
            parts.append(f"    <h3>{e(str(value))}</h3>")
        elif kind == "p":
            parts.append(f"    <p>{e(str(value))}</p>")
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            head = "".join(f"<th>{e(c)}</th>" for c in rows[0])
            body = "\n".join("        <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                             for r in rows[1:])
            parts.append(f"    <table>\n      <thead><tr>{head}</tr></thead>\n      <tbody>\n"
                         f"{body}\n      </tbody>\n    </table>")
        i += 1
    nav = "\n".join(f'        <li><a href="https://example.invalid/{n.lower().replace(" ", "-")}">'
                    f"{e(n)}</a></li>" for n in NAV_ITEMS)
    footer = "\n".join(f"    <p>{e(t)}</p>" for t in FOOTER_LINES)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>{e(doc["title"])}</title>
  <meta name="description" content="{e(doc["service"])}">
</head>
<body>
  <header>
    <div class="logo">{LOGO}</div>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
  <article>
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


# -- DOCX ----------------------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["agency"]
    for kind, value in blocks(doc["body"]):
        if kind == "h1":
            d.add_paragraph(str(value), style="Title")
        elif kind == "h2":
            d.add_heading(str(value), level=2)
        elif kind == "h3":
            d.add_heading(str(value), level=3)
        elif kind == "bullet":
            d.add_paragraph(str(value), style="List Bullet")
        elif kind == "step":
            d.add_paragraph(re.sub(r"^\d+\. ", "", str(value)), style="List Number")
        elif kind == "p":
            d.add_paragraph(str(value))
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.save(str(path))


# -- PDF -----------------------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22,
                              spaceAfter=10)
    h2_st = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16,
                           spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
    q_st = ParagraphStyle("q", parent=body_st, fontName="Helvetica-Bold")
    li_st = ParagraphStyle("li", parent=body_st, leftIndent=12)
    e = html.escape
    story = []
    for kind, value in blocks(doc["body"]):
        text = e(str(value))
        if kind == "h1":
            story.append(Paragraph(text, title_st))
        elif kind == "h2":
            story.append(Paragraph(text, h2_st))
        elif kind == "h3":
            story.append(Paragraph(text, q_st))
        elif kind == "bullet":
            story.append(Paragraph("- " + text, li_st))
        elif kind == "step":
            story.append(Paragraph(text, li_st))
        elif kind == "p":
            story.append(Paragraph(text, body_st))
        elif kind == "table":
            raise ValueError("tables are not used in the PDF")
    story.append(Spacer(1, 4))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=doc["title"],
                            author=doc["agency"], subject=doc["service"])
    pdf.build(story)


WRITERS = {"md": write_md, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def main() -> None:
    for doc in DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text(dump_yaml(front_matter(doc)), encoding="utf-8")
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
