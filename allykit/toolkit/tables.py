"""Content tables that stack on a phone: each cell learns its column's heading.

A three-column table at 360 px squeezes every column to a few characters (the 5Ds table was
3.5 screens tall, with words broken across lines). Below 40rem the stylesheet shows each row as a
block: the first cell as the row's name, the others under their column heading, which CSS reads
from the cell's `data-label`. The headings stay in the table's `<thead>` for wider screens.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

TABLE = re.compile(r"<table>(.*?)</table>", re.S)
HEAD = re.compile(r"<thead>(.*?)</thead>", re.S)
TH = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
TD = re.compile(r"<td\b")
TAG = re.compile(r"<[^>]+>")


def _label_table(match: re.Match) -> str:
    body = match.group(1)
    head = HEAD.search(body)
    if head is None:
        return match.group(0)
    labels = [html.escape(html.unescape(TAG.sub("", h)).strip()) for h in TH.findall(head.group(1))]

    def label_row(row: re.Match) -> str:
        cells = iter(labels)
        cells_html = TD.sub(lambda _: f'<td data-label="{next(cells, "")}"', row.group(1))
        return f"<tr>{cells_html}</tr>"

    rest = body[head.end() :]
    return f'<table class="stack">{body[: head.end()]}{ROW.sub(label_row, rest)}</table>'


@lru_cache(maxsize=256)
def stack_tables(segment: str) -> str:
    """A rendered page segment with its content tables marked to stack at narrow widths."""
    if "<table>" not in segment:
        return segment
    return TABLE.sub(_label_table, segment)
