"""A reference's key names its first author and its year (issue 10: an edited record once put
the second author first while the key kept the old order, and nothing noticed)."""

from __future__ import annotations

import re

import pytest

from allykit.content.references import build_reference
from allykit.content.yamlio import load_yaml

ENTRY = (
    "key: {key}\ntype: book\nauthors: [{{family: {family}, given: D. G.}}]\nyear: {year}\n"
    "title: {title}\npublisher: A press\nverified: V\n"
    "checked: {{date: 2026-12-01, how: catalogue, where: https://example.org/record}}\n"
)


def problems(key: str, family: str = "Smith", year: str = "2020") -> list[str]:
    raw = load_yaml(ENTRY.format(key=key, family=family, year=year, title="A title"))
    return [str(p) for p in build_reference(raw, "refs.yaml")[1]]


@pytest.mark.parametrize(
    ("key", "family", "year"),
    [
        ("smith2020", "Smith", "2020"),
        ("smith2020b", "Smith", "2020"),
        ("osler-nd", "Osler", "n.d."),
        ("lemieux2019", "Lemieux-Côté", "2019"),
        ("vanaerde2018", "van Aerde", "2018"),
    ],
)
def test_a_key_with_the_first_author_and_the_year_passes(key, family, year):
    assert problems(key, family, year) == []


def test_a_key_naming_another_author_is_refused():
    found = problems("johnson2020")
    assert found == [
        "refs.yaml:1: reference johnson2020: the key must start with the first author's family "
        "name (smith...)"
    ]


@pytest.mark.parametrize(
    ("key", "year", "message"),
    [
        ("smith2019", "2020", "the key's year must be the reference's year (2020)"),
        ("smith2020", "n.d.", "a work with no date has a key ending in -nd"),
        ("smith2020a", "2020b", "the key must end with its year's letter (b)"),
        ("smith-nda", "n.d.-b", "the key must end with its year's letter (b)"),
    ],
)
def test_a_key_with_another_year_is_refused(key, year, message):
    assert any(message in p for p in problems(key, year=year))


def test_the_real_reference_keys_name_their_first_author_and_year(site):
    # the site fixture loads the real content, which would fail on a mismatched key
    assert "smith2020" in site.references and "johnson2020" not in site.references


def _refs(*years: str, titles: str = "ABC"):
    out = []
    for n, year in enumerate(years):
        letter = year[-1] if year[-1].isalpha() and year != "n.d." else "abc"[n]
        key = f"smith{'-nd' if year.startswith('n.d.') else year[:4]}{letter}"
        raw = load_yaml(ENTRY.format(key=key, family="Smith", year=year, title=titles[n]))
        ref, found = build_reference(raw, "refs.yaml")
        assert found == []
        out.append(ref)
    return out


def _ambiguous(refs) -> list[str]:
    from allykit.content.references import cite_names, title_order
    from allykit.content.refkeys import check_unambiguous

    found = []
    cite = lambda r: (cite_names(r, "en"), r.year)  # noqa: E731
    check_unambiguous(refs, cite, lambda k, m: found.append(m), title_order)
    return found


def test_two_works_cited_alike_are_refused_until_their_years_have_letters():
    assert _ambiguous(_refs("2020", "2020")) == [
        "references smith2020a and smith2020b are both cited as 'Smith, 2020': give their "
        "years a letter (a, b) in the order of their titles, as APA does"
    ]
    assert _ambiguous(_refs("2020a", "2020b")) == []
    assert _ambiguous(_refs("2020", "2021")) == []


def test_undated_works_cited_alike_take_nd_a_and_nd_b():
    assert _ambiguous(_refs("n.d.", "n.d.")) == [
        "references smith-nda and smith-ndb are both cited as 'Smith, n.d.': give their "
        "years a letter (a, b) in the order of their titles, as APA does"
    ]
    assert _ambiguous(_refs("n.d.-a", "n.d.-b")) == []


def test_the_letters_follow_the_titles_and_a_lone_work_has_none():
    assert _ambiguous(_refs("2020a", "2020b", titles="BA")) == [
        "references smith2020b, smith2020a (in the order of their titles) must have the "
        "letters a, b after their years, in that order"
    ]
    assert _ambiguous(_refs("n.d.-b", "n.d.-a", titles="BA")) == []
    assert _ambiguous(_refs("2020a")) == [
        "reference smith2020a: a work alone as 'Smith, 2020' takes no letter"
    ]


def test_a_first_article_and_punctuation_do_not_count_in_the_title_order(site):
    from allykit.content.references import title_order

    refs = site.references
    ordered = sorted((refs[f"portaillinguistique-nd{x}"] for x in "cba"), key=title_order)
    # ": doublets" before ": glossaire" before "– Lignes", as the words read
    assert [r.key[-1] for r in ordered] == ["a", "b", "c"]
    assert [r.year for r in ordered] == ["n.d.-a", "n.d.-b", "n.d.-c"]


def test_an_authors_undated_works_come_before_the_dated_ones():
    from allykit.content.references import sort_key

    dated, undated = _refs("2020", "n.d.")
    for lang in ("en", "fr"):
        assert sorted([dated, undated], key=lambda r: sort_key(r, lang)) == [undated, dated]


def test_right_to_bes_two_guides_are_cited_apart_in_both_languages(site):
    from allykit.content.apa import apa_html, in_text_parts, join_in_text

    refs = [site.references["righttobe-nda"], site.references["righttobe-ndb"]]
    texts = [text for _, text in in_text_parts(refs, "en")]
    assert join_in_text(texts, refs, "en") == "(Right To Be, n.d.-a, n.d.-b)"
    texts_fr = [text for _, text in in_text_parts(refs, "fr")]
    assert join_in_text(texts_fr, refs, "fr") == "(Right To Be, s. d.-a, s. d.-b)"
    assert "(s. d.-b)" in apa_html(refs[1], "fr") and "(n.d.-b)" in apa_html(refs[1], "en")


def test_kanters_two_1977_works_are_1977a_and_1977b_in_title_order(site):
    book, article = site.references["kanter1977a"], site.references["kanter1977b"]
    assert (book.year, article.year) == ("1977a", "1977b")
    assert book.title.startswith("Men") and article.title.startswith("Some")


def test_one_authors_works_share_the_names_in_a_citation(site):
    from allykit.content.apa import in_text_parts, join_in_text

    refs = [site.references[k] for k in ("kanter1977a", "kanter1977b", "sue2010")]
    texts = [text for _, text in in_text_parts(refs, "en")]
    assert join_in_text(texts, refs, "en") == "(Kanter, 1977a, 1977b; Sue, 2010)"
    texts_fr = [text for _, text in in_text_parts(refs[:2], "fr")]
    assert join_in_text(texts_fr, refs[:2], "fr") == "(Kanter, 1977a, 1977b)"


@pytest.mark.django_db
def test_the_tokenism_page_cites_kanter_1977a_and_1977b_together(client):
    html = client.get("/en/what-allyship-entails/tokenism-and-manels/").content.decode()
    assert re.search(r"\(<a [^>]*>Kanter, 1977a</a>, <a [^>]*>1977b</a>\)", html)
