"""Render the 12 documents (Markdown, HTML, PDF, DOCX) and the sidecars of the non-Markdown
ones into ../knowledge. Run with the build virtualenv: python build/make_docs.py"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_kota_belud  # noqa: E402
import content_kuala_pilah  # noqa: E402
import content_nasional  # noqa: E402
import content_pasir_mas  # noqa: E402

LAST = content_nasional.LAST
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
KNOWLEDGE = HERE.parent / "knowledge"
ALL_DOCS = (content_nasional.DOCS + content_kuala_pilah.DOCS + content_pasir_mas.DOCS
            + content_kota_belud.DOCS)


def front_matter(doc: dict) -> str:
    q = json.dumps
    return "\n".join([
        f"title: {q(doc['title'], ensure_ascii=False)}",
        "lang: ms",
        "country: MY",
        f"region: {q(doc['region'], ensure_ascii=False)}",
        f"agency: {q(doc['agency'], ensure_ascii=False)}",
        f"source: {doc['source']}",
        f"updated: {doc['updated']}",
        f"note: {q(NOTE)}",
    ]) + "\n"


def sections_with_last(doc: dict) -> list:
    secs = [(h, list(blocks)) for h, blocks in doc["sections"]]
    secs[-1][1].append(LAST)
    return secs


# -- Markdown ------------------------------------------------------------------------------

def md_blocks(blocks: list) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]))
        elif b[0] == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif b[0] == "table":
            rows = b[1]
            lines = ["| " + " | ".join(rows[0]) + " |",
                     "|" + "|".join("---" for _ in rows[0]) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif b[0] == "faq":
            out.append(f"### {b[1]}\n\n{b[2]}")
        else:
            raise ValueError(b)
    return out


def render_md(doc: dict, path: Path) -> None:
    parts = ["---\n" + front_matter(doc) + "---", f"# {doc['title']}"]
    if doc.get("lead"):
        parts.append(doc["lead"])
    for heading, blocks in sections_with_last(doc):
        parts.append(f"## {heading}")
        parts.extend(md_blocks(blocks))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


# -- HTML ----------------------------------------------------------------------------------

NAV = {
    "Majlis Daerah Kuala Pilah (MDKP)": ("Portal Rasmi MDKP", "MDKP"),
    "Majlis Daerah Kota Belud (MDKB)": ("Portal Rasmi MDKB", "MDKB"),
}


def html_blocks(blocks: list) -> list[str]:
    e = html.escape
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{e(b)}</p>")
        elif b[0] in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in b[1])
            out.append(f"<{b[0]}>{items}</{b[0]}>")
        elif b[0] == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in b[1][0])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                           for r in b[1][1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif b[0] == "faq":
            out.append(f"<h3>{e(b[1])}</h3><p>{e(b[2])}</p>")
    return out


def render_html(doc: dict, path: Path) -> None:
    e = html.escape
    portal, short = NAV[doc["agency"]]
    body = [f"<h1>{e(doc['title'])}</h1>"]
    if doc.get("lead"):
        body.append(f'<p class="lead">{e(doc["lead"])}</p>')
    for heading, blocks in sections_with_last(doc):
        body.append(f"<section><h2>{e(heading)}</h2>" + "".join(html_blocks(blocks))
                    + "</section>")
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{e(doc['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
  <div class="brand">{e(portal)}</div>
  <nav class="menu">
    <ul>
      <li><a href="https://example.invalid/{short.lower()}/">Laman Utama</a></li>
      <li><a href="https://example.invalid/{short.lower()}/profil">Profil Majlis</a></li>
      <li><a href="https://example.invalid/{short.lower()}/perkhidmatan">Senarai Perkhidmatan Awam</a></li>
      <li><a href="https://example.invalid/{short.lower()}/tender">Tender dan Sebut Harga</a></li>
      <li><a href="https://example.invalid/{short.lower()}/hubungi">Hubungi Kami</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
{chr(10).join(body)}
</article>
</main>
<footer class="site-footer">
  <p>Hak Cipta Terpelihara 2026 {e(doc['agency'])}. Paparan terbaik menggunakan pelayar terkini.</p>
  <p><a href="https://example.invalid/{short.lower()}/privasi">Dasar Privasi</a> |
     <a href="https://example.invalid/{short.lower()}/penafian">Penafian</a> |
     <a href="https://example.invalid/{short.lower()}/peta">Peta Laman</a></p>
  <p>Jumlah pelawat hari ini: 1,284</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def render_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    e = html.escape
    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=22,
                              spaceAfter=8)
    h_st = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17,
                          spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14,
                             alignment=TA_LEFT, spaceAfter=4)
    q_st = ParagraphStyle("q", parent=body_st, fontName="Helvetica-Bold")
    li_st = ParagraphStyle("li", parent=body_st, leftIndent=10)
    story = [Paragraph(e(doc["title"]), title_st)]
    if doc.get("lead"):
        story.append(Paragraph(e(doc["lead"]), body_st))
    for heading, blocks in sections_with_last(doc):
        story.append(Paragraph(e(heading), h_st))
        for b in blocks:
            if isinstance(b, str):
                story.append(Paragraph(e(b), body_st))
            elif b[0] == "ul":
                story += [Paragraph("- " + e(i), li_st) for i in b[1]]
            elif b[0] == "ol":
                story += [Paragraph(f"{n}. " + e(i), li_st) for n, i in enumerate(b[1], 1)]
            elif b[0] == "faq":
                story += [Paragraph(e(b[1]), q_st), Paragraph(e(b[2]), body_st)]
            elif b[0] == "table":
                t = Table(b[1])
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                                       ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
                story += [t, Spacer(1, 4)]
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=doc["title"],
                            author=doc["agency"], subject=doc["service"])
    pdf.build(story)


# -- DOCX ----------------------------------------------------------------------------------

def render_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["agency"]
    d.add_heading(doc["title"], 0)
    if doc.get("lead"):
        d.add_paragraph(doc["lead"])
    for heading, blocks in sections_with_last(doc):
        d.add_heading(heading, 2)
        for b in blocks:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif b[0] == "ul":
                for i in b[1]:
                    d.add_paragraph(i, style="List Bullet")
            elif b[0] == "ol":
                for i in b[1]:
                    d.add_paragraph(i, style="List Number")
            elif b[0] == "faq":
                d.add_heading(b[1], 3)
                d.add_paragraph(b[2])
            elif b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        t.cell(r, c).text = cell
    d.save(str(path))


RENDER = {"md": render_md, "html": render_html, "pdf": render_pdf, "docx": render_docx}


def main() -> None:
    for doc in ALL_DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        RENDER[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            path.with_name(path.name + ".yml").write_text(front_matter(doc), encoding="utf-8")
        print("wrote", doc["path"])


if __name__ == "__main__":
    main()
