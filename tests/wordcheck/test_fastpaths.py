"""The C-level fast paths for ASCII text give exactly what the regex definitions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allykit.wordcheck import check
from allykit.wordcheck.text import NUMBER, count_numbers, count_words, normalise, tokenise

_SPLIT = re.compile(r"([^\W\d_]+)")
_COUNTED_WORD = re.compile(r"[^\W_]+(?:['\-.,][^\W_]+)*")

ascii_texts = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=300),
    st.text(alphabet="aZ9 .,'-\n\t%;:", max_size=300),
    st.lists(
        st.sampled_from(["Dr.", "Jane", "Roe", "1,000.5", "%", "it's", "well-known", "a", " "]),
        max_size=60,
    ).map(" ".join),
)
any_texts = st.one_of(ascii_texts, st.text(max_size=300))


def _reference_tokens(norm: str) -> tuple[list[str], list[int], list[str]]:
    parts = _SPLIT.split(norm)
    words, seps = parts[1::2], parts[0::2]
    starts, pos = [], 0
    for k, part in enumerate(parts):
        if k % 2:
            starts.append(pos)
        pos += len(part)
    return words, starts, seps


@settings(max_examples=400, deadline=None)
@given(text=any_texts)
def test_tokens_match_the_regex_split(text: str) -> None:
    norm = normalise(text).text
    toks = tokenise(norm)
    words, starts, seps = _reference_tokens(norm)
    assert toks.words == words
    assert toks.starts == starts
    assert [toks.sep(i) for i in range(len(words) + 1)] == seps
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    assert [toks.end(i) for i in range(len(words))] == ends


@settings(max_examples=400, deadline=None)
@given(text=any_texts)
def test_counts_match_the_regex_definitions(text: str) -> None:
    norm = normalise(text).text
    assert count_words(norm) == len(_COUNTED_WORD.findall(norm))
    assert count_numbers(norm) == len(NUMBER.findall(norm))


def test_counts_on_joined_runs() -> None:
    for s in ["a.b.c", "a..b", "a-'b", "1.2.3,4 5", "x,y", "'a'", "-a-", "1. 2", "ajaja j.a"]:
        assert count_words(s) == len(_COUNTED_WORD.findall(s)), s
        assert count_numbers(s) == len(NUMBER.findall(s)), s


def test_capitals_after_curly_quotes_and_on_non_ascii_text() -> None:
    for text in ["\u201cJane Roe\u201d is hardworking.", "Émile Zola est travaillant."]:
        report = check(text, "letter", "en")
        assert all(text[f.start : f.end] == f.text for f in report.flags)
