"""Re-index whenever the knowledge folder changes (watchfiles), once the files are quiet."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

Snapshot = frozenset[tuple[str, int, int]]


def snapshot(root: Path) -> Snapshot:
    """Every non-hidden file under `root` with its modification time and size."""
    found = set()
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                continue
            found.add((os.path.relpath(path, root), st.st_mtime_ns, st.st_size))
    return frozenset(found)


def watch_knowledge(root: Path, rebuild: Callable[[], object], quiet_seconds: float = 1.0,
                    stop_event: threading.Event | None = None,
                    on_ready: Callable[[], None] | None = None) -> None:
    """Build now, then again after each burst of changes, until Ctrl-C or `stop_event`.

    A burst ends when nothing has changed for `quiet_seconds`. Changes made while the
    first build ran (before the watcher was up) are caught by comparing snapshots.
    A failing build is logged and the watch goes on.
    """
    from watchfiles import DefaultFilter, watch

    def build() -> Snapshot:
        before = snapshot(root)
        try:
            rebuild()
        except Exception:  # noqa: BLE001 - one bad build must not end the watch
            log.exception("re-indexing failed; still watching %s", root)
        return before

    step = max(int(quiet_seconds * 1000), 50)
    try:
        seen = build()
        ready = False
        for changes in watch(root, watch_filter=DefaultFilter(), step=step,
                             debounce=max(step * 10, 2000), rust_timeout=1000,
                             yield_on_timeout=True, raise_interrupt=False,
                             stop_event=stop_event):
            if not changes:
                if not ready:
                    ready = True
                    if on_ready is not None:
                        on_ready()
                if snapshot(root) == seen:
                    continue
            else:
                log.info("%d change(s) in %s", len(changes), root)
            seen = build()
    except KeyboardInterrupt:
        pass
