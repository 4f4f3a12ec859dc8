"""The palette in site.css meets WCAG contrast in both schemes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[2] / "allykit/static/css/site.css").read_text()
TOKEN = re.compile(r"--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)")
TOKENS = {name: (light, dark) for name, light, dark in TOKEN.findall(CSS)}

# (foreground, background, minimum ratio)
PAIRS = [
    *[
        (fg, bg, 4.5)
        for fg in (
            "text",
            "muted",
            "link",
            "link-visited",
            "brand",
            "accent",
            "error",
            "success",
            "warning",
        )
        for bg in ("bg", "surface")
    ],
    ("on-brand", "brand", 4.5),
    ("accent-text", "accent", 4.5),
    ("text", "brand-tint", 4.5),
    ("link", "brand-tint", 4.5),
    ("text", "accent-tint", 4.5),
    ("text", "warning-tint", 4.5),
    ("text", "success-tint", 4.5),
    ("error", "error-tint", 4.5),
    ("text", "surface-2", 4.5),
    ("link", "surface-2", 4.5),
    ("border", "bg", 3.0),
    ("border", "surface", 3.0),
    ("bar-0", "bg", 3.0),
    ("bar-1", "bg", 3.0),
    ("bar-2", "bg", 3.0),
]


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_tokens_are_found():
    assert len(TOKENS) >= 20


@pytest.mark.parametrize("scheme", [0, 1], ids=["light", "dark"])
@pytest.mark.parametrize(("fg", "bg", "minimum"), PAIRS, ids=[f"{f}-on-{b}" for f, b, _ in PAIRS])
def test_contrast(fg, bg, minimum, scheme):
    ratio = contrast(TOKENS[fg][scheme], TOKENS[bg][scheme])
    assert ratio >= minimum, f"{fg} on {bg}: {ratio:.2f}"


def test_focus_ring_stands_out_against_both_backgrounds():
    # The ring is yellow with a near-black halo: one of the two always reaches 3:1.
    for scheme in (0, 1):
        bg = TOKENS["bg"][scheme]
        assert max(contrast("#ffbf47", bg), contrast("#0b0c0c", bg)) >= 3
