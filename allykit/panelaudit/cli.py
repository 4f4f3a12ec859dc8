"""`allykit panels FILE`: check a programme from the command line.

    allykit panels programme.csv [--target parity|0.5|50%|PRESET] [--format text|json|csv]
                   [--lang en|fr] [--supplement people.csv] [--count COLUMN] [--estimate]
                   [--letter decline|conditions] [--checklist]

FILE may be `-` to read standard input. Exit codes: 0 audited, 2 the input or an option
could not be used. Nothing is written anywhere but standard output and standard error.
"""

from __future__ import annotations

import argparse
import json
import sys

from .audit import Audit, audit
from .errors import PanelInputError
from .export import summary_csv
from .letters import KINDS, letter, organiser_checklist
from .messages import flag_help, label
from .parse import parse_table
from .targets import PRESETS, parse_target
from .typo import fmt_int, fmt_pct


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="allykit panels", description="Count who speaks at an event, by gender and role."
    )
    from .formats import labels

    p.add_argument("file", help=f"the programme, - for stdin: {labels('en')}")
    p.add_argument(
        "--target",
        default="parity",
        help="share of women to aim for: 0.5, 50%%, or " + ", ".join(PRESETS),
    )
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.add_argument("--lang", choices=("en", "fr"), default="en")
    p.add_argument("--supplement", help="table of name (or speaker code) and gender, for schedules")
    p.add_argument(
        "--count",
        action="append",
        default=[],
        metavar="COLUMN",
        help="another column to count (repeatable)",
    )
    p.add_argument(
        "--estimate",
        action="store_true",
        help="add an aggregate estimate from names (needs nomquamgender)",
    )
    p.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="how to read a column, e.g. --mapping 'Speaker=name' (fields: session, name, "
        "given_name, family_name, role, gender, code, role_hint, ignore); repeat for more",
    )
    p.add_argument(
        "--template",
        action="store_true",
        help="print a CSV template of the sessions, names and roles, gender to fill in",
    )
    p.add_argument("--letter", choices=KINDS, help="print a letter for an invited man instead")
    p.add_argument("--checklist", action="store_true", help="print the organiser's checklist")
    return p


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read(6 * 1024 * 1024)  # a little over the limit, so it is reported


def text_report(result: Audit, lang: str) -> str:
    lines = []
    c = "\u00a0: " if lang == "fr" else ": "
    whole = result.whole.gender
    lines.append(
        f"{label('all', lang)}{c}{fmt_int(result.people, lang)} "
        f"({result.target.label(lang)}, {fmt_pct(result.target.share, lang)})"
    )
    if result.layout:
        from .messages import layout_message

        lines.append(layout_message(result.layout, lang))
    from .messages import coverage_line

    lines.append(coverage_line(result.stated, result.people, lang))
    for group in (result.whole, *result.groups, *result.roles):
        g = group.gender
        if not g.total:
            continue
        parts = ", ".join(
            f"{label(k, lang)} {fmt_int(g.get(k), lang)}"
            for k in ("woman", "man", "non_binary", "another", "not_stated", "unrecognised")
            if g.get(k)
        )
        mark = {True: "OK", False: "!!", None: "--"}[group.meets_target]
        lines.append(
            f"  [{mark}] {label(group.key, lang)}{c}{parts}; {fmt_pct(g.women_share, lang)}"
        )
    empty = result.flag_counts["no_information"]
    if empty:
        from .messages import no_information_line

        lines.append(no_information_line(empty, lang))
    for session in result.sessions:
        if session.flags and session.flags != ("no_information",):
            flags = "; ".join(label(f, lang) for f in session.flags)
            lines.append(f"  * {session.label} ({fmt_int(session.size, lang)}){c}{flags}")
    for flag, count in result.flag_counts.items():
        if count:
            lines.append(f"{label(flag, lang)}{c}{fmt_int(count, lang)} — {flag_help(flag, lang)}")
    for d in result.dimensions:
        name = d.header if d.key.startswith("x:") else label(d.key, lang)
        values = ", ".join(
            f"{label(v, lang) if v in ('yes', 'no', 'not_stated', 'unrecognised') else v}"
            f" {fmt_int(n, lang)}"
            for v, n in d.values
        )
        lines.append(f"{name}{c}{values}")
    for problem in result.problems:
        lines.append(f"- {problem.message(lang)}")
    if result.problems_total > len(result.problems):
        from .messages import problem_message

        lines.append(
            problem_message(
                "more_problems", lang, count=result.problems_total - len(result.problems)
            )
        )
    if whole.total and not result.complete:
        from .i18n import pgettext

        lines.append(pgettext(lang, "cli", "!! incomplete"))
    est = result.estimate
    if est is not None:
        lines.append("estimate: " + json.dumps(est.to_dict()))
    return "\n".join(lines) + "\n"


def _mapping(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        header, sep, field_name = pair.rpartition("=")
        if not sep:
            raise PanelInputError("bad_mapping", detail=pair[:40])
        out[header.strip()] = field_name.strip()
    return out


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        target = parse_target(args.target)
    except ValueError as exc:
        print(f"allykit panels: {exc}", file=sys.stderr)
        return 2
    try:
        data = _read(args.file)
        extra = _read(args.supplement) if args.supplement else None
        program = parse_table(
            data,
            None if args.file == "-" else args.file,
            supplement=extra,
            supplement_filename=args.supplement,
            extra_dimensions=args.count,
            mapping=_mapping(args.mapping),
        )
    except PanelInputError as exc:
        print(f"allykit panels: {exc.message(args.lang)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"allykit panels: {exc.strerror}: {args.file}", file=sys.stderr)
        return 2
    result = audit(program, target, estimate=args.estimate)
    if args.template:
        from .template import template_csv

        sys.stdout.write(template_csv(program, args.lang, bom=False))
    elif args.letter:
        sys.stdout.write(letter(result, args.letter, args.lang))
    elif args.checklist:
        sys.stdout.write("".join(f"- {item}\n" for item in organiser_checklist(result, args.lang)))
    elif args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(args.lang), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    elif args.format == "csv":
        sys.stdout.write(summary_csv(result, args.lang))
    else:
        sys.stdout.write(text_report(result, args.lang))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
