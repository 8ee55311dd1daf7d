"""Shared helpers for the build scripts: paths and the sidecar writer."""

from pathlib import Path

import yaml

SET = Path(__file__).resolve().parent.parent
KNOWLEDGE = SET / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."


def write_sidecar(doc_path: Path, *, title: str, region: str, agency: str, source: str,
                  updated: str) -> None:
    """Write NAME.EXT.yml beside `doc_path` with the fields every document carries."""
    fields = {
        "title": title,
        "lang": "ms",
        "country": "MY",
        "region": region,
        "agency": agency,
        "source": source,
        "updated": updated,
        "note": NOTE,
    }
    text = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000)
    # `updated` is written as a plain YAML date (no quotes)
    text = text.replace(f"updated: '{updated}'", f"updated: {updated}")
    sidecar = doc_path.with_name(doc_path.name + ".yml")
    sidecar.write_text(text, encoding="utf-8")
