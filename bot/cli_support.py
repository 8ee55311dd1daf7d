"""What every `tanyakota` command shares: settings with overrides, and one place that turns
the project's errors into one clear line and a non-zero exit."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer

from bot.config import Settings
from indexer.errors import TanyakotaError

P = ParamSpec("P")
R = TypeVar("R")

IndexOpt = Annotated[Path | None, typer.Option("--index", help="Index folder "
                                                  "(default: TANYAKOTA_INDEX_DIR)")]
KnowledgeOpt = Annotated[Path | None, typer.Option("--knowledge", help="Knowledge folder "
                                                      "(default: TANYAKOTA_KNOWLEDGE_DIR)")]


def settings_with(**overrides: object) -> Settings:
    """The deployment's settings, with the options given on the command line."""
    base = Settings()
    clean = {k: v for k, v in overrides.items() if v is not None}
    return base.model_copy(update=clean) if clean else base


def fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """The command, with the project's errors printed as `error: …` and exit status 1."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except TanyakotaError as exc:
            fail(str(exc))

    return run
