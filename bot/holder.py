"""Hot reload: the index version being served, swapped when `CURRENT` changes."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.retrieve import FusionParams, HybridRetriever
from indexer.embed import VectorEmbedder
from indexer.store import POINTER, IndexVersion, current_version, open_index

log = logging.getLogger(__name__)


class Holder(Protocol):
    """Whatever hands the front desk the retriever of the version to serve now."""

    def current(self) -> HybridRetriever: ...


@dataclass(frozen=True)
class FixedHolder:
    """One retriever, always (an index held in memory: evaluation, benchmarks)."""

    retriever: HybridRetriever

    def current(self) -> HybridRetriever:
        return self.retriever


class IndexHolder:
    """The index version being served; notices a new `CURRENT` and swaps between requests."""

    def __init__(self, index_dir: Path, embedder: VectorEmbedder,
                 params: FusionParams | None = None, check_every: float = 1.0,
                 query_cache: int = 2048) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self.params = params
        self.check_every = check_every
        self._lock = threading.Lock()
        self.query_cache = query_cache
        self._retriever = self._ready(open_index(self.index_dir, embedder.model_id))
        self._checked = time.monotonic()
        self._pointer_stat = self._stat()

    def _ready(self, version: IndexVersion) -> HybridRetriever:
        """A retriever over `version`, its folder statistics measured before it serves."""
        retriever = HybridRetriever(version, self.embedder, self.params, self.query_cache)
        retriever.typical_distinctness  # noqa: B018 - probes the folder once, up front
        return retriever

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.index_dir / POINTER)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def current(self) -> HybridRetriever:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            stat = self._stat()
            if stat != self._pointer_stat:
                self.reload(stat)
        return self._retriever

    def reload(self, stat: tuple[int, int] | None = None) -> bool:
        """Load the version `CURRENT` names if it is new; a broken one is logged, not served."""
        with self._lock:
            name = current_version(self.index_dir)
            if name is None or name == self._retriever.version.name:
                self._pointer_stat = stat if stat is not None else self._stat()
                return False
            try:
                version = open_index(self.index_dir, self.embedder.model_id)
            except Exception:
                log.exception("index version %s could not be loaded; still serving %s",
                              name, self._retriever.version.name)
                return False
            self._retriever = self._ready(version)
            self._pointer_stat = stat if stat is not None else self._stat()
            log.info("now serving index version %s", version.name)
            return True
