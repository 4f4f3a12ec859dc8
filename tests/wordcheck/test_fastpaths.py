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


@settings(max_examples=300, deadline=None)
@given(text=any_texts)
def test_single_capital_lookup_matches_the_full_list(text: str) -> None:
    # Context.cap(i) answers from one character until the full list of capitals is built (the
    # name scan is skipped when no list match sits on a capitalised token).
    from allykit.wordcheck import lexicon
    from allykit.wordcheck.rules import Context

    norm = normalise(text)
    toks = tokenise(norm)
    ctx = Context(text, norm, toks, lexicon.rule_words("en"), "en")
    lazy = [ctx.cap(i) for i in range(len(toks))]
    caps = set(ctx.capitalised())
    assert lazy == [i in caps for i in range(len(toks))]
    assert lazy == [ctx.cap(i) for i in range(len(toks))]


def test_names_still_guard_list_matches_on_capitalised_tokens() -> None:
    # The name scan now runs only when a list match sits on a capitalised token: "Decisive
    # Jones" is a name (never seen in lower case), so it is not flagged; once "decisive" also
    # occurs in lower case it is a word again.
    flags = check("Please contact Decisive Jones. We want a competitive hire.", "job", "en").flags
    assert [f.text for f in flags] == ["competitive"]
    flags = check("Please contact Decisive Jones. We want a decisive hire.", "job", "en").flags
    assert [f.text for f in flags] == ["Decisive", "decisive"]


name_texts = st.lists(
    st.sampled_from(
        [
            "Dr.",
            "Dr",
            "Jane",
            "Roe",
            "Child",
            "Health",
            "the",
            "she",
            "Sales",
            "Lead",
            "lead",
            "Ms.",
            "Ana",
            "Ruiz",
            "ana",
            ".",
            ",",
            "\n",
            "University",
            "Kind",
            "kind",
            "Prof.",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=name_texts)
def test_may_be_name_is_false_only_off_names(text: str) -> None:
    # The engine skips working out every name when may_be_name says no; it must never say
    # no for a token that names() counts as part of a name.
    from allykit.wordcheck import lexicon, rules

    for lang in ("en", "fr"):
        norm = normalise(text)
        ctx = rules.Context(text, norm, tokenise(norm), lexicon.rule_words(lang), lang)
        positions = rules.names(ctx)[0]
        for i in range(len(ctx.toks.words)):
            if i in positions:
                assert rules.may_be_name(ctx, i), (text, i)
