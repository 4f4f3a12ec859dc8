"""Markup a reader relies on without seeing it (review of 2026-12-01)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.routes import url_for

pytestmark = pytest.mark.django_db

ENTRY = re.compile(
    r'<details class="accordion reference-entry" id="ref-(?P<key>[^"]+)">\s*'
    r'<summary class="accordion-summary">.*?<span class="accordion-meta"(?P<attrs>[^>]*)>'
    r".*?<p class=\"reference\">(?P<apa>.*?)</p>",
    re.S,
)


@pytest.mark.parametrize(("lang", "other"), [("en", "fr"), ("fr", "en")])
def test_a_reference_title_in_the_other_language_is_marked_in_the_list_summary(lang, other):
    """The folded list showed a French title on the English page (and the reverse) with no lang:
    a screen reader read "Un ministre peut-il tomber enceinte ?" with English sounds."""
    html = Client().get(url_for("references", lang)).content.decode()
    entries = list(ENTRY.finditer(html))
    assert len(entries) > 50
    foreign = [e for e in entries if f'<span lang="{other}">' in e["apa"]]
    assert foreign, "the list has works in the other language"
    for e in entries:
        marked = f'lang="{other}"' in e["attrs"]
        assert marked == (e in foreign), e["key"]


TOOL_PAGES = [
    ("biased-assumptions", "checker"),
    ("tokenism-manels", "panels"),
    ("bystander", "practice"),
]


@pytest.mark.parametrize(("key", "tool"), TOOL_PAGES)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_tool_that_serves_a_page_is_an_action_link_in_its_flow(key, tool, lang):
    """The tool was named in the side column only, which a phone never shows; in the text it was
    one inline link among many. It is now the page's action link, at every width."""
    html = Client().get(url_for(key, lang)).content.decode()
    article = html[html.index('<article class="page') : html.index('<aside class="page-aside"')]
    found = re.search(r'<p class="action-link"><a href="([^"]+)">(.*?)</a></p>', article, re.S)
    assert found, "no action link in the page's flow"
    assert found[1] == url_for(tool, lang)
    assert '<svg class="icon icon-arrow"' in found[2] and 'aria-hidden="true"' in found[2]
    assert re.search(r'class="action-link-text">\w', found[2])


ACTION_TEXTS = {
    ("biased-assumptions", "en"): "Try the writing checker",
    ("biased-assumptions", "fr"): "Essayer le vérificateur de rédaction",
    ("tokenism-manels", "en"): "Try the panel checker",
    ("tokenism-manels", "fr"): "Essayer le vérificateur de panels",
    ("bystander", "en"): "Practise what to say",
    ("bystander", "fr"): "S'exercer à trouver les mots",
    ("mentorship", "en"): "Take the self-assessment",
    ("mentorship", "fr"): "Faire l'autoévaluation",
}


@pytest.mark.parametrize(("key", "lang"), list(ACTION_TEXTS))
def test_an_action_link_says_what_the_reader_can_do(key, lang):
    """It said only the tool's name ("Writing checker"); it now names the action."""
    from html import unescape

    html = Client().get(url_for(key, lang)).content.decode()
    texts = [unescape(t) for t in re.findall(r'class="action-link-text">(.*?)</span>', html)]
    assert ACTION_TEXTS[key, lang] in texts


def test_a_page_without_a_tool_has_no_action_link():
    html = Client().get(url_for("glossary", "en")).content.decode()
    assert 'class="action-link"' not in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_resource_link_names_its_resource(lang):
    """Thirty-three links all read "Open this resource" in a screen reader's list of links."""
    html = Client().get(url_for("resources", lang)).content.decode()
    links = re.findall(r'<p><a href="http[^"]*"[^>]*>(.*?)</a></p>', html, re.S)
    assert len(links) > 20
    names = [re.sub(r"<[^>]+>", "", link) for link in links]
    assert len(set(names)) == len(names), "two resource links read the same"
