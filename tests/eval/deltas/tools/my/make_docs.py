"""Write the Malaysian half's 12 knowledge documents (Markdown, PDF, DOCX, HTML).

Run from anywhere:  .venv-build/bin/python build/make_docs.py
The text lives in content_*.py; this script only renders it into the four formats.
PDF via reportlab (title 18 pt, headings 13 pt, body 10 pt, FAQ questions bold at body
size, "- " list items, no page numbers); DOCX via python-docx (Title / Heading 2 / List
styles); HTML written by hand around a city-site header, nav menu and footer.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KNOWLEDGE = ROOT / "knowledge"
sys.path.insert(0, str(HERE))

import content_klang  # noqa: E402
import content_kulai  # noqa: E402
import content_national  # noqa: E402
import content_ranau  # noqa: E402

ALL_DOCS = (content_national.DOCS + content_klang.DOCS + content_kulai.DOCS
            + content_ranau.DOCS)


def fields_yaml(meta: dict) -> str:
    data = dict(meta)
    data["updated"] = dt.date.fromisoformat(data["updated"])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


# -- Markdown ------------------------------------------------------------------------------

def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def render_md(doc) -> str:
    parts = ["---", fields_yaml(doc["meta"]).rstrip(), "---", "", f"# {doc['meta']['title']}", ""]
    parts += [p + "\n" for p in doc["intro"]]
    for heading, blocks in doc["sections"]:
        parts += [f"## {heading}", ""]
        for block in blocks:
            kind = block[0]
            if kind == "p":
                parts += [block[1], ""]
            elif kind == "ul":
                parts += [f"- {item}" for item in block[1]] + [""]
            elif kind == "ol":
                parts += [f"{i}. {item}" for i, item in enumerate(block[1], 1)] + [""]
            elif kind == "table":
                parts += [md_table(block[1], block[2]), ""]
            elif kind == "faq":
                for q, a in block[1]:
                    if doc.get("faq_style") == "bold":
                        parts += [f"**{q}**", a, ""]
                    else:
                        parts += [f"### {q}", "", a, ""]
    return "\n".join(parts).rstrip() + "\n"


# -- PDF -----------------------------------------------------------------------------------

def render_pdf(doc, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_st = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                              spaceAfter=8)
    head_st = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                             spaceBefore=8, spaceAfter=4)
    body_st = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13.5,
                             spaceAfter=4)
    item_st = ParagraphStyle("L", parent=body_st, leftIndent=10, spaceAfter=2)
    faq_st = ParagraphStyle("Q", parent=body_st, fontName="Helvetica-Bold", spaceAfter=1)

    story = [Paragraph(escape(doc["meta"]["title"]), title_st)]
    story += [Paragraph(escape(p), body_st) for p in doc["intro"]]
    for heading, blocks in doc["sections"]:
        story.append(Paragraph(escape(heading), head_st))
        for block in blocks:
            kind = block[0]
            if kind == "p":
                story.append(Paragraph(escape(block[1]), body_st))
            elif kind == "ul":
                story += [Paragraph(escape("- " + it), item_st) for it in block[1]]
            elif kind == "ol":
                story += [Paragraph(escape(f"{i}. {it}"), item_st)
                          for i, it in enumerate(block[1], 1)]
            elif kind == "faq":
                for q, a in block[1]:
                    story += [Paragraph(escape(q), faq_st), Paragraph(escape(a), body_st)]
            else:
                raise ValueError(f"PDF renderer has no {kind!r} block")
        story.append(Spacer(1, 2))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=doc["meta"]["title"], author=doc["meta"]["agency"],
                            subject="Risalah perkhidmatan")
    pdf.build(story)


# -- DOCX ----------------------------------------------------------------------------------

def render_docx(doc, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["meta"]["title"]
    d.core_properties.author = doc["meta"]["agency"]
    d.add_paragraph(doc["meta"]["title"], style="Title")
    for p in doc["intro"]:
        d.add_paragraph(p)
    for heading, blocks in doc["sections"]:
        d.add_heading(heading, level=2)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                d.add_paragraph(block[1])
            elif kind == "ul":
                for it in block[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif kind == "ol":
                for it in block[1]:
                    d.add_paragraph(it, style="List Number")
            elif kind == "table":
                header, rows = block[1], block[2]
                t = d.add_table(rows=1, cols=len(header))
                t.style = "Table Grid"
                for cell, text in zip(t.rows[0].cells, header):
                    cell.text = ""
                    cell.paragraphs[0].add_run(text).bold = True
                for r in rows:
                    cells = t.add_row().cells
                    for cell, text in zip(cells, r):
                        cell.text = text
            elif kind == "faq":
                for q, a in block[1]:
                    d.add_paragraph().add_run(q).bold = True
                    d.add_paragraph(a)
    d.save(str(path))


# -- HTML ----------------------------------------------------------------------------------

SITES = {
    "klang": {
        "org": "Majlis Bandaraya Diraja Klang",
        "short": "MBDK",
        "menu": [("/", "Laman Utama"), ("/profil", "Profil Bandaraya"),
                 ("/perkhidmatan", "Senarai Perkhidmatan"), ("/tender", "Tender & Sebut Harga"),
                 ("/media", "Pusat Media"), ("/hubungi", "Hubungi MBDK")],
        "crumbs": ["Laman Utama", "Senarai Perkhidmatan", "Kemudahan Awam"],
        "footer": [
            "Ibu Pejabat: Kompleks Hasil MBDK, Jalan Istana Lama 3, 41000 Klang, Selangor Darul Ehsan",
            "Hak Cipta Terpelihara 2026 MBDK",
        ],
        "footer_links": ["Dasar Privasi", "Dasar Keselamatan", "Penafian Portal", "Peta Laman"],
        "faq": "h3",
    },
    "ranau": {
        "org": "Majlis Daerah Ranau",
        "short": "MDR",
        "menu": [("/", "Halaman Utama"), ("/mengenai", "Mengenai MDR"),
                 ("/jabatan", "Jabatan & Unit"), ("/pelancongan", "Pelancongan Ranau"),
                 ("/muat-turun", "Muat Turun Borang"), ("/aduan", "Saluran Aduan Awam")],
        "crumbs": ["Halaman Utama", "Pelesenan"],
        "footer": [
            "Portal Rasmi Majlis Daerah Ranau, Sabah",
            "Paparan terbaik menggunakan pelayar terkini",
            "Kemas kini portal: 2026 (Unit Teknologi Maklumat MDR)",
        ],
        "footer_links": ["Kerajaan Negeri Sabah", "Soalan Lazim Portal", "Dasar Privasi",
                         "Statistik Pelawat"],
        "faq": "strong",
    },
}


def render_html(doc) -> str:
    site = SITES[doc["site"]]
    e = html.escape
    title = doc["meta"]["title"]
    base = doc["meta"]["source"].split("/", 3)
    host = f"{base[0]}//{base[2]}"
    menu = "\n".join(f'        <li><a href="{host}{href}">{e(label)}</a></li>'
                     for href, label in site["menu"])
    crumbs = " &rsaquo; ".join(f'<a href="{host}/">{e(c)}</a>' for c in site["crumbs"])
    body: list[str] = [f"      <h1>{e(title)}</h1>",
                       f'      <p class="updated">Kemas kini: {e(doc["meta"]["updated"])}</p>']
    body += [f"      <p>{e(p)}</p>" for p in doc["intro"]]
    for heading, blocks in doc["sections"]:
        body.append("      <section>")
        body.append(f"        <h2>{e(heading)}</h2>")
        for block in blocks:
            kind = block[0]
            if kind == "p":
                body.append(f"        <p>{e(block[1])}</p>")
            elif kind in ("ul", "ol"):
                body.append(f"        <{kind}>")
                body += [f"          <li>{e(it)}</li>" for it in block[1]]
                body.append(f"        </{kind}>")
            elif kind == "table":
                body.append('        <table class="kadar">')
                body.append("          <thead><tr>" + "".join(f"<th>{e(h)}</th>"
                                                             for h in block[1]) + "</tr></thead>")
                body.append("          <tbody>")
                body += ["            <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                         for r in block[2]]
                body.append("          </tbody>")
                body.append("        </table>")
            elif kind == "faq":
                for q, a in block[1]:
                    if site["faq"] == "h3":
                        body += [f"        <h3>{e(q)}</h3>", f"        <p>{e(a)}</p>"]
                    else:
                        body += [f"        <p><strong>{e(q)}</strong></p>",
                                 f"        <p>{e(a)}</p>"]
        body.append("      </section>")
    footer_links = "\n".join(f'        <li><a href="{host}/{i}">{e(t)}</a></li>'
                             for i, t in enumerate(site["footer_links"]))
    footer_lines = "\n".join(f"      <p>{e(t)}</p>" for t in site["footer"])
    return f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(site["org"])}</title>
  <meta name="description" content="{e(doc["intro"][0][:150])}">
  <link rel="stylesheet" href="{host}/assets/portal.css">
</head>
<body>
  <header class="site-header">
    <div class="brand"><a href="{host}/">{e(site["org"])} ({e(site["short"])})</a></div>
    <nav class="main-menu" aria-label="Menu utama">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Laluan">{crumbs}</nav>
  <main id="kandungan">
    <article class="page">
{chr(10).join(body)}
    </article>
  </main>
  <footer class="site-footer">
    <div class="footer-info">
{footer_lines}
    </div>
    <nav class="footer-links" aria-label="Pautan kaki">
      <ul>
{footer_links}
      </ul>
    </nav>
  </footer>
</body>
</html>
"""


def main() -> None:
    for doc in ALL_DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = doc["format"]
        if fmt == "md":
            path.write_text(render_md(doc), encoding="utf-8")
        else:
            if fmt == "pdf":
                render_pdf(doc, path)
            elif fmt == "docx":
                render_docx(doc, path)
            elif fmt == "html":
                path.write_text(render_html(doc), encoding="utf-8")
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text(fields_yaml(doc["meta"]), encoding="utf-8")
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
