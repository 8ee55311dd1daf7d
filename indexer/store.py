"""The index on disk: immutable version folders and a `CURRENT` pointer switched atomically.

    index/
      CURRENT                 name of the version being served
      versions/<name>/        manifest.json, dense.faiss, chunks.jsonl, bm25/,
                              glossary.json, channels.json
      cache/embeddings.sqlite passage vectors by model and text hash
      .lock                   held by the one build that may run
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from indexer.complaints import ComplaintChannel
from indexer.errors import (
    EmbedderMismatchError,
    IndexBrokenError,
    IndexLockedError,
    IndexMissingError,
)
from indexer.glossary import Glossary
from indexer.types import Chunk, LoadFailure

# bm25s sets its own logger to DEBUG when imported; its progress chatter is not ours
logging.getLogger("bm25s").setLevel(logging.WARNING)

FORMAT = 1
POINTER = "CURRENT"
VERSIONS = "versions"


def versions_dir(index_dir: Path) -> Path:
    return Path(index_dir) / VERSIONS


def cache_path(index_dir: Path) -> Path:
    return Path(index_dir) / "cache" / "embeddings.sqlite"


def current_version(index_dir: Path) -> str | None:
    """The version the pointer names, or None when nothing was built yet."""
    try:
        name = (Path(index_dir) / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def switch_to(index_dir: Path, name: str) -> None:
    """Point `CURRENT` at version `name` in one atomic rename."""
    tmp = Path(index_dir) / f".{POINTER}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, Path(index_dir) / POINTER)
    except BaseException:
        tmp.unlink(missing_ok=True)  # the pointer stays as it was
        raise
    _fsync_dir(Path(index_dir))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def build_lock(index_dir: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the index's build lock; a second builder waits, then fails with a clear message."""
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    fh = open(Path(index_dir) / ".lock", "a+")
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"another index build is running on {index_dir}; wait for it to "
                        "finish, or use --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        fh.close()


@dataclass(frozen=True)
class Manifest:
    format: int
    version: str
    embedder: str
    dim: int
    documents: int
    chunks: int
    built_at: str
    files: dict[str, str]
    failures: tuple[LoadFailure, ...]
    counts: dict[str, dict[str, int]]
    faiss: str = "flat"

    def to_json(self) -> dict:
        return {**asdict(self), "failures": [asdict(f) for f in self.failures]}

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        fields = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in fields}
        values["failures"] = tuple(LoadFailure(**f) for f in values.get("failures") or ())
        return cls(**values)

    def summary(self) -> dict:
        return {"version": self.version, "embedder": self.embedder, "documents": self.documents,
                "chunks": self.chunks, "built_at": self.built_at, "counts": self.counts}


def chunk_to_json(chunk: Chunk) -> dict:
    data = asdict(chunk)
    data["tags"] = list(chunk.tags)
    if chunk.questions:
        data["questions"] = list(chunk.questions)
    else:
        data.pop("questions", None)  # most chunks have none: the file stays as it was
    return data


def chunk_from_json(data: dict) -> Chunk:
    return Chunk(**{**data, "tags": tuple(data.get("tags", ())),
                    "questions": tuple(data.get("questions", ()))})


@dataclass(frozen=True)
class IndexVersion:
    """One built version, loaded: everything the retriever needs, read without pickle."""

    path: Path
    manifest: Manifest
    chunks: tuple[Chunk, ...]
    dense: faiss.Index
    bm25: bm25s.BM25
    glossary: Glossary
    channels: dict[str, ComplaintChannel]
    background: np.ndarray | None = None  # vectors of everyday sentences (see build)

    @property
    def name(self) -> str:
        return self.manifest.version


def read_manifest(path: Path) -> Manifest:
    try:
        data = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexMissingError(f"{path} has no manifest.json: it is not a built index") from None
    except json.JSONDecodeError as exc:
        raise IndexBrokenError(f"{path}/manifest.json is broken ({exc}); rebuild with "
                          "'tanyakota index'") from None
    if data.get("format") != FORMAT:
        raise IndexBrokenError(f"{path} was written in index format {data.get('format')}, this "
                          f"version reads {FORMAT}; rebuild with 'tanyakota index'")
    return Manifest.from_json(data)


def resolve_version_path(index_dir: Path) -> Path:
    name = current_version(index_dir)
    if name is None:
        raise IndexMissingError(
            f"no index at {index_dir}: build one with 'tanyakota index --index {index_dir}'"
        )
    return versions_dir(index_dir) / name


def open_index(index_dir: Path, embedder_id: str | None = None) -> IndexVersion:
    """Load the version `CURRENT` names; refuse one built with another embedder."""
    path = resolve_version_path(index_dir)
    manifest = read_manifest(path)
    if embedder_id is not None and manifest.embedder != embedder_id:
        raise EmbedderMismatchError(
            f"the index at {index_dir} was built with embedder {manifest.embedder!r} but "
            f"{embedder_id!r} is configured; rebuild it with 'tanyakota index --index "
            f"{index_dir}' or set TANYAKOTA_EMBEDDER to the embedder that built it"
        )
    chunks = tuple(
        chunk_from_json(json.loads(line))
        for line in (path / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    dense = faiss.read_index(str(path / "dense.faiss"))
    bm25 = bm25s.BM25.load(str(path / "bm25"), show_progress=False, verbosity=0)
    glossary = Glossary.from_json(json.loads((path / "glossary.json").read_text("utf-8")))
    channels = {country: ComplaintChannel.from_dict(country, entry) for country, entry in
                json.loads((path / "channels.json").read_text("utf-8")).items()}
    if dense.ntotal != len(chunks):
        raise IndexBrokenError(f"{path} is inconsistent ({dense.ntotal} vectors, {len(chunks)} "
                          "chunks); rebuild with 'tanyakota index'")
    background = None
    if (path / "background.npy").exists():
        background = np.load(path / "background.npy", allow_pickle=False)
    return IndexVersion(path, manifest, chunks, dense, bm25, glossary, channels, background)


def write_version(tmp: Path, manifest: Manifest, chunks: list[Chunk], vectors: np.ndarray,
                  bm25: bm25s.BM25, glossary: Glossary,
                  channels: dict[str, ComplaintChannel],
                  dense: faiss.Index, background: np.ndarray | None = None) -> None:
    """Write every file of a version into `tmp` (a folder nobody serves yet), fsynced."""
    tmp.mkdir(parents=True)
    faiss.write_index(dense, str(tmp / "dense.faiss"))
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk in chunks:
            fh.write(json.dumps(chunk_to_json(chunk), ensure_ascii=False) + "\n")
    bm25.save(str(tmp / "bm25"), show_progress=False)
    (tmp / "glossary.json").write_text(json.dumps(glossary.to_json(), ensure_ascii=False),
                                       encoding="utf-8")
    (tmp / "channels.json").write_text(json.dumps({c: ch.to_dict() for c, ch in
                                                  channels.items()}, ensure_ascii=False),
                                       encoding="utf-8")
    if background is not None:
        np.save(tmp / "background.npy", np.asarray(background, dtype=np.float32),
                allow_pickle=False)
    (tmp / "manifest.json").write_text(json.dumps(manifest.to_json(), indent=2,
                                                  ensure_ascii=False), encoding="utf-8")
    for file in tmp.rglob("*"):
        if file.is_file():
            with open(file, "rb") as fh:
                os.fsync(fh.fileno())
    _fsync_dir(tmp)
