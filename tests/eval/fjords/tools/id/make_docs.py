"""Write the 12 documents of fjords-id into ../knowledge/ from texts_a.py and texts_b.py."""

import html
import re
import sys
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts_a import DOCS as DOCS_A, END, NOTE  # noqa: E402
from texts_b import DOCS as DOCS_B  # noqa: E402

from texts_extra import EXTRA  # noqa: E402

DOCS = {**DOCS_A, **DOCS_B}


def add_extra(doc_id, body):
    """Append each EXTRA paragraph at the end of its section."""
    extra = EXTRA.get(doc_id, {})
    parts = re.split(r"(?m)^(?=## )", body.strip())
    out = []
    for part in parts:
        head = part.split("\n", 1)[0][3:].strip() if part.startswith("## ") else ""
        part = part.strip()
        if head in extra:
            part += "\n\n" + extra[head]
        out.append(part)
    missing = set(extra) - {p.split("\n", 1)[0][3:].strip() for p in parts}
    assert not missing, (doc_id, missing)
    return "\n\n".join(out)


for _id, _d in DOCS.items():
    _d["body"] = add_extra(_id, _d["body"])
OUT = HERE.parent / "knowledge"
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated", "note")


def fields_of(d):
    return {"title": d["title"], "lang": "id", "country": "ID", "region": d["region"],
            "agency": d["agency"], "source": d["source"], "updated": d["updated"],
            "note": NOTE}


def blocks(body):
    """(kind, payload) from the Markdown-lite body: h2, h3, q (bold question), ul, ol,
    table (list of rows), plain (pipe row in text), p."""
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = chunk.strip().split("\n")
        first = lines[0]
        if first.startswith("## "):
            out.append(("h2", first[3:]))
            rest = "\n".join(lines[1:]).strip()
            if rest:
                out.extend(blocks(rest))
        elif first.startswith("### "):
            out.append(("h3", first[4:]))
        elif first.startswith("**") and len(lines) > 1:
            out.append(("q", first.strip("*")))
            out.append(("p", " ".join(lines[1:])))
        elif first.startswith("- "):
            out.append(("ul", [ln[2:] for ln in lines]))
        elif re.match(r"\d+\. ", first):
            out.append(("ol", [re.sub(r"^\d+\. ", "", ln) for ln in lines]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines
                    if not re.match(r"^\|[-|\s]+\|$", ln.strip())]
            out.append(("table", rows))
        elif len(lines) > 1 and all(" | " in ln for ln in lines[1:]):
            out.append(("p", lines[0]))
            out.append(("rows", lines[1:]))
        else:
            out.append(("p", " ".join(lines)))
    return out


def write_sidecar(path, d):
    path.with_name(path.name + ".yml").write_text(
        yaml.safe_dump(fields_of(d), allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_md(path, d):
    front = yaml.safe_dump(fields_of(d), allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n\n# {d['title']}\n\n{d['body'].strip()}\n\n{END}\n",
                    encoding="utf-8")


def write_pdf(path, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d["title"])
    c.setAuthor(d["agency"])
    width, height = A4
    y = height - 60

    def line(text, font="Helvetica", size=10, gap=14):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= gap

    def para(text, font="Helvetica", indent=""):
        for i, ln in enumerate(textwrap.wrap(text, 84 - len(indent))):
            line((indent if i == 0 else " " * len(indent)) + ln, font)

    for ln in textwrap.wrap(d["title"], 60):
        line(ln, "Helvetica-Bold", 17, 22)
    y -= 6
    for kind, val in blocks(d["body"]) + [("p", END)]:
        if kind == "h2":
            y -= 8
            line(val, "Helvetica-Bold", 13, 18)
        elif kind == "q":
            para(val, "Helvetica-Bold")
        elif kind == "p":
            para(val)
        elif kind == "ul":
            for item in val:
                para(item, indent="- ")
        elif kind == "ol":
            for k, item in enumerate(val, 1):
                para(item, indent=f"{k}. ")
        elif kind in ("rows", "table"):
            for row in val:
                line(row if isinstance(row, str) else " | ".join(row))
        y -= 4
    c.save()


def write_docx(path, d):
    import docx

    doc = docx.Document()
    doc.core_properties.title = d["title"]
    doc.core_properties.author = d["agency"]
    doc.add_heading(d["title"], 0)
    for kind, val in blocks(d["body"]) + [("p", END)]:
        if kind == "h2":
            doc.add_heading(val, 2)
        elif kind in ("h3", "q"):
            doc.add_heading(val, 3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=0, cols=len(val[0]))
            table.style = "Table Grid"
            for row in val:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
    doc.save(str(path))


NAV = ["Beranda", "Profil Instansi", "Berita Terkini", "Layanan Publik", "PPID", "Galeri Foto"]
FOOT = ["Kebijakan Privasi", "Peta Situs", "Syarat Penggunaan"]


def write_html(path, d):
    e = html.escape
    parts = []
    for kind, val in blocks(d["body"]) + [("p", END)]:
        if kind == "h2":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in val)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in val[0])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                           for r in val[1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    nav = "".join(f'<li><a href="https://{d["source"].split("/")[2]}/{n.lower().replace(" ", "-")}">'
                  f"{e(n)}</a></li>" for n in NAV)
    foot = " | ".join(f'<a href="https://{d["source"].split("/")[2]}/{n.lower().replace(" ", "-")}">'
                      f"{e(n)}</a>" for n in FOOT)
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{e(d['title'])}</title>
<meta name="description" content="{e(d['title'])}">
</head>
<body>
<header class="site-header">
  <div class="logo">{e(d['portal'])}</div>
  <p class="tagline">Melayani dengan sepenuh hati</p>
</header>
<nav class="main-menu"><ul>{nav}</ul></nav>
<main>
<article>
<h1>{e(d['title'])}</h1>
{body}
</article>
</main>
<footer class="site-footer">
  <p>Hak Cipta &copy; 2026 {e(d['agency'])}. Seluruh hak dilindungi.</p>
  <p>{foot}</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}

if __name__ == "__main__":
    for doc_id, d in DOCS.items():
        path = OUT / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[d["fmt"]](path, d)
        if d["fmt"] != "md":
            write_sidecar(path, d)
        print("wrote", doc_id)
