"""Optional, off by default: an aggregate estimate of gender from names, for people whose
gender is not stated.

Method: nomquamgender (Van Buskirk, Clauset & Larremore, ICWSM 2023; MIT licence), if it is
installed (`pip install nomquamgender`; it brings numpy and pandas). For each name it gives
p(gf), the probability that a person with this given name was typically gendered female.
Names with p(gf) between 0.1 and 0.9 are ambiguous and abstained on, as the authors advise;
names it does not know are left out. The estimate is only ever an aggregate: expected number
of women among the names it could estimate, with a 95% interval (normal approximation of a
sum of independent Bernoulli variables). It is never shown per person, always labelled as an
estimate, and cannot see non-binary people at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .model import ParsedProgram

Scorer = Callable[[Sequence[str]], Sequence[float | None]]
THRESHOLD = 0.1  # abstain when 0.1 < p(gf) < 0.9
METHOD = "nomquamgender"
CITATION = (
    "Van Buskirk, I., Clauset, A., & Larremore, D. B. (2023). An open-source cultural "
    "consensus approach to name-based gender classification. Proceedings of the "
    "International AAAI Conference on Web and Social Media (ICWSM)."
)
_TITLES = re.compile(
    r"^(?:(?:dr|dre|prof|pr|professor|professeur|professeure|m|mme|mlle|mr|mrs|ms|mx|miss|"
    r"sir|dame|hon|rev|me)\.?\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Estimate:
    available: bool
    candidates: int  # people with a name but no stated gender
    estimable: int = 0  # names the method could estimate confidently
    abstained: int = 0  # ambiguous names (0.1 < p(gf) < 0.9)
    unknown: int = 0  # names the method has no data for
    expected_women: float | None = None
    low: float | None = None
    high: float | None = None
    method: str = METHOD

    @property
    def coverage(self) -> float | None:
        return self.estimable / self.candidates if self.candidates else None

    def to_dict(self) -> dict:
        return {
            "kind": "estimate",
            "available": self.available,
            "method": self.method,
            "citation": CITATION,
            "candidates": self.candidates,
            "estimable": self.estimable,
            "abstained": self.abstained,
            "unknown": self.unknown,
            "coverage": None if self.coverage is None else round(self.coverage, 4),
            "expected_women": None
            if self.expected_women is None
            else round(self.expected_women, 2),
            "interval_95": None if self.low is None else [round(self.low, 2), round(self.high, 2)],
        }


def strip_titles(name: str) -> str:
    return _TITLES.sub("", " ".join(name.split()))


def default_scorer() -> Scorer | None:
    """nomquamgender's p(gf) for each name, or None when the package is not installed."""
    try:
        import nomquamgender as nqg
    except ImportError:
        return None
    model = nqg.NBGC()

    def score(names: Sequence[str]) -> list[float | None]:
        out = []
        for p in model.get_pgf(list(names)):
            out.append(None if p is None or p != p else float(p))  # NaN -> None
        return out

    return score


def estimate_names(program: ParsedProgram, scorer: Scorer | None = None) -> Estimate:
    names = [
        strip_titles(p.name)
        for p in program.people
        if p.name and p.gender in ("not_stated", "unrecognised")
    ]
    names = [n for n in names if n]
    scorer = scorer or default_scorer()
    if scorer is None:
        return Estimate(available=False, candidates=len(names))
    if not names:
        return Estimate(available=True, candidates=0)
    expected = variance = 0.0
    estimable = abstained = unknown = 0
    for p in scorer(names):
        if p is None:
            unknown += 1
        elif THRESHOLD < p < 1 - THRESHOLD:
            abstained += 1
        else:
            estimable += 1
            expected += p
            variance += p * (1 - p)
    half = 1.96 * math.sqrt(variance)
    return Estimate(
        True,
        len(names),
        estimable,
        abstained,
        unknown,
        expected if estimable else None,
        max(0.0, expected - half) if estimable else None,
        min(float(estimable), expected + half) if estimable else None,
    )
