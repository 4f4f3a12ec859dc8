"""Accessible SVG bar charts with their data table beside them."""

from __future__ import annotations

from html import escape

from .labels import Labels
from .text import slugify

ROW_H = 26
LABEL_W = 150
BAR_W = 360


def _fmt(value: float, unit: str, lang: str = "en") -> str:
    """'57.8%' in English; '57,8 %' (decimal comma, no-break space) in Canadian French."""
    number = f"{value:g}"
    if lang == "fr":
        number = number.replace(".", ",")
        return f"{number}\u00a0{unit}".strip() if unit else number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()


def bar_chart(
    *,
    title: str,
    unit: str,
    maximum: float,
    series: list[str],
    rows: list[tuple[str, list[float]]],
    description_html: str,
    cite_html: str,
    labels: Labels,
    lang: str = "en",
) -> str:
    """A grouped horizontal bar chart: every bar is labelled in text, not by colour alone."""
    cid = "chart-" + slugify(title)[:40]
    colon = "\u00a0:" if lang == "fr" else ":"
    group_h = ROW_H * len(series) + 14
    height = group_h * len(rows) + 10
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {LABEL_W + BAR_W + 160} {height}" '
        f'aria-labelledby="{cid}-t {cid}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{cid}-t">{escape(title)}</title>',
        f'<desc id="{cid}-d">{escape(" ".join(_plain(description_html).split()))}</desc>',
    ]
    y = 5
    for label, values in rows:
        parts.append(f'<text class="chart-group" x="0" y="{y + ROW_H - 8}">{escape(label)}</text>')
        for i, (name, value) in enumerate(zip(series, values, strict=True)):
            w = max(1.0, BAR_W * value / maximum) if maximum else 1.0
            parts.append(
                f'<rect class="bar bar-{i}" x="{LABEL_W}" y="{y}" width="{w:.1f}" '
                f'height="{ROW_H - 6}"/>'
                f'<text class="chart-value" x="{LABEL_W + w + 6:.1f}" y="{y + ROW_H - 11}">'
                f"{escape(name)}{colon} {escape(_fmt(value, unit, lang))}</text>"
            )
            y += ROW_H
        y += 14
    parts.append("</svg>")
    head = "".join(f'<th scope="col">{escape(s)}</th>' for s in series)
    body = "".join(
        f'<tr><th scope="row">{escape(label)}</th>'
        + "".join(f"<td>{escape(_fmt(v, unit, lang))}</td>" for v in values)
        + "</tr>"
        for label, values in rows
    )
    table = (
        f'<div class="table-scroll" tabindex="0" role="region" '
        f'aria-label="{escape(labels.table)}"><table class="chart-table">'
        f"<caption>{escape(labels.data_table)}{colon} {escape(title)}"
        f"</caption><thead><tr><td></td>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )
    return (
        f'<figure class="chart-figure" aria-labelledby="{cid}-c">{"".join(parts)}'
        f'<figcaption id="{cid}-c"><strong>{escape(title)}</strong>. {description_html} '
        f"{cite_html}</figcaption>{table}</figure>"
    )


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html)
