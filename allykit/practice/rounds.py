"""A practice round kept entirely in the URL and the form: no server-side state. Pure Python."""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import urlencode

from .scenarios import DS

ROUND_SIZE = 5
OWN = "own"
PICKS = (*DS, OWN)


@dataclass(frozen=True)
class Round:
    ids: tuple[str, ...]
    step: int  # index of the scenario being shown
    picks: tuple[str, ...]  # the D chosen for each scenario answered so far
    setting: str = ""
    position: str = ""

    @property
    def done(self) -> bool:
        return self.step >= len(self.ids)

    @property
    def current(self) -> str:
        return self.ids[self.step]

    def after(self, pick: str) -> Round:
        return Round(self.ids, self.step + 1, (*self.picks, pick), self.setting, self.position)

    def query(self) -> str:
        return urlencode(
            {
                "round": ",".join(self.ids),
                "step": self.step,
                "picks": ",".join(self.picks),
                "setting": self.setting,
                "position": self.position,
            }
        )


def draw(ids: list[str], setting: str = "", position: str = "", rng=None) -> Round | None:
    """Up to five scenarios, in random order, from those matching the filter."""
    if not ids:
        return None
    rng = rng or random.SystemRandom()
    chosen = rng.sample(list(ids), min(ROUND_SIZE, len(ids)))
    return Round(tuple(chosen), 0, (), setting, position)


def parse(params, known_ids) -> Round | None:
    """The round described by query or form fields, or None when it is missing or tampered."""
    ids = tuple(i for i in str(params.get("round", ""))[:600].split(",") if i)
    picks = tuple(p for p in str(params.get("picks", ""))[:200].split(",") if p)
    try:
        step = int(params.get("step", "0"))
    except ValueError:
        return None
    if not ids or len(ids) > ROUND_SIZE or len(set(ids)) != len(ids):
        return None
    if any(i not in known_ids for i in ids) or any(p not in PICKS for p in picks):
        return None
    if step != len(picks) or not 0 <= step <= len(ids):
        return None
    return Round(
        ids, step, picks, str(params.get("setting", ""))[:40], str(params.get("position", ""))[:40]
    )


def summary(picks) -> list[tuple[str, int]]:
    """How often each D (and 'own line') was chosen, in the 5Ds order."""
    return [(d, sum(1 for p in picks if p == d)) for d in PICKS]
