"""The built-in gazetteer: which places a question names, and whether a page's region is
one of them.

A city's page answers a question about that city; a question that names another city
is not answered from it, even when the folder has no page of the city asked about
("pbb di bandung" against Yogyakarta's PBB page). Residents write places their own
way ("jogja", "jb", "mbpp", "dbkl"), so the names come from the package's
`indexer/data/places.yml`, not from the folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.cache import LRUCache
from indexer.countries import COUNTRIES
from indexer.errors import LoadError
from indexer.text import words

PLACES_FILE = "places.yml"


@dataclass(frozen=True)
class Place:
    place_id: str
    country: str
    names: tuple[tuple[str, ...], ...]
    parent: str | None = None


class Gazetteer:
    def __init__(self, places: Iterable[Place]) -> None:
        self.places = {p.place_id: p for p in places}
        # first word of a name -> (name, place id), longest names first
        self._first: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for p in self.places.values():
            for name in p.names:
                self._first.setdefault((p.country, name[0]), []).append((name, p.place_id))
        for found in self._first.values():
            found.sort(key=lambda n: -len(n[0]))
        self._named: LRUCache[frozenset[str]] = LRUCache(4096)

    @classmethod
    def from_yaml(cls, text: str) -> Gazetteer:
        data = yaml.safe_load(text)
        if not isinstance(data, list):
            raise LoadError(PLACES_FILE, "must be a list of places")
        places = [_place(entry) for entry in data]
        ids = {p.place_id for p in places}
        if len(ids) != len(places):
            raise LoadError(PLACES_FILE, "place ids must be unique")
        for p in places:
            if p.parent is not None and p.parent not in ids:
                raise LoadError(PLACES_FILE, f"{p.place_id}: unknown parent {p.parent!r}")
        return cls(places)

    def named_in(self, text: str, country: str) -> frozenset[str]:
        """The places of `country` that `text` names (the longest name wins), the most
        specific of each: "Ipoh, Perak" is Ipoh."""
        key = (text, country)
        found = self._named.get(key)
        if found is None:
            named = set(self._scan(words(text), country))
            found = frozenset(p for p in named if not any(
                p in self.with_parents([q]) for q in named if q != p))
            self._named.put(key, found)
        return found

    def _scan(self, tokens: list[str], country: str) -> Iterable[str]:
        i = 0
        while i < len(tokens):
            for name, place_id in self._first.get((country, tokens[i]), ()):
                if tuple(tokens[i:i + len(name)]) == name:
                    yield place_id
                    i += len(name)
                    break
            else:
                i += 1

    def with_parents(self, ids: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for start in ids:
            place_id: str | None = start
            while place_id is not None and place_id not in out:
                out.add(place_id)
                place_id = self.places[place_id].parent
        return frozenset(out)

    def most_specific(self, ids: frozenset[str]) -> frozenset[str]:
        """`ids` less those that contain another of them (Johor, when Iskandar Puteri is
        there too)."""
        parents = {p for i in ids for p in self.with_parents([i]) if p != i}
        return frozenset(ids - parents)

    def same(self, asked: frozenset[str], page: frozenset[str]) -> bool:
        """Whether a page of the places `page` is about the places `asked`: one is the
        other or lies in it (Surabaya's page for "jatim", Jawa Timur's for "surabaya"),
        but not two cities of one province."""
        return bool(asked & self.with_parents(page)) or bool(page & self.with_parents(asked))


def _place(entry: Any) -> Place:
    if not isinstance(entry, dict) or not entry.get("id"):
        raise LoadError(PLACES_FILE, f"a place needs an id: {entry!r}")
    place_id = str(entry["id"])
    country = entry.get("country")
    if country not in COUNTRIES:
        raise LoadError(PLACES_FILE, f"{place_id}: country must be one of "
                                     f"{', '.join(COUNTRIES)}")
    names = tuple(tuple(words(str(n))) for n in entry.get("names") or ())
    if not names or not all(names):
        raise LoadError(PLACES_FILE, f"{place_id}: needs names")
    parent = entry.get("in")
    return Place(place_id, country, names, str(parent) if parent else None)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped in `indexer/data/places.yml`, read once."""
    path = resources.files("indexer").joinpath("data", PLACES_FILE)
    return Gazetteer.from_yaml(path.read_text(encoding="utf-8"))
