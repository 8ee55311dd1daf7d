"""Load knowledge files into `Document`s.

Markdown and text carry their fields in YAML front matter; PDF, DOCX and HTML (see
`indexer/formats.py`) in a sidecar `NAME.EXT.yml` beside them (which a Markdown or text
file may use too; its own front matter wins). Every problem becomes a `LoadFailure` with
the path, the reason and, where there is one, the line; the other files still load.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from indexer.complaints import CHANNELS_FILE
from indexer.countries import COUNTRIES, LANGS
from indexer.errors import LoadError
from indexer.fields import (
    MAX_SETTINGS_BYTES,
    MAX_YAML_BYTES,
    Fields,
    as_str,
    check_date,
    check_source,
    check_updated,
    load_yaml,
    split_front_matter,
    to_fields,
)
from indexer.formats import EXTRACTORS
from indexer.glossary import GLOSSARY_GLOB
from indexer.types import Document, LoadFailure, Section
from indexer.walk import (
    SIDECAR_SUFFIX,
    TEXT_SUFFIXES,
    doc_id_for,
    is_knowledge_file,
    sidecar_for,
    walk_files,
)

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024          # Markdown / text
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024     # PDF / DOCX / HTML
MAX_QUESTIONS = 30                        # a page's `questions` kept (the first ones)
SETTINGS_FILES = (GLOSSARY_GLOB, CHANNELS_FILE)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# `note`: the staff's own remark on the page (never shown to residents, not indexed)
_FRONT_FIELDS = {"title", "lang", "country", "region", "agency", "source", "updated", "tags",
                 "questions", "review_by", "valid_until", "note"}

DetectLang = Callable[[str], str]


@dataclass(frozen=True)
class LoadResult:
    documents: tuple[Document, ...]
    failures: tuple[LoadFailure, ...]


def load_knowledge(root: Path, detect_lang: DetectLang | None = None) -> LoadResult:
    """Load every knowledge file under `root`; failures are collected, not raised."""
    root = Path(root)
    if not root.is_dir():
        raise LoadError(str(root), "knowledge folder does not exist")
    paths, skipped = walk_files(root)
    docs: list[Document] = []
    failures: list[LoadFailure] = list(skipped)
    for path in paths:
        if not is_knowledge_file(path, root):
            continue
        doc_id = doc_id_for(path, root)
        try:
            docs.append(load_file(path, doc_id, detect_lang=detect_lang))
            continue
        except LoadError as exc:
            failures.append(LoadFailure(exc.path or doc_id, exc.reason, exc.line))
        except FileNotFoundError:
            failures.append(LoadFailure(doc_id, "file disappeared while indexing (removed or "
                                                "renamed)"))
        except OSError as exc:
            failures.append(LoadFailure(doc_id, f"cannot read file: {exc.strerror or exc}"))
        log.warning("skipped %s", failures[-1])
    for failure in skipped:
        log.warning("skipped %s", failure)
    return LoadResult(tuple(docs), tuple(failures))


# -- reading -------------------------------------------------------------------------------

def read_bytes(path: Path, doc_id: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; empty or oversized files are refused before anything is read."""
    size = path.stat().st_size
    if size == 0:
        raise LoadError(doc_id, "file is empty")
    if size > limit:
        raise LoadError(doc_id, f"file is too large ({size // 1024} KiB; limit "
                                f"{limit // 1024} KiB)")
    with open(path, "rb") as fh:
        raw = fh.read(size + 1)
        if len(raw) > size:  # it grew since stat()
            raw += fh.read(limit + 1 - len(raw))
    if len(raw) > limit:
        raise LoadError(doc_id, f"file is too large (over {limit // 1024} KiB)")
    if not raw:
        raise LoadError(doc_id, "file is empty")
    return raw


def decode_text(raw: bytes, doc_id: str) -> str:
    if b"\x00" in raw[:8192]:
        raise LoadError(doc_id, "file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(doc_id, "invalid UTF-8", line=line) from None


def read_text(path: Path, doc_id: str) -> str:
    return decode_text(read_bytes(path, doc_id), doc_id)


def check_settings_files(root: Path) -> list[LoadFailure]:
    """Problems a YAML parser must not be handed in the staff settings files (`_*.yml`).

    Too large, too many aliases (a YAML bomb), not UTF-8 or not YAML: each with its line.
    The files' own structure is checked by `indexer.glossary` and `indexer.complaints`.
    """
    problems: list[LoadFailure] = []
    for pattern in SETTINGS_FILES:
        for path in sorted(Path(root).glob(pattern)):
            try:
                text = decode_text(read_bytes(path, path.name, MAX_SETTINGS_BYTES), path.name)
                load_yaml(text, path.name, what="settings file", max_bytes=MAX_SETTINGS_BYTES)
            except LoadError as exc:
                problems.append(LoadFailure(exc.path, exc.reason, exc.line))
            except OSError as exc:
                problems.append(LoadFailure(path.name, f"cannot read file: {exc.strerror}"))
    return problems


def read_sidecar(path: Path, sidecar_id: str) -> tuple[Fields, bytes]:
    """The fields of a sidecar `NAME.EXT.yml`, and its bytes (for the content hash)."""
    raw = read_bytes(path, sidecar_id, MAX_YAML_BYTES)
    text = decode_text(raw, sidecar_id)
    meta = load_yaml(text, sidecar_id, what="sidecar")
    return to_fields(meta, sidecar_id, text.split("\n"), 1, "sidecar"), raw


# -- parsing -------------------------------------------------------------------------------

def inner_headings(text: str) -> list[str]:
    """The headings inside a section's text (levels 3–6 start no section), less those
    that are questions (a FAQ's "### Berapa lama …?" names what is asked, not the page)."""
    return [m.group(2).strip() for line in text.split("\n")
            if (m := _HEADING.match(line)) and len(m.group(1)) > 2
            and not m.group(2).rstrip("*_ ").endswith("?")]


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


def load_file(path: Path, doc_id: str, detect_lang: DetectLang | None = None) -> Document:
    """Parse one knowledge file (and its sidecar, if any) into a `Document`."""
    suffix = path.suffix.lower()
    fields = Fields()
    sidecar_raw = b""
    sidecar = sidecar_for(path)
    if sidecar.is_file():
        fields, sidecar_raw = read_sidecar(sidecar, doc_id + SIDECAR_SUFFIX)
    if suffix in TEXT_SUFFIXES:
        text = decode_text(read_bytes(path, doc_id), doc_id)
        digest = hashlib.sha256(text.encode("utf-8"))
        if suffix == ".txt":
            first, _, rest = text.strip().partition("\n")
            found_title: str | None = first.strip()
            sections: tuple[Section, ...] = (Section("", rest.strip()),) if rest.strip() else ()
        else:
            front, body, _ = split_front_matter(text, doc_id)
            fields = fields.under(front)
            found_title, sections = parse_sections(body)
    else:
        raw = read_bytes(path, doc_id, MAX_DOCUMENT_BYTES)
        digest = hashlib.sha256(raw)
        extracted = EXTRACTORS[suffix](raw, doc_id)
        md_title, sections = parse_sections(extracted.markdown)
        found_title = extracted.title or md_title
    if sidecar_raw:
        digest.update(b"\x00sidecar\x00" + sidecar_raw)
    return make_document(doc_id, fields, found_title, sections, digest.hexdigest(),
                         detect_lang)


def make_document(doc_id: str, fields: Fields, found_title: str | None,
                  sections: tuple[Section, ...], content_hash: str,
                  detect_lang: DetectLang | None = None) -> Document:
    """Check the fields and build the `Document`; a field's error names its file and line."""
    unknown = set(fields.values) - _FRONT_FIELDS
    if unknown:
        log.info("%s: ignoring unknown fields %s", doc_id, sorted(unknown))
    title = as_str(fields.get("title")) or found_title or ""
    if not title:
        if "title" in fields.values:
            raise fields.error("title", "title is empty")
        raise LoadError(doc_id, "no title: add 'title:' to the front matter (or sidecar) or "
                                "a '# ' heading")
    body_text = "\n\n".join(s.text for s in sections).strip()
    if not body_text:
        raise LoadError(doc_id, "document has no body text")

    lang = as_str(fields.get("lang"))
    if lang is not None:
        lang = lang.lower()
        if lang not in LANGS:
            raise fields.error("lang", f"unknown lang {lang!r} (expected one of "
                                       f"{', '.join(LANGS)})")
    elif detect_lang is not None:
        lang = detect_lang(f"{title}\n{body_text[:2000]}")
    else:
        lang = "id"
    country = as_str(fields.get("country"))
    if country is not None:
        country = country.upper()
        if country not in COUNTRIES:
            raise fields.error("country", f"unknown country {country!r} (expected one of "
                                          f"{', '.join(COUNTRIES)})")
    tags_raw = fields.get("tags") or ()
    if isinstance(tags_raw, str):
        tags_raw = [t.strip() for t in tags_raw.split(",")]
    if not isinstance(tags_raw, (list, tuple)):
        raise fields.error("tags", "'tags' must be a list")
    tags = tuple(t for t in (as_str(t) for t in tags_raw) if t)
    questions_raw = fields.get("questions") or ()
    if isinstance(questions_raw, str):
        questions_raw = [q.strip() for q in questions_raw.splitlines()]
    if not isinstance(questions_raw, (list, tuple)):
        raise fields.error("questions", "'questions' must be a list of questions")
    questions = tuple(q for q in (as_str(q) for q in questions_raw) if q)[:MAX_QUESTIONS]
    return Document(
        doc_id=doc_id,
        title=title,
        lang=lang,
        country=country,
        text=body_text,
        region=as_str(fields.get("region")),
        agency=as_str(fields.get("agency")),
        source=check_source(fields),
        updated=check_updated(fields),
        tags=tags,
        questions=questions,
        sections=sections,
        content_hash=content_hash,
        review_by=check_date(fields, "review_by"),
        valid_until=check_date(fields, "valid_until"),
    )
