"""Figures need sources: a percentage or a count ("8 of 152", "four in five") in a page's prose
or takeaways must have a [@key] citation in the same paragraph, list item or table row.

Uncited figures were the commonest kind of unsupported claim the editorial review found; this
check keeps new ones out. It reads the Markdown source, so it reports `file:line` like the rest
of check-content. Fenced blocks are left to their own validation (charts and quotes carry a
`cite:` field), and the closing "this week" section holds actions, not claims.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import LANGS, Problem

_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|un|une|deux|trois|quatre|cinq)"
_OUT_OF = r"(?:two|three|four|five|six|ten|deux|trois|quatre|cinq|six|dix)"  # also multiples
FIGURE = re.compile(
    r"\d+(?:[.,]\d+)?\s?%"  # 70%, 57,8 %
    r"|\b\d[\d,.\u00a0\u202f ]*\s+(?:of|sur|out of)\s+(?:the\s+|les\s+)?\d"  # 8 of 152
    # four in five, deux médecins sur cinq
    rf"|\b{_NUMBER_WORD}\s+(?:[\w'’-]+\s+){{0,2}}(?:in|sur|out of)\s+{_OUT_OF}\b"
    rf"|\b(?:\d+|{_OUT_OF})\s+(?:times|fois)\b",  # five times as likely (not "une fois": once)
    re.IGNORECASE,
)
# Pages that explain how a tool computes its scores: their figures are worked examples
# ("6 ability and 2 effort words give 75%"), not claims about the world.
METHOD_PAGES = frozenset({"writing-checker-methods"})
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+\.)\s")


def _blocks(lines: list[str], first: int):
    """(line number, text) of each paragraph, list item or table row outside fences and
    outside the this-week section."""
    fenced = this_week = False
    block: list[str] = []
    start = first
    for number, line in enumerate(lines, first):
        stripped = line.strip()
        new_block = stripped.startswith(("```", "#", "|")) or not stripped or _LIST_ITEM.match(line)
        if new_block and block:
            yield start, " ".join(block)
            block = []
        if stripped.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        if stripped.startswith("#"):
            this_week = "{#this-week}" in stripped
            continue
        if this_week or not stripped:
            continue
        if not block:
            start = number
        block.append(stripped)
    if block and not fenced and not this_week:
        yield start, " ".join(block)


def _front_matter(text: str) -> tuple[list[str], int]:
    """The front-matter lines and the line number where the body starts."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return [], 1
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return lines[1:i], i + 2
    return [], 1


def uncited_figures(text: str, rel: str) -> list[Problem]:
    problems = []
    front, body_start = _front_matter(text)
    in_takeaways = False
    for number, line in enumerate(front, 2):
        if re.match(r"^\w", line):
            in_takeaways = line.startswith("takeaways:")
            continue
        if in_takeaways and FIGURE.search(line) and "[@" not in line:
            problems.append(Problem(rel, number, _message(FIGURE.search(line).group(0))))
    body = text.splitlines()[body_start - 1 :]
    for number, block in _blocks(body, body_start):
        match = FIGURE.search(block)
        if match and "[@" not in block:
            problems.append(Problem(rel, number, _message(match.group(0))))
    return problems


def _message(figure: str) -> str:
    return (
        f"figure {figure.strip()!r} has no citation in the same paragraph: cite its source "
        "with [@key], or write the sentence without the figure"
    )


def check_figures(root: Path) -> list[Problem]:
    problems = []
    for lang in LANGS:
        for path in sorted((root / lang).glob("*.md")):
            if path.stem in METHOD_PAGES:
                continue
            rel = f"content/{path.relative_to(root).as_posix()}"
            problems += uncited_figures(path.read_text(encoding="utf-8"), rel)
    return problems
