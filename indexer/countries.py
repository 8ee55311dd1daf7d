"""The one place for the two countries and their languages: codes, names, pairings."""

from __future__ import annotations

from typing import Literal

Country = Literal["ID", "MY"]
Lang = Literal["id", "ms"]

COUNTRIES: tuple[str, ...] = ("ID", "MY")
LANGS: tuple[str, ...] = ("id", "ms")

# the language a country's residents are answered in, and back
LANG_OF_COUNTRY: dict[str, str] = {"ID": "id", "MY": "ms"}
COUNTRY_OF_LANG: dict[str, str] = {"id": "ID", "ms": "MY"}

COUNTRY_NAMES: dict[str, str] = {"ID": "Indonesia", "MY": "Malaysia"}
COUNTRY_FLAGS: dict[str, str] = {"ID": "🇮🇩", "MY": "🇲🇾"}
LANG_NAMES: dict[str, str] = {"id": "Bahasa Indonesia", "ms": "Bahasa Melayu"}

# words a resident may use for a country in a short reply ("saya di Malaysia")
COUNTRY_WORDS: dict[str, str] = {
    "id": "ID", "indonesia": "ID", "indo": "ID", "ri": "ID",
    "my": "MY", "malaysia": "MY", "msia": "MY", "m'sia": "MY",
}


def country_of_lang(lang: str | None, default: str = "ID") -> str:
    """The country whose language `lang` is (`ms` → MY), else `default`."""
    return COUNTRY_OF_LANG.get(lang or "", default)
