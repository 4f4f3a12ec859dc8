"""The pure engine (no Django): analysis, query parsing, matching, ranking, snippets."""

from __future__ import annotations

import pytest

from allykit.search import text
from allykit.search.engine import Doc, SearchIndex
from allykit.search.query import MAX_LENGTH, parse

DOCS = {
    "en": [
        Doc(
            "term",
            "microaggression",
            "Microaggression",
            "/en/g/micro/",
            body="A brief, everyday slight.",
        ),
        Doc(
            "section",
            "p#mention",
            "Meetings",
            "/en/p/#mention",
            body="Some say micro-aggressions happen in meetings <b>often</b> & quietly.",
        ),
        Doc(
            "section",
            "p#manager",
            "Leaders",
            "/en/p/#manager",
            body="People picture a manager as a man: think manager, think male.",
        ),
        Doc(
            "section",
            "p#long",
            "Long",
            "/en/p/#long",
            body=" ".join(["filler"] * 80) + " needle " + " ".join(["filler"] * 80),
        ),
    ]
    + [
        Doc("resource", f"r{i}", f"Resource {i}", f"/en/r/#{i}", body=f"Unrelated text {i}.")
        for i in range(8)
    ],
    "fr": [
        Doc("term", "ally", "Allié ou alliée", "/fr/g/ally/", body="Personne alliée."),
        Doc("section", "p#x", "Les alliés", "/fr/p/#x", body="Des alliés et des œuvres."),
    ],
}


@pytest.fixture(scope="module")
def engine():
    return SearchIndex(DOCS)


def ids(results):
    return [h.doc.id for h in results.hits]


def test_keys_fold_case_accents_and_inflections():
    assert text.key("Microaggressions", "en") == text.key("microaggression", "en")
    assert text.key("alliés", "fr") == text.key("allie", "fr") == text.key("ALLIÉE", "fr")
    assert text.fold("Œuvre") == "oeuvre"


def test_compounds_match_joined_and_split():
    main, extra = text.analyse("micro-agression", "fr")
    assert main.split() == [text.key("micro", "fr"), text.key("agression", "fr")]
    assert text.key("microagression", "fr") in extra.split()


def test_stemmed_hyphenated_and_accentless_queries_match(engine):
    for query in ("microaggressions", "micro-aggression", "MICROAGGRESSION"):
        assert ids(engine.search(query, "en"))[:2] == ["microaggression", "p#mention"]
    for query in ("allie", "alliés", "alliee", "ALLIÉE"):
        assert ids(engine.search(query, "fr"))[0] == "ally"


def test_title_match_ranks_above_a_passing_mention(engine):
    assert ids(engine.search("microaggression", "en"))[0] == "microaggression"


def test_phrase_needs_the_words_in_order(engine):
    assert ids(engine.search('"think manager"', "en")) == ["p#manager"]
    assert ids(engine.search('"manager think"', "en")) == ["p#manager"]  # ", think" in text
    loose = engine.search('"male manager"', "en")  # no such phrase: the words, flagged
    assert loose.any_word and ids(loose) == ["p#manager"]


def test_any_word_fallback_and_spelling_suggestion(engine):
    results = engine.search("needle haystack", "en")
    assert results.any_word and ids(results) == ["p#long"]
    missing = engine.search("mikroagression", "en")
    assert missing.total == 0 and missing.suggestion == "microaggression"


def test_snippets_are_escaped_marked_and_cut_around_the_match(engine):
    hit = engine.search("meetings", "en").hits[0]
    assert "&lt;b&gt;often&lt;/b&gt; &amp; quietly" in hit.snippet_html
    assert "<mark>meetings</mark>" in hit.snippet_html
    assert hit.title_html == "<mark>Meetings</mark>"
    long = engine.search("needle", "en").hits[0].snippet_html
    assert "<mark>needle</mark>" in long and long.startswith("… ") and long.endswith(" …")
    assert len(long.split()) < 40


def test_live_search_matches_the_unfinished_last_word(engine):
    assert engine.search("micr", "en", live=True).total >= 1
    assert engine.search("micr", "en").total == 0


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\x00",
        "a\x00b",
        '"',
        '""',
        '"unclosed phrase',
        "'; DROP TABLE fts_en; --",
        "NEAR(micro aggression)",
        "micro* OR -x",
        "title:manager",
        "^manager",
        "(((",
        "😀🙂",
        "\u202e\u200b",
        "x" * 5000,
        "AND OR NOT",
        "{manager}",
        "\ud800",
    ],
)
def test_odd_queries_never_raise(engine, raw):
    results = engine.search(raw, "en")
    assert results.total >= 0
    assert len(results.query.text) <= MAX_LENGTH


def test_long_queries_are_trimmed_and_flagged():
    query = parse("manager " * 100, "en")
    assert query.trimmed and len(query.text) <= MAX_LENGTH
    assert parse("😀", "en").notes == ("no-words",)
    assert parse("", "en").notes == ()


def test_stopwords_are_dropped_unless_alone():
    assert [c.words for c in parse("what is a manager", "en").clauses] == [("manager",)]
    assert len(parse("what is", "en").clauses) == 2
