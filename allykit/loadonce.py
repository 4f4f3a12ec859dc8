"""Content that an app loads once per process, and how start-up reports what is wrong with it.

The site, the scenario bank, the self-assessments, the cards and the action catalogue are each
read and validated the first time they are asked for and kept for the life of the process;
`allykit check-content` and start-up print their problems the same way.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def once(make: Callable[[], T]) -> Callable[[], T]:
    """`make()`'s result, made by the first caller (the others wait for it) and kept; if
    `make()` raises, the next call tries again. `get.peek()` looks without making it."""
    lock = threading.Lock()
    made: list[T] = []

    @wraps(make)
    def get() -> T:
        if not made:
            with lock:
                if not made:
                    made.append(make())
        return made[0]

    def peek() -> T | None:
        """The value if it has been made, else None (never makes it)."""
        return made[0] if made else None

    get.peek = peek
    return get


def report_problems(problems: Iterable[object], what: str) -> bool:
    """Print each problem to stderr, then "N <what> problem(s) found."; True when none."""
    problems = list(problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} {what} problem(s) found.", file=sys.stderr)
    return not problems
