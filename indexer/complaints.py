"""Each country's complaint desk and refusal texts, kept by staff in `_channels.yml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.countries import COUNTRIES, LANGS
from indexer.errors import LoadError
from indexer.fields import read_yaml_mapping

CHANNELS_FILE = "_channels.yml"


@dataclass(frozen=True)
class ComplaintChannel:
    """Where a country's residents take what the bot cannot answer (SP4N-LAPOR!, SISPAA)."""

    country: str
    name: str
    url: str
    refusal: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    # further keys staff may add (e.g. a hotline), kept for the channels that show them
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def refusal_text(self, lang: str) -> str:
        """The refusal in `lang`, with `{url}` and `{name}` filled in, on one line."""
        template = self.refusal.get(lang) or FALLBACK_REFUSAL[lang if lang in LANGS else "id"]
        return " ".join(template.format(url=self.url, name=self.name).split())

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.name, "url": self.url,
                "refusal": dict(self.refusal), **self.extra}

    @classmethod
    def from_dict(cls, country: str, data: dict[str, Any]) -> ComplaintChannel:
        rest = {k: v for k, v in data.items() if k not in ("country", "name", "url", "refusal")}
        return cls(country, str(data["name"]), str(data["url"]),
                   {str(k): str(v) for k, v in (data.get("refusal") or {}).items()}, rest)


FALLBACK_REFUSAL = {
    "id": "Maaf, saya belum punya informasi tentang hal itu.",
    "ms": "Maaf, saya belum mempunyai maklumat tentang perkara itu.",
}

# Used when a knowledge folder has no _channels.yml of its own.
DEFAULT_CHANNELS: dict[str, ComplaintChannel] = {
    "ID": ComplaintChannel("ID", "SP4N-LAPOR!", "https://www.lapor.go.id/", {
        "id": "Maaf, informasi itu belum ada di basis pengetahuan saya. Untuk pertanyaan "
              "atau pengaduan layanan publik, silakan hubungi SP4N-LAPOR!: {url}",
        "ms": "Maaf, maklumat itu belum ada dalam pangkalan pengetahuan saya. Untuk "
              "pertanyaan atau aduan perkhidmatan awam di Indonesia, sila hubungi "
              "SP4N-LAPOR!: {url}",
    }),
    "MY": ComplaintChannel("MY", "SISPAA", "https://sispaa.pcb.gov.my/", {
        "ms": "Maaf, maklumat itu belum ada dalam pangkalan pengetahuan saya. Untuk "
              "pertanyaan atau aduan perkhidmatan awam, sila hubungi Biro Pengaduan Awam "
              "melalui SISPAA: {url}",
        "id": "Maaf, informasi itu belum ada di basis pengetahuan saya. Untuk pertanyaan "
              "atau pengaduan layanan publik di Malaysia, silakan hubungi SISPAA: {url}",
    }),
}


def load_channels(root: Path) -> dict[str, ComplaintChannel]:
    """Read `_channels.yml`, checked: each country has a name, a URL and texts per language."""
    path = Path(root) / CHANNELS_FILE
    if not path.exists():
        return dict(DEFAULT_CHANNELS)
    data = read_yaml_mapping(path, CHANNELS_FILE,
                             "must map a country (ID, MY) to its channel")
    out: dict[str, ComplaintChannel] = {}
    for country in COUNTRIES:
        entry = data.get(country)
        if entry is None:
            out[country] = DEFAULT_CHANNELS[country]
            continue
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
            raise LoadError(CHANNELS_FILE, f"{country} needs 'name' and 'url'")
        refusal = entry.get("refusal") or {}
        if not isinstance(refusal, dict) or not all(refusal.get(lang) for lang in LANGS):
            raise LoadError(CHANNELS_FILE, f"{country}.refusal needs a text for each of "
                                           f"{', '.join(LANGS)}")
        out[country] = ComplaintChannel.from_dict(country, entry)
    return out
