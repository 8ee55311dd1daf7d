"""Write knowledge/id/... of marshes-id from build/texts.py (Markdown, PDF, DOCX, HTML)."""

import html
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from texts import DOCS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "knowledge"
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")

# header/nav/footer text of the HTML pages (check.py asserts none reaches the loaded text)
HTML_CHROME = {
    "id/tomohon/ambulans-gratis.html": dict(
        portal="Portal Layanan Publik Tomohon Kota Bunga",
        nav=["Beranda", "Profil Instansi", "Berita Daerah", "Agenda Kota", "Hubungi Kami"],
        footer="Hak cipta © 2026 Pemerintah Kota Tomohon. Seluruh isi dilindungi.",
        links=["Kebijakan Privasi", "Peta Situs", "Aksesibilitas"]),
    "id/prabumulih/sewa-gedung-gor.html": dict(
        portal="Prabumulih Melayani — Portal Informasi Warga",
        nav=["Halaman Utama", "Tentang Kota", "Warta Prabumulih", "Galeri Foto", "Kontak Portal"],
        footer="Hak cipta © 2026 Pemerintah Kota Prabumulih. Dikelola Diskominfo.",
        links=["Syarat Penggunaan", "Peta Situs", "Pernyataan Privasi"]),
}


def blocks(body):
    """[(kind, data)]: h2, h3, p, ul, ol, table."""
    out = []
    for line in body.strip().split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("### "):
            out.append(("h3", line[4:]))
        elif line.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(line[2:])
            else:
                out.append(("ul", [line[2:]]))
        elif re.match(r"^\d+\. ", line):
            item = re.sub(r"^\d+\. ", "", line)
            if out and out[-1][0] == "ol":
                out[-1][1].append(item)
            else:
                out.append(("ol", [item]))
        elif line.startswith("|"):
            row = [c.strip() for c in line.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            out.append(("p", line))
    return out


def fields_of(d):
    return {k: d[k] for k in FIELDS}


def write_sidecar(path, d):
    path.with_name(path.name + ".yml").write_text(
        yaml.safe_dump(fields_of(d), allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_md(path, d):
    out = ["---", yaml.safe_dump(fields_of(d), allow_unicode=True, sort_keys=False).strip(),
           "---", "", f"# {d['title']}", ""]
    for kind, data in blocks(d["body"]):
        if kind == "h2":
            out += [f"## {data}", ""]
        elif kind == "h3":
            out += [f"### {data}", ""]
        elif kind == "p":
            out += [data, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in data] + [""]
        elif kind == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(data, 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(data[0]) + " |")
            out.append("|" + "---|" * len(data[0]))
            out += ["| " + " | ".join(r) + " |" for r in data[1:]]
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def write_pdf(path, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    glue = "\u2060"  # placeholder: spaces inside a figure are never broken

    def protect(text):
        text = re.sub(r"\bRp (?=\d)", "Rp" + glue, text)
        text = re.sub(r"(\d[\d.,%]*) (?=\w)", lambda m: m.group(1) + glue, text)
        text = re.sub(r"(\d–\d[\d.]*) (?=WIB|WITA)", lambda m: m.group(1) + glue, text)
        return text

    width, height = A4
    left, right, top, bottom = 56, 56, 60, 60
    usable = width - left - right
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d["title"])
    c.setAuthor(d["agency"])
    y = height - top

    def need(h):
        nonlocal y
        if y - h < bottom:
            c.showPage()
            y = height - top

    def line(text, font="Helvetica", size=10, x=left, lead=None):
        nonlocal y
        lead = lead or size * 1.45
        need(lead)
        c.setFont(font, size)
        c.drawString(x, y, text.replace(glue, " "))
        y -= lead

    def para(text, font="Helvetica", size=10, indent=0, prefix=""):
        words = protect(text).split(" ")
        cur = prefix
        avail = usable - indent
        for w in words:
            trial = (cur + " " + w) if cur.strip() else (cur + w)
            if stringWidth(trial.replace(glue, " "), font, size) > avail and cur.strip():
                line(cur, font, size, left + indent)
                cur = "  " * len(prefix) + w if prefix else w
            else:
                cur = trial
        if cur.strip():
            line(cur, font, size, left + indent)

    title_words = d["title"]
    para(title_words, "Helvetica-Bold", 18)
    y -= 6
    faq_mode = False
    for kind, data in blocks(d["body"]):
        if kind == "h2":
            y -= 6
            need(40)
            line(data, "Helvetica-Bold", 13, lead=20)
            faq_mode = "Pertanyaan" in data
        elif kind == "p":
            bold = faq_mode and data.endswith("?")
            para(data, "Helvetica-Bold" if bold else "Helvetica", 10)
        elif kind == "ul":
            for x in data:
                para(x, indent=0, prefix="- ")
        elif kind == "ol":
            for i, x in enumerate(data, 1):
                para(x, prefix=f"{i}. ")
        elif kind == "table":
            for k, row in enumerate(data):
                need(15)
                font = "Helvetica-Bold" if k == 0 else "Helvetica"
                c.setFont(font, 10)
                c.drawString(left, y, row[0] + " — " + row[1])
                y -= 15
            y -= 4
        elif kind == "h3":
            para(data, "Helvetica-Bold", 10)
    c.save()


def write_docx(path, d):
    import docx

    document = docx.Document()
    document.core_properties.title = d["title"]
    document.core_properties.author = d["agency"]
    document.add_heading(d["title"], 0)
    for kind, data in blocks(d["body"]):
        if kind == "h2":
            document.add_heading(data, 2)
        elif kind == "h3":
            document.add_heading(data, 3)
        elif kind == "p":
            document.add_paragraph(data)
        elif kind == "ul":
            for x in data:
                document.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in data:
                document.add_paragraph(x, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(data[0]))
            table.style = "Table Grid"
            for row in data:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
    document.save(str(path))


def write_html(path, d):
    chrome = HTML_CHROME[d["doc_id"]]
    e = html.escape
    body = []
    for kind, data in blocks(d["body"]):
        if kind == "h2":
            body.append(f"<h2>{e(data)}</h2>")
        elif kind == "h3":
            body.append(f"<h3>{e(data)}</h3>")
        elif kind == "p":
            body.append(f"<p>{e(data)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(x)}</li>" for x in data)
            body.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(x)}</th>" for x in data[0])
            rows = "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>"
                           for r in data[1:])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    nav = "\n".join(f'      <li><a href="https://portal.example.invalid/{i}">{e(x)}</a></li>'
                    for i, x in enumerate(chrome["nav"]))
    links = " · ".join(f'<a href="https://portal.example.invalid/f{i}">{e(x)}</a>'
                       for i, x in enumerate(chrome["links"]))
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(d['title'])}</title>
  <meta name="description" content="{e(d['title'])} — {e(d['agency'])}">
</head>
<body>
  <header class="site-header">
    <div class="portal-name">{e(chrome['portal'])}</div>
  </header>
  <nav class="main-menu" aria-label="Menu utama">
    <ul>
{nav}
    </ul>
  </nav>
  <main id="konten">
    <article>
      <h1>{e(d['title'])}</h1>
      <p class="byline">Diterbitkan oleh {e(d['agency'])}. Diperbarui {e(d['updated'])}.</p>
      {chr(10).join('      ' + b for b in body).lstrip()}
    </article>
  </main>
  <footer class="site-footer">
    <p>{e(chrome['footer'])}</p>
    <p>{links}</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}

if __name__ == "__main__":
    for d in DOCS:
        path = ROOT / d["doc_id"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[d["fmt"]](path, d)
        if d["fmt"] != "md":
            write_sidecar(path, d)
        print("wrote", d["doc_id"])
