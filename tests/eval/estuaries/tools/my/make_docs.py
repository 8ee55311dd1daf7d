"""Write the 12 documents of estuaries-my under knowledge/ (Markdown, PDF, DOCX, HTML)."""
import html
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts_a import DOCS as DA, END, NOTE  # noqa: E402
from texts_b import DOCS as DB  # noqa: E402
from questions import QUESTIONS  # noqa: E402

DOCS = DA + DB
OUT = HERE.parent / "knowledge"


def blocks(body):
    """Mini-markup -> [("p", text) | ("ul", [items]) | ("table", [[cells]]) | ("h3", text)]."""
    out = []
    for line in body.split("\n"):
        s = line.strip()
        if not s:
            out.append(("gap", ""))
        elif s.startswith("### "):
            out.append(("h3", s[4:]))
        elif s.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            if out and out[-1][0] == "p":
                out[-1] = ("p", out[-1][1] + " " + s)
            else:
                out.append(("p", s))
    return [b for b in out if b[0] != "gap"]


def sections_of(doc):
    secs = [(h, blocks(b)) for h, b in doc["sections"]]
    secs[-1][1].append(("p", END))
    return secs


def fields(doc):
    return {"title": doc["title"], "lang": "ms", "country": "MY", "region": doc["region"],
            "agency": doc["agency"], "source": doc["source"], "updated": doc["updated"],
            "note": NOTE}


def dump_yaml(d):
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False, width=1000)


# -- Markdown -----------------------------------------------------------------------------
def write_md(doc, path):
    lines = ["---", dump_yaml(fields(doc)).rstrip(), "---", "", f"# {doc['title']}", ""]
    for h, bl in sections_of(doc):
        lines += [f"## {h}", ""]
        for kind, val in bl:
            if kind == "p":
                lines += [val, ""]
            elif kind == "h3":
                lines += [f"### {val}", ""]
            elif kind == "ul":
                lines += [f"- {i}" for i in val] + [""]
            elif kind == "table":
                lines.append("| " + " | ".join(val[0]) + " |")
                lines.append("|" + "|".join("---" for _ in val[0]) + "|")
                lines += ["| " + " | ".join(r) + " |" for r in val[1:]] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


# -- HTML ---------------------------------------------------------------------------------
def write_html(doc, path):
    e = html.escape
    portal = doc["portal"]
    base = doc["source"].split("/perkhidmatan")[0]
    parts = []
    for h, bl in sections_of(doc):
        parts.append(f"<section>\n<h2>{e(h)}</h2>")
        for kind, val in bl:
            if kind == "p":
                parts.append(f"<p>{e(val)}</p>")
            elif kind == "h3":
                parts.append(f"<h3>{e(val)}</h3>")
            elif kind == "ul":
                parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
            elif kind == "table":
                head = "".join(f"<th>{e(c)}</th>" for c in val[0])
                rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                               for r in val[1:])
                parts.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>{rows}</tbody>"
                             "\n</table>")
        parts.append("</section>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(doc['title'])} | {e(portal)}</title>
<meta name="description" content="{e(doc['title'])}">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="{base}/">{e(portal)}</a></div>
  <p class="tagline">Bersih, Ceria dan Mesra Rakyat</p>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="{base}/">Laman Utama</a></li>
    <li><a href="{base}/profil">Profil Majlis</a></li>
    <li><a href="{base}/perkhidmatan">Perkhidmatan Dalam Talian</a></li>
    <li><a href="{base}/tender">Sebut Harga dan Tender</a></li>
    <li><a href="{base}/hubungi">Hubungi Kami</a></li>
  </ul>
</nav>
<main>
<article>
<h1>{e(doc['title'])}</h1>
{body}
</article>
</main>
<footer class="site-footer">
  <p>Hak Cipta Terpelihara &copy; 2026 {e(portal)}.</p>
  <p><a href="{base}/privasi">Dasar Privasi</a> | <a href="{base}/keselamatan">Dasar Keselamatan</a> | <a href="{base}/penafian">Penafian</a> | <a href="{base}/peta-laman">Peta Laman</a></p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# -- DOCX ---------------------------------------------------------------------------------
def write_docx(doc, path):
    import docx
    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.add_paragraph(doc["title"], style="Title")
    for h, bl in sections_of(doc):
        d.add_paragraph(h, style="Heading 2")
        for kind, val in bl:
            if kind == "p":
                d.add_paragraph(val)
            elif kind == "h3":
                d.add_paragraph(val, style="Heading 3")
            elif kind == "ul":
                for i in val:
                    d.add_paragraph(i, style="List Bullet")
            elif kind == "table":
                t = d.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for r, row in enumerate(val):
                    for c, cell in enumerate(row):
                        t.cell(r, c).text = cell
    d.save(str(path))


# -- PDF ----------------------------------------------------------------------------------
def write_pdf(doc, path, facts):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    W, H = A4
    left, width, top, bottom = 55, A4[0] - 110, A4[1] - 60, 60
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc["title"])
    c.setAuthor(doc["agency"])
    y = [top]

    def newline(step):
        if y[0] - step < bottom:
            c.showPage()
            y[0] = top
        y[0] -= step

    def wrap(text, font, size):
        glue = "\x01"
        for f in sorted(facts, key=len, reverse=True):
            text = text.replace(f, f.replace(" ", glue))
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if stringWidth(trial.replace(glue, " "), font, size) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return [ln.replace(glue, " ") for ln in lines]

    def write(text, font="Helvetica", size=10, lead=14, indent=0):
        for ln in wrap(text, font, size):
            newline(lead)
            c.setFont(font, size)
            c.drawString(left + indent, y[0], ln)

    write(doc["title"], "Helvetica-Bold", 16, 22)
    newline(6)
    for h, bl in sections_of(doc):
        newline(8)
        write(h, "Helvetica-Bold", 13, 18)
        for kind, val in bl:
            if kind == "p":
                write(val)
            elif kind == "h3":
                newline(3)
                write(val, "Helvetica-Bold", 10)
            elif kind == "ul":
                for i in val:
                    write("- " + i)
            elif kind == "table":
                for row in val:
                    write(" | ".join(row))
    c.save()


def main():
    facts = {}
    for q in QUESTIONS:
        for d in q["docs"]:
            if q.get("fact"):
                facts.setdefault(d, []).append(q["fact"])
    for doc in DOCS:
        path = OUT / doc["id"]
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = doc["fmt"]
        if fmt == "md":
            write_md(doc, path)
        else:
            {"html": write_html, "docx": write_docx}.get(fmt, lambda d, p: None)(doc, path)
            if fmt == "pdf":
                write_pdf(doc, path, facts.get(doc["id"], []))
            Path(str(path) + ".yml").write_text(dump_yaml(fields(doc)), encoding="utf-8")
        print("wrote", doc["id"])


if __name__ == "__main__":
    main()
