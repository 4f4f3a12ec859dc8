"""Scoring a self-assessment: answers in, strengths and gaps per function out.

Plain Python, no Django. Answers are positions on the five-point frequency scale, 0 (never) to
4 (always). A function's score is the mean of its items. Levels (decision 1305):

- strength: mean of 3 or more ("often" on average);
- gap: mean under 2 (less than "sometimes" on average);
- growing: in between.

Every item must be answered: with a handful of items per function, a skipped one would move
the mean too much to mean anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SCALE_MAX = 4
STRENGTH_AT = 3.0
GAP_BELOW = 2.0
LEVELS = ("strength", "growing", "gap")


@dataclass(frozen=True)
class FunctionScore:
    function: str
    mean: float  # 0..4
    answers: tuple[int, ...]  # in item order

    @property
    def level(self) -> str:
        return level_of(self.mean)

    @property
    def percent(self) -> int:
        """The mean as a share of the scale, 0 to 100 (for a bar)."""
        return round(100 * self.mean / SCALE_MAX)


@dataclass(frozen=True)
class Result:
    assessment: str
    functions: tuple[FunctionScore, ...]  # in the assessment's order

    def by_level(self, level: str) -> tuple[FunctionScore, ...]:
        """The functions at a level; gaps weakest first, strengths strongest first."""
        chosen = [f for f in self.functions if f.level == level]
        return tuple(sorted(chosen, key=lambda f: f.mean, reverse=level == "strength"))

    @property
    def strengths(self) -> tuple[FunctionScore, ...]:
        return self.by_level("strength")

    @property
    def gaps(self) -> tuple[FunctionScore, ...]:
        return self.by_level("gap")

    @property
    def growing(self) -> tuple[FunctionScore, ...]:
        return self.by_level("growing")

    def as_data(self) -> dict:
        """What the browser may keep to compare with a later attempt: function -> mean."""
        return {f.function: round(f.mean, 2) for f in self.functions}


def level_of(mean: float) -> str:
    if mean >= STRENGTH_AT:
        return "strength"
    if mean < GAP_BELOW:
        return "gap"
    return "growing"


def parse_answers(item_ids: tuple[str, ...], data: Mapping[str, object]):
    """Form data -> ({item id: 0..4}, [item ids missing or not on the scale]).

    Only the assessment's own item ids are read; anything else in `data` is ignored.
    """
    answers, problems = {}, []
    for iid in item_ids:
        raw = data.get(iid)
        text = str(raw).strip() if raw is not None else ""
        if text.isdigit() and 0 <= int(text) <= SCALE_MAX and len(text) == 1:
            answers[iid] = int(text)
        else:
            problems.append(iid)
    return answers, problems


def score(
    assessment_id: str,
    functions: tuple[tuple[str, tuple[str, ...]], ...],
    answers: Mapping[str, int],
) -> Result:
    """`functions` is ((function id, (item id, ...)), ...) in order; every item answered."""
    scores = []
    for fid, item_ids in functions:
        values = tuple(int(answers[i]) for i in item_ids)
        if not values:
            raise ValueError(f"function '{fid}' has no items")
        if any(not 0 <= v <= SCALE_MAX for v in values):
            raise ValueError(f"function '{fid}': an answer is off the scale")
        scores.append(FunctionScore(fid, sum(values) / len(values), values))
    return Result(assessment_id, tuple(scores))


def compare(before: Mapping[str, float], after: Result) -> list[dict]:
    """Per function: the earlier mean, the new one and the direction (the browser does the same
    in assessment.js; this is its reference, tested against it)."""
    rows = []
    for f in after.functions:
        old = before.get(f.function)
        if old is None:
            rows.append({"function": f.function, "before": None, "after": f.mean, "change": "new"})
            continue
        delta = round(f.mean - float(old), 2)
        change = "up" if delta > 0 else "down" if delta < 0 else "same"
        rows.append(
            {
                "function": f.function,
                "before": float(old),
                "after": f.mean,
                "change": change,
                "level_before": level_of(float(old)),
                "level_after": f.level,
            }
        )
    return rows
