"""Re-indexing never loses anything: killed builds, concurrent builds, removals, --watch."""

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from indexer.errors import IndexLockedError
from indexer.store import build_lock, current_version, open_index, versions_dir

SKCK = ("---\ntitle: Penerbitan SKCK\ncountry: ID\nlang: id\n---\n# Penerbitan SKCK\n"
        "Surat Keterangan Catatan Kepolisian (SKCK) diterbitkan oleh Polres sesuai domisili.\n\n"
        "## Biaya SKCK\nBiaya penerbitan SKCK adalah Rp30.000 sesuai PP Nomor 76 Tahun 2020.\n")
SKCK_QUESTION = "berapa biaya bikin SKCK?"
ENV = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2"}

# A build in a child process that stops at `stage` (touching a marker) so it can be killed.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import numpy as np
    import indexer.build as build
    from indexer.embed import VectorEmbedder

    knowledge, index, marker, stage = sys.argv[1:5]

    def stop_here():
        Path(marker).touch()
        time.sleep(60)

    class SlowEmbedder(VectorEmbedder):
        model_id, dim = "slow-test-embedder", 384

        def embed_passages(self, texts):
            if stage == "embedding":
                Path(marker).touch()
                time.sleep(0.5)
            return np.full((len(texts), 384), 384 ** -0.5, dtype=np.float32)

    if stage in ("writing", "switching"):
        name = "write_version" if stage == "writing" else "switch_to"
        real = getattr(build, name)
        def stopped(*args, **kwargs):
            if name == "write_version":
                real(*args, **kwargs)  # every file of the new version written, then killed
            stop_here()
        setattr(build, name, stopped)
    build.build_index(Path(knowledge), Path(index), SlowEmbedder(), batch=1)
""")


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture()
def knowledge(tmp_path: Path, knowledge_dir: Path) -> Path:
    target = tmp_path / "k"
    shutil.copytree(knowledge_dir, target)
    return target


@pytest.fixture()
def index(tmp_path: Path, index_dir: Path) -> Path:
    """A copy of the session's index (built from the same knowledge), with its vector cache."""
    target = tmp_path / "i"
    shutil.copytree(index_dir, target)
    return target


@pytest.mark.parametrize("stage", ["embedding", "writing", "switching"])
def test_build_killed_part_way_leaves_the_previous_version_answering(
        tmp_path: Path, knowledge: Path, index: Path, embedder, detector, stage: str) -> None:
    first = build_index(knowledge, index, embedder)
    assert first.embedded == 0 and first.unchanged
    (knowledge / "id" / "skck.md").write_text(SKCK)
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(knowledge), str(index),
                              str(marker), stage], env=ENV)
    try:
        wait_for(marker.exists, 60, f"the child build to reach {stage}")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert current_version(index) == first.version
    assistant = make_assistant(Settings(_env_file=None), index_dir=index, embedder=embedder,
                             detector=detector)
    assert assistant.holder.current().version.name == first.version
    answer = assistant.ask("syarat paspor apa saja?")
    assert answer.answered and answer.sources[0].doc_id == "id/paspor.md"
    assert not assistant.ask(SKCK_QUESTION).answered
    # the dead build's lock went with it: the next build runs, and clears its leftovers
    again = build_index(knowledge, index, embedder)
    assert again.added == ("id/skck.md",)
    assert not list(versions_dir(index).glob(".tmp-*"))


def test_second_index_run_at_once_exits_with_a_clear_message(tmp_path: Path,
                                                            knowledge: Path) -> None:
    index = tmp_path / "i"
    marker = tmp_path / "locked"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from indexer.store import build_lock
        with build_lock(Path({str(index)!r})):
            Path({str(marker)!r}).touch()
            time.sleep(60)
    """)], env=ENV)
    try:
        wait_for(marker.exists, 30, "the first build to take the lock")
        second = subprocess.run([sys.executable, "-m", "bot.cli", "index", "--knowledge",
                                 str(knowledge), "--index", str(index), "--no-progress"],
                                capture_output=True, text=True, env=ENV, timeout=120)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert second.returncode == 1
    assert second.stderr.startswith(f"error: another index build is running on {index}")
    assert "--wait SECONDS" in second.stderr and "Traceback" not in second.stderr
    assert current_version(index) is None  # nothing interleaved


def test_waiting_build_runs_once_the_lock_is_free(tmp_path: Path) -> None:
    taken = threading.Event()

    def hold() -> None:
        with build_lock(tmp_path):
            taken.set()
            time.sleep(0.5)

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait(5)
    with pytest.raises(IndexLockedError):
        with build_lock(tmp_path):
            pass
    start = time.monotonic()
    with build_lock(tmp_path, wait_seconds=10):
        assert time.monotonic() - start < 5
    thread.join()


def test_removed_file_disappears_from_answers(knowledge: Path, index: Path, embedder,
                                              detector) -> None:
    (knowledge / "id" / "skck.md").write_text(SKCK)
    build_index(knowledge, index, embedder)
    assistant = make_assistant(Settings(_env_file=None, index_check_seconds=0.0),
                             index_dir=index, embedder=embedder, detector=detector)
    before = assistant.ask(SKCK_QUESTION)
    assert before.answered and before.sources[0].doc_id == "id/skck.md"
    (knowledge / "id" / "skck.md").unlink()
    report = build_index(knowledge, index, embedder)
    assert report.removed == ("id/skck.md",) and report.embedded == 0
    assert "removed 1" in report.summary() and "unchanged 6" in report.summary()
    after = assistant.ask(SKCK_QUESTION)
    assert all(s.doc_id != "id/skck.md" for s in after.sources)
    assert "id/skck.md" not in {c.doc_id for c in assistant.holder.current().version.chunks}


def test_index_watch_reindexes_on_change_and_stops_on_ctrl_c(tmp_path: Path, knowledge: Path,
                                                             index: Path) -> None:
    log = tmp_path / "watch.log"
    with open(log, "w") as out:
        watcher = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "index", "--watch", "--debounce", "0.3",
             "--knowledge", str(knowledge), "--index", str(index), "--no-progress"],
            stdout=out, stderr=subprocess.STDOUT, env=ENV)
    try:
        wait_for(lambda: "watching" in log.read_text(), 90, "the watcher to start")
        first = current_version(index)
        assert first is not None and "unchanged 6" in log.read_text()
        (knowledge / "id" / "skck.md").write_text(SKCK)

        def new_version_has_skck() -> bool:
            name = current_version(index)
            if name in (None, first):
                return False
            manifest = json.loads((versions_dir(index) / name / "manifest.json").read_text())
            return "id/skck.md" in manifest["files"]

        wait_for(new_version_has_skck, 60, "a re-index with the new file")
        wait_for(lambda: "added 1" in log.read_text(), 10, "the summary line")
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=20) == 0
    finally:
        if watcher.poll() is None:
            watcher.kill()
    text = log.read_text()
    assert "stopped watching" in text and "Traceback" not in text
    assert open_index(index).manifest.documents == 7
