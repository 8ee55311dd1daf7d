"""Build the PDF and DOCX documents (and their sidecars) from build/content_*.py.

Run with a Python that has reportlab, python-docx and pyyaml:
    python build/make_docs.py
Paths are relative to this script's folder; output goes to ../knowledge/.
The Markdown and HTML documents are written by hand and live directly in ../knowledge/.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent / "knowledge"
sys.path.insert(0, str(HERE))

import content_paspor  # noqa: E402
import content_rsud  # noqa: E402

SIDECAR_ORDER = ("title", "lang", "country", "region", "agency", "source", "updated", "note")


def write_sidecar(doc_path: Path, meta: dict) -> None:
    lines = []
    for key in SIDECAR_ORDER:
        value = meta[key]
        if key in ("title", "note", "agency"):
            value = '"' + value.replace('"', '\\"') + '"'
        lines.append(f"{key}: {value}")
    doc_path.with_name(doc_path.name + ".yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_pdf(mod) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    out = KNOWLEDGE / mod.PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    title_style = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=12)
    h2_style = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=14, leading=18,
                              spaceBefore=10, spaceAfter=6)
    body = ParagraphStyle("B", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
    bullet = ParagraphStyle("L", parent=body, leftIndent=14, spaceAfter=3)
    cell = ParagraphStyle("C", fontName="Helvetica", fontSize=10, leading=13)

    story = [Paragraph(mod.TITLE, title_style)]
    for kind, value in mod.BLOCKS:
        if kind == "h2":
            story.append(Paragraph(value, h2_style))
        elif kind == "p":
            story.append(Paragraph(value, body))
        elif kind == "ul":
            for item in value:
                text = item if item[:2].rstrip(".").isdigit() else "\u2022 " + item
                story.append(Paragraph(text, bullet))
        elif kind == "table":
            data = [[Paragraph(c, cell) for c in row] for row in value]
            table = Table(data, colWidths=[10 * cm, 5.5 * cm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.extend([table, Spacer(1, 6)])
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=mod.META["title"],
                            author=mod.META["agency"], leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)
    write_sidecar(out, mod.META)
    return out


def build_docx(mod) -> Path:
    import docx

    out = KNOWLEDGE / mod.PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.core_properties.title = mod.META["title"]
    document.core_properties.author = mod.META["agency"]
    document.add_heading(mod.TITLE, level=1)
    for kind, value in mod.BLOCKS:
        if kind == "h2":
            document.add_heading(value, level=2)
        elif kind == "h3":
            document.add_heading(value, level=3)
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "num":
            for item in value:
                document.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            raise ValueError(kind)
    document.save(str(out))
    write_sidecar(out, mod.META)
    return out


if __name__ == "__main__":
    print(build_pdf(content_paspor).relative_to(HERE.parent))
    print(build_docx(content_rsud).relative_to(HERE.parent))
