"""Glossary A-Z: a leading article is set aside ("The five Ds" under F); references keep it."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from allykit.routes import url_for
from allykit.toolkit import az

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("term", "lang", "expected"),
    [
        ("The five Ds", "en", "F"),
        ("A priori", "en", "P"),
        ("An ally", "en", "A"),
        ("Ally", "en", "A"),
        ("Theory", "en", "T"),  # "the" only as a whole word
        ("Anchor bias", "en", "A"),
        ("Les 5D", "fr", "D"),  # digits are passed over, as in any name
        ("La parité", "fr", "P"),
        ("Le plafond de verre", "fr", "P"),
        ("L'alliance", "fr", "A"),
        ("L’écart salarial", "fr", "E"),
        ("Une alliée", "fr", "A"),
        ("Un parrain", "fr", "P"),
        ("Lettre de référence", "fr", "L"),
        ("Leadership", "fr", "L"),
        ("Les", "fr", "L"),  # only an article: it stays
        ("The five Ds", "fr", "T"),  # an English article in French is a word
    ],
)
def test_a_term_files_under_its_first_word_after_an_article(term, lang, expected):
    assert az.term_letter(term, lang) == expected


def test_an_authors_name_keeps_its_article():
    assert az.letter("La Roche, 2020") == "L"
    assert az.letter("Le Guin") == "L"


def test_terms_sort_by_their_words_without_the_article():
    terms = ["Fairness", "The five Ds", "Feedback"]
    assert sorted(terms, key=lambda t: az.term_sort_key(t, "en")) == [
        "Fairness",
        "Feedback",
        "The five Ds",
    ]


def _groups(html: str) -> dict[str, list[str]]:
    out = {}
    for letter, body in re.findall(
        r'<h2 class="az-letter" id="letter-[a-z#]+">(.)</h2>(.*?)</section>', html, re.S
    ):
        out[letter] = [unescape(t) for t in re.findall(r'class="accordion-title">(.*?)</h3>', body)]
    return out


@pytest.mark.parametrize(
    ("lang", "term", "letter"), [("en", "The five Ds", "F"), ("fr", "Les 5D", "D")]
)
def test_the_five_ds_are_under_their_nouns_letter(lang, term, letter):
    html = Client().get(url_for("glossary", lang)).content.decode()
    groups = _groups(html)
    assert term in groups[letter]
    assert all(term not in items for key, items in groups.items() if key != letter)
    # The nav lists the same letters, in order.
    nav = re.findall(r'<li><a href="#letter-[a-z]">(.)</a></li>', html.split("az-nav", 1)[1])
    assert nav[: len(groups)] == list(groups)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_reference_files_under_the_first_letter_it_prints(lang):
    """The reference list is not touched by the articles: a name starting with La or Le stays
    under L, an organisation starting with "The" under T."""
    html = Client().get(url_for("references", lang)).content.decode()
    checked = 0
    for letter, body in re.findall(
        r'<h2 class="az-letter" id="refs-[a-z#]+">(.)</h2>(.*?)</section>', html, re.S
    ):
        for summary in re.findall(r'class="accordion-title">(.*?)</', body):
            text = unescape(re.sub(r"<[^>]+>", "", summary)).strip()
            assert az.letter(text) == letter, (letter, text)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", ["La Roche", "Le Guin", "The King's Fund"])
def test_a_reference_named_like_an_article_stays_under_that_letter(monkeypatch, site, lang, name):
    """No reference in the list starts so today: the builder is given one."""
    from allykit.content import references as refs
    from allykit.toolkit import components

    key = next(iter(site.references))
    real = refs.cite_names
    monkeypatch.setattr(refs, "cite_names", lambda r, lg: name if r.key == key else real(r, lg))
    groups = components.references(None, site, lang)["groups"]
    where = [g["letter"] for g in groups for item in g["items"] if item["key"] == key]
    assert where == [name[0]]
