"""Shared bits of the build scripts: paths and the sidecar writer."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."


def write_sidecar(doc_path: Path, fields: dict) -> None:
    """Write NAME.EXT.yml beside the document, with the fields in a fixed order."""
    data = {**fields, "lang": "ms", "country": "MY", "note": NOTE}
    order = ["title", "lang", "country", "region", "agency", "source", "updated", "note"]
    lines = []
    for key in order:
        value = data[key]
        if key == "updated":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml.safe_dump(value, allow_unicode=True, default_style=chr(34), width=1000).strip()}")
    sidecar = doc_path.with_name(doc_path.name + ".yml")
    sidecar.write_text("\n".join(lines) + "\n", encoding="utf-8")
