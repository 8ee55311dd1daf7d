"""Document metadata: front matter and sidecar fields, read with bounded YAML and checked.

A field remembers the file and line it was written on, so an error in a sidecar points at
the sidecar's line and an error in front matter at the document's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from indexer.errors import LoadError

MAX_YAML_BYTES = 64 * 1024                # front matter and sidecars
MAX_YAML_ALIASES = 20                     # a YAML "billion laughs" needs many more
MAX_SETTINGS_BYTES = 1024 * 1024          # _glossary*.yml, _channels.yml
_FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@dataclass(frozen=True)
class Fields:
    """Metadata fields, each remembering the file and line it was written on."""

    values: dict = field(default_factory=dict)
    origin: dict[str, tuple[str, int | None]] = field(default_factory=dict)

    def get(self, key: str) -> object:
        return self.values.get(key)

    def error(self, key: str, reason: str) -> LoadError:
        path, line = self.origin.get(key, ("", None))
        return LoadError(path, reason, line)

    def under(self, other: Fields) -> Fields:
        """These fields, overridden by `other`'s."""
        return Fields({**self.values, **other.values}, {**self.origin, **other.origin})


class _SafeLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` that keeps an impossible date (2024-13-45) as text to be reported."""


def _timestamp(loader: _SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str, where: str, first_line: int = 1, what: str = "front matter",
              max_bytes: int = MAX_YAML_BYTES) -> object:
    """`yaml.safe_load` with bounds: refuse big blocks and alias-heavy ones (YAML bombs).

    Line numbers in errors count from `first_line` (the block's first line in its file).
    """
    if len(text.encode("utf-8")) > max_bytes:
        raise LoadError(where, f"{what} is larger than {max_bytes // 1024} KiB",
                        line=first_line)
    try:
        aliases = sum(isinstance(tok, yaml.AliasToken) for tok in yaml.scan(text))
        if aliases > MAX_YAML_ALIASES:
            raise LoadError(where, f"{what} uses {aliases} YAML aliases (limit "
                                   f"{MAX_YAML_ALIASES}); write the values out",
                            line=first_line)
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LoadError(where, f"{what} is not valid YAML: {problem}", line=line) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise LoadError(where, f"{what} has a value YAML cannot read: {exc}",
                        line=first_line) from None


def read_yaml_mapping(path: Path, where: str, shape: str) -> dict:
    """A staff settings file (`_channels.yml`, `_glossary.yml`), bounded like front matter;
    empty is `{}`, anything but a mapping an error saying `shape`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(where, f"cannot read file: {exc.strerror}") from None
    if len(raw) > MAX_SETTINGS_BYTES:
        raise LoadError(where, f"settings file is larger than {MAX_SETTINGS_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LoadError(where, "not UTF-8 text") from None
    data = load_yaml(text, where, what="settings file", max_bytes=MAX_SETTINGS_BYTES)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LoadError(where, shape)
    return data


def to_fields(meta: object, where: str, lines: list[str], first_line: int,
              what: str) -> Fields:
    """Parsed YAML as `Fields`, each field's line found in `lines` (its top-level key)."""
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise LoadError(where, f"{what} must be a mapping of fields", line=first_line)
    found = {}
    for offset, text in enumerate(lines):
        m = _FIELD_LINE.match(text)
        if m and m.group(1) not in found:
            found[m.group(1)] = first_line + offset
    keys = {str(k) for k in meta}
    return Fields({str(k): v for k, v in meta.items()},
                  {k: (where, found.get(k, first_line)) for k in keys})


def split_front_matter(text: str, doc_id: str) -> tuple[Fields, str, int]:
    """Return (front matter fields, body, line number where the body starts)."""
    if not text.startswith("---"):
        return Fields(), text, 1
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return Fields(), text, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise LoadError(doc_id, "front matter is not closed with '---'", line=1)
    block = lines[1:end]
    meta = load_yaml("\n".join(block), doc_id, first_line=2)
    body = "\n".join(lines[end + 1:])
    return to_fields(meta, doc_id, block, 2, "front matter"), body, end + 2


def as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple, set)):
        return None
    text = str(value).strip()
    return text or None


def check_date(fields: Fields, key: str) -> str | None:
    """The date field `key` as `YYYY-MM-DD`, or None when it is missing."""
    value = fields.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise fields.error(key, f"'{key}' must be a date (YYYY-MM-DD), not "
                                f"{str(value)[:40]!r}") from None


def check_updated(fields: Fields) -> str | None:
    return check_date(fields, "updated")


def check_source(fields: Fields) -> str | None:
    value = as_str(fields.get("source"))
    if value is None:
        return None
    url = urlparse(value)
    if url.scheme not in ("http", "https") or not url.netloc or any(c.isspace() for c in value):
        raise fields.error("source", f"'source' must be an http(s) URL, not {value[:60]!r}")
    return value
