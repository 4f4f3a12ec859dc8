"""An accessible SVG chart of the shares by gender, and the data table that goes with it.

The chart is role="img" with a <title> and a <desc> that says everything the bars show; every
bar carries its label and figures as text, so no meaning depends on colour. Every piece of
text is escaped. The same figures come as a table from `chart_table` for an HTML <table>.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .audit import Audit
from .counts import GroupResult
from .i18n import pgettext
from .messages import label
from .typo import check_lang, fmt_int, fmt_pct
from .vocab import STATED

FILLS = {"woman": "#6a3d9a", "man": "#1f5f8b", "non_binary": "#8a5a00", "another": "#2d6a4f"}
WIDTH, LABEL_W, BAR_W, ROW_H = 720, 230, 300, 24

TEXT: dict[str, str] = {
    "title": "Who speaks at this event, by gender",
    "group_head": "{group} (speaking places: {n})",
    "target": "target {share}",
    "places": "speaking places: {n}",
    "not_stated_short": "Not stated or not recognised: {n}",
    "not_in_shares": "(not in the shares)",
    "not_stated": "Not stated or not recognised: {n} (not in the shares)",
    "desc_group": "{group}: {parts}; women {share} against a target of {target}.",
    "caption": "Shares by gender among speaking places whose gender is stated",
    "col_group": "Group",
    "col_share": "Women's share",
    "col_target": "Target",
    "col_meets": "Target met",
    "yes": "Yes",
    "no": "No",
    "na": "n/a",
}


def t(key: str, lang: str, **params: object) -> str:
    return pgettext(check_lang(lang), "chart", TEXT[key]).format(**params)


def _groups(audit: Audit) -> list[GroupResult]:
    return [audit.whole] + [g for g in audit.groups if g.gender.total and g.key != "unrecognised"]


def _cell(group: GroupResult, gender: str, lang: str) -> str:
    n = group.gender.get(gender)
    if gender in STATED:
        return f"{fmt_int(n, lang)} ({fmt_pct(group.gender.share(gender), lang)})"
    return fmt_int(n, lang)


def chart_table(audit: Audit, lang: str = "en") -> dict:
    """{'caption', 'columns', 'rows'}: the chart's figures as strings, ready for a <table>."""
    check_lang(lang)
    genders = [
        g
        for g in (*STATED, "not_stated", "unrecognised")
        if g in ("woman", "man") or audit.whole.gender.get(g)
    ]
    columns = (
        [t("col_group", lang)]
        + [label(g, lang) for g in genders]
        + [t("col_share", lang), t("col_target", lang), t("col_meets", lang)]
    )
    rows = []
    for group in _groups(audit):
        meets = {True: t("yes", lang), False: t("no", lang), None: t("na", lang)}
        rows.append(
            [label(group.key, lang)]
            + [_cell(group, g, lang) for g in genders]
            + [
                fmt_pct(group.gender.women_share, lang),
                fmt_pct(audit.target.share, lang),
                meets[group.meets_target],
            ]
        )
    return {"caption": t("caption", lang), "columns": columns, "rows": rows}


def chart_svg(
    audit: Audit, lang: str = "en", *, id_prefix: str = "panel-chart", narrow: bool = False
) -> str:
    """The chart; `narrow=True` lays it out for a phone (about 340 px wide: each label on its
    own line above its bar), so its text stays at least 12 px when shown at full width."""
    check_lang(lang)
    width, label_w, bar_w = (340, 0, 210) if narrow else (WIDTH, LABEL_W, BAR_W)
    genders = [g for g in STATED if g in ("woman", "man") or audit.whole.gender.get(g)]
    parts, desc = [], []
    y = 40
    target = fmt_pct(audit.target.share, lang)
    named = False
    for group in _groups(audit):
        counts = group.gender
        if narrow:
            parts.append(
                f'<text x="0" y="{y}" font-weight="bold">{escape(label(group.key, lang))}</text>'
            )
            y += 18
            head = t("places", lang, n=fmt_int(counts.total, lang))
            parts.append(f'<text x="0" y="{y}">{escape(head)}</text>')
        else:
            head = t(
                "group_head", lang, group=label(group.key, lang), n=fmt_int(counts.total, lang)
            )
            parts.append(f'<text x="0" y="{y}" font-weight="bold">{escape(head)}</text>')
        y += 14
        described = []
        for gender in genders:
            share = counts.share(gender) or 0.0
            colon = "\u00a0: " if lang == "fr" else ": "
            described.append(f"{label(gender, lang)}{colon}{_cell(group, gender, lang)}")
            if narrow:
                parts.append(f'<text x="0" y="{y + 16}">{escape(label(gender, lang))}</text>')
                y += 20
            else:
                parts.append(f'<text x="0" y="{y + 16}">{escape(label(gender, lang))}</text>')
            bar = round(bar_w * share, 1)
            parts.append(
                f'<rect class="chart-track" x="{label_w}" y="{y + 4}" width="{bar_w}" '
                f'height="16" fill="#ffffff" stroke="#595959"/>'
                f'<rect class="chart-bar chart-{gender}" x="{label_w}" y="{y + 4}" width="{bar}" '
                f'height="16" fill="{FILLS[gender]}"/>'
                f'<text x="{label_w + bar_w + 8}" y="{y + 16}">'
                f"{escape(_cell(group, gender, lang))}</text>"
            )
            if gender == "woman":
                x = label_w + round(bar_w * audit.target.share, 1)
                parts.append(
                    f'<line class="chart-target" x1="{x}" y1="{y}" x2="{x}" y2="{y + 24}" '
                    f'stroke="#000000" stroke-width="2" stroke-dasharray="4 2"/>'
                )
                if not narrow or not named:  # on a phone, the target is named once, at the top
                    named = True
                    parts.append(
                        f'<text x="{x + 4}" y="{y + 2}" font-size="13">'
                        f"{escape(t('target', lang, share=target))}</text>"
                    )
            y += ROW_H
        unknown = counts.not_stated + counts.unrecognised
        if unknown:
            note = t("not_stated", lang, n=fmt_int(unknown, lang))
            if narrow:
                first = t("not_stated_short", lang, n=fmt_int(unknown, lang))
                parts.append(f'<text x="0" y="{y + 14}" font-style="italic">{escape(first)}</text>')
                y += 18
                second = t("not_in_shares", lang)
                parts.append(
                    f'<text x="0" y="{y + 14}" font-style="italic">{escape(second)}</text>'
                )
            else:
                parts.append(f'<text x="0" y="{y + 14}" font-style="italic">{escape(note)}</text>')
            described.append(note)
            y += ROW_H
        desc.append(
            t(
                "desc_group",
                lang,
                group=label(group.key, lang),
                parts="; ".join(described),
                share=fmt_pct(counts.women_share, lang),
                target=target,
            )
        )
        y += 20
    title = t("title", lang)
    desc_text = " ".join(desc) + " " + audit.target.label(lang)
    tid, did = f"{id_prefix}-title", f"{id_prefix}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-labelledby={quoteattr(tid + " " + did)} viewBox="0 0 {width} {y}" '
        f'width="{width}" height="{y}" font-family="sans-serif" font-size="14" '
        f'fill="#1a1a1a" class="panel-chart{" panel-chart-narrow" if narrow else ""}">'
        f"<title id={quoteattr(tid)}>{escape(title)}</title>"
        f"<desc id={quoteattr(did)}>{escape(desc_text)}</desc>" + "".join(parts) + "</svg>"
    )
