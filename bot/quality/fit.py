"""`tanyakota fit`: refit the answer/refuse rule (`bot.decide.AbstainRule`) on what
`tanyakota eval --signals` recorded, and replay every recorded question under it.

Each signals file is one folder's questions (with the country given, and with each
answerable question's document left out). The weights are a logistic regression of
"the decision's first candidate is a right document" on its signals, each folder weighing
the same, and none below zero (each signal speaks for the answer by construction; one
the fit would weigh negative is left out and the others refitted). `answer_at` is the
lowest threshold (in steps of 0.01) at which, over all the folders, no more than
`max_left_out` of the left-out questions and `max_not_covered` of the not-covered ones
are answered, and no folder has more than `max_wrong` of its answerable questions
answered from a wrong document. The replay is exact: the signals do not depend on the
weights, and what overrides the probability (a service the folder lacks, a page of
another service or place) was recorded with them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import numpy as np

from bot.decide import AbstainRule, Signals, settle

FEATURES = tuple(f.name for f in fields(Signals))
FITTED_MODES = ("with_country", "leave_one_out")


@dataclass(frozen=True)
class Asked:
    """One recorded question: what the decision read, and what a right answer is."""

    folder: str
    mode: str
    docs: tuple[str, ...]
    gate: str
    candidates: tuple[tuple[str, tuple[float, ...], bool], ...]  # doc, signals, near


@dataclass(frozen=True)
class Replayed:
    """Shares of one folder's questions under a rule (as `tanyakota eval` counts them)."""

    folder: str
    answerable: int
    right: float
    suggested: float
    refused_wrongly: float
    answered_wrong: float
    not_covered: int
    not_covered_answered: float
    left_out: int
    left_out_answered: float


def load_signals(paths: Sequence[Path]) -> list[Asked]:
    """The recorded questions of each file (a folder each, named after the file)."""
    asked: list[Asked] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                candidates = tuple(
                    (j["doc_id"], tuple(float(j["signals"][f]) for f in FEATURES),
                     bool(j.get("near", True))) for j in row["judged"])
                asked.append(Asked(path.stem, row["mode"], tuple(row["docs"]),
                                   row.get("gate") or "", candidates))
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}:{n}: not a line of `tanyakota eval --signals` "
                                 f"({e})") from e
    return asked


def probability(rule: AbstainRule, x: Sequence[float]) -> float:
    """`rule`'s probability of a recorded candidate (its signals in `FEATURES` order)."""
    distinct, title, margin, service, action, place = x
    return rule.probability(Signals(distinct, title, margin, bool(service), bool(action),
                                    place))


def outcome(rule: AbstainRule, a: Asked) -> str:
    """answered-right | answered-wrong | suggested-right | suggested | refused, as the
    answer path settles it (`bot.decide.settle`)."""
    settled = settle([probability(rule, x) for _, x, _ in a.candidates], a.gate,
                     [near for _, _, near in a.candidates], rule.answer_at, rule.suggest_at)
    if settled.answer:
        return "answered-right" if a.candidates[0][0] in a.docs else "answered-wrong"
    offered = {a.candidates[i][0] for i in settled.offered}
    if not offered:
        return "refused"
    return "suggested-right" if offered & set(a.docs) else "suggested"


def replay(rule: AbstainRule, asked: Sequence[Asked]) -> list[Replayed]:
    """Each folder's shares under `rule`, with the country given."""
    rows = []
    for folder in dict.fromkeys(a.folder for a in asked):
        mine = [a for a in asked if a.folder == folder]
        answerable = [outcome(rule, a) for a in mine if a.mode == "with_country" and a.docs]
        uncovered = [outcome(rule, a) for a in mine if a.mode == "with_country" and not a.docs]
        left = [outcome(rule, a) for a in mine if a.mode == "leave_one_out"]
        rows.append(Replayed(
            folder, len(answerable), share(answerable, "answered-right"),
            share(answerable, "suggested-right"), share(answerable, "refused", "suggested"),
            share(answerable, "answered-wrong"), len(uncovered),
            share(uncovered, "answered-right", "answered-wrong"), len(left),
            share(left, "answered-right", "answered-wrong")))
    return rows


def share(outcomes: Sequence[str], *kinds: str) -> float:
    return round(sum(o in kinds for o in outcomes) / len(outcomes), 4) if outcomes else 0.0


def logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3,
             steps: int = 50) -> np.ndarray:
    """Weighted logistic regression by Newton's method; the last coefficient is the bias."""
    x = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(x.shape[1])
    ridge = l2 * np.eye(x.shape[1])
    ridge[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -50, 50)))
        grad = x.T @ (w * (p - y)) + ridge @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def fit(asked: Sequence[Asked], max_left_out: float = 0.10, max_not_covered: float = 0.05,
        max_wrong: float = 0.02, base: AbstainRule | None = None) -> AbstainRule:
    """The rule fitted on `asked` (see the module's text)."""
    base = base or AbstainRule()
    rows = [a for a in asked if a.mode in FITTED_MODES and a.candidates
            and a.gate != "lacking"]
    if not rows:
        raise ValueError("no recorded question to fit on")
    per_folder: dict[str, int] = {}
    for a in rows:
        per_folder[a.folder] = per_folder.get(a.folder, 0) + 1
    x = np.array([a.candidates[0][1] for a in rows])
    y = np.array([float(a.candidates[0][0] in a.docs) for a in rows])
    # each folder weighs the same; the weights add up to the number of questions
    w = np.array([len(rows) / len(per_folder) / per_folder[a.folder] for a in rows])
    # every signal speaks for the answer by construction: one the fit would weigh below
    # zero is left out (weight 0) and the others refitted
    kept = list(range(len(FEATURES)))
    while True:
        beta = logistic(x[:, kept], y, w)
        negative = [k for k, b in zip(kept, beta[:-1]) if b < 0]
        if not negative:
            break
        kept = [k for k in kept if k not in negative]
    weights = dict.fromkeys(FEATURES, 0.0)
    weights.update({FEATURES[k]: float(b) for k, b in zip(kept, beta[:-1])})
    rule = replace(base, bias=round(float(beta[-1]), 2), **{
        f"{f}_weight": round(b, 2) for f, b in weights.items()})
    pooled = [a for a in asked if a.mode in FITTED_MODES]
    for step in range(1, 100):
        at = replace(rule, answer_at=step / 100)
        left = [outcome(at, a) for a in pooled if a.mode == "leave_one_out"]
        uncovered = [outcome(at, a) for a in pooled if a.mode == "with_country" and not a.docs]
        if (share(left, "answered-right", "answered-wrong") <= max_left_out
                and share(uncovered, "answered-right", "answered-wrong") <= max_not_covered
                and all(r.answered_wrong <= max_wrong for r in replay(at, asked))):
            return at
    return replace(rule, answer_at=0.99)


def held_out(asked: Sequence[Asked], max_left_out: float = 0.10,
             max_not_covered: float = 0.05,
             max_wrong: float = 0.02) -> list[tuple[AbstainRule, Replayed]]:
    """Each folder replayed under the rule fitted on all the others (leave one folder out):
    what refitting would do on a folder it was not fitted on."""
    folders = list(dict.fromkeys(a.folder for a in asked))
    if len(folders) < 2:
        raise ValueError("leaving one folder out needs two folders or more")
    out = []
    for folder in folders:
        rule = fit([a for a in asked if a.folder != folder], max_left_out, max_not_covered,
                   max_wrong)
        out += [(rule, r) for r in replay(rule, [a for a in asked if a.folder == folder])]
    return out


def replay_table(rule: AbstainRule, rows: Sequence[Replayed]) -> str:
    weights = ", ".join(f"{k} {v:g}" for k, v in asdict(rule).items())
    lines = [f"rule: {weights}",
             f"  {'folder':14} {'right':>6} {'sugg.':>6} {'ref.w':>6} {'wrong':>6} "
             f"{'nc ans':>6} {'LOO ans':>7}"]
    for r in rows:
        lines.append(f"  {r.folder:14} {r.right:6.3f} {r.suggested:6.3f} "
                     f"{r.refused_wrongly:6.3f} {r.answered_wrong:6.3f} "
                     f"{r.not_covered_answered:6.3f} {r.left_out_answered:7.3f}")
    return "\n".join(lines)
