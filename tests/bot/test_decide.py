"""The three outcomes on the fixture index: answer, "did you mean", refuse — by name when the
service is one the folder lacks — and answers that lead with the fact asked for."""

from __future__ import annotations

import dataclasses
import shutil

import httpx
import pytest

from bot.assistant import Assistant
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.decide import signals
from bot.factory import make_assistant
from bot.services import load_catalogue
from indexer.build import build_index
from indexer.glossary import builtin_glossary, load_glossary
from tests.helpers.fixtures import unsure as unsure_desk
from tests.helpers.http_server import serve


def test_a_service_the_folder_lacks_is_refused_by_name_with_its_agency(
        assistant: Assistant) -> None:
    """The folder has a passport page but no lost-passport page: no answer from the
    neighbour, but the service named and the immigration office pointed to."""
    answer = assistant.ask("paspor saya hilang gimana", country="ID")
    assert not answer.answered and not answer.suggestions and answer.sources == ()
    assert "paspor hilang" in answer.answer and "imigrasi.go.id" in answer.answer
    assert "lapor.go.id" in answer.answer  # and the country's complaint channel
    malay = assistant.ask("pasport saya hilang macam mana", country="MY")
    assert not malay.answered and "hilang" in malay.answer and malay.lang == "ms"


def test_a_topic_that_is_not_a_public_service_is_refused_as_such(
        assistant: Assistant) -> None:
    answer = assistant.ask("restoran enak di jakarta", country="ID")
    assert not answer.answered and "layanan publik" in answer.answer


def test_unsure_gives_suggestions_and_a_chosen_one_is_answered(assistant: Assistant) -> None:
    strict = unsure_desk(assistant)
    unsure = strict.ask("syarat bikin paspor apa aja", country="ID")
    assert not unsure.answered and unsure.suggestions
    assert unsure.suggestions[0].doc_id == "id/paspor.md"
    assert "lapor.go.id" in unsure.answer  # where to go if none of them is it
    by_id = strict.ask("syarat bikin paspor apa aja", country="ID", doc_id="id/paspor.md")
    by_title = strict.ask(unsure.suggestions[0].title, country="ID")
    for chosen in (by_id, by_title):
        assert chosen.answered and chosen.sources[0].doc_id == "id/paspor.md"


def test_a_fee_question_leads_with_the_fee(assistant: Assistant) -> None:
    fee = assistant.ask("berapa bayaran pasport", country="MY")
    assert fee.answered and fee.answer.startswith("Bayaran pasport")
    assert "RM200" in fee.answer[:120]
    needs = assistant.ask("syarat paspor apa saja", country="ID")
    assert needs.answered and needs.answer.startswith("Persyaratan paspor")


def test_the_built_in_glossary_reaches_a_folder_that_brings_none(tmp_path) -> None:
    own = load_glossary(tmp_path)
    assert own.expand == builtin_glossary().expand and "gmn" in own.expand
    (tmp_path / "_glossary.yml").write_text("expand:\n  gmn: [gimana sih]\n  kng: [klampid]\n")
    mine = load_glossary(tmp_path)
    assert mine.expand["gmn"] == ("gimana sih",)  # the folder's entry replaces the built-in
    assert mine.expand["kng"] == ("klampid",) and mine.expand["sy"] == ("saya",)


@pytest.fixture(scope="module")
def web(settings: Settings, assistant: Assistant):
    with serve(create_app(settings, assistant)) as url:
        yield url


def test_the_api_takes_the_chosen_document(web: str) -> None:
    body = httpx.post(f"{web}/v1/ask", json={"question": "ada info apa soal ini?",
                                            "country": "ID", "doc_id": "id/paspor.md"},
                      timeout=30).json()
    assert body["answered"] is True and body["sources"][0]["doc_id"] == "id/paspor.md"
    bad = httpx.post(f"{web}/v1/ask", json={"question": "x" * 5, "doc_id": 7}, timeout=30)
    assert bad.status_code == 422 and bad.json()["field"] == "doc_id"



def test_a_page_about_the_named_service_counts_for_the_answer(assistant: Assistant) -> None:
    """"pasport baru" names the service and what is done; the Malaysian passport page is
    about exactly that, which the decision counts (what is done adds nothing to the
    service in today's fit, and never takes away)."""
    retriever = assistant.holder.current()
    rule = assistant.answerer.rule
    question = "mohon pasport baru macam mana"
    query = retriever.prepare(question)
    docs = retriever.search(query, country="MY", k=5)
    assert docs[0].doc_id == "my/pasport.md"
    named = load_catalogue().named_in(question, "MY")
    found = signals(retriever, query, docs[0], docs, named)
    assert found.service and found.action
    bare = dataclasses.replace(found, action=False)
    unnamed = dataclasses.replace(found, service=False, action=False)
    assert rule.probability(found) >= rule.probability(bare) > rule.probability(unnamed)
    answer = assistant.ask(question, country="MY")
    assert answer.answered and answer.sources[0].doc_id == "my/pasport.md"
    assert answer.confidence == pytest.approx(rule.probability(found), abs=1e-3)
    # a page the question's service is not on gets nothing for it
    other = next(d for d in docs if d.doc_id != "my/pasport.md")
    assert not signals(retriever, query, other, docs, named).service


def test_a_misspelt_service_is_read_as_the_service_the_page_covers(
        assistant: Assistant) -> None:
    """"pasprot" is "pasport" with two letters swapped: the decision reads the passport
    service on the page that is about it, as it does for the word spelt right."""
    retriever = assistant.holder.current()
    assert retriever.respelled("mohon pasprot baru macam mana") == \
        "mohon pasport baru macam mana"
    judged = {j.doc_id: j for j in assistant.ask("mohon pasprot baru macam mana",
                                                 country="MY").decision.judged}
    assert judged["my/pasport.md"].signals["service"] == 1.0
    assert all(j.signals["service"] == 0.0 for d, j in judged.items() if d != "my/pasport.md")
    assert retriever.respelled("bulan depan") == "bulan depan"
    # one reading for every part of the decision (the language's evidence, a chosen page's
    # confidence, the country question, a conversation's change of topic)
    assert retriever.services_named("mohon pasprot baru", "MY")[0].service.family == \
        "my.pasport"


def test_questions_staff_list_for_a_page_let_it_answer_them(
        tmp_path, knowledge_dir, embedder, detector) -> None:
    """A question in words the page does not use is refused or only suggested; listed in
    the page's `questions:`, the same words make the page the answer."""
    asked = ["mau ke luar negeri dokumen apa yg diurus",
             "urus surat2 buat jalan2 ke luar negeri"]
    got = {}
    for listed in (False, True):
        folder = tmp_path / f"knowledge-{listed}"
        shutil.copytree(knowledge_dir, folder)
        if listed:
            page = folder / "id" / "paspor.md"
            page.write_text(page.read_text(encoding="utf-8").replace(
                "tags: [paspor, imigrasi]", "tags: [paspor, imigrasi]\nquestions:\n"
                "  - Mau ke luar negeri, dokumen apa yang harus diurus?\n"
                "  - Surat apa yang diurus untuk jalan-jalan ke luar negeri?"), encoding="utf-8")
        assert build_index(folder, tmp_path / f"index-{listed}", embedder).ok
        desk = make_assistant(Settings(index_dir=tmp_path / f"index-{listed}",
                                       _env_file=None), embedder=embedder, detector=detector)
        got[listed] = [desk.ask(q, country="ID") for q in asked]
    assert not any(a.answered for a in got[False])
    for answer in got[True]:
        assert answer.answered and answer.sources[0].doc_id == "id/paspor.md"


def test_a_page_saying_it_leaves_a_service_out_does_not_mention_it() -> None:
    """"Layanan ini tidak termasuk SIM internasional" is no page about the international
    licence: the refusal by name still comes."""
    from bot.coverage import said, said_bags
    from indexer.types import Chunk

    texts = {"Syarat": "Bawa KTP-el asli dan SIM lama. Untuk SIM internasional, lihat halaman "
                       "Korlantas.",
             "Yang tidak termasuk": "Penggantian SIM internasional dan SIM kendaraan khusus.",
             "Biaya": "Perpanjangan SIM A Rp80.000. Layanan ini tidak termasuk SIM "
                      "internasional; SIM kendaraan dinas dijelaskan pada halaman tersendiri."}
    page = said_bags(Chunk(f"id/sim.md#{i}", "id/sim.md", "Perpanjangan SIM", h, t, "id", "ID")
                     for i, (h, t) in enumerate(texts.items()))
    assert not said(page, "internasional")
    assert not said(page, "kendaraan dinas")
    assert said(page, "ktp-el") and said(page, "sim a")
    assert not said(page, "paspor") and not said(page, "")


def test_a_question_the_page_answers_no_does_not_mention_it() -> None:
    """A FAQ that asks whether the page covers a service and answers "Tidak." says the
    page leaves it out; a question answered otherwise still says what it asks."""
    from bot.coverage import said, said_bags
    from indexer.types import Chunk

    texts = {"Soalan lazim": "**Apakah halaman ini juga mengatur SIM Internasional?** Tidak. "
                             "Syaratnya diatur Korlantas.",
             "Apakah SIM C bisa diperpanjang di Satpas?": "Tidak, hanya di Samsat keliling.",
             "Bisa bayar online?": "Tidak perlu ke kantor: bayar lewat aplikasi.",
             "Biaya": "Perpanjangan SIM A Rp80.000."}
    page = said_bags(Chunk(f"id/sim.md#{i}", "id/sim.md", "Perpanjangan SIM", h, t, "id", "ID")
                     for i, (h, t) in enumerate(texts.items()))
    assert not said(page, "sim internasional")
    assert not said(page, "satpas")
    assert said(page, "bayar online") and said(page, "sim a")


def test_the_retriever_reads_a_pages_mentions_the_same_way(assistant: Assistant) -> None:
    retriever = assistant.holder.current()
    doc_id = next(iter(retriever.doc_chunks))
    first = retriever.chunks[retriever.doc_chunks[doc_id][0]]
    word = next(w for w in first.text.split() if len(w) > 4 and w.isalpha())
    assert retriever.mentions(doc_id, word)
    assert not retriever.mentions(doc_id, "zzqxv")
    assert doc_id in retriever._read  # read once, then kept for the version


def test_the_thresholds_are_applied_in_one_place() -> None:
    from bot.decide import Settled, settle

    p = [0.6, 0.3, 0.05, 0.2, 0.09]
    assert settle(p, "", [True] * 5, 0.5, 0.08) == Settled(True)
    # not sure: the plausible ones, best first, at most three
    assert settle([0.4, *p[1:]], "", [True] * 5, 0.5, 0.08) == Settled(False, (0, 1, 3))
    # another service's page or another place's is offered, never answered
    assert settle(p, "capped", [True] * 5, 0.5, 0.08) == Settled(False, (0, 1, 3))
    assert settle(p, "other_region", [True] * 5, 0.5, 0.08).answer is False
    # beside a service the folder lacks: only a page that would answer it and may be offered
    assert settle(p, "lacking", [True] * 5, 0.5, 0.08) == Settled(False, (0,))
    assert settle(p, "lacking", [False] * 5, 0.5, 0.08) == Settled(False, ())
    assert settle([], "", [], 0.5, 0.08) == Settled(False, ())
