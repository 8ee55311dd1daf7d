"""Build the PDF, DOCX and HTML documents of the lakes set (and their sidecars).

Run with a venv that has reportlab, python-docx and pyyaml:
    .venv-build/bin/python tests/eval/lakes/tools/build.py
"""
import html
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from content import DOCS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "knowledge"


def write_sidecar(path: Path, meta: dict) -> None:
    side = path.with_name(path.name + ".yml")
    side.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")


# ------------------------------------------------------------------ PDF
def build_pdf(path: Path, doc: dict) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=24,
                        spaceAfter=12)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18,
                        spaceBefore=10, spaceAfter=6)
    qst = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", fontSize=10, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    esc = html.escape

    story = [Paragraph(esc(doc["title"]), h1)]
    for heading, blocks in doc["sections"]:
        story.append(Paragraph(esc(heading), h2))
        for kind, val in blocks:
            if kind == "p":
                story.append(Paragraph(esc(val), body))
            elif kind in ("ul", "ol"):
                items = [ListItem(Paragraph(esc(t), body)) for t in val]
                story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                          start="-" if kind == "ul" else 1, leftIndent=14))
            elif kind == "table":
                data = [[Paragraph(esc(c), cell) for c in row] for row in val]
                ncol = len(val[0])
                t = Table(data, colWidths=[(16 * cm) / ncol] * ncol)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
            elif kind == "faq":
                for q, a in val:
                    story.append(Paragraph(esc(q), qst))
                    story.append(Paragraph(esc(a), body))
    story.append(Spacer(1, 10))
    story.append(Paragraph(esc(doc["end"]), body))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["meta"]["title"],
                      leftMargin=2.5 * cm, rightMargin=2.5 * cm).build(story)


# ------------------------------------------------------------------ DOCX
def build_docx(path: Path, doc: dict) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc["meta"]["title"]
    d.add_heading(doc["title"], level=1)
    for heading, blocks in doc["sections"]:
        d.add_heading(heading, level=2)
        for kind, val in blocks:
            if kind == "p":
                d.add_paragraph(val)
            elif kind == "ul":
                for t in val:
                    d.add_paragraph(t, style="List Bullet")
            elif kind == "ol":
                for t in val:
                    d.add_paragraph(t, style="List Number")
            elif kind == "table":
                t = d.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                for i, row in enumerate(val):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
            elif kind == "faq":
                for q, a in val:
                    d.add_heading(q, level=3)
                    d.add_paragraph(a)
    d.add_paragraph(doc["end"])
    d.save(str(path))


# ------------------------------------------------------------------ HTML
def build_html(path: Path, doc: dict) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", f'<html lang="{doc["meta"]["lang"]}">', "<head>",
           '<meta charset="utf-8">', f"<title>{e(doc['meta']['title'])}</title>", "</head>", "<body>",
           "<header>", "<nav>", "<ul>"]
    out += [f'<li><a href="https://example.invalid/menu/{i}">{e(n)}</a></li>'
            for i, n in enumerate(doc["nav"])]
    out += ["</ul>", "</nav>", "</header>", "<main>", "<article>", f"<h1>{e(doc['title'])}</h1>"]
    for heading, blocks in doc["sections"]:
        out.append("<section>")
        out.append(f"<h2>{e(heading)}</h2>")
        for kind, val in blocks:
            if kind == "p":
                out.append(f"<p>{e(val)}</p>")
            elif kind in ("ul", "ol"):
                out.append(f"<{kind}>")
                out += [f"<li>{e(t)}</li>" for t in val]
                out.append(f"</{kind}>")
            elif kind == "table":
                out.append("<table>")
                out.append("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr></thead>")
                out.append("<tbody>")
                for row in val[1:]:
                    out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
                out.append("</tbody></table>")
            elif kind == "faq":
                for q, a in val:
                    out.append(f"<h3>{e(q)}</h3>")
                    out.append(f"<p>{e(a)}</p>")
        out.append("</section>")
    out += [f"<p>{e(doc['end'])}</p>", "</article>", "</main>",
            f"<footer><p>{e(doc['footer'])}</p><p>Hak cipta 2026. "
            f'<a href="https://example.invalid/privasi">Privasi</a></p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


BUILDERS = {".pdf": build_pdf, ".docx": build_docx, ".html": build_html}

if __name__ == "__main__":
    for rel, doc in DOCS.items():
        p = ROOT / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        BUILDERS[p.suffix](p, doc)
        write_sidecar(p, doc["meta"])
        print("built", rel)
