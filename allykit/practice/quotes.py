"""Quotation marks in the scenario bank's displayed text (plain Python, no Django).

English writes “ ” (‘ ’ for a quotation inside one), French « » with a no-break space inside
(“ ” inside one). A scenario line shown inside the interface's own quotation marks ("Your vote
is recorded: “...”") has its marks turned one level in (`nested`), so quotes never sit inside
quotes of the same kind. `problems` is the content check that keeps the files to this.
"""

from __future__ import annotations

NBSP = "\u00a0"
MARKS = {"en": ("“", "”"), "fr": ("«", "»")}
# Outer marks -> the marks of a quotation inside a quotation, longest first.
NESTED = {
    "en": (("“", "‘"), ("”", "’")),
    "fr": ((f"«{NBSP}", "“"), (f"{NBSP}»", "”"), ("«", "“"), ("»", "”")),
}
ADVICE = {
    "en": "write “ ” (and ‘ ’ for a quotation inside one)",
    "fr": "write « » (and “ ” for a quotation inside one)",
}


def nested(text: str, lang: str) -> str:
    """`text` with its outer quotation marks made inner ones, to be quoted as a whole."""
    for outer, inner in NESTED.get(lang, NESTED["en"]):
        text = text.replace(outer, inner)
    return text


def pairs(lang: str) -> list[list[str]]:
    """NESTED for a script: [[outer, inner], ...]."""
    return [list(pair) for pair in NESTED.get(lang, NESTED["en"])]


def problems(text: str, lang: str) -> list[str]:
    """What is wrong with the quotation marks of one displayed text: a straight double quote,
    a closing mark without its opening one, an opening one never closed, or a quotation put
    inside another with the same marks."""
    out = []
    if '"' in text:
        out.append(f'straight double quote ("): {ADVICE[lang]}')
    opening, closing = MARKS[lang]
    depth = 0
    for char in text:
        if char == opening:
            depth += 1
            if depth == 2:
                out.append(f"{opening} inside {opening}…{closing}: {ADVICE[lang]}")
        elif char == closing:
            depth -= 1
            if depth < 0:
                out.append(f"{closing} without its {opening}")
                depth = 0
    if depth > 0:
        out.append(f"{opening} never closed by {closing}")
    return out
