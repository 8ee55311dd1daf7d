"""Write the 12 documents of lagoons-my under ../knowledge/ from the texts in texts_*.py."""

import html
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from questions_data import ANSWERABLE  # noqa: E402
from texts_jb import DOCS as JB  # noqa: E402
from texts_kl import DOCS as KLD, NOTE  # noqa: E402
from texts_extra import EXTRA  # noqa: E402
from texts_nas import DOCS as NAS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "knowledge"
DOCS = KLD + JB + NAS
for _doc in DOCS:
    _extra = EXTRA.get(_doc["id"], {})
    assert set(_extra) <= {h for h, _ in _doc["sections"]}, _doc["id"]
    _doc["sections"] = [(h, b.rstrip() + ("\n" + _extra[h] if h in _extra else ""))
                        for h, b in _doc["sections"]]
FIELDS = ("title", "lang", "country", "region", "agency", "source", "updated")


def blocks(body):
    """Mini-markup -> [(kind, value)]: p, ul (items), table (rows), q (FAQ question)."""
    out = []
    for line in body.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            if out and out[-1][0] == "ul":
                out[-1][1].append(line[2:])
            else:
                out.append(("ul", [line[2:]]))
        elif " | " in line or line.startswith("|"):
            row = [c.strip() for c in line.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif line.startswith("### "):
            out.append(("q", line[4:]))
        elif line.endswith("?"):
            out.append(("q", line))
        else:
            out.append(("p", line))
    return out


def meta(doc):
    m = {k: doc[k] for k in FIELDS}
    m["note"] = NOTE
    return m


def dump_yaml(m):
    return yaml.safe_dump(m, allow_unicode=True, sort_keys=False, width=1000)


# -- Markdown ------------------------------------------------------------------------------

def write_md(doc, path):
    lines = ["---", dump_yaml(meta(doc)).strip(), "---", "", f"# {doc['title']}", ""]
    for heading, body in doc["sections"]:
        lines += [f"## {heading}", ""]
        for kind, val in blocks(body):
            if kind == "p":
                lines += [val, ""]
            elif kind == "q":
                lines += [f"### {val}", ""]
            elif kind == "ul":
                lines += [f"- {i}" for i in val] + [""]
            else:
                lines.append("| " + " | ".join(val[0]) + " |")
                lines.append("|" + "---|" * len(val[0]))
                lines += ["| " + " | ".join(r) + " |" for r in val[1:]] + [""]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


# -- PDF -----------------------------------------------------------------------------------

def protected(doc_id):
    """Strings that must stay on one line: this page's facts, amounts, durations, times."""
    facts = [f for _, d, f in ANSWERABLE if d == doc_id]
    return facts


GLUE = "\u0001"


def wrap(text, font, size, width, keep):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", GLUE))
    text = re.sub(r"(RM|pukul) (\d)", lambda m: m.group(1) + GLUE + m.group(2), text)
    text = re.sub(r"(\d[\d.,%]*) (hari|bulan|tahun|pagi|petang|malam|meter|orang|ekor)",
                  lambda m: m.group(1) + GLUE + m.group(2), text)
    lines, cur = [], ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if stringWidth(trial.replace(GLUE, " "), font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return [ln.replace(GLUE, " ") for ln in lines]


def write_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(doc["title"])
    c.setAuthor(doc["agency"])
    w, h = A4
    left, width = 60, w - 120
    y = h - 70
    keep = protected(doc["id"])

    def line(text, font, size, lead, indent=0):
        nonlocal y
        if y < 70:
            c.showPage()
            y = h - 70
        c.setFont(font, size)
        c.drawString(left + indent, y, text)
        y -= lead

    for t in wrap(doc["title"], "Helvetica-Bold", 17, width, keep):
        line(t, "Helvetica-Bold", 17, 24)
    y -= 8
    for heading, body in doc["sections"]:
        if y < 120:
            c.showPage()
            y = h - 70
        y -= 6
        line(heading, "Helvetica-Bold", 13, 19)
        for kind, val in blocks(body):
            if kind in ("p", "q"):
                font = "Helvetica-Bold" if kind == "q" else "Helvetica"
                for t in wrap(val, font, 10, width, keep):
                    line(t, font, 10, 14)
            elif kind == "ul":
                for item in val:
                    for i, t in enumerate(wrap(item, "Helvetica", 10, width - 14, keep)):
                        line(("- " if i == 0 else "") + t, "Helvetica", 10, 14,
                             0 if i == 0 else 10)
            else:
                for row in val:
                    line(" | ".join(row), "Helvetica", 10, 14)
            y -= 4
    c.save()


# -- DOCX ----------------------------------------------------------------------------------

def write_docx(doc, path):
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = doc["agency"]
    d.add_heading(doc["title"], 0)
    for heading, body in doc["sections"]:
        d.add_heading(heading, 2)
        for kind, val in blocks(body):
            if kind == "p":
                d.add_paragraph(val)
            elif kind == "q":
                d.add_heading(val, 3)
            elif kind == "ul":
                for item in val:
                    d.add_paragraph(item, style="List Bullet")
            else:
                t = d.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for r, row in enumerate(val):
                    for k, cell in enumerate(row):
                        t.cell(r, k).text = cell
    d.save(str(path))


# -- HTML ----------------------------------------------------------------------------------

NAV = ["Utama", "Profil Majlis", "Perkhidmatan Dalam Talian", "Tender & Sebut Harga",
       "Galeri Foto", "Peta Laman"]
FOOT = ["Dasar Privasi", "Penafian", "Dasar Keselamatan", "Soalan Lazim Portal"]


def html_chrome(doc):
    """The header, nav and footer strings (which must not reach the loaded text)."""
    year = "Hak Cipta Terpelihara \u00a9 2026"
    return [doc["portal"], *NAV, *FOOT, year, "Jumlah pelawat hari ini"]


def write_html(doc, path):
    e = html.escape
    host = doc["source"].split("/")[2]
    out = ["<!DOCTYPE html>", '<html lang="ms">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc['title'])}</title>",
           f'<meta name="description" content="{e(doc["title"])}">',
           "</head>", "<body>",
           '<header class="site-header">',
           f'<div class="logo"><a href="https://{host}/">{e(doc["portal"])}</a></div>',
           "</header>",
           '<nav class="main-menu"><ul>']
    out += [f'<li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV)]
    out += ["</ul></nav>", "<main>", "<article>", f"<h1>{e(doc['title'])}</h1>"]
    for heading, body in doc["sections"]:
        out.append(f"<h2>{e(heading)}</h2>")
        for kind, val in blocks(body):
            if kind == "p":
                out.append(f"<p>{e(val)}</p>")
            elif kind == "q":
                out.append(f"<h3>{e(val)}</h3>")
            elif kind == "ul":
                out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
            else:
                head = "".join(f"<th>{e(c)}</th>" for c in val[0])
                rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                               for r in val[1:])
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
                           "</table>")
    out += ["</article>", "</main>", '<footer class="site-footer">',
            f"<p>Hak Cipta Terpelihara \u00a9 2026 {e(doc['agency'])}.</p>", "<ul>"]
    out += [f'<li><a href="https://{host}/dasar/{i}">{e(n)}</a></li>' for i, n in enumerate(FOOT)]
    out += ["</ul>", "<p>Jumlah pelawat hari ini: 1,204</p>", "</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"md": write_md, "pdf": write_pdf, "docx": write_docx, "html": write_html}


def main():
    for doc in DOCS:
        path = ROOT / doc["id"]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[doc["fmt"]](doc, path)
        if doc["fmt"] != "md":
            Path(str(path) + ".yml").write_text(dump_yaml(meta(doc)), encoding="utf-8")
        print("wrote", doc["id"])


if __name__ == "__main__":
    main()
