"""The one `Settings` of a deployment: the indexer's, plus everything serving needs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

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
    # the answer/refuse rule refitted on the city's own labelled questions (the JSON that
    # `tanyakota fit --json` prints, or some of the rule's fields alone; the others keep
    # their built-in values); unset: the built-in rule (`bot.decide.AbstainRule`)
    rule_file: Path | None = None
    # per index version: prepared questions (their vectors) and whole answers to repeated
    # stateless questions; 0 turns a cache off
    query_cache_size: int = Field(default=2048, ge=0)
    answer_cache_size: int = Field(default=1024, ge=0)
    # conversations: how long and how many turns a session remembers; whether a question
    # that fits both countries gets "Indonesia atau Malaysia?" back instead of a guess
    session_minutes: int = Field(default=30, ge=1)
    session_turns: int = Field(default=10, ge=1)
    clarify_country: bool = True
    # staff console: how long a login lasts; cookies without `Secure` for plain-http local
    # use; a document whose `updated` is older than this many months is due for review
    staff_session_hours: float = Field(default=8.0, gt=0)
    staff_insecure_cookies: bool = False
    review_months: int = Field(default=12, ge=1)
    # phrasing by a language model (optional; off unless the URL is set): any server with
    # an OpenAI-compatible /v1/chat/completions (vLLM, Ollama, llama.cpp); the timeout
    # bounds the whole call, retries included, then the extractive answer is served
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_seconds: float = Field(default=8.0, gt=0)
    llm_max_tokens: int = Field(default=400, ge=16)
    # --- several replicas on one database (PostgreSQL) ---
    # start-up migrates the schema to this version's head (false: refuse to start until
    # `tanyakota db upgrade` has run)
    database_upgrade: bool = True
    # rate limits (/v1, Telegram per chat) counted in the database, shared by the replicas:
    # auto = on PostgreSQL, in each process on SQLite
    shared_limits: Literal["auto", "true", "false"] = "auto"
    # `serve` records refused questions after the answer, off its path
    background_writes: bool = True
    # hostile clients: a request's headers must arrive within request_timeout_seconds of
    # its start, its body within as long again (else 408, connection closed); idle
    # keep-alive connections close after keep_alive_seconds; X-Forwarded-For is believed
    # only from these proxy addresses (none by default: the peer's address counts)
    request_timeout_seconds: float = Field(default=15.0, gt=0)
    keep_alive_seconds: float = Field(default=5.0, ge=1)
    forwarded_allow_ips: Annotated[list[str], NoDecode] = Field(default_factory=list)

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

    _split = field_validator("cors_origins", "api_keys", "forwarded_allow_ips",
                             mode="before")(_split_list)

    @field_validator("country", mode="before")
    @classmethod
    def _upper_country(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip().upper() or None
        return value

    # --- WhatsApp (the Cloud API webhook inside `tanyakota serve`) ------------------------
    # served when the token, phone number id, app secret and verify token are all set
    whatsapp_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_url: str = "https://graph.facebook.com/v21.0"
    # keys the hash that stands for a resident's number in the store (default: app secret)
    whatsapp_hash_key: str | None = None
    whatsapp_questions_per_minute: int = Field(default=10, ge=1)
    # rate limits and server errors of the Graph API: tries per message, the first wait
    # (seconds; doubled on every retry, with jitter)
    whatsapp_send_attempts: int = Field(default=5, ge=1)
    whatsapp_retry_seconds: float = Field(default=1.0, ge=0.0)
