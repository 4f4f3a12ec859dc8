"""`allykit check FILE|- --genre ... --lang ... --format text|json` (dispatched by allykit.cli).

Exit codes: 0 checked (whatever was found), 2 bad usage or input (unknown genre or language,
unreadable file, text too long). Nothing is written anywhere but standard output and error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from . import CATEGORIES, GENRES, LANGS, CheckError, check, citing


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one clear line
        self.print_usage(sys.stderr)
        print(f"allykit check: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="allykit check",
        description="Check a letter, review, nomination or job posting for biased wording.",
    )
    p.add_argument("file", help="text file to check, or - for standard input")
    p.add_argument("--genre", required=True, choices=list(GENRES))
    p.add_argument("--lang", default="en", choices=list(LANGS))
    p.add_argument("--format", default="text", choices=["text", "json"])
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULE",
        help="rule id or category to ignore (repeatable)",
    )
    return p


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _sources(lang: str) -> dict[str, dict[str, str]]:
    """Each source key's short citation, from the site's reference list (read without
    Django from ALLYKIT_CONTENT_DIR); a key stands for itself if the list cannot be read."""
    from pathlib import Path

    from allykit.config import value
    from allykit.content.loader import load_references

    refs = load_references(Path(value("ALLYKIT_CONTENT_DIR")), []).refs
    return citing.table(refs, lang)


def _render_text(report, text: str, d: dict) -> str:
    lang = report.lang
    s = d["summary"]
    lines = [f"{GENRES[report.genre][lang]} — {s['words']} words / mots"]
    for f, fd in zip(report.flags, d["flags"], strict=True):
        line_no = text.count("\n", 0, f.start) + 1
        label = CATEGORIES[f.category][lang]
        alt = f"  -> {', '.join(f.alternatives)}" if f.alternatives else ""
        lines.append(f"  line {line_no} [{f.start}:{f.end}] {f.text!r}: {label} ({f.rule_id}){alt}")
        lines.append(f"      {f.reason} [{fd['source']['citation']}]")
    for n, nd in zip(report.notes, d["notes"], strict=True):
        lines.append(f"  {CATEGORIES[n.category][lang]}: {n.reason} [{nd['source']['citation']}]")
    counts = ", ".join(f"{c}={n}" for c, n in s["counts"].items() if n)
    lines.append(f"Counts: {counts or 'none'}")
    bal = s["agentic_communal_balance"]
    lines.append(f"Agentic/communal: {bal['agentic']}/{bal['communal']}")
    if s["ability_effort_balance"]:
        b = s["ability_effort_balance"]
        lines.append(f"Ability/effort: {b['ability']}/{b['effort']}")
    lines.append(
        f"Specificity: {s['specificity']['specifics']} specifics, "
        f"{s['specificity']['per_100_words']} per 100 words"
    )
    for i, change in enumerate(s["top_changes"], 1):
        lines.append(f"{i}. {change['message']}")
    if s["indicative_note"]:
        lines.append(s["indicative_note"])
    return "\n".join(lines)


def main(argv: list[str] | None = None, stdin: TextIO | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text = _read(args.file, stdin or sys.stdin)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"allykit check: error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    try:
        report = check(text, args.genre, args.lang, frozenset(args.ignore))
    except CheckError as exc:
        print(f"allykit check: error ({exc.code}): {exc}", file=sys.stderr)
        return 2
    d = citing.cite(report.to_dict(), _sources(args.lang))
    if args.format == "json":
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(_render_text(report, text, d))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
