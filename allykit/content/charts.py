"""Accessible SVG bar charts, legible on a phone, with their data table behind a disclosure.

Layout: one line of text per bar (what it is on the left, its value on the right) above a bar
drawn on a faint track that shows the scale's maximum. Nothing is written on or under a bar, no
text runs past the viewBox (long labels wrap), and the viewBox is narrow (340 units) so that, at
a 360 px screen, 13-unit text renders at about 12.5 px; CSS caps the chart's width so it stays
moderate on a desktop. Colours come from the palette (light and dark); every bar is named in
text, never by colour alone.
"""

from __future__ import annotations

import re
from html import escape

from . import markup
from .labels import Labels
from .text import slugify

WIDTH = 340
FONT = 13
LINE = 17  # text line height
BAR_H = 12
GAP = 12  # after each bar
GROUP_GAP = 8  # extra space between groups
CHAR_W = 0.58  # average glyph width of the system sans-serif, in em
BOLD_CHAR_W = 0.62


def _fmt(value: float, unit: str, lang: str = "en") -> str:
    """'57.8%' in English; '57,8 %' (decimal comma, no-break space) in Canadian French."""
    number = f"{value:g}"
    if lang == "fr":
        number = number.replace(".", ",")
        return f"{number}\u00a0{unit}".strip() if unit else number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()


def text_width(text: str, bold: bool = False, size: float = FONT) -> float:
    """A generous estimate of the rendered width of `text`, in viewBox units."""
    return len(text) * size * (BOLD_CHAR_W if bold else CHAR_W)


def wrap(text: str, width: float, bold: bool = False) -> list[str]:
    """Split `text` into lines no wider than `width` (a long word is cut only if alone)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and text_width(trial, bold) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def _bar(y: float, label: str, value_text: str, share: float, css: str, bold_label: bool):
    """SVG parts for one bar and its line of text; returns (parts, new y)."""
    value_w = text_width(value_text, bold=True)
    lines = wrap(label, WIDTH - value_w - 10, bold_label)
    parts = []
    weight = ' font-weight="700"' if bold_label else ""
    for i, line in enumerate(lines):
        y += LINE
        parts.append(f'<text class="chart-label" x="1" y="{y - 4}"{weight}>{escape(line)}</text>')
        if i == 0:
            parts.append(
                f'<text class="chart-value" x="{WIDTH - 1}" y="{y - 4}" text-anchor="end" '
                f'font-weight="700">{escape(value_text)}</text>'
            )
    width = max(2.0, WIDTH * min(share, 1.0))
    parts.append(
        f'<rect class="chart-track" x="0" y="{y + 1}" width="{WIDTH}" height="{BAR_H}" rx="2"/>'
        f'<rect class="bar {css}" x="0" y="{y + 1}" width="{width:.1f}" height="{BAR_H}" '
        f'rx="2"/>'
    )
    return parts, y + BAR_H + GAP


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
    chart_id: str = "",
) -> str:
    """A horizontal bar chart (grouped when there are several series) in a figure whose
    caption gives its title, description and source, with its data table behind a disclosure.
    `chart_id` must be unique on the page (the block renderer asks the page for one)."""
    cid = chart_id or "chart-" + slugify(title)[:40]
    colon = "\u00a0:" if lang == "fr" else ":"
    body: list[str] = []
    y = 0.0
    single = len(series) == 1
    for label, values in rows:
        if not single:
            y += LINE
            for i, line in enumerate(wrap(label, WIDTH, bold=True)):
                if i:
                    y += LINE
                body.append(
                    f'<text class="chart-group" x="1" y="{y - 4}" font-weight="700">'
                    f"{escape(line)}</text>"
                )
            y += 2
        for i, (name, value) in enumerate(zip(series, values, strict=True)):
            share = value / maximum if maximum else 0.0
            parts, y = _bar(
                y,
                label if single else name,
                _fmt(value, unit, lang),
                share,
                f"bar-{i % 3}",
                bold_label=False,
            )
            body.extend(parts)
        y += GROUP_GAP
    height = round(y - GROUP_GAP - GAP + 4)
    svg = (
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" font-size="{FONT}" aria-labelledby="{cid}-t {cid}-d" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{cid}-t">{escape(title)}</title>'
        f'<desc id="{cid}-d">{escape(" ".join(_plain(description_html).split()))}</desc>'
        + "".join(body)
        + "</svg>"
    )
    head = "".join(f'<th scope="col">{escape(s)}</th>' for s in series)
    rows_html = "".join(
        f'<tr><th scope="row">{escape(label)}</th>'
        + "".join(f"<td>{escape(_fmt(v, unit, lang))}</td>" for v in values)
        + "</tr>"
        for label, values in rows
    )
    table = (
        f'<div class="table-scroll" tabindex="0" role="region" aria-labelledby="{cid}-tc">'
        f'<table class="chart-table"><caption id="{cid}-tc">'
        f"{escape(labels.data_table)}{colon} {escape(title)}</caption>"
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{rows_html}</tbody></table></div>"
    )
    return markup.figure(
        svg,
        caption_html=f"<strong>{escape(title)}</strong>. {description_html} {cite_html}",
        long_html=table,
        long_label=labels.data_table,
        caption_id=f"{cid}-c",
        classes="chart-figure",
        long_class="chart-data",
    )


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
