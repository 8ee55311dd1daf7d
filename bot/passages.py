"""A section's text as a reader sees it: list items, tables and paragraphs, a hard-wrapped
paragraph's lines joined — read by the answer's layout (`bot.focus`) and by what a page says
it leaves out (`bot.coverage`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class Passage:
    """A list item, a table (several lines), or a paragraph (its sentences)."""

    sentences: tuple[str, ...]
    lines: bool  # kept line by line (list item, table); else a paragraph on one line
    gap: bool  # a blank line before it

    @property
    def text(self) -> str:
        return ("\n" if self.lines else " ").join(self.sentences)

    @property
    def table(self) -> bool:
        return self.lines and self.sentences[0].lstrip().startswith("|")

    def split(self, at: int) -> tuple[Passage, Passage]:
        return (replace(self, sentences=self.sentences[:at]),
                replace(self, sentences=self.sentences[at:]))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(*A-Z0-9])")
LINE_END = re.compile(r"[.!?:;]$|\*\*$")


def passages(text: str) -> list[Passage]:
    """`text` cut into list items, tables and paragraphs; a hard-wrapped paragraph's lines
    are joined, a line that ends a sentence ends its paragraph."""
    out: list[Passage] = []
    block: list[str] = []
    kind, gap = "", False

    def flush() -> None:
        nonlocal block, kind, gap
        if block:
            if kind == "para":
                joined = " ".join(line.strip() for line in block)
                out.append(Passage(tuple(s for s in SENTENCE_END.split(joined) if s), False,
                                   gap))
            else:
                out.append(Passage(tuple(block), True, gap))
            gap = False
        block, kind = [], ""

    for line in text.split("\n"):
        if not line.strip():
            flush()
            gap = bool(out)
            continue
        if line.lstrip().startswith("|"):
            if kind != "table":
                flush()
            kind = "table"
            block.append(line)
        elif LIST_ITEM.match(line):
            flush()
            kind = "item"
            block.append(line)
        elif kind == "item" and line.startswith((" ", "\t")):
            block.append(line)  # a list item's continuation
        else:
            if kind != "para":
                flush()
            kind = "para"
            block.append(line)
            if LINE_END.search(line.rstrip()):
                flush()
    flush()
    return out


def render(blocks: Sequence[Passage]) -> str:
    return "".join(("\n\n" if b.gap else "\n") * (i > 0) + b.text
                   for i, b in enumerate(blocks))
