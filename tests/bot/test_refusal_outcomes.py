"""What the front desk records of a question it did not answer, for the staff report:
suggested (with the page offered first), a service the folder lacks, or refused."""

from __future__ import annotations

import dataclasses

import pytest

from bot.assistant import Assistant, outcome_of
from bot.cache import LRUCache
from bot.decide import AbstainRule
from bot.state.activity import answers_per_day
from bot.state.store import Store
from tests.helpers.fixtures import unsure as unsure_desk


def test_each_question_not_answered_is_recorded_with_its_outcome(with_store: Assistant,
                                                                 store: Store) -> None:
    strict = unsure_desk(with_store)
    unsure = strict.ask("syarat bikin paspor apa aja", country="ID", channel="web")
    assert outcome_of(unsure) == "suggested"
    lost = with_store.ask("paspor saya hilang gimana", country="ID")  # no such page
    hilang = with_store.ask("pasport saya hilang macam mana", country="MY")
    assert outcome_of(lost) == outcome_of(hilang) == "not_covered"
    concert = with_store.ask("harga tiket konser minggu depan berapa", country="ID")
    restaurant = with_store.ask("restoran enak di jakarta", country="ID")  # not a service
    assert outcome_of(concert) == outcome_of(restaurant) == "refused"
    answered = with_store.ask("syarat paspor apa saja", country="ID")
    assert outcome_of(answered) == "answered"
    assert [(q.question, q.outcome, q.doc_id, q.channel) for q in store.refused()] == [
        ("syarat bikin paspor apa aja", "suggested", "id/paspor.md", "web"),
        ("paspor saya hilang gimana", "not_covered", None, "api"),
        ("pasport saya hilang macam mana", "not_covered", None, "api"),
        ("harga tiket konser minggu depan berapa", "refused", None, "api"),
        ("restoran enak di jakarta", "refused", None, "api")]
    assert store.refused()[0].confidence == pytest.approx(unsure.confidence, abs=1e-9)
    today = answers_per_day(store.engine, 1)[0]
    # the chart's "not answered": refusals, services not covered and suggestions alike
    assert (today.answered, today.refused) == (1, 5)


def test_a_service_the_folder_lacks_is_named_and_offers_only_pages_it_would_answer_from(
        with_store: Assistant, store: Store) -> None:
    # the shipped bar: no fixture page is sure for SKCK, so the refusal offers none
    plain = with_store.ask("syarat skck apa aja", country="ID", channel="api")
    assert plain.not_covered == "id.skck" and plain.suggestions == ()
    assert "SKCK" in plain.answer and "Halaman ini" not in plain.answer
    # a desk sure of nearly anything: the pages it would have answered from are offered
    # beside the service's name and agency; for the staff report it is still a service
    # the folder lacks (the page offered first recorded with it)
    eager = dataclasses.replace(with_store, answers=LRUCache(16), answerer=dataclasses.replace(
        with_store.answerer, rule=AbstainRule(answer_at=0.02)))
    offered = eager.ask("syarat skck apa aja", country="ID", channel="api")
    assert not offered.answered and offered.not_covered == "id.skck"
    assert offered.suggestions and len(offered.suggestions) <= 3
    assert {s.doc_id for s in offered.suggestions} <= {
        "id/paspor.md", "id/ktp-hilang.md", "id/akta-kelahiran.md"}
    assert "SKCK" in offered.answer and offered.answer.endswith("Halaman ini mungkin membantu:")
    assert outcome_of(offered) == "not_covered"
    assert [(q.outcome, q.doc_id) for q in store.refused()] == [
        ("not_covered", None), ("not_covered", offered.suggestions[0].doc_id)]
    # a topic that is no public service offers no page, however sure the desk would be
    for question in ("harga tiket konser minggu depan berapa", "restoran enak di jakarta"):
        off = eager.ask(question, country="ID", channel="api")
        assert not off.answered and off.suggestions == (), question
