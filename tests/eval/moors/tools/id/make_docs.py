"""Write the half's 12 knowledge documents from the Markdown bodies in content_*.py.

Markdown files get YAML front matter; the PDF (reportlab), the DOCX (python-docx) and the
HTML pages (written by hand, with a real <header>/<nav> and <footer>) get a sidecar
NAME.EXT.yml with the same fields.

Run with the build venv:  .venv-build/bin/python build/make_docs.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_blitar  # noqa: E402
import content_lubuklinggau  # noqa: E402
import content_mojokerto  # noqa: E402
import content_nasional  # noqa: E402

ROOT = HERE.parent
KNOWLEDGE = ROOT / "knowledge"
DOCS = (content_nasional.DOCS + content_blitar.DOCS + content_mojokerto.DOCS
        + content_lubuklinggau.DOCS)


# -- the mini-Markdown the bodies are written in ------------------------------------------

def blocks(body: str) -> list[tuple]:
    """('title'|'h2'|'h3'|'bold'|'p'|'ul'|'ol'|'table', payload) in order."""
    out: list[tuple] = []
    para: list[str] = []
    table: list[list[str]] = []

    def flush_para() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    def flush_table() -> None:
        if table:
            out.append(("table", [row[:] for row in table]))
            table.clear()

    for raw in body.strip().split("\n"):
        line = raw.strip()
        if not line.startswith("|"):
            flush_table()
        if not line:
            flush_para()
            continue
        if line.startswith("|"):
            flush_para()
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            table.append(cells)
            continue
        m = re.match(r"^(#{1,3}) (.+)$", line)
        if m:
            flush_para()
            kind = {1: "title", 2: "h2", 3: "h3"}[len(m.group(1))]
            out.append((kind, m.group(2)))
            continue
        m = re.fullmatch(r"\*\*(.+)\*\*", line)
        if m:
            flush_para()
            out.append(("bold", m.group(1)))
            continue
        if line.startswith("- "):
            flush_para()
            out.append(("ul", line[2:]))
            continue
        m = re.match(r"^\d+\. (.+)$", line)
        if m:
            flush_para()
            out.append(("ol", m.group(1)))
            continue
        para.append(line)
    flush_para()
    flush_table()
    return out


def front_matter(fields: dict) -> str:
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False,
                                     width=1000) + "---\n"


def write_sidecar(path: Path, fields: dict) -> None:
    (path.with_name(path.name + ".yml")).write_text(
        yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8")


# -- Markdown ------------------------------------------------------------------------------

def write_md(doc: dict, path: Path) -> None:
    path.write_text(front_matter(doc["fields"]) + "\n" + doc["body"].strip() + "\n",
                    encoding="utf-8")


# -- PDF (reportlab) -----------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                                 spaceAfter=10)
    head_style = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                                spaceBefore=10, spaceAfter=4)
    body_style = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=14,
                                spaceAfter=5)
    faq_style = ParagraphStyle("Q", parent=body_style, fontName="Helvetica-Bold",
                               spaceBefore=4, spaceAfter=2)
    item_style = ParagraphStyle("L", parent=body_style, leftIndent=12, spaceAfter=2)

    story = []
    for kind, text in blocks(doc["body"]):
        esc = html.escape(text, quote=False) if isinstance(text, str) else text
        if kind == "title":
            story.append(Paragraph(esc, title_style))
        elif kind == "h2":
            story.append(Paragraph(esc, head_style))
        elif kind in ("h3", "bold"):
            story.append(Paragraph(esc, faq_style))
        elif kind in ("ul", "ol"):
            story.append(Paragraph("- " + esc, item_style))
        elif kind == "p":
            story.append(Paragraph(esc, body_style))
        else:
            raise ValueError(f"{doc['path']}: {kind} not supported in the PDF")
    story.append(Spacer(1, 6))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=doc["fields"]["title"], author=doc["fields"]["agency"],
                            subject="Informasi layanan", creator="DPMPTSP")
    pdf.build(story)  # no onPage callback: no page numbers


# -- DOCX (python-docx) ----------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["fields"]["title"]
    d.core_properties.author = doc["fields"]["agency"]
    for kind, text in blocks(doc["body"]):
        if kind == "title":
            d.add_paragraph(text, style="Title")
        elif kind == "h2":
            d.add_paragraph(text, style="Heading 2")
        elif kind in ("h3", "bold"):
            d.add_paragraph().add_run(text).bold = True
        elif kind == "ul":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "ol":
            d.add_paragraph(text, style="List Number")
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "table":
            rows = text
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    d.save(str(path))


# -- HTML (by hand) ------------------------------------------------------------------------

SITES = {
    "id/blitar/sampah-rumah-tangga.html": {
        "site": "DLH Kota Blitar",
        "menu": ["Beranda", "Profil Dinas", "Layanan", "Bank Sampah", "Berita", "PPID",
                 "Hubungi Kami"],
        "footer": ["Hak cipta © 2026 Dinas Lingkungan Hidup Kota Blitar.",
                   "Situs resmi di lingkungan Pemerintah Kota Blitar."],
        "footer_links": ["Peta Situs", "Kebijakan Privasi", "Ikuti kami di media sosial"],
    },
    "id/mojokerto/sewa-gor-lapangan.html": {
        "site": "Disporapar Kota Mojokerto",
        "menu": ["Beranda", "Tentang Kami", "Sarana Olahraga", "Pariwisata",
                 "Agenda Kegiatan", "Galeri", "Kontak"],
        "footer": ["© 2026 Dinas Kepemudaan, Olahraga dan Pariwisata Kota Mojokerto.",
                   "Pengunjung hari ini: 1.284"],
        "footer_links": ["Syarat Penggunaan Situs", "Aksesibilitas", "Peta Situs"],
    },
}


def html_body(body: str) -> str:
    parts: list[str] = []
    open_list: str | None = None

    def close_list() -> None:
        nonlocal open_list
        if open_list:
            parts.append(f"</{open_list}>")
            open_list = None

    for kind, text in blocks(body):
        if kind in ("ul", "ol"):
            if open_list != kind:
                close_list()
                parts.append(f"<{kind}>")
                open_list = kind
            parts.append(f"  <li>{html.escape(text)}</li>")
            continue
        close_list()
        if kind == "title":
            parts.append(f"<h1>{html.escape(text)}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{html.escape(text)}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{html.escape(text)}</h3>")
        elif kind == "bold":
            parts.append(f"<p><strong>{html.escape(text)}</strong></p>")
        elif kind == "p":
            parts.append(f"<p>{html.escape(text)}</p>")
        elif kind == "table":
            head, *rows = text
            parts.append("<table>")
            parts.append("  <thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head)
                         + "</tr></thead>")
            parts.append("  <tbody>")
            for row in rows:
                parts.append("    <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row)
                             + "</tr>")
            parts.append("  </tbody>")
            parts.append("</table>")
    close_list()
    return "\n".join(parts)


def write_html(doc: dict, path: Path) -> None:
    site = SITES[doc["path"]]
    f = doc["fields"]
    menu = "\n".join(f'        <li><a href="https://{urlhost(f["source"])}/{slug(m)}">'
                     f"{html.escape(m)}</a></li>" for m in site["menu"])
    foot = "\n".join(f"    <p>{html.escape(t)}</p>" for t in site["footer"])
    foot += "\n    <ul class=\"footer-links\">\n" + "\n".join(
        f'      <li><a href="https://{urlhost(f["source"])}/{slug(t)}">{html.escape(t)}</a></li>'
        for t in site["footer_links"]) + "\n    </ul>"
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(f["title"])} | {html.escape(site["site"])}</title>
  <meta name="description" content="{html.escape(f["title"])}">
</head>
<body>
  <header class="site-header">
    <div class="brand"><a href="https://{urlhost(f["source"])}/">{html.escape(site["site"])}</a></div>
    <nav class="main-menu" aria-label="Menu utama">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <main>
    <article>
{html_body(doc["body"])}
    </article>
  </main>
  <footer class="site-footer">
{foot}
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def urlhost(url: str) -> str:
    return url.split("/")[2]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main() -> None:
    for doc in DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = path.suffix.lstrip(".")
        WRITERS[fmt](doc, path)
        if fmt != "md":
            write_sidecar(path, doc["fields"])
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
