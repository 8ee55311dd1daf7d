"""Write the 12 knowledge documents of lagoons-id (and sidecars) from the texts in texts_*.py.

Run with the build venv: .venv-build/bin/python build/make_docs.py
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import yaml  # noqa: E402

from texts_a import DOCS as A, NOTE  # noqa: E402
from texts_b import DOCS as B  # noqa: E402
from texts_c import DOCS as C  # noqa: E402

from texts_extra import EXTRA, EXTRA2  # noqa: E402

DOCS = {**A, **B, **C}
for _id, _extra in [*EXTRA.items(), *EXTRA2.items()]:
    _secs = dict(DOCS[_id]["sections"])
    assert set(_extra) <= set(_secs), (_id, set(_extra) - set(_secs))
    DOCS[_id]["sections"] = [(h, b + ("\n" if DOCS[_id]["fmt"] == "pdf" else "\n\n")
                              + _extra[h] if h in _extra else b)
                             for h, b in DOCS[_id]["sections"]]
OUT = HERE.parent / "knowledge"


def fields(d: dict) -> dict:
    return {"title": d["title"], "lang": "id", "country": "ID", "region": d["region"],
            "agency": d["agency"], "source": d["source"], "updated": d["updated"], "note": NOTE}


def dump_yaml(f: dict) -> str:
    return yaml.safe_dump(f, allow_unicode=True, sort_keys=False, width=1000)


def blocks(body: str):
    """Split a body into blocks: ('p', text) ('ul', items) ('ol', items) ('table', rows)
    ('h3', text) ('bq', text) - bold question."""
    out = []
    for para in re.split(r"\n\s*\n", body.strip()):
        lines = para.split("\n")
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("### "):
                out.append(("h3", ln[4:].strip()))
                i += 1
            elif ln.startswith("**") and ln.rstrip().endswith("**"):
                out.append(("bq", ln.strip().strip("*")))
                i += 1
            elif ln.startswith("- "):
                items = []
                while i < len(lines) and lines[i].startswith("- "):
                    items.append(lines[i][2:])
                    i += 1
                out.append(("ul", items))
            elif re.match(r"\d+\. ", ln):
                items = []
                while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                    items.append(re.sub(r"^\d+\. ", "", lines[i]))
                    i += 1
                out.append(("ol", items))
            elif ln.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r"-+", c) for c in cells):
                        rows.append(cells)
                    i += 1
                out.append(("table", rows))
            else:
                buf = []
                while i < len(lines) and not re.match(r"(### |- |\d+\. |\||\*\*)", lines[i]):
                    buf.append(lines[i])
                    i += 1
                out.append(("p", "\n".join(buf)))
    return out


# -- Markdown -------------------------------------------------------------------------------
def write_md(path: Path, d: dict) -> None:
    parts = ["---", dump_yaml(fields(d)).rstrip(), "---", "", f"# {d['title']}", ""]
    for head, body in d["sections"]:
        parts += [f"## {head}", "", body.strip(), ""]
    path.write_text("\n".join(parts), encoding="utf-8")


# -- HTML -------------------------------------------------------------------------------------
NAV = ["Beranda", "Profil Dinas", "Berita Terkini", "Galeri Kegiatan", "Unduhan", "Hubungi Kami"]


def html_blocks(body: str) -> str:
    e = html.escape
    out = []
    for kind, val in blocks(body):
        if kind == "p":
            out.append("<p>" + "<br>\n".join(e(x) for x in val.split("\n")) + "</p>")
        elif kind == "h3":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "bq":
            out.append(f"<p><strong>{e(val)}</strong></p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            head, *rows = val
            out.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in head)
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                                 for r in rows) + "</tbody></table>")
    return "\n".join(out)


def write_html(path: Path, d: dict) -> None:
    e = html.escape
    host = d["source"].split("/")[2]
    nav = "\n".join(f'      <li><a href="https://{host}/{i}">{e(n)}</a></li>'
                    for i, n in enumerate(NAV))
    secs = "\n".join(f"<section>\n<h2>{e(h)}</h2>\n{html_blocks(b)}\n</section>"
                     for h, b in d["sections"])
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(d['title'])}</title>
</head>
<body>
  <header role="banner">
    <div class="logo"><a href="https://{host}/">{e(d['portal'])}</a></div>
  </header>
  <nav class="menu-utama">
    <ul>
{nav}
    </ul>
  </nav>
  <main>
    <article>
<h1>{e(d['title'])}</h1>
{secs}
    </article>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 {e(d['agency'])}. Seluruh hak cipta dilindungi.</p>
    <ul>
      <li><a href="https://{host}/kebijakan-privasi">Kebijakan Privasi</a></li>
      <li><a href="https://{host}/peta-situs">Peta Situs</a></li>
      <li><a href="https://{host}/ppid">PPID</a></li>
    </ul>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def html_chrome(d: dict) -> list[str]:
    """Texts of header/nav/footer that must not reach the loaded text."""
    return [d["portal"], *NAV, "Seluruh hak cipta dilindungi", "Kebijakan Privasi",
            "Peta Situs", "PPID"]


# -- DOCX -------------------------------------------------------------------------------------
def write_docx(path: Path, d: dict) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = d["title"]
    doc.add_paragraph(d["title"], style="Title")
    for head, body in d["sections"]:
        doc.add_paragraph(head, style="Heading 2")
        for kind, val in blocks(body):
            if kind == "p":
                for x in val.split("\n"):
                    doc.add_paragraph(x)
            elif kind == "h3":
                doc.add_paragraph(val, style="Heading 3")
            elif kind == "bq":
                doc.add_paragraph().add_run(val).bold = True
            elif kind in ("ul", "ol"):
                style = "List Bullet" if kind == "ul" else "List Number"
                for x in val:
                    doc.add_paragraph(x, style=style)
            elif kind == "table":
                t = doc.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for r, row in enumerate(val):
                    for c, cell in enumerate(row):
                        t.cell(r, c).text = cell
    doc.save(str(path))


# -- PDF --------------------------------------------------------------------------------------
def write_pdf(path: Path, d: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(d["title"])
    c.setAuthor(d["agency"])
    width, height = A4
    left, right, top, bottom = 56, 56, 64, 64
    maxw = width - left - right
    y = height - top

    def line(text: str, font: str, size: float, gap: float) -> None:
        nonlocal y
        if stringWidth(text, font, size) > maxw:
            raise SystemExit(f"PDF line too long (would wrap): {text!r}")
        if y < bottom:
            c.showPage()
            y = height - top
        c.setFont(font, size)
        c.drawString(left, y, text)
        y -= gap

    line(d["title"], "Helvetica-Bold", 17, 30)
    for head, body in d["sections"]:
        y -= 6
        line(head, "Helvetica-Bold", 13, 20)
        lines = body.strip().split("\n")
        faq = head.startswith("Pertanyaan")
        for ln in lines:
            if not ln.strip():
                continue
            bold = faq and ln.rstrip().endswith("?")
            line(ln, "Helvetica-Bold" if bold else "Helvetica", 10, 14)
    c.save()


WRITERS = {"md": write_md, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def main() -> None:
    for doc_id, d in DOCS.items():
        path = OUT / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[d["fmt"]](path, d)
        if d["fmt"] != "md":
            (path.parent / (path.name + ".yml")).write_text(dump_yaml(fields(d)),
                                                             encoding="utf-8")
        print("wrote", doc_id)


if __name__ == "__main__":
    main()
