"""A build that runs out of disk: one clear line, a non-zero exit, nothing left behind, the
old version still serving. On a real small filesystem (tmpfs) when this machine lets the
test mount one; everywhere, with the full disk simulated at the OS boundary."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from bot.cli import app
from indexer.build import build_index
from indexer.errors import IndexWriteError
from indexer.store import current_version, open_index, versions_dir

DEAD_PID = 4_194_305  # above Linux's largest pid: never alive


def knowledge_with_new_document(knowledge_dir: Path, target: Path) -> Path:
    shutil.copytree(knowledge_dir, target)
    (target / "id" / "baru.md").write_text("# Dokumen baru\nIsi yang belum pernah dibaca.\n",
                                           encoding="utf-8")
    return target


def partials(index: Path) -> list[str]:
    return sorted(p.name for p in versions_dir(index).glob(".tmp-*"))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs mounted for this test (skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if sys.platform != "linux" or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (the simulated full disk still runs)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_leaves_the_old_version_serving(
        small_disk: Path, tmp_path: Path, knowledge_dir: Path, embedder) -> None:
    index = small_disk / "index"
    first = build_index(knowledge_dir, index, embedder)
    # fill the disk to within a few kilobytes
    free = shutil.disk_usage(small_disk).free
    with open(small_disk / "filler", "wb") as fh:
        fh.write(b"\0" * max(free - 16 * 1024, 0))
    knowledge = knowledge_with_new_document(knowledge_dir, tmp_path / "k")
    env = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "index", "--knowledge",
                             str(knowledge), "--index", str(index), "--no-progress"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: no space left on {small_disk}")
    assert "MB or move the index" in lines[0] and "Traceback" not in result.stderr
    assert partials(index) == []
    assert current_version(index) == first.version
    assert open_index(index, embedder.model_id).manifest.documents == first.documents
    # once there is room again, the next build fits: nothing was left taking space
    (small_disk / "filler").unlink()
    assert build_index(knowledge, index, embedder).documents == first.documents + 1


def test_a_simulated_full_disk_cleans_up_and_says_how_much_to_free(
        tmp_path: Path, knowledge_dir: Path, embedder, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    index = tmp_path / "index"
    first = build_index(knowledge_dir, index, embedder)
    stale = versions_dir(index) / f".tmp-20200101T000000Z-crashed-{DEAD_PID}"
    stale.mkdir()
    (stale / "dense.faiss").write_bytes(b"\0" * 1024)
    alive = versions_dir(index) / f".tmp-20200101T000000Z-building-{os.getppid()}"
    alive.mkdir()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(np, "save", full)  # the background vectors: after the other files
    knowledge = knowledge_with_new_document(knowledge_dir, tmp_path / "k")
    with pytest.raises(IndexWriteError, match=r"^no space left on .*: free \d+ MB or move "
                       r"the index \(TANYAKOTA_INDEX_DIR\)$"):
        build_index(knowledge, index, embedder)
    assert partials(index) == [alive.name]  # the crashed build's and this one's are gone
    assert current_version(index) == first.version
    assert open_index(index, embedder.model_id).manifest.documents == first.documents


def test_index_command_prints_one_line_and_exits_non_zero_on_a_full_disk(
        tmp_path: Path, knowledge_dir: Path, embedder, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    import bot.factory

    index = tmp_path / f"index-{uuid.uuid4().hex[:6]}"
    build_index(knowledge_dir, index, embedder)
    knowledge = knowledge_with_new_document(knowledge_dir, tmp_path / "k")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bot.factory, "make_embedder_from", lambda settings: embedder)
    monkeypatch.setattr(np, "save", full)
    result = CliRunner().invoke(app, ["index", "--knowledge", str(knowledge), "--index",
                                      str(index), "--no-progress"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert result.output.startswith("error: no space left on ")
    assert partials(index) == []
