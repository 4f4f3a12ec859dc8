"""Counts by gender, and how a group of people compares with the target."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .vocab import GENDERS


@dataclass(frozen=True, slots=True)
class GenderCounts:
    woman: int = 0
    man: int = 0
    non_binary: int = 0
    another: int = 0
    not_stated: int = 0
    unrecognised: int = 0

    @classmethod
    def of(cls, genders: Iterable[str]) -> GenderCounts:
        tally = dict.fromkeys(GENDERS, 0)
        for gender in genders:
            tally[gender] += 1
        return cls(**tally)

    def get(self, gender: str) -> int:
        return getattr(self, gender)

    @property
    def total(self) -> int:
        return (
            self.woman
            + self.man
            + self.non_binary
            + self.another
            + self.not_stated
            + self.unrecognised
        )

    @property
    def stated(self) -> int:
        """People whose gender is known: the base of every share."""
        return self.woman + self.man + self.non_binary + self.another

    @property
    def gender_diverse(self) -> int:
        return self.non_binary + self.another

    def share(self, gender: str) -> float | None:
        return self.get(gender) / self.stated if self.stated else None

    @property
    def women_share(self) -> float | None:
        return self.share("woman")

    @property
    def coverage(self) -> float | None:
        """Share of people whose gender is stated."""
        return self.stated / self.total if self.total else None

    def to_dict(self) -> dict:
        return {
            "counts": {g: self.get(g) for g in GENDERS},
            "total": self.total,
            "stated": self.stated,
            "coverage": _round(self.coverage),
            "shares": {g: _round(self.share(g)) for g in GENDERS[:4]},
            "women_and_gender_diverse_share": _round(
                (self.woman + self.gender_diverse) / self.stated if self.stated else None
            ),
        }


@dataclass(frozen=True, slots=True)
class GroupResult:
    """A group of speaking slots (whole event, a role group or a role) against the target."""

    key: str
    gender: GenderCounts
    target_share: float

    @property
    def meets_target(self) -> bool | None:
        share = self.gender.women_share
        return None if share is None else share + 1e-9 >= self.target_share

    @property
    def women_needed(self) -> int:
        """Places that would have to go to women (same size) for the target to be met."""
        needed = math.ceil(self.target_share * self.gender.stated - 1e-9) - self.gender.woman
        return max(0, needed)

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "gender": self.gender.to_dict(),
            "meets_target": self.meets_target,
            "women_needed": self.women_needed,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
