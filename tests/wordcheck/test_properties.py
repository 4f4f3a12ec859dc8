"""Property-based tests: any text gives in-bounds spans and never raises."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allykit.wordcheck import GENRES, LANGS, check

WORDS = [
    "hardworking",
    "hard-working",
    "female",
    "surgeon",
    "best",
    "women",
    "Dr.",
    "Jane",
    "Roe",
    "committee",
    "leading",
    "provider",
    "infirmier",
    "infirmière",
    "le",
    "candidat",
    "peut-être",
    "émotive",
    "e\u0301",
    "\u2011",
    "\u00ad",
    "\n",
    "-\n",
    "\u2022",
    "\u201c",
    "’",
    "(ère)",
    "not",
    "she",
    "her",
    "kind",
    "of",
    "chairman",
    "guys",
    "for",
    "a",
    "woman",
    "Ms.",
    " ",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, genre=st.sampled_from(sorted(GENRES)), lang=st.sampled_from(LANGS))
def test_spans_lie_inside_the_text_and_match_it(text: str, genre: str, lang: str) -> None:
    report = check(text, genre, lang)
    for f in report.flags:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
    json.dumps(report.to_dict())
    assert report.summary["words"] >= 0


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(max_size=50), suffix=st.text(max_size=50))
def test_flag_on_a_known_word_survives_surrounding_noise(prefix: str, suffix: str) -> None:
    text = f"{prefix} She is hardworking. {suffix}"
    spans = [(f.start, f.end) for f in check(text, "letter", "en").flags if f.category == "effort"]
    start = len(prefix) + len(" She is ")
    assert (start, start + len("hardworking")) in spans
