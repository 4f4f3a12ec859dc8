"""The real toolkit content: coverage, citations and parity between the two languages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.content.data import DIMENSIONS, SETTINGS
from allykit.toolkit.pages import PAGE_KEYS, PAGES, is_module

# Top-level pages and module overviews end with this week's actions; the pages of a module
# (split out of them) end with previous/next instead, and cite at least one source.
CONTENT_PAGES = [p.key for p in PAGES if not p.module and p.key != "contact"]
MODULE_PAGES = [p.key for p in PAGES if p.module and p.key != "references"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", [k for k in CONTENT_PAGES if not is_module(k)])
def test_every_content_page_cites_at_least_three_sources(site, key, lang):
    assert len(site[lang].pages[key].citations) >= 3


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", MODULE_PAGES)
def test_every_page_of_a_module_cites_a_source(site, key, lang):
    assert len(site[lang].pages[key].citations) >= 1


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", CONTENT_PAGES)
def test_every_content_page_ends_with_three_to_five_actions_for_this_week(site, key, lang):
    page = site[lang].pages[key]
    assert page.sections[-1].anchor == "this-week"
    html = "".join(s for s in page.segments if isinstance(s, str))
    last = html[html.index('id="this-week"') :]
    assert 3 <= len(re.findall(r"<li[ >]", last)) <= 5  # an item may carry its action id


def test_both_languages_hold_the_same_pages_terms_entries_and_resources(site):
    en, fr = site["en"], site["fr"]
    assert set(en.pages) == set(fr.pages) == set(PAGE_KEYS)
    assert set(en.glossary) == set(fr.glossary)
    assert [m.id for m in en.microaggressions] == [m.id for m in fr.microaggressions]
    assert [r.id for r in en.resources] == [r.id for r in fr.resources]
    for m_en, m_fr in zip(en.microaggressions, fr.microaggressions, strict=True):
        assert (m_en.setting, m_en.dimensions) == (m_fr.setting, m_fr.dimensions), m_en.id


def test_sizes_the_toolkit_promises(site):
    assert len(site["en"].glossary) >= 40
    assert len(site["en"].resources) >= 20
    entries = site["en"].microaggressions
    assert len(entries) >= 24
    assert {m.setting for m in entries} == set(SETTINGS)
    assert {d for m in entries for d in m.dimensions} == set(DIMENSIONS)
    assert sum(len(m.dimensions) > 1 for m in entries) >= 3


def test_every_glossary_term_and_reference_is_used_or_listed(site):
    for lang in ("en", "fr"):
        glossary = site[lang].pages["glossary"]
        references = site[lang].pages["references"]
        for term in site[lang].glossary:
            assert f"term-{term}" in glossary.anchors
        for key in site.references:
            assert f"ref-{key}" in references.anchors
        used = {k for p in site[lang].pages.values() for k in p.citations}
        used |= {k for t in site[lang].glossary.values() for k in t.cite}
        assert used <= set(site.references)


@pytest.mark.parametrize(
    ("lang", "path"),
    [
        ("en", "/en/what-allyship-entails/microaggressions/"),
        ("fr", "/fr/en-quoi-consiste-l-alliance/microagressions/"),
    ],
)
def test_guide_filter_returns_the_right_entries_without_javascript(site, lang, path):
    client = Client()
    entries = site[lang].microaggressions
    for setting in SETTINGS:
        html = client.get(path, {"setting": setting}).content.decode()
        shown = set(re.findall(r'<article class="ma-entry" id="ma-([^"]+)"', html))
        assert shown == {m.id for m in entries if m.setting == setting}
    for dimension in DIMENSIONS:
        html = client.get(path, {"dimension": dimension}).content.decode()
        shown = set(re.findall(r'<article class="ma-entry" id="ma-([^"]+)"', html))
        assert shown == {m.id for m in entries if dimension in m.dimensions}
    both = client.get(path, {"setting": "hiring", "dimension": "gender"}).content.decode()
    shown = set(re.findall(r'<article class="ma-entry" id="ma-([^"]+)"', both))
    assert shown == {m.id for m in entries if m.setting == "hiring" and "gender" in m.dimensions}


def test_english_content_shows_curled_double_quotes_only(site):
    """English is written with straight double quotes and shown with “ ”, as the scenario bank
    is; the text of every page, term, guide entry and resource carries no straight one."""
    en = site["en"]
    texts = [s.text for p in en.pages.values() for s in p.sections]
    texts += [p.title for p in en.pages.values()] + [p.description for p in en.pages.values()]
    texts += [t.definition_text for t in en.glossary.values()]
    texts += [r.description for r in en.resources] + [r.title for r in en.resources]
    straight = [t[:80] for t in texts if '"' in t]
    assert straight == []
    # The guide's entries, as the page shows them (text between tags, not attributes).
    html = Client().get("/en/what-allyship-entails/microaggressions/").content.decode()
    words = re.sub(r"<(script|style|code)\b.*?</\1>", "", html, flags=re.DOTALL)
    words = re.findall(r">([^<]+)<", words)
    assert any("“" in w for w in words) and [w for w in words if '"' in w] == []
