"""Small real PDF, DOCX and HTML files for tests, written from scratch."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def pdf_bytes(pages: list[str], title: str | None = None,
              sizes: Mapping[str, int] | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per input line, one page per string;
    a line in `sizes` set in its size, the rest in 12 pt."""
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages))), len(pages))).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, text in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "24 TL", "72 720 Td"]
        for line in text.split("\n"):
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            size = (sizes or {}).get(line, 12)
            ops.append(f"/F1 {size} Tf ({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                    f"<< /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = None
    if title:
        objs.append(f"<< /Title ({title}) >>".encode("latin-1"))
        info = len(objs)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = f"<< /Size {len(objs) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "")
    out += b"trailer\n" + trailer.encode() + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write_pdf(path: Path, pages: list[str], title: str | None = None,
              password: str | None = None, sizes: Mapping[str, int] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, title, sizes))
    if password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(password, algorithm="RC4-128")
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


def write_docx(path: Path, title: str | None, blocks: list[tuple[str, str]],
               core_title: str | None = None) -> Path:
    """`blocks`: (style, text) pairs; style 'table' takes rows separated by ';' and '|'."""
    import docx

    document = docx.Document()
    if core_title:
        document.core_properties.title = core_title
    if title:
        document.add_heading(title, level=0)
    for style, text in blocks:
        if style == "table":
            rows = [r.split("|") for r in text.split(";")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif style.startswith("Heading"):
            document.add_heading(text, level=int(style.split()[-1]))
        else:
            document.add_paragraph(text, style=style or None)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
