"""The one `Settings` of a deployment: the indexer's, plus everything serving needs."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from indexer.config import IndexSettings
from indexer.countries import Country


def _split_list(value: object) -> object:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(IndexSettings):
    """Every knob of a deployment (prefix `TANYAKOTA_`); defaults work out of the box."""

    country: Country | None = None
    database_url: str = "sqlite:///data/tanyakota.db"
    # web
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    rate_limit: str = "30/minute"
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    # telegram
    telegram_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_questions_per_minute: int = Field(default=10, ge=1)
    # stored questions
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
    # conversations: how long and how many turns a session remembers; whether a question
    # that fits both countries gets "Indonesia atau Malaysia?" back instead of a guess
    session_minutes: int = Field(default=30, ge=1)
    session_turns: int = Field(default=10, ge=1)
    clarify_country: bool = True

    # --- reports to the city: forwarded by e-mail and/or a signed webhook, via the outbox
    smtp_url: str | None = None  # smtp://host:587 (STARTTLS) or smtps://host:465
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    reports_email: str | None = None  # the city desk's address
    reports_from: str | None = None  # the sender (default: the desk's address)
    reports_webhook_url: str | None = None
    reports_webhook_secret: SecretStr | None = None
    # a failed delivery is tried again after this, doubling up to ten times it
    reports_retry_seconds: float = Field(default=30.0, gt=0)

    _split = field_validator("cors_origins", "api_keys", mode="before")(_split_list)

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().upper() or None
        return value
