"""Finding the knowledge files: which files count, and which links are followed."""

from __future__ import annotations

import os
from pathlib import Path

from indexer.formats import EXTRACTORS
from indexer.types import LoadFailure

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
DOCUMENT_SUFFIXES = tuple(EXTRACTORS)
SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES
SIDECAR_SUFFIX = ".yml"


def _hidden(name: str) -> bool:
    return name.startswith((".", "_"))


def walk_files(root: Path) -> tuple[list[Path], list[LoadFailure]]:
    """Every regular, non-hidden file under `root`, sorted, and the links not followed.

    Links to folders are never followed (so a link loop cannot trap the walk); a link to
    a file is read only when it stays inside the knowledge folder.
    """
    root = Path(root)
    real_root = root.resolve()
    files: list[Path] = []
    skipped: list[LoadFailure] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in list(dirs):
            if (here / name).is_symlink():
                dirs.remove(name)
                skipped.append(LoadFailure(_rel(here / name, root), _folder_link(here / name)))
        for name in sorted(names):
            path = here / name
            if _hidden(name):
                continue
            if path.is_symlink():
                problem = _file_link(path, real_root)
                if problem:
                    if path.suffix.lower() in SUFFIXES:
                        skipped.append(LoadFailure(_rel(path, root), problem))
                    continue
            elif not path.is_file():
                continue  # sockets, FIFOs, devices
            files.append(path)
    return sorted(files), skipped


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _folder_link(path: Path) -> str:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symbolic link loop (or broken link); not followed"
    if path.parent.resolve() == target or path.parent.resolve().is_relative_to(target):
        return "symbolic link loop; not followed"
    return "link to a folder; not followed (copy the folder in instead)"


def _file_link(path: Path, real_root: Path) -> str | None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken symbolic link"
    if not target.is_relative_to(real_root):
        return "link points outside the knowledge folder; not followed"
    if not target.is_file():
        return "link does not point to a file"
    return None


def is_knowledge_file(path: Path, root: Path) -> bool:
    """A file the loader reads: a known suffix, not hidden, not staff config (`_…`)."""
    rel = path.relative_to(root)
    if any(_hidden(part) for part in rel.parts):
        return False
    return path.suffix.lower() in SUFFIXES


def sidecar_for(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
