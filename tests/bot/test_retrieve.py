"""Ranking details that whole-answer tests do not pin down."""


import pytest

from bot.retrieve import HybridRetriever
from indexer.build import build_index
from indexer.store import open_index

NATIONAL = """---
title: Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)
lang: id
country: ID
---
# Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)

PBB-P2 dibayar setiap tahun oleh pemilik atau pemakai tanah dan bangunan, berdasarkan SPPT
yang diterbitkan pemerintah kabupaten/kota.

## Cara membayar PBB-P2
Bayar PBB-P2 di bank, kantor pos, atau kanal daring yang ditunjuk pemerintah daerah Anda.
"""

# The same text as the national page, as cities often copy it: only the region differs.
CITY = NATIONAL.replace("country: ID\n", "country: ID\nregion: Kota Surabaya\n")


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory, embedder) -> HybridRetriever:
    root = tmp_path_factory.mktemp("region")
    (root / "k" / "id").mkdir(parents=True)
    (root / "k" / "id" / "pbb-p2.md").write_text(NATIONAL, encoding="utf-8")
    (root / "k" / "id" / "pbb-surabaya.md").write_text(CITY, encoding="utf-8")
    assert build_index(root / "k", root / "i", embedder).ok
    return HybridRetriever(open_index(root / "i", embedder.model_id), embedder)


def test_a_question_naming_the_city_gets_the_city_document(retriever) -> None:
    docs = retriever.search(retriever.prepare("cara bayar pbb di surabaya"), country="ID")
    assert docs[0].doc_id == "id/pbb-surabaya.md"
    assert docs[0].score - docs[1].score > 0.5  # by the city it names, not by a tie


def test_a_question_naming_no_city_gets_the_national_document(retriever) -> None:
    docs = retriever.search(retriever.prepare("cara bayar pbb"), country="ID")
    assert docs[0].doc_id == "id/pbb-p2.md"
    assert docs[0].score - docs[1].score > 0.1


def test_distinctness_is_measured_against_everyday_sentences_too(retriever) -> None:
    """Two documents alone would make any question 'stand out'; the index carries the
    everyday-sentence vectors so an off-topic question still does not."""
    assert retriever.version.background is not None and len(retriever.version.background) > 50
    on_topic = retriever.prepare("cara bayar pbb di surabaya")
    off_topic = retriever.prepare("resep rendang padang yang enak")
    best = retriever.search(on_topic, country="ID")[0]
    worst = retriever.search(off_topic, country="ID")[0]
    assert retriever.distinctness(on_topic, best.dense) > 2.5
    assert retriever.distinctness(off_topic, worst.dense) < 2.0
