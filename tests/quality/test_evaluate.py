import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.quality.evaluate import evaluate_questions, load_questions
from bot.quality.retrieval import evaluate_bench, load_bench, rank_metrics
from indexer.embed import EmbeddingCache

PASSAGES = [
    ("p-id-1", "id", "Kereta api cepat Jakarta Bandung mulai beroperasi pada tahun 2023."),
    ("p-ms-1", "ms", "Kereta api laju Jakarta Bandung mula beroperasi pada tahun 2023."),
    ("p-id-2", "id", "Candi Borobudur adalah candi Buddha terbesar di dunia."),
    ("p-ms-2", "ms", "Candi Borobudur ialah candi Buddha terbesar di dunia."),
    ("p-id-3", "id", "Rendang adalah masakan daging berbumbu dari Sumatra Barat."),
    ("p-ms-3", "ms", "Rendang ialah masakan daging berempah dari Sumatera Barat."),
]
QUERIES = [("q-id-1", "id", "kapan kereta cepat Jakarta Bandung beroperasi"),
           ("q-ms-2", "ms", "candi Buddha terbesar di dunia")]


def write_bench(folder: Path) -> Path:
    folder.mkdir()
    with open(folder / "corpus.jsonl", "w") as fh:
        for pid, lang, text in PASSAGES:
            fh.write(json.dumps({"id": pid, "lang": lang, "title": "", "text": text}) + "\n")
    with open(folder / "queries.jsonl", "w") as fh:
        for qid, lang, text in QUERIES:
            fh.write(json.dumps({"id": qid, "lang": lang, "text": text}) + "\n")
    (folder / "qrels.tsv").write_text("query_id\tdoc_id\nq-id-1\tp-id-1\nq-id-1\tp-ms-1\n"
                                      "q-ms-2\tp-ms-2\nq-ms-2\tp-id-2\n")
    (folder / "qrels.cross.tsv").write_text("query_id\tdoc_id\nq-id-1\tp-ms-1\nq-ms-2\tp-id-2\n")
    return folder


def test_rank_metrics_follow_their_definitions() -> None:
    assert rank_metrics(["a", "b"], frozenset({"a"})) == pytest.approx({
        "hit@1": 1.0, "hit@10": 1.0, "mrr@10": 1.0, "ndcg@10": 1.0})
    second = rank_metrics(["x", "a"], frozenset({"a"}))
    assert second["hit@1"] == pytest.approx(0.0) and second["mrr@10"] == pytest.approx(0.5)
    assert rank_metrics(["x"] * 10 + ["a"], frozenset({"a"}))["hit@10"] == pytest.approx(0.0)


def test_benchmark_reports_each_method_per_language_and_cross_lingual(
        tmp_path: Path, embedder) -> None:
    bench = load_bench(write_bench(tmp_path / "tiny"))
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    result = evaluate_bench(bench, embedder, cache)
    assert set(result.scores) == {"bm25", "dense", "rrf", "hybrid"}
    for slices in result.scores.values():
        assert set(slices) == {"all", "id", "ms", "cross"}
        assert slices["cross"]["n"] == 2 and slices["all"]["n"] == 2
    assert result.scores["hybrid"]["all"]["hit@1"] == pytest.approx(1.0)
    # only other-language passages
    assert result.scores["dense"]["cross"]["hit@1"] == pytest.approx(1.0)
    again = evaluate_bench(bench, embedder, cache)  # cached vectors give the same numbers
    assert again.scores == result.scores


def test_question_set_counts_answers_refusals_and_misses(tmp_path: Path, assistant) -> None:
    path = tmp_path / "q.jsonl"
    rows = [
        {"q": "ktp ilang gimana cara mengurusnya", "lang": "id", "country": "ID",
         "docs": ["id/ktp-hilang.md"], "fact": "polisi"},
        {"q": "berapa bayaran pasport", "lang": "ms", "country": "MY",
         "docs": ["my/pasport.md"], "fact": "RM200"},
        {"q": "syarat paspor apa saja", "lang": "id", "country": "ID",
         "docs": ["id/akta-kelahiran.md"]},  # deliberately wrong: must be a miss
        {"q": "resep rendang padang yang enak", "lang": "id", "country": "ID", "docs": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = evaluate_questions(assistant, load_questions(path), leave_one_out=True).to_dict()
    given = result["with_country"]
    assert (given["answerable"], given["with_fact"], given["not_covered"]) == (3, 2, 1)
    assert given["right_doc"] == pytest.approx(2 / 3, abs=1e-3)
    assert given["right_with_fact"] == pytest.approx(1.0)
    assert given["answered_wrong"] == pytest.approx(1 / 3, abs=1e-3)
    assert given["not_covered_answered"] == pytest.approx(0.0)
    assert any(m["q"] == "syarat paspor apa saja" and m["got"] == "id/paspor.md"
               and m["verdict"] == "wrong" for m in result["misses"])
    # without its document, a question is refused; the mislabelled one still finds its own
    loo = result["leave_one_out"]
    assert loo["questions"] == 3 and loo["answered"] == pytest.approx(1 / 3, abs=1e-3)
    assert set(result["language_methods"]) == {"lingua alone", "lingua + marker words"}


def test_eval_command_prints_json(tmp_path: Path, index_dir: Path) -> None:
    folder = write_bench(tmp_path / "tiny")
    out = subprocess.run([sys.executable, "-m", "bot.cli", "eval", "--bench", str(folder),
                          "--index", str(index_dir), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["tiny"]["hybrid"]["all"]["n"] == 2
