"""A reference's key names its first author and its year (issue 10: an edited record once put
the second author first while the key kept the old order, and nothing noticed)."""

from __future__ import annotations

import re

import pytest

from allykit.content.references import build_reference
from allykit.content.yamlio import load_yaml

ENTRY = (
    "key: {key}\ntype: book\nauthors: [{{family: {family}, given: D. G.}}]\nyear: {year}\n"
    "title: A title\npublisher: A press\nverified: V\n"
    "checked: {{date: 2026-12-01, how: catalogue, where: https://example.org/record}}\n"
)


def problems(key: str, family: str = "Smith", year: str = "2020") -> list[str]:
    raw = load_yaml(ENTRY.format(key=key, family=family, year=year))
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
    ],
)
def test_a_key_with_another_year_is_refused(key, year, message):
    assert any(message in p for p in problems(key, year=year))


def test_the_real_reference_keys_name_their_first_author_and_year(site):
    # the site fixture loads the real content, which would fail on a mismatched key
    assert "smith2020" in site.references and "johnson2020" not in site.references


def _refs(*years: str):
    out = []
    for n, year in enumerate(years):
        key = f"smith{year[:4]}{'abc'[n]}"
        raw = load_yaml(ENTRY.format(key=key, family="Smith", year=year))
        out.append(build_reference(raw, "refs.yaml")[0])
    return out


def _ambiguous(refs) -> list[str]:
    from allykit.content.references import cite_names
    from allykit.content.refkeys import check_unambiguous

    found = []
    check_unambiguous(refs, lambda r: (cite_names(r, "en"), r.year), lambda k, m: found.append(m))
    return found


def test_two_works_cited_alike_are_refused_until_their_years_have_letters():
    assert _ambiguous(_refs("2020", "2020")) == [
        "references smith2020a and smith2020b are both cited as 'Smith, 2020': give their "
        "years a letter (a, b) in the order of their titles, as APA does"
    ]
    assert _ambiguous(_refs("2020a", "2020b")) == []
    assert _ambiguous(_refs("2020", "2021")) == []


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
