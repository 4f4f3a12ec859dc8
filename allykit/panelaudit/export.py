"""CSV export of the summary, safe to open in a spreadsheet and to share: no names.

Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) are prefixed with an apostrophe. English uses commas and a decimal point; French uses
semicolons and a decimal comma, as Excel expects in a French-Canadian setting.
"""

from __future__ import annotations

import csv
import io

from .audit import Audit
from .counts import GroupResult
from .i18n import pgettext
from .messages import label
from .typo import check_lang, fmt_dec
from .vocab import GENDERS, YES_NO_DIMENSIONS

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEAD: dict[str, str] = {
    "section": "Section",
    "item": "Item",
    "total": "Total",
    "share": "Women's share (%)",
    "target": "Target (%)",
    "meets": "Target met",
    "needed": "Places to give to women to meet the target",
    "flags": "Flags",
    "s_whole": "Whole event",
    "s_group": "Role group",
    "s_role": "Role",
    "s_session": "Session",
    "s_dim": "Dimension: {name}",
    "s_estimate": "Estimate from names (not self-described)",
    "yes": "yes",
    "no": "no",
}


def h(key: str, lang: str) -> str:
    return pgettext(check_lang(lang), "export", HEAD[key])


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS) else text


def _group_row(section: str, item: str, g: GroupResult, audit: Audit, lang: str) -> list:
    share = g.gender.women_share
    meets = {True: h("yes", lang), False: h("no", lang), None: ""}[g.meets_target]
    return [
        section,
        item,
        *(g.gender.get(x) for x in GENDERS),
        g.gender.total,
        "" if share is None else fmt_dec(share * 100, lang),
        fmt_dec(audit.target.share * 100, lang),
        meets,
        g.women_needed,
        "",
    ]


def summary_rows(audit: Audit, lang: str = "en", *, sessions: bool = True) -> list[list]:
    check_lang(lang)
    rows: list[list] = [
        [
            h("section", lang),
            h("item", lang),
            *(label(g, lang) for g in GENDERS),
            h("total", lang),
            h("share", lang),
            h("target", lang),
            h("meets", lang),
            h("needed", lang),
            h("flags", lang),
        ]
    ]
    rows.append(_group_row(h("s_whole", lang), audit.target.label(lang), audit.whole, audit, lang))
    for g in audit.groups:
        rows.append(_group_row(h("s_group", lang), label(g.key, lang), g, audit, lang))
    for g in audit.roles:
        rows.append(_group_row(h("s_role", lang), label(g.key, lang), g, audit, lang))
    if sessions:
        for s in audit.sessions:
            flags = " | ".join(label(f, lang) for f in s.flags)
            share = s.gender.women_share
            rows.append(
                [
                    h("s_session", lang),
                    s.label,
                    *(s.gender.get(x) for x in GENDERS),
                    s.size,
                    "" if share is None else fmt_dec(share * 100, lang),
                    "",
                    "",
                    "",
                    flags,
                ]
            )
    blanks = [""] * len(GENDERS)
    for d in audit.dimensions:
        name = label(d.key, lang) if not d.key.startswith("x:") else d.header
        section = h("s_dim", lang).format(name=name)
        for value, count in d.values:
            shown = (
                label(value, lang)
                if (d.key in YES_NO_DIMENSIONS or value in ("not_stated", "unrecognised"))
                else value
            )
            rows.append([section, shown, *blanks, count, "", "", "", "", ""])
    est = audit.estimate
    if est is not None and getattr(est, "available", False) and est.expected_women is not None:
        rows.append(
            [
                h("s_estimate", lang),
                f"{est.estimable}/{est.candidates}",
                *blanks,
                est.candidates,
                fmt_dec(est.expected_women, lang),
                f"{fmt_dec(est.low, lang)}–{fmt_dec(est.high, lang)}",
                "",
                "",
                "",
            ]
        )
    return rows


def summary_csv(audit: Audit, lang: str = "en", *, bom: bool = False, sessions: bool = True) -> str:
    """The summary as CSV text. `bom=True` prefixes a UTF-8 BOM so Excel reads accents."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    for row in summary_rows(audit, lang, sessions=sessions):
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" if bom else "") + out.getvalue()
