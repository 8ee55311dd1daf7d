"""Text out of PDF, DOCX and HTML files, as Markdown the loader splits into sections.

Each extractor takes the file's bytes (already size-checked by the loader) and returns
the title the file names, if any, and its text with `#`/`##` headings where the format
has them. Anything a parser trips over becomes a `LoadError` with a reason staff can act on.
"""

from __future__ import annotations

import io
import logging
import math
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from indexer.errors import LoadError

log = logging.getLogger(__name__)

# a DOCX is a zip: refuse one that unpacks to more than this (a zip bomb)
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
_JUNK_TITLES = re.compile(r"^(untitled|microsoft word - .*|document\d*|dokumen\d*)$", re.I)


@dataclass(frozen=True)
class Extracted:
    """What a file says about itself: a title (or None) and Markdown text."""

    title: str | None
    markdown: str


def _clean_title(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text if text and not _JUNK_TITLES.match(text) else None


def extract_pdf(raw: bytes, doc_id: str) -> Extracted:
    """The pages' text, with the lines set in a larger type than the body's as headings (see
    `pdf_markdown`); the title from the PDF's metadata or its first line."""
    from pypdf import PasswordType, PdfReader

    if b"%PDF-" not in raw[:1024]:
        raise LoadError(doc_id, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except Exception:  # noqa: BLE001 - e.g. AES without a crypto library
                opened = False
            if not opened:
                raise LoadError(doc_id, "PDF is encrypted (password protected); save an "
                                        "unprotected copy")
        lines: list[PdfLine] = []
        for page in reader.pages:
            lines.extend(page_lines(page))
        meta_title = _clean_title(reader.metadata.title if reader.metadata else None)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure on a hostile file
        raise LoadError(doc_id, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(line.text.strip() for line in lines):
        raise LoadError(doc_id, "PDF has no text layer (a scanned image?); add a text version")
    first_line = next(line.text.strip() for line in lines if line.text.strip())
    return Extracted(meta_title or _clean_title(first_line), pdf_markdown(lines))


@dataclass(frozen=True)
class PdfLine:
    """One line of a PDF page: its text, the type size most of its characters are set in
    (points, after scaling), and whether it ends a page."""

    text: str
    size: float
    page_end: bool = False


def page_lines(page: Any) -> list[PdfLine]:
    """A pypdf page's text line by line, each with its type size (the text is exactly
    pypdf's `extract_text`, which calls the visitor with every piece it adds)."""
    lines: list[PdfLine] = []
    pieces: list[tuple[str, float]] = []

    def end_line() -> None:
        lines.append(PdfLine("".join(t for t, _ in pieces), commonest_size(pieces)))
        pieces.clear()

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: object,
              size: float) -> None:
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if part:
                pieces.append((part, round(size * (scale or 1.0), 1)))
            if k < len(parts) - 1:
                end_line()

    page.extract_text(visitor_text=visit)
    if pieces:
        end_line()
    if lines:
        lines[-1] = replace(lines[-1], page_end=True)
    return lines


def commonest_size(pieces: Sequence[tuple[str, float]]) -> float:
    """The type size most of the pieces' characters are set in (0 for none)."""
    weight: Counter[float] = Counter()
    for text, size in pieces:
        weight[size] += len(text.strip())
    return weight.most_common(1)[0][0] if weight else 0.0


# a line set this much larger than the body text, and this short, is a heading
HEADING_SCALE = 1.15
HEADING_MAX_CHARS = 120
BULLETS = frozenset("•◦▪‣-–*")


def pdf_markdown(lines: Sequence[PdfLine]) -> str:
    """The lines as Markdown: a run of lines in a larger type than the body's (the size
    most characters are set in) is a heading, `#` for the largest size when the page has
    several, `##` for the rest; a PDF in one type size stays plain text, a paragraph per
    page."""
    body = commonest_size([(line.text, line.size) for line in lines])

    def is_heading(line: PdfLine) -> bool:
        text = line.text.strip()
        return (line.size >= body * HEADING_SCALE and 0 < len(text) <= HEADING_MAX_CHARS
                and any(c.isalpha() for c in text))

    sizes = sorted({line.size for line in lines if is_heading(line)}, reverse=True)
    out: list[str] = []
    heading: list[str] = []
    level = ""

    def end_heading() -> None:
        if heading:
            out.extend(["", f"{level} {' '.join(heading)}", ""])
            heading.clear()

    for line in lines:
        text = line.text.strip()
        if is_heading(line):
            mark = "#" if len(sizes) > 1 and line.size >= sizes[0] else "##"
            if heading and mark != level:
                end_heading()
            level = mark
            heading.append(text)
        else:
            end_heading()
            if out and out[-1] in BULLETS and text:
                out[-1] = f"- {_escape_headings(text)}"  # a bullet set on its own line
            elif text:
                out.append(_escape_headings(text))
        if line.page_end and not sizes:
            out.append("")  # no headings: a paragraph per page, as before
    end_heading()
    return "\n".join(out).strip()


def _escape_headings(text: str) -> str:
    """PDF text is plain: a line that starts with '#' must not become a heading."""
    return re.sub(r"(?m)^(\s*)#", r"\1\\#", text)


def extract_docx(raw: bytes, doc_id: str) -> Extracted:
    """Paragraphs and tables in order; 'Title'/'Heading N' styles become headings."""
    import docx
    from docx.table import Table

    if not raw.startswith(b"PK"):
        raise LoadError(doc_id, "not a DOCX file (not a zip package)")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise LoadError(doc_id, f"DOCX unpacks to {unpacked // 2**20} MiB (limit "
                                    f"{MAX_UNPACKED_BYTES // 2**20} MiB)")
        document = docx.Document(io.BytesIO(raw))
        meta_title = _clean_title(document.core_properties.title)
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [" ".join(c.text.split()) for c in row.cells]
                    if any(cells):
                        lines.append(" | ".join(cells))
                lines.append("")
                continue
            text = " ".join(block.text.split())
            if not text:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            level = _heading_level(style)
            if level:
                lines.extend(["", "#" * level + " " + text, ""])
            elif style.lower().startswith("list"):
                lines.append(f"- {text}")
            else:
                lines.extend([_escape_headings(text), ""])
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure on a hostile file
        raise LoadError(doc_id, f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    return Extracted(meta_title, "\n".join(lines))


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.fullmatch(r"Heading (\d)", style)
    return min(int(m.group(1)), 6) if m else 0


def extract_html(raw: bytes, doc_id: str) -> Extracted:
    """The page's main text (menus, footers and ads left out); the title from its metadata."""
    import trafilatura

    try:
        markdown = trafilatura.extract(raw, output_format="markdown", include_tables=True,
                                       include_comments=False, include_images=False,
                                       favor_recall=True)
        meta = trafilatura.extract_metadata(raw)
    except Exception as exc:  # noqa: BLE001 - any parser failure on a hostile file
        raise LoadError(doc_id, f"not a readable HTML page ({type(exc).__name__}: {exc})"
                        ) from None
    if not markdown or not markdown.strip():
        raise LoadError(doc_id, "HTML page has no main text")
    return Extracted(_clean_title(meta.title if meta else None), markdown)


EXTRACTORS: dict[str, Callable[[bytes, str], Extracted]] = {
    ".pdf": extract_pdf,
    ".docx": extract_docx,
    ".html": extract_html,
    ".htm": extract_html,
}
