"""Per-country fallback channels and refusal texts, kept by staff in `_channels.yml`."""

from __future__ import annotations

from pathlib import Path

import yaml

from indexer.config import COUNTRIES, LANGS
from indexer.errors import LoadError

CHANNELS_FILE = "_channels.yml"

# Used when a knowledge folder has no _channels.yml of its own.
DEFAULT_CHANNELS: dict = {
    "ID": {
        "name": "SP4N-LAPOR!",
        "url": "https://www.lapor.go.id/",
        "refusal": {
            "id": "Maaf, informasi itu belum ada di basis pengetahuan saya. Untuk pertanyaan "
                  "atau pengaduan layanan publik, silakan hubungi SP4N-LAPOR!: {url}",
            "ms": "Maaf, maklumat itu belum ada dalam pangkalan pengetahuan saya. Untuk "
                  "pertanyaan atau aduan perkhidmatan awam di Indonesia, sila hubungi "
                  "SP4N-LAPOR!: {url}",
        },
    },
    "MY": {
        "name": "SISPAA",
        "url": "https://sispaa.pcb.gov.my/",
        "refusal": {
            "ms": "Maaf, maklumat itu belum ada dalam pangkalan pengetahuan saya. Untuk "
                  "pertanyaan atau aduan perkhidmatan awam, sila hubungi Biro Pengaduan Awam "
                  "melalui SISPAA: {url}",
            "id": "Maaf, informasi itu belum ada di basis pengetahuan saya. Untuk pertanyaan "
                  "atau pengaduan layanan publik di Malaysia, silakan hubungi SISPAA: {url}",
        },
    },
}


def load_channels(root: Path) -> dict:
    """Read `_channels.yml`, checked: each country has a name, a URL and texts per language."""
    path = Path(root) / CHANNELS_FILE
    if not path.exists():
        return DEFAULT_CHANNELS
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LoadError(CHANNELS_FILE, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise LoadError(CHANNELS_FILE, "must map a country (ID, MY) to its channel")
    out: dict = {}
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
        out[country] = {"name": str(entry["name"]), "url": str(entry["url"]),
                        "refusal": {lang: str(refusal[lang]) for lang in LANGS},
                        **{k: v for k, v in entry.items()
                           if k not in ("name", "url", "refusal")}}
    return out
