"""When a build cannot write: a full disk told in one line, partial versions removed."""

from __future__ import annotations

import errno
import math
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from indexer.errors import IndexWriteError

MB = 1024 * 1024
PARTIAL = ".tmp-"  # a version folder being written: .tmp-<version>-<pid>


def folder_size(path: Path) -> int:
    """Bytes of the files under `path` (0 if it is gone)."""
    total = 0
    for file in Path(path).rglob("*"):
        try:
            if file.is_file():
                total += file.stat().st_size
        except OSError:
            continue
    return total


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def clean_stale_partials(versions: Path) -> list[str]:
    """Remove the partial version folders of builds that died (their pid is gone, or it is
    this process: the caller holds the build lock). Returns the names removed."""
    removed: list[str] = []
    if not versions.is_dir():
        return removed
    for partial in versions.glob(f"{PARTIAL}*"):
        pid = partial.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or int(pid) == os.getpid() or not _pid_alive(int(pid)):
            shutil.rmtree(partial, ignore_errors=True)
            removed.append(partial.name)
    return removed


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether `exc` (or what caused it) says the disk or the quota is full."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(exc).lower()
        if isinstance(exc, sqlite3.OperationalError) and "disk is full" in text:
            return True
        if isinstance(exc, RuntimeError) and "no space left" in text:  # faiss's C++ errors
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def nearly_full(where: Path, needed: int) -> bool:
    """Whether the filesystem of `where` has less room than `needed` bytes (at least 1 MB):
    SQLite reports a full disk as a mere "disk I/O error" when its shared memory cannot
    grow."""
    try:
        free = shutil.disk_usage(mount_point(where)).free
    except OSError:
        return False
    return free < max(needed, MB)


def _full(exc: BaseException, where: Path, needed: int) -> bool:
    return is_disk_full(exc) or (isinstance(exc, OSError | sqlite3.Error)
                                 and nearly_full(where, needed))


def mount_point(path: Path) -> Path:
    """The mount point of the filesystem `path` is on."""
    path = Path(path).resolve()
    while not path.exists():
        path = path.parent
    while path != path.parent and os.stat(path.parent).st_dev == os.stat(path).st_dev:
        path = path.parent
    return path


def disk_full_message(where: Path, needed: int) -> str:
    """`no space left on …: free N MB or move the index` (N: what a version needs, less
    what is free now)."""
    free = shutil.disk_usage(where if where.exists() else mount_point(where)).free
    short = max(1, math.ceil((needed - free) / MB))
    return (f"no space left on {mount_point(where)} (index at {where}): free {short} MB or "
            "move the index (TANYAKOTA_INDEX_DIR)")


@contextmanager
def written_or_removed(partial: Path, index_dir: Path, estimate: int) -> Iterator[None]:
    """Writing `partial`: on any failure it is removed; a full disk or another write error
    becomes one `IndexWriteError` line. `estimate`: bytes a version needs, if known."""
    try:
        yield
    except BaseException as exc:
        written = folder_size(partial)
        shutil.rmtree(partial, ignore_errors=True)
        needed = max(estimate, written * 2) + MB
        if _full(exc, index_dir, needed):
            raise IndexWriteError(disk_full_message(index_dir, needed)) from exc
        if isinstance(exc, OSError):
            raise IndexWriteError(f"cannot write the index at {index_dir}: "
                                  f"{exc.strerror or exc}") from exc
        raise


@contextmanager
def disk_full_in_one_line(index_dir: Path, estimate: int = 0) -> Iterator[None]:
    """A full disk anywhere in the block (the embedding cache, the pointer) in one line."""
    try:
        yield
    except IndexWriteError:
        raise
    except Exception as exc:
        if _full(exc, index_dir, estimate + MB):
            raise IndexWriteError(disk_full_message(index_dir, estimate + MB)) from exc
        if isinstance(exc, OSError | sqlite3.Error):
            where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
            raise IndexWriteError(f"cannot build the index at {index_dir}{where}: "
                                  f"{getattr(exc, 'strerror', None) or exc}") from exc
        raise
