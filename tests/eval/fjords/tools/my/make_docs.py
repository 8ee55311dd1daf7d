"""Write the 12 fjords-my documents (and sidecars) under ../knowledge/."""

import html
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from questions_data import ANSWERABLE  # noqa: E402
from texts_a import DOCS_A, END, NOTE  # noqa: E402
from texts_b import DOCS_B  # noqa: E402
from texts_c import DOCS_C  # noqa: E402
from texts_more import MORE  # noqa: E402

DOCS = DOCS_A + DOCS_B + DOCS_C
ROOT = Path(__file__).resolve().parent.parent / "knowledge"

PORTALS = {
    "Majlis Daerah Kota Marudu": "Portal Rasmi Majlis Daerah Kota Marudu",
    "Majlis Daerah Kerian": "Portal Rasmi Majlis Daerah Kerian",
}
NAV = ["Laman Utama", "Profil Majlis", "Perkhidmatan Dalam Talian", "Aduan Awam", "Hubungi Kami"]
FOOTER_LINKS = ["Dasar Privasi", "Penafian", "Peta Laman"]


def fields(doc):
    return {"title": doc["title"], "lang": "ms", "country": "MY", "region": doc["region"],
            "agency": doc["agency"], "source": doc["source"], "updated": doc["updated"],
            "note": NOTE}


def sections(doc):
    extra = MORE.get(doc["id"], {})
    secs = [[h, b.rstrip() + ("\n\n" + extra[h] if h in extra else "")]
            for h, b in doc["sections"]]
    assert set(extra) <= {h for h, _ in secs}, doc["id"]
    secs[-1][1] = secs[-1][1].rstrip() + "\n\n" + END
    return secs


def blocks(body):
    """Mini-markup -> list of (kind, payload): p, ul, table, h3."""
    out = []
    for chunk in body.strip().split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.strip().split("\n")]
        if lines[0].startswith("|"):
            rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines
                    if not set(ln) <= set("|-: ")]
            out.append(("table", rows))
        elif lines[0].startswith("- "):
            out.append(("ul", [ln[2:] for ln in lines]))
        elif lines[0].startswith("### "):
            out.append(("h3", lines[0][4:]))
            if len(lines) > 1:
                out.append(("p", " ".join(lines[1:])))
        else:
            out.append(("p", " ".join(lines)) if doc_fmt != "pdf" else ("lines", lines))
    return out


doc_fmt = ""


def write_md(doc, path):
    front = yaml.safe_dump(fields(doc), allow_unicode=True, sort_keys=False)
    parts = [f"---\n{front}---\n", f"# {doc['title']}\n"]
    for h, body in sections(doc):
        parts.append(f"## {h}\n\n{body.strip()}\n")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_sidecar(doc, path):
    Path(str(path) + ".yml").write_text(
        yaml.safe_dump(fields(doc), allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_html(doc, path):
    e = html.escape
    portal = PORTALS[doc["agency"]]
    art = [f"<h1>{e(doc['title'])}</h1>"]
    for h, body in sections(doc):
        art.append(f"<section>\n<h2>{e(h)}</h2>")
        for kind, val in blocks(body):
            if kind == "p":
                art.append(f"<p>{e(val)}</p>")
            elif kind == "h3":
                art.append(f"<h3>{e(val)}</h3>")
            elif kind == "ul":
                art.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
            elif kind == "table":
                head = "".join(f"<th>{e(c)}</th>" for c in val[0])
                rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                               for r in val[1:])
                art.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        art.append("</section>")
    nav = "".join(f'<li><a href="https://{doc["source"].split("/")[2]}/{i}">{e(n)}</a></li>'
                  for i, n in enumerate(NAV))
    foot = " | ".join(f'<a href="https://{doc["source"].split("/")[2]}/{n.split()[0].lower()}">'
                      f"{e(n)}</a>" for n in FOOTER_LINKS)
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>{e(doc['title'])} | {e(portal)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
<div class="logo">{e(portal)}</div>
<p class="tagline">Berkhidmat Untuk Rakyat Dengan Penuh Amanah</p>
</header>
<nav class="main-menu"><ul>{nav}</ul></nav>
<main>
<article>
{chr(10).join(art)}
</article>
</main>
<footer class="site-footer">
<p>Hak Cipta Terpelihara &copy; 2026 {e(doc['agency'])}.</p>
<p>{foot}</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def write_docx(doc, path):
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.add_paragraph(doc["title"], style="Title")
    for h, body in sections(doc):
        d.add_paragraph(h, style="Heading 2")
        for kind, val in blocks(body):
            if kind == "p":
                d.add_paragraph(val)
            elif kind == "h3":
                d.add_paragraph(val, style="Heading 3")
            elif kind == "ul":
                for x in val:
                    d.add_paragraph(x, style="List Bullet")
            elif kind == "table":
                t = d.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for i, r in enumerate(val):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
    d.save(str(path))


def wrap(text, width, keep):
    """Greedy word wrap; the facts in `keep` are never split across lines."""
    for k in keep:
        text = text.replace(k, k.replace(" ", "\x00"))
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return [ln.replace("\x00", " ") for ln in lines]


def write_pdf(doc, path, keep):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc["title"])
    c.setAuthor(doc["agency"])
    width, height = A4
    y = height - 60

    def line(text, font, size, gap):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(50, y, text)
        y -= gap

    line(doc["title"], "Helvetica-Bold", 16, 26)
    for h, body in sections(doc):
        y -= 6
        line(h, "Helvetica-Bold", 13, 19)
        for kind, val in blocks(body):
            items = (val if kind == "lines" else [f"- {x}" for x in val] if kind == "ul"
                     else [val])
            for raw in items:
                q = raw.endswith("?")
                for ln in wrap(raw, 95, keep):
                    line(ln, "Helvetica-Bold" if q else "Helvetica", 10, 14)
            y -= 5
    c.save()


def main():
    global doc_fmt
    for doc in DOCS:
        path = ROOT / doc["id"]
        path.parent.mkdir(parents=True, exist_ok=True)
        doc_fmt = doc["fmt"]
        if doc_fmt == "md":
            write_md(doc, path)
        else:
            write_sidecar(doc, path)
            if doc_fmt == "html":
                write_html(doc, path)
            elif doc_fmt == "docx":
                write_docx(doc, path)
            elif doc_fmt == "pdf":
                keep = [f for _, d, f in ANSWERABLE if d == doc["id"]]
                keep += [ln.split(": ", 1)[1] for ln in END.split("\n") if ": " in ln]
                write_pdf(doc, path, keep + [END])
        print("wrote", path.relative_to(ROOT.parent))


if __name__ == "__main__":
    main()
