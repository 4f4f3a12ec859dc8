"""The checked text as the result shows it: plain runs and numbered highlights, each with its
category's colour and label (never colour alone: every highlight carries its number and name)."""

from __future__ import annotations

from allykit.wordcheck import CATEGORIES

# One colour per category (a CSS class wc-cat-<n>); the legend names each one, and every
# highlight also carries its number and, for screen readers, its category: never colour alone.
CATEGORY_ORDER = tuple(CATEGORIES)


def colour(category: str) -> int:
    return CATEGORY_ORDER.index(category) % 12 if category in CATEGORY_ORDER else 0


def category_label(category: str, lang: str) -> str:
    labels = CATEGORIES.get(category)
    return labels[lang] if labels else category


def segments(text: str, flags: list[dict]) -> list[dict]:
    """The text cut into plain runs and highlights. Overlapping flags share one highlight,
    followed by one numbered link per flag (flags are numbered from 1 in text order)."""
    out: list[dict] = []
    pos = 0
    group: dict | None = None
    for number, flag in enumerate(flags, 1):
        start, end = max(flag["start"], pos), flag["end"]
        if group and flag["start"] < group["end"]:
            group["end"] = max(group["end"], end)
            group["refs"].append(_ref(number, flag))
            continue
        if group:
            out.append(_close(text, group))
            pos = group["end"]
            start = max(flag["start"], pos)
        if start > pos:
            out.append({"text": text[pos:start]})
        group = {"start": start, "end": max(end, start), "refs": [_ref(number, flag)]}
    if group:
        out.append(_close(text, group))
        pos = group["end"]
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def _ref(number: int, flag: dict) -> dict:
    return {
        "number": number,
        "category": flag["category"],
        "severity": flag["severity"],
        "colour": colour(flag["category"]),
    }


def _close(text: str, group: dict) -> dict:
    refs = group["refs"]
    severity = "warning" if any(r["severity"] == "warning" for r in refs) else "note"
    return {
        "text": text[group["start"] : group["end"]],
        "refs": refs,
        "severity": severity,
        "colour": refs[0]["colour"],
    }


def labelled(parts: list[dict], page_lang: str) -> list[dict]:
    for part in parts:
        refs = part.get("refs", ())
        for ref in refs:
            ref["category_label"] = category_label(ref["category"], page_lang)
        if refs:
            part["labels"] = ", ".join(dict.fromkeys(r["category_label"] for r in refs))
    return parts
