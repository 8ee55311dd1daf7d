"""Load knowledge files into `Document`s: Markdown/text with YAML front matter."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from indexer.config import COUNTRIES, LANGS
from indexer.errors import LoadError
from indexer.types import Document, Section

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
MAX_FILE_BYTES = 5 * 1024 * 1024
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FRONT_FIELDS = {"title", "lang", "country", "region", "agency", "source", "updated", "tags",
                 "questions"}


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be loaded, with the reason."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line else f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class LoadResult:
    documents: tuple[Document, ...]
    failures: tuple[LoadFailure, ...]


def is_knowledge_file(path: Path, root: Path) -> bool:
    """A file the loader reads: a known suffix, not hidden, not staff config (`_…`)."""
    rel = path.relative_to(root)
    if any(part.startswith((".", "_")) for part in rel.parts):
        return False
    return path.suffix.lower() in TEXT_SUFFIXES


def iter_knowledge_files(root: Path) -> Iterator[Path]:
    """Every knowledge file under `root`, in a stable order; symlink loops are not followed."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and is_knowledge_file(path, root):
            yield path


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def load_knowledge(root: Path, detect_lang=None) -> LoadResult:
    """Load every knowledge file under `root`; failures are collected, not raised."""
    root = Path(root)
    if not root.is_dir():
        raise LoadError(str(root), "knowledge folder does not exist")
    docs: list[Document] = []
    failures: list[LoadFailure] = []
    for path in iter_knowledge_files(root):
        doc_id = doc_id_for(path, root)
        try:
            docs.append(load_file(path, doc_id, detect_lang=detect_lang))
        except LoadError as exc:
            failures.append(LoadFailure(doc_id, exc.reason, exc.line))
            log.warning("skipped %s", failures[-1])
        except OSError as exc:
            failures.append(LoadFailure(doc_id, f"cannot read file: {exc.strerror or exc}"))
            log.warning("skipped %s", failures[-1])
    return LoadResult(tuple(docs), tuple(failures))


def read_text(path: Path, doc_id: str) -> str:
    size = path.stat().st_size
    if size == 0:
        raise LoadError(doc_id, "file is empty")
    if size > MAX_FILE_BYTES:
        raise LoadError(doc_id, f"file is too large ({size // 1024} KiB; limit "
                                f"{MAX_FILE_BYTES // 1024} KiB)")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise LoadError(doc_id, "file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(doc_id, "invalid UTF-8", line=line) from None


def split_front_matter(text: str, doc_id: str) -> tuple[dict, str, int]:
    """Return (front matter mapping, body, line number where the body starts)."""
    if not text.startswith("---"):
        return {}, text, 1
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise LoadError(doc_id, "front matter is not closed with '---'", line=1)
    block = "\n".join(lines[1:end])
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LoadError(doc_id, f"front matter is not valid YAML: {problem}", line=line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise LoadError(doc_id, "front matter must be a mapping of fields", line=2)
    return meta, "\n".join(lines[end + 1:]), end + 2


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def parse_sections(body: str) -> tuple[str | None, tuple[Section, ...]]:
    """Split a Markdown body by headings; returns (first '# ' title, sections).

    Headings of level 1–2 start a new section; deeper headings stay inside theirs.
    """
    title: str | None = None
    sections: list[Section] = []
    heading = ""
    buf: list[str] = []
    in_code = False

    def flush() -> None:
        text = "\n".join(buf).strip()
        if text:
            sections.append(Section(heading, text))

    for line in body.split("\n"):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        m = None if in_code else _HEADING.match(line)
        if m and len(m.group(1)) <= 2:
            flush()
            buf = []
            text = m.group(2).strip()
            if len(m.group(1)) == 1 and title is None:
                title = text
                heading = ""
            else:
                heading = text
            continue
        buf.append(line)
    flush()
    return title, tuple(sections)


def load_file(path: Path, doc_id: str, detect_lang=None) -> Document:
    """Parse one Markdown or text file into a `Document`."""
    text = read_text(path, doc_id)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if path.suffix.lower() == ".txt":
        meta, body = {}, text
        first, _, rest = body.strip().partition("\n")
        title = first.strip()
        sections = (Section("", rest.strip()),) if rest.strip() else ()
        md_title = None
    else:
        meta, body, _ = split_front_matter(text, doc_id)
        md_title, sections = parse_sections(body)
        title = _as_str(meta.get("title")) or md_title or ""
    unknown = set(meta) - _FRONT_FIELDS
    if unknown:
        log.info("%s: ignoring unknown front matter fields %s", doc_id, sorted(unknown))
    if not title:
        raise LoadError(doc_id, "no title: add 'title:' to the front matter or a '# ' heading")
    body_text = "\n\n".join(s.text for s in sections).strip()
    if not body_text:
        raise LoadError(doc_id, "document has no body text")

    lang = _as_str(meta.get("lang"))
    if lang is not None:
        lang = lang.lower()
        if lang not in LANGS:
            raise LoadError(doc_id, f"unknown lang {lang!r} (expected one of {', '.join(LANGS)})")
    elif detect_lang is not None:
        lang = detect_lang(f"{title}\n{body_text[:2000]}")
    else:
        lang = "id"
    country = _as_str(meta.get("country"))
    if country is not None:
        country = country.upper()
        if country not in COUNTRIES:
            raise LoadError(doc_id, f"unknown country {country!r} (expected one of "
                                    f"{', '.join(COUNTRIES)})")
    tags_raw = meta.get("tags") or ()
    if isinstance(tags_raw, str):
        tags_raw = [t.strip() for t in tags_raw.split(",")]
    if not isinstance(tags_raw, (list, tuple)):
        raise LoadError(doc_id, "'tags' must be a list")
    tags = tuple(str(t).strip() for t in tags_raw if str(t).strip())
    return Document(
        doc_id=doc_id,
        title=title,
        lang=lang,
        country=country,
        text=body_text,
        region=_as_str(meta.get("region")),
        agency=_as_str(meta.get("agency")),
        source=_as_str(meta.get("source")),
        updated=_as_str(meta.get("updated")),
        tags=tags,
        sections=sections,
        content_hash=content_hash,
    )
