"""Turn a report (`Report.to_dict()`) into what the result template shows.

The labels follow the page's language; the engine's sentences (reasons, changes, notes) are
in the language of the text and carry a `lang` attribute when it differs from the page's.
The highlighted text is built in highlights.py and the summary in summary.py.
"""

from __future__ import annotations

from .highlights import category_label, colour, labelled, segments
from .summary import status_line, summary_context
from .typo import spacing


def _foreign(text_lang: str, page_lang: str) -> str:
    return text_lang if text_lang != page_lang else ""


def flag_items(report: dict, page_lang: str) -> list[dict]:
    return [
        {
            "number": number,
            "text": flag["text"],
            "label": category_label(flag["category"], page_lang),
            "severity": flag["severity"],
            "reason": spacing(flag["reason"], page_lang),
            "source": flag["source"],
            "alternatives": flag["alternatives"],
            "rule_id": flag["rule_id"],
            "colour": colour(flag["category"]),
        }
        for number, flag in enumerate(report["flags"], 1)
    ]


def flag_groups(report: dict, page_lang: str) -> list[dict]:
    """The flags grouped by rule, in text order of first appearance: what the report lists
    (one entry per rule with its words and count keeps a long letter's report short)."""
    groups: dict[str, dict] = {}
    for flag in report["flags"]:
        group = groups.get(flag["rule_id"])
        if group is None:
            group = groups[flag["rule_id"]] = {
                "label": category_label(flag["category"], page_lang),
                "words": [],
                "count": 0,
                "reason": spacing(flag["reason"], page_lang),
                "alternatives": flag["alternatives"],
                "source": flag["source"],
            }
        group["count"] += 1
        if flag["text"].lower() not in (w.lower() for w in group["words"]):
            group["words"].append(flag["text"])
    return list(groups.values())


def ignore_choices(report: dict, ignored: list[str], page_lang: str) -> list[dict]:
    """One checkbox per rule found (with how often), then the rules already ignored."""
    rules: dict[str, dict] = {}
    for flag in report["flags"]:
        rule = rules.setdefault(
            flag["rule_id"],
            {
                "rule_id": flag["rule_id"],
                "words": [],
                "count": 0,
                "checked": False,
                "label": category_label(flag["category"], page_lang),
            },
        )
        rule["count"] += 1
        if flag["text"].lower() not in (w.lower() for w in rule["words"]):
            rule["words"].append(flag["text"])
    for note in report["notes"]:
        rules.setdefault(
            note["rule_id"],
            {
                "rule_id": note["rule_id"],
                "words": [],
                "count": 1,
                "checked": False,
                "label": category_label(note["category"], page_lang),
            },
        )
    for rule_id in ignored:
        rules[rule_id] = {"rule_id": rule_id, "words": [], "count": 0, "checked": True, "label": ""}
    return list(rules.values())


def result_context(text: str, report: dict, ignored: list[str], page_lang: str) -> dict:
    parts = labelled(segments(text, report["flags"]), page_lang)
    return {
        "report": report,
        "segments": parts,
        "flags": flag_items(report, page_lang),
        "groups": flag_groups(report, page_lang),
        "ignore": ignore_choices(report, ignored, page_lang),
        "status": status_line(report, page_lang),
        "summary": summary_context(report, page_lang),
        "foreign": _foreign(report["lang"], page_lang),
    }
