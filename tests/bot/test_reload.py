"""A running API picks up a new index version with requests in flight, and none fails."""

import shutil
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.channels.web.app import create_app
from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from tests.helpers.http_server import serve

SKCK = ("---\ntitle: Penerbitan SKCK\ncountry: ID\nlang: id\n---\n# Penerbitan SKCK\n"
        "Surat Keterangan Catatan Kepolisian (SKCK) diterbitkan oleh Polres sesuai domisili.\n\n"
        "## Biaya SKCK\nBiaya penerbitan SKCK adalah Rp30.000 sesuai PP Nomor 76 Tahun 2020.\n")
QUESTIONS = {"skck": "berapa biaya bikin SKCK?",
             "paspor": "syarat paspor apa saja?",
             "mykad": "IC saya hilang, macam mana nak buat baru?"}


@dataclass(frozen=True)
class Result:
    key: str
    sent: float
    status: int | str
    doc_id: str | None


def test_new_version_is_served_without_a_failed_request(
        tmp_path: Path, knowledge_dir: Path, index_dir: Path, embedder, detector) -> None:
    knowledge, index = tmp_path / "k", tmp_path / "i"
    shutil.copytree(knowledge_dir, knowledge)
    shutil.copytree(index_dir, index)
    settings = Settings(_env_file=None, knowledge_dir=knowledge, index_dir=index,
                        index_check_seconds=0.0, rate_limit="100000/minute")
    assistant = make_assistant(settings, embedder=embedder, detector=detector)
    stack = ExitStack()
    base_url = stack.enter_context(serve(create_app(settings, assistant)))

    results: list[Result] = []
    stop = threading.Event()

    def client(key: str) -> None:
        with httpx.Client(base_url=base_url, timeout=30) as http:
            while not stop.is_set():
                sent = time.monotonic()
                try:
                    response = http.post("/v1/ask", json={"question": QUESTIONS[key]})
                    sources = response.json().get("sources") or [{}]
                    results.append(Result(key, sent, response.status_code,
                                          sources[0].get("doc_id")))
                except Exception as exc:  # noqa: BLE001 - a failed request is the finding
                    results.append(Result(key, sent, repr(exc), None))

    threads = [threading.Thread(target=client, args=(key,)) for key in QUESTIONS for _ in (0, 1)]
    try:
        for thread in threads:
            thread.start()
        while len(results) < 6:
            time.sleep(0.02)
        build_started = time.monotonic()
        (knowledge / "id" / "skck.md").write_text(SKCK)
        report = build_index(knowledge, index, embedder)
        switched = time.monotonic()
        assert report.added == ("id/skck.md",)

        def answered_after_switch() -> int:
            return sum(1 for r in list(results) if r.sent > switched and r.key == "skck")

        while answered_after_switch() < 4:
            assert time.monotonic() - switched < 60, "no answers after the switch"
            time.sleep(0.02)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        stack.close()

    assert [r for r in results if r.status != 200] == []
    during = [r for r in results if build_started <= r.sent <= switched]
    assert during, "no request was in flight while the new version was built and switched"
    before = [r for r in results if r.key == "skck" and r.sent < build_started]
    after = [r for r in results if r.key == "skck" and r.sent > switched]
    assert before and all(r.doc_id is None for r in before)  # refused: not known yet
    assert after and all(r.doc_id == "id/skck.md" for r in after)
    assert {r.doc_id for r in results if r.key == "paspor"} == {"id/paspor.md"}
    assert {r.doc_id for r in results if r.key == "mykad"} == {"my/mykad-hilang.md"}
    assert assistant.holder.current().version.name == report.version
