"""The staff-kept term map: slang and abbreviations, and Indonesian↔Malay equivalents."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
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


def load_glossary(root: Path) -> Glossary:
    """Merge every `_glossary*.yml` in the knowledge folder's top level."""
    expand: dict[str, list[str]] = {}
    groups: list[tuple[str, ...]] = []
    for path in sorted(Path(root).glob(GLOSSARY_GLOB)):
        data = read_yaml_mapping(path, path.name, "glossary must be a mapping with 'expand' "
                                 "and/or 'equivalents'")
        raw_expand = data.get("expand") or {}
        if not isinstance(raw_expand, dict):
            raise LoadError(path.name, "'expand' must map a term to a list of terms")
        for key, values in raw_expand.items():
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list):
                raise LoadError(path.name, f"'expand.{key}' must be a list of terms")
            bucket = expand.setdefault(_clean(key), [])
            bucket.extend(v for v in map(_clean, values) if v and v not in bucket)
        raw_groups = data.get("equivalents") or []
        if not isinstance(raw_groups, list):
            raise LoadError(path.name, "'equivalents' must be a list of lists of terms")
        for group in raw_groups:
            if not isinstance(group, list) or len(group) < 2:
                raise LoadError(path.name, f"equivalents entry {group!r} must list 2+ terms")
            groups.append(tuple(_clean(g) for g in group))
    return Glossary({k: tuple(v) for k, v in expand.items()}, tuple(groups))
