"""French glossary terms live at French addresses; the old English ones still lead there."""

from __future__ import annotations

from django.test import Client

from allykit.routes import url_for


def test_french_terms_have_french_addresses_and_pages_link_them(site):
    term = site["fr"].glossary["microaggression"]
    assert term.url_slug == "microagression"
    assert url_for("term", "fr", term_id="microagression") == "/fr/glossaire/microagression/"
    html = "".join(s for s in site["fr"].pages["microaggressions"].segments if isinstance(s, str))
    assert 'href="/fr/glossaire/microagression/"' in html
    assert 'href="/fr/glossaire/microaggression/"' not in html
    assert site["en"].glossary["microaggression"].url_slug == "microaggression"


def test_the_french_term_page_answers_at_its_french_address():
    response = Client().get("/fr/glossaire/allie-ou-alliee/")
    assert response.status_code == 200 and "Allié ou alliée" in response.content.decode()


def test_the_old_english_address_and_the_language_toggle_redirect_to_the_right_term():
    old = Client().get("/fr/glossaire/abrasiveness-trap/")
    assert old.status_code == 301
    assert old["Location"] == url_for(
        "term", "fr", term_id=Client().get(old["Location"]).wsgi_request.path.split("/")[-2]
    )
    assert Client().get(old["Location"]).status_code == 200
    toggled = Client().get("/en/glossary/allie-ou-alliee/")
    assert toggled.status_code == 301 and toggled["Location"] == "/en/glossary/ally/"
    assert Client().get("/fr/glossaire/no-such-term/").status_code == 404


def test_glossary_slugs_are_checked(tree, load):
    import pytest

    from allykit.content import ContentError

    from .conftest import GLOSSARY

    bad = GLOSSARY.format(term="Allié").replace("- id: ally\n", "- id: ally\n  slug: Allié!\n")
    with pytest.raises(ContentError) as info:
        load(tree(**{"fr/glossary.yaml": bad}))
    assert any("slug 'Allié!'" in str(p) for p in info.value.problems)


def test_a_term_page_has_the_glossary_pages_breadcrumb():
    import re

    for lang, path in (("en", "/en/glossary/ally/"), ("fr", "/fr/glossaire/allie-ou-alliee/")):
        html = Client().get(path).content.decode()
        trail = re.search(r"<nav class=\"breadcrumbs[^>]*>(.*?)</nav>", html, re.S)
        links = re.findall(r'href="([^"]+)"', trail.group(1))
        assert links[1:] == [url_for("resources", lang), url_for("glossary", lang)], links
