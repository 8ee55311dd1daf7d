"""The project's exceptions: one base, a few precise kinds, mapped at the edges."""


class TanyakotaError(Exception):
    """Base for every error the project raises on purpose."""


class ConfigError(TanyakotaError):
    """A setting has a value the project cannot use."""


class LoadError(TanyakotaError):
    """A knowledge file cannot be read or parsed."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class IndexBrokenError(TanyakotaError):
    """The index is missing, broken, or was built for something else."""


class IndexMissingError(IndexBrokenError):
    """No index has been built at the given folder."""


class EmbedderMismatchError(IndexBrokenError):
    """The index was built with another embedder than the one configured."""


class IndexLockedError(IndexBrokenError):
    """Another build holds the index lock."""


class IndexWriteError(TanyakotaError):
    """A build cannot write the index (disk full, read-only, no permission)."""
