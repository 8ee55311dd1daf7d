"""Write the twelve knowledge documents of the Malaysian half.

Run from anywhere with the build venv:  .venv-build/bin/python build/make_docs.py
Markdown gets YAML front matter; PDF (reportlab), DOCX (python-docx) and HTML (by hand)
get a sidecar NAME.EXT.yml with the same fields.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HALF = HERE.parent
KNOWLEDGE = HALF / "knowledge" / "my"
sys.path.insert(0, str(HERE))

import content_kampar  # noqa: E402
import content_nasional  # noqa: E402
import content_nilai  # noqa: E402
import content_semporna  # noqa: E402

DOCS = content_nasional.DOCS + content_nilai.DOCS + content_kampar.DOCS + content_semporna.DOCS
END_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = ("Dokumen rekaan untuk penilaian: semua fi, kadar, tarikh akhir, tempoh proses, waktu "
        "operasi, alamat, nombor telefon dan nama portal atau aplikasi adalah rekaan.")


def field_lines(fields: dict) -> list[str]:
    def q(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return [
        f"title: {q(fields['title'])}",
        "lang: ms",
        "country: MY",
        f"region: {q(fields['region'])}",
        f"agency: {q(fields['agency'])}",
        f"source: {fields['source']}",
        f"updated: {fields['updated']}",
        f"note: {q(NOTE)}",
    ]


def sections_with_end(doc: dict) -> list:
    sections = [(h, list(blocks)) for h, blocks in doc["sections"]]
    sections[-1][1].append(("p", END_LINE))
    return sections


# -- Markdown ----------------------------------------------------------------------------

def write_md(doc: dict, path: Path) -> None:
    out = ["---", *field_lines(doc["fields"]), "---", "", f"# {doc['fields']['title']}", ""]
    for heading, blocks in sections_with_end(doc):
        out += [f"## {heading}", ""]
        for block in blocks:
            kind = block[0]
            if kind == "p":
                out += [block[1], ""]
            elif kind == "ul":
                out += [f"- {item}" for item in block[1]] + [""]
            elif kind == "table":
                head, rows = block[1], block[2]
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + "|".join("---" for _ in head) + "|")
                out += ["| " + " | ".join(r) + " |" for r in rows]
                out.append("")
            elif kind == "faq":
                for question, answer in block[1]:
                    out += [f"### {question}", "", answer, ""]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# -- HTML --------------------------------------------------------------------------------

SITES = {
    "mpn": {
        "name": "Majlis Perbandaran Nilai",
        "host": "https://www.mpn.example.invalid",
        "nav": ["Laman Utama", "Info Korporat", "Perkhidmatan Dalam Talian", "Pusat Media",
                "Tender dan Sebut Harga", "Hubungi MPN"],
        "crumb": "Perkhidmatan",
        "footer": ["Hak Cipta Terpelihara © 2026 Majlis Perbandaran Nilai",
                   "Dasar Privasi", "Dasar Keselamatan", "Penafian", "Peta Laman",
                   "Paparan terbaik menggunakan pelayar versi terkini"],
    },
    "mdk": {
        "name": "Majlis Daerah Kampar",
        "host": "https://www.mdkampar.example.invalid",
        "nav": ["Laman Utama", "Profil Majlis", "Perkhidmatan Awam", "Sudut Media",
                "Muat Turun Borang", "Soalan Maklum Balas"],
        "crumb": "Perkhidmatan Awam",
        "footer": ["Hak Cipta Terpelihara © 2026 Majlis Daerah Kampar",
                   "Dasar Privasi", "Penafian", "Peta Laman", "Jumlah Pelawat"],
    },
}


def write_html(doc: dict, path: Path) -> None:
    site = SITES[doc["site"]]
    e = html.escape
    title = doc["fields"]["title"]
    nav = "\n".join(f'        <li><a href="{site["host"]}/{i}">{e(item)}</a></li>'
                    for i, item in enumerate(site["nav"]))
    body: list[str] = [f"      <h1>{e(title)}</h1>"]
    for heading, blocks in sections_with_end(doc):
        body.append(f"      <h2>{e(heading)}</h2>")
        for block in blocks:
            kind = block[0]
            if kind == "p":
                body.append(f"      <p>{e(block[1])}</p>")
            elif kind == "ul":
                body.append("      <ul>")
                body += [f"        <li>{e(item)}</li>" for item in block[1]]
                body.append("      </ul>")
            elif kind == "table":
                body.append("      <table>")
                body.append("        <thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in block[1])
                            + "</tr></thead>")
                body.append("        <tbody>")
                body += ["          <tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                         for row in block[2]]
                body.append("        </tbody>")
                body.append("      </table>")
            elif kind == "faq":
                for question, answer in block[1]:
                    body.append(f"      <h3>{e(question)}</h3>")
                    body.append(f"      <p>{e(answer)}</p>")
    footer = "\n".join(f'        <li><a href="{site["host"]}/f{i}">{e(item)}</a></li>'
                       for i, item in enumerate(site["footer"]))
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(site["name"])}</title>
  <link rel="stylesheet" href="{site["host"]}/assets/gaya.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="{site["host"]}/">{e(site["name"])}</a>
    <nav class="menu-utama" aria-label="Menu utama">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Jejak">
    <a href="{site["host"]}/">Laman Utama</a> &rsaquo;
    <a href="{site["host"]}/perkhidmatan">{e(site["crumb"])}</a>
  </nav>
  <main id="kandungan">
    <article>
{chr(10).join(body)}
    </article>
  </main>
  <footer class="site-footer">
    <ul>
{footer}
    </ul>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# -- DOCX --------------------------------------------------------------------------------

def write_docx(doc: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["fields"]["title"]
    d.core_properties.author = doc["fields"]["agency"]
    d.add_paragraph(doc["fields"]["title"], style="Title")
    for heading, blocks in sections_with_end(doc):
        d.add_paragraph(heading, style="Heading 2")
        for block in blocks:
            kind = block[0]
            if kind == "p":
                d.add_paragraph(block[1])
            elif kind == "ul":
                for item in block[1]:
                    d.add_paragraph(item, style="List Bullet")
            elif kind == "table":
                table = d.add_table(rows=1, cols=len(block[1]))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, block[1]):
                    cell.text = text
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                for row in block[2]:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row):
                        cell.text = text
                d.add_paragraph("")
            elif kind == "faq":
                for question, answer in block[1]:
                    d.add_paragraph().add_run(question).bold = True
                    d.add_paragraph(answer)
    d.save(str(path))


# -- PDF ---------------------------------------------------------------------------------

def write_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_style = ParagraphStyle("Tajuk", fontName="Helvetica-Bold", fontSize=18, leading=22,
                                 spaceAfter=10)
    head_style = ParagraphStyle("Seksyen", fontName="Helvetica-Bold", fontSize=13, leading=16,
                                spaceBefore=8, spaceAfter=4)
    body_style = ParagraphStyle("Teks", fontName="Helvetica", fontSize=10, leading=13,
                                spaceAfter=4)
    item_style = ParagraphStyle("Senarai", parent=body_style, leftIndent=8, spaceAfter=2)
    faq_style = ParagraphStyle("Soalan", parent=body_style, fontName="Helvetica-Bold",
                               spaceBefore=4, spaceAfter=2)
    e = html.escape
    story: list = [Paragraph(e(doc["fields"]["title"]), title_style)]
    for heading, blocks in sections_with_end(doc):
        story.append(Paragraph(e(heading), head_style))
        for block in blocks:
            kind = block[0]
            if kind == "p":
                story.append(Paragraph(e(block[1]), body_style))
            elif kind == "ul":
                story += [Paragraph("- " + e(item), item_style) for item in block[1]]
            elif kind == "faq":
                for question, answer in block[1]:
                    story.append(Paragraph(e(question), faq_style))
                    story.append(Paragraph(e(answer), body_style))
            else:
                raise ValueError(f"{kind} blocks are not used in the PDF")
        story.append(Spacer(1, 2))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=doc["fields"]["title"], author=doc["fields"]["agency"],
                            subject="Risalah perkhidmatan")
    pdf.build(story)  # no onPage callbacks: no page numbers


WRITERS = {"md": write_md, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def main() -> None:
    for doc in DOCS:
        path = KNOWLEDGE / doc["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            sidecar = path.with_name(path.name + ".yml")
            sidecar.write_text("\n".join(field_lines(doc["fields"])) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(HALF))


if __name__ == "__main__":
    main()
