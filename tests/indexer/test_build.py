import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.config import Settings
from bot.factory import make_assistant
from indexer.build import build_index
from indexer.embed import VectorEmbedder
from indexer.errors import EmbedderMismatchError, IndexLockedError
from indexer.store import build_lock, current_version, open_index


def test_manifest_records_embedder_counts_and_hashes(index_dir: Path, embedder) -> None:
    version = open_index(index_dir, embedder.model_id)
    manifest = json.loads((version.path / "manifest.json").read_text())
    assert manifest["embedder"] == embedder.model_id
    assert manifest["dim"] == 384
    assert manifest["documents"] == 6
    assert manifest["chunks"] == version.dense.ntotal == len(version.chunks)
    assert set(manifest["files"]) == {"id/ktp-hilang.md", "id/paspor.md",
                                      "id/akta-kelahiran.md", "my/mykad-hilang.md",
                                      "my/pasport.md", "my/sijil-kelahiran.md"}
    assert manifest["counts"]["country"] == {"ID": 3, "MY": 3}
    assert not list(version.path.rglob("*.pkl")) and not list(version.path.rglob("*.pickle"))


def test_broken_file_is_reported_and_the_rest_is_searchable(
        tmp_path: Path, knowledge_dir: Path, embedder, detector) -> None:
    knowledge = tmp_path / "k"
    shutil.copytree(knowledge_dir, knowledge)
    (knowledge / "id" / "rusak.md").write_bytes(b"---\ntitle: [x\n---\n")
    report = build_index(knowledge, tmp_path / "i", embedder)
    assert not report.ok
    assert [f.path for f in report.failures] == ["id/rusak.md"]
    assert "not valid YAML" in report.failures[0].reason
    assistant = make_assistant(Settings(_env_file=None), index_dir=tmp_path / "i",
                             embedder=embedder, detector=detector)
    answer = assistant.ask("syarat paspor apa saja?")
    assert answer.answered and answer.sources[0].doc_id == "id/paspor.md"


def test_index_from_another_embedder_is_refused_with_rebuild_hint(index_dir: Path) -> None:
    with pytest.raises(EmbedderMismatchError) as info:
        open_index(index_dir, "sentence-transformers:some-other-model")
    message = str(info.value)
    assert "built with embedder" in message and "tanyakota index" in message


class ExplodingEmbedder(VectorEmbedder):
    """Fails part-way through, like a build killed while embedding."""

    def __init__(self, model_id: str) -> None:
        self.model_id, self.dim, self.calls = model_id, 384, 0

    def embed_passages(self, texts):
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("embedding died")
        return np.ones((len(texts), 384), dtype=np.float32) / np.sqrt(384)

    def embed_query_vector(self, text):
        return np.ones(384, dtype=np.float32) / np.sqrt(384)


def test_failed_build_leaves_the_old_version_serving(
        tmp_path: Path, knowledge_dir: Path, embedder) -> None:
    index = tmp_path / "i"
    first = build_index(knowledge_dir, index, embedder)
    knowledge = tmp_path / "k"
    shutil.copytree(knowledge_dir, knowledge)
    for i in range(3):
        (knowledge / "id" / f"baru-{i}.md").write_text(f"# Dokumen {i}\nIsi baru {i}.\n")
    with pytest.raises(RuntimeError):
        build_index(knowledge, index, ExplodingEmbedder(embedder.model_id), batch=1)
    assert current_version(index) == first.version
    assert open_index(index, embedder.model_id).manifest.documents == 6


def test_rebuild_reuses_cached_embeddings_and_reports_changes(
        tmp_path: Path, knowledge_dir: Path, embedder) -> None:
    knowledge = tmp_path / "k"
    shutil.copytree(knowledge_dir, knowledge)
    index = tmp_path / "i"
    build_index(knowledge, index, embedder)
    (knowledge / "my" / "pasport.md").unlink()
    path = knowledge / "id" / "paspor.md"
    path.write_text(path.read_text() + "\n## Catatan\nDatang tepat waktu sesuai jadwal.\n")
    report = build_index(knowledge, index, embedder)
    assert report.removed == ("my/pasport.md",)
    assert report.changed == ("id/paspor.md",)
    assert report.embedded == 1  # only the new section
    assert "removed 1" in report.summary()


def test_second_build_at_once_is_refused_clearly(tmp_path: Path) -> None:
    with build_lock(tmp_path):
        with pytest.raises(IndexLockedError, match="another index build is running"):
            with build_lock(tmp_path):
                pass
