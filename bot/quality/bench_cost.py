"""What one question costs, ordinary or hostile: no valid question may cost more than a few
ordinary ones (long text, emoji, other scripts, digits, one endless word)."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from bot.factory import make_assistant
from bot.quality.bench_serve import questions_from_index
from bot.quality.measure import Table
from bot.question import MAX_QUESTION_CHARS
from bot.state.store import create_store
from indexer.embed import VectorEmbedder

# a question may cost at most this many times an ordinary one
MAX_RATIO = 8.0


def hostile_questions(seed: int) -> dict[str, str]:
    """Valid questions (1,000 characters at most) built to be expensive."""
    rng = random.Random(seed)
    n = MAX_QUESTION_CHARS

    def fill(pick: Callable[[], str], sep: str = "") -> str:
        out = ""
        while len(out) < n:
            out += pick() + sep
        return out[:n].strip()

    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        "1,000 emoji": fill(lambda: chr(rng.randrange(0x1F300, 0x1F64F))),
        "1,000 CJK characters": fill(lambda: chr(rng.randrange(0x4E00, 0x9FFF))),
        "1,000 Thai characters": fill(lambda: chr(rng.randrange(0x0E01, 0x0E3A))),
        "1,000 characters of Indonesian": fill(lambda: rng.choice(
            ("syarat", "membuat", "paspor", "baru", "kantor", "imigrasi", "biaya", "ktp",
             "hilang", "gimana", "cara", "mengurus", "akta", "kelahiran")), " "),
        "200 distinct made-up words": fill(lambda: "".join(
            rng.choice(letters) for _ in range(rng.randint(4, 8))), " "),
        "one 1,000-letter word": fill(lambda: rng.choice(letters)),
        "1,000 digits in groups": fill(lambda: str(rng.randrange(10)), "")
        .replace("0", " ").replace("5", "-"),
        "accents stacked on letters": fill(lambda: rng.choice(letters) + "\u0301\u0308\u0327"),
    }


def _cost(ask: Callable[[str], object], text: str, repeat: int) -> float:
    """Least seconds of `ask(text)` over `repeat` runs (on a busy machine the least is the
    cost; the rest is waiting), each run made distinct so no cache helps."""
    times = []
    for i in range(repeat):
        variant = f"{i} {text}"[:MAX_QUESTION_CHARS]
        start = time.perf_counter()
        ask(variant)
        times.append(time.perf_counter() - start)
    return min(times)


def bench_cost(index_dir: Path, embedder: VectorEmbedder, workdir: Path,
               ordinary: int = 20, repeat: int = 3) -> Table:
    """The cost of a whole answer (embed, search, coverage, language, refusal recorded
    masked) for each kind of question, against ordinary questions about the index."""
    settings = Settings(index_dir=index_dir, query_cache_size=0, answer_cache_size=0,
                        _env_file=None)  # type: ignore[call-arg]
    store = create_store(f"sqlite:///{workdir / 'cost.db'}")
    assistant = make_assistant(settings, embedder=embedder, store=store)

    def ask(text: str) -> object:
        return assistant.ask(text, channel="bench")

    questions = questions_from_index(index_dir, ordinary)
    ask("warm up: jam buka kantor?")
    base = statistics.median(_cost(ask, q, repeat) for q in questions)
    rows: list[tuple[object, ...]] = [("ordinary question (median)", round(base * 1000, 1),
                                       1.0, "-", "ok")]
    for label, text in hostile_questions(seed=14).items():
        seconds = _cost(ask, text, repeat)
        ratio = seconds / base
        rows.append((label, round(seconds * 1000, 1), round(ratio, 2),
                     embedder.token_count(embedder.truncate(text)),
                     "ok" if ratio <= MAX_RATIO else f"over {MAX_RATIO:g}x"))
    return Table("cost", f"Cost of one answer, in-process, caches off ({len(questions)} "
                 "ordinary questions)", ("question", "ms", "ratio", "tokens_embedded",
                                         "verdict"), tuple(rows),
                 (f"floor: ordinary questions about the index; target ratio <= {MAX_RATIO:g}",
                  f"a question is embedded up to {embedder.max_query_tokens} tokens"))
