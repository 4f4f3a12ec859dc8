"""Several people in one cell: names split on the separators people use, roles in brackets,
and lists of genders or roles paired with the names (a mismatch is reported, never guessed)."""

from __future__ import annotations

import re

from .vocab import ROLE_VALUES, lookup, norm

MAX_PER_CELL = 30
_HARD = re.compile(r"\s*(?:;|\n|\r|\||\s/\s|\s&\s|\s\+\s|\band\b|\bet\b|\bund\b)\s*", re.I)
_COMMA = re.compile(r"\s*,\s*")
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_LIST = re.compile(r"\s*(?:;|,|\n|\r|\|)\s*")
_MAYBE_SEVERAL = re.compile(r"[;\n\r|&+,/(]|\b(?:and|et|und)\b", re.I)
_MAYBE_LIST = re.compile(r"[;,\n\r|]")


def _person_like(part: str) -> bool:
    return len(part.split()) >= 2 or "." in part


def split_names(text: str) -> list[tuple[str, str | None]]:
    """'Dr A. Smith (chair); B. Jones' -> [('Dr A. Smith', 'chair'), ('B. Jones', None)].

    Commas split only when every part looks like a whole name ('Li, Ana' stays one)."""
    if not _MAYBE_SEVERAL.search(text):
        name = " ".join(text.split())
        return [(name, None)] if name else []
    text = " ".join(text.split("\u00a0"))
    parts = [p for p in _HARD.split(text) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p for p in _COMMA.split(part) if p.strip()]
        if len(pieces) > 1 and all(_person_like(_PAREN.sub("", p).strip()) for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    people = []
    for part in out[:MAX_PER_CELL]:
        role = None
        for inside in _PAREN.findall(part):
            found = lookup(ROLE_VALUES, inside)
            if found:
                role = found
                part = part.replace(f"({inside})", " ")
        name = " ".join(part.split()).strip(" ,")
        if name:
            people.append((name, role))
    return people


def split_values(text: str) -> list[str]:
    """'man; woman, man' -> three values; 'F / Femme' stays one (it is one bilingual value)."""
    if not _MAYBE_LIST.search(text):
        return [text] if text.strip() else []
    if not norm(text):
        return [text] if text.strip() else []
    return [p for p in _LIST.split(text) if p.strip()][:MAX_PER_CELL]
