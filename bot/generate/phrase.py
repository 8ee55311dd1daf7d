"""The `Phraser`: an answered question, its sections → the model's wording, or the
extractive answer when the model fails, is too slow, or its text does not pass the guard."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from operator import itemgetter

from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from bot.generate.guard import Guard, Verdict, drop_instructions
from bot.generate.llm import (
    NO_ANSWER,
    PROMPT,
    LLMConfig,
    build_model,
    format_sections,
    prompt_values,
)
from bot.generate.retriever import AnswerSections
from bot.state.privacy import mask
from bot.types import Answer

log = logging.getLogger(__name__)

OnDelta = Callable[[str], None]
_LABEL = re.compile(r"\[(\w+)\]")
_PLACEHOLDER = re.compile(r"\[[a-z]+-\d+\]")


class Shield:
    """Masks personal-looking numbers as numbered placeholders (`[phone-1]`) and puts the
    originals back into the model's text: an office's number leaves masked, returns exact."""

    def __init__(self) -> None:
        self.originals: dict[str, str] = {}

    def mask(self, text: str) -> str:
        masked = mask(text) or ""
        if masked == text:
            return text
        out = []
        matcher = SequenceMatcher(None, text, masked, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            piece = masked[j1:j2]
            label = _LABEL.fullmatch(piece)
            if op == "replace" and label:
                key = f"[{label[1]}-{len(self.originals) + 1}]"
                self.originals[key] = text[i1:i2]
                piece = key
            out.append(piece)
        return "".join(out)

    def restore(self, text: str) -> str:
        for key, original in self.originals.items():
            text = text.replace(key, original)
        return text


@dataclass
class PhrasingStats:
    """How phrasing ended, by outcome (`generated`, `guarded`, `timeout`, `error`) and
    the guard's reason; thread-safe, read by the metrics."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, outcome: str, reason: str = "") -> None:
        with self._lock:
            self.counts[(outcome, reason)] += 1

    def snapshot(self) -> dict[tuple[str, str], int]:
        with self._lock:
            return dict(self.counts)


class _Loop:
    """One event loop in a thread of its own: every model call runs (and is cancelled) there,
    whichever thread or loop asks."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def get(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="tanyakota-llm",
                                 daemon=True).start()
            return self._loop


@dataclass
class Phraser:
    """Phrases answered questions with the configured model, behind the guard."""

    config: LLMConfig
    detect: Callable[[str], str]
    max_chars: int = 700
    stats: PhrasingStats = field(default_factory=PhrasingStats)
    _loop: _Loop = field(default_factory=_Loop, repr=False)

    def __post_init__(self) -> None:
        self.model = build_model(self.config)

    def phrase(self, question: str, answer: Answer, on_delta: OnDelta | None = None) -> Answer:
        """The model's wording of `answer` (`generated=True`), or `answer` itself. Text
        reaches `on_delta` only as far as the guard's fact checks hold; the whole call,
        retries included, takes at most the configured timeout."""
        if not answer.answered or answer.clarify is not None or not answer.grounds:
            return answer
        future = asyncio.run_coroutine_threadsafe(
            self._generate(question, answer, on_delta), self._loop.get())
        try:
            text, verdict = future.result(timeout=self.config.timeout + 0.5)
        except TimeoutError:
            future.cancel()
            self.stats.count("timeout")
            log.warning("the language model did not answer within %.1f s",
                        self.config.timeout)
            return answer
        except Exception as exc:  # any failure of the model or its server
            self.stats.count("error")
            log.warning("the language model failed: %s", mask(str(exc)))
            return answer
        if not verdict.ok:
            self.stats.count("guarded", verdict.reason or "")
            log.info("the model's text was refused (%s: %s)", verdict.reason,
                     mask(verdict.detail))
            return answer
        self.stats.count("generated")
        return replace(answer, answer=text, generated=True)

    async def _generate(self, question: str, answer: Answer, on_delta: OnDelta | None
                        ) -> tuple[str, Verdict]:
        shield = Shield()
        grounds = [replace(g, text=drop_instructions(g.text)) for g in answer.grounds]
        sources = AnswerSections.of(grounds, shield.mask)
        guard = Guard(tuple(f"{g.title}\n{g.heading}\n{g.text}\n{g.source or ''}"
                            for g in grounds), question, answer.lang, self.detect,
                      self.max_chars)
        chain = (RunnablePassthrough.assign(
                     sections=itemgetter("question") | sources | RunnableLambda(format_sections))
                 | PROMPT | self.model | StrOutputParser())
        inputs = prompt_values(mask(question) or "", answer.lang, answer.country,
                               self.max_chars)
        async with asyncio.timeout(self.config.timeout):
            if on_delta is None:
                raw = await chain.ainvoke(inputs)
            else:
                raw = await self._stream(chain.astream(inputs), shield, guard, on_delta)
        text = shield.restore(raw).strip()
        if text.startswith(NO_ANSWER):
            return text, Verdict(False, "declined")
        if _PLACEHOLDER.search(text):
            return text, Verdict(False, "fact", "an unknown placeholder")
        return text, guard.check(text)

    @staticmethod
    async def _stream(chunks: AsyncIterator[str], shield: Shield, guard: Guard,
                      on_delta: OnDelta) -> str:
        """The whole raw text; the resident sees it word by word while the facts hold."""
        raw, shown, held = "", "", False
        async for piece in chunks:
            raw += piece
            if held:
                continue
            cut = max(raw.rfind(" "), raw.rfind("\n"))
            if cut <= 0:
                continue
            ready = shield.restore(raw[:cut]).strip()
            if len(ready) <= len(shown) or not ready.startswith(shown):
                continue
            if not guard.facts_hold(ready).ok or ready.startswith(NO_ANSWER[:5]):
                held = True
                continue
            on_delta(ready[len(shown):])
            shown = ready
        return raw
