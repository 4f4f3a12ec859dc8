"""Search fixes of issue 11: names that are one term, escaping once, related words across terms."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.routes import url_for
from allykit.search.query import parse
from allykit.search.text import tokens

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("typed", ["TIME'S UP", "time’s up", "times up", "Time's Up Healthcare"])
def test_times_up_is_one_term(index, lang, typed):
    results = index.search(typed, lang, limit=50)
    ids = [f"{h.doc.kind}:{h.doc.id}" for h in results.hits]
    assert "reference:timesup2019" in ids[:2]
    assert "page:times-up#top" in ids[:2]
    # Only documents naming TIME'S UP match: no page found for an "s" or a "time" alone.
    for hit in results.hits:
        text = (hit.doc.title + " " + hit.doc.body).upper().replace("’", "'")
        assert "TIME'S UP" in text, hit.doc.id
        # The possessive is never highlighted on its own.
        snippet = hit.snippet_html + hit.title_html
        assert not re.search(r"&#x27;<mark>s</mark>", snippet, re.I)


def test_a_possessive_stays_with_its_word():
    assert [len(t.keys) for t in tokens("women's share", "en")] == [1, 1]
    assert parse("women's", "en").clauses[0].words == ("women's",)
    query = parse("TIME'S UP", "en")
    assert len(query.clauses) == 1 and query.clauses[0].phrase


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_snippets_are_escaped_once(lang):
    for q in ("women's share", "TIME'S UP", "mentor", "Canada's"):
        html = Client().get(url_for("search", lang), {"q": q}).content.decode()
        assert "&amp;#x27;" not in html and "&amp;amp;" not in html and "&amp;quot;" not in html


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sponsor", "term:sponsorship"),
        ("sponsor", "page:sponsorship#top"),
        ("parrain", "page:sponsorship#top"),
        ("sponsorship", "term:sponsorship"),
    ],
)
def test_french_related_words_lead_across_terms(index, typed, expected):
    ids = [f"{h.doc.kind}:{h.doc.id}" for h in index.search(typed, "fr", limit=5).hits]
    assert expected in ids


def test_related_words_rank_below_the_word_itself(index):
    hits = index.search("sponsors", "en", limit=5).hits
    assert hits[0].doc.id == "sponsor"
    hits = index.search("mentorat", "fr", limit=3).hits
    assert hits[0].doc.id == "mentorship"


def test_guide_entries_open_from_a_result(index):
    hit = index.search("taken for a nurse", "en").hits[0]
    assert hit.doc.url.endswith("?entry=mistaken-for-nurse#ma-mistaken-for-nurse")
    html = Client().get(hit.doc.url.split("#")[0]).content.decode()
    card = re.search(
        r'<article class="ma-entry" id="ma-mistaken-for-nurse".*?</article>', html, re.S
    )
    assert '<details class="accordion" open>' in card.group(0)
    others = re.findall(
        r'<article class="ma-entry" id="ma-[^"]+"[^>]*>\s*<details[^>]*?( open)?>', html
    )
    assert others.count(" open") == 1
