"""The term map: slang and abbreviations, and Indonesian↔Malay equivalents — built in, and
extended by a knowledge folder's own `_glossary*.yml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources import as_file, files
from pathlib import Path

from indexer.errors import LoadError
from indexer.fields import read_yaml_mapping
from indexer.text import words

GLOSSARY_GLOB = "_glossary*.yml"


@dataclass(frozen=True)
class Glossary:
    """`expand`: phrase -> extra phrases; `groups`: sets of equivalent phrases."""

    expand: dict[str, tuple[str, ...]] = field(default_factory=dict)
    groups: tuple[tuple[str, ...], ...] = ()

    def to_json(self) -> dict:
        return {"expand": {k: list(v) for k, v in self.expand.items()},
                "equivalents": [list(g) for g in self.groups]}

    @classmethod
    def from_json(cls, data: dict) -> Glossary:
        return cls({k: tuple(v) for k, v in data.get("expand", {}).items()},
                   tuple(tuple(g) for g in data.get("equivalents", [])))

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        """The glossary's multi-word terms, gathered once."""
        every = set(self.expand) | {t for g in self.groups for t in g}
        return tuple(sorted(t for t in every if " " in t))

    def phrases_in(self, text: str) -> list[str]:
        """The glossary's multi-word terms that occur in `text` (whole words)."""
        norm = " " + " ".join(words(text)) + " "
        return [t for t in self.phrases if f" {t} " in norm]

    def alternatives(self, word: str) -> list[str]:
        """What one word (or phrase) may stand for: its expansions and equivalents."""
        word = word.lower()
        found = list(self.expand.get(word, ()))
        for group in self.groups:
            if word in group or any(f in group for f in found):
                found.extend(t for t in group if t != word)
        return found

    def expansions(self, text: str) -> list[str]:
        """Phrases to add to `text`: what its slang means and its cross-language twins."""
        norm = " " + " ".join(words(text)) + " "
        found: list[str] = []
        for key, values in self.expand.items():
            if f" {key} " in norm:
                found.extend(values)
        probe = norm + " ".join(found) + " "
        for group in self.groups:
            if any(f" {term} " in probe for term in group):
                found.extend(t for t in group if f" {t} " not in probe)
        return list(dict.fromkeys(found))


def _clean(value: object) -> str:
    return " ".join(str(value).lower().split())


def read_glossary_file(path: Path, where: str) -> Glossary:
    """One glossary file, checked: `expand` maps a term to terms, `equivalents` lists groups."""
    data = read_yaml_mapping(path, where, "glossary must be a mapping with 'expand' and/or "
                             "'equivalents'")
    raw_expand = data.get("expand") or {}
    if not isinstance(raw_expand, dict):
        raise LoadError(where, "'expand' must map a term to a list of terms")
    expand: dict[str, tuple[str, ...]] = {}
    for key, values in raw_expand.items():
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list):
            raise LoadError(where, f"'expand.{key}' must be a list of terms")
        bucket = list(expand.get(_clean(key), ()))
        bucket.extend(v for v in map(_clean, values) if v and v not in bucket)
        expand[_clean(key)] = tuple(bucket)
    raw_groups = data.get("equivalents") or []
    if not isinstance(raw_groups, list):
        raise LoadError(where, "'equivalents' must be a list of lists of terms")
    groups = []
    for group in raw_groups:
        if not isinstance(group, list) or len(group) < 2:
            raise LoadError(where, f"equivalents entry {group!r} must list 2+ terms")
        groups.append(tuple(_clean(g) for g in group))
    return Glossary(expand, tuple(groups))


def merge(glossaries: list[Glossary]) -> Glossary:
    """One glossary: expansions of a term gathered, equivalence groups added."""
    expand: dict[str, list[str]] = {}
    for glossary in glossaries:
        for key, values in glossary.expand.items():
            bucket = expand.setdefault(key, [])
            bucket.extend(v for v in values if v not in bucket)
    return Glossary({k: tuple(v) for k, v in expand.items()},
                    tuple(g for glossary in glossaries for g in glossary.groups))


def builtin_glossary() -> Glossary:
    """The glossary Tanyakota ships: shorthand, slang, English words residents mix in,
    Indonesian↔Malay equivalents, the two countries' service vocabulary."""
    folder = files("indexer") / "data" / "glossary"
    with as_file(folder) as path:
        return merge([read_glossary_file(p, f"built-in glossary {p.name}")
                      for p in sorted(Path(path).glob("*.yml"))])


def load_glossary(root: Path, builtin: bool = True) -> Glossary:
    """The built-in glossary, extended by every `_glossary*.yml` in the knowledge folder's
    top level; a term the folder expands gets the folder's expansions instead."""
    own = merge([read_glossary_file(path, path.name)
                 for path in sorted(Path(root).glob(GLOSSARY_GLOB))])
    if not builtin:
        return own
    base = builtin_glossary()
    kept = {k: v for k, v in base.expand.items() if k not in own.expand}
    return Glossary({**kept, **own.expand}, base.groups + own.groups)
