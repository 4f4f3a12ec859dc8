"""Words the renderer adds around content; the web app supplies translated ones."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    back_to_top: str = "Back to top"
    sources: str = "Sources"
    long_description: str = "Long description"
    data_table: str = "Data table"
    watch_from: str = "watch from {start}"
    until: str = "until {end}"
    video: str = "Video:"
    source: str = "Source"
    chart: str = "Chart"
    in_english: str = "in English"
    table: str = "Table (scrolls sideways)"
    illustrative: str = "none; an illustrative example written for this guide"
    outranked: str = "If the speaker outranks you:"
