"""Build the PDF, DOCX and sidecar files of the plains evaluation set.
Run with .venv-build/bin/python build/build.py from tests/eval/plains."""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from content import BPHTB, PDAM, GERAI, ACARA
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem
from docx import Document

K = Path(__file__).resolve().parent.parent / "knowledge"

def pdf(items, path):
    st = {
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=23, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5),
    }
    flow = []
    for kind, val in items:
        if kind in ("ul", "ol"):
            flow.append(ListFlowable([ListItem(Paragraph(v, st["p"])) for v in val],
                                     bulletType="bullet" if kind == "ul" else "1", start=None if kind == "ol" else "•"))
        elif kind == "table":
            raise ValueError("no tables in PDF")
        else:
            flow.append(Paragraph(val, st[kind]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=items[0][1])
    doc.build(flow)

def docx(items, path):
    d = Document()
    d.core_properties.title = items[0][1]
    for kind, val in items:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for v in val:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "ol":
            for v in val:
                d.add_paragraph(v, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(str(path))

pdf(BPHTB, K / "id/bekasi/bphtb.pdf")
docx(PDAM, K / "id/samarinda/pasang-baru-air.docx")
pdf(GERAI, K / "my/tawau/sewa-gerai-pasar.pdf")
docx(ACARA, K / "my/muar/permit-acara-jalan.docx")
print("built")
