"""Reading progress and the page hook: which pages count, and what the toolkit pages carry."""

from __future__ import annotations

import pytest
from django.test import Client

from allykit.routes import url_for
from allykit.self_assessment import progress
from allykit.toolkit.pages import module_pages

pytestmark = pytest.mark.django_db


def test_the_reading_is_the_three_modules_and_their_pages():
    keys = progress.all_keys()
    assert keys[0] == "why" and "mentoring" in keys and "bystander" in keys
    assert len(keys) == 3 + sum(len(module_pages(m)) for m in progress.READING_MODULES)
    for lookup in ("resources", "glossary", "references", "about", "contact"):
        assert lookup not in keys


def test_scope_per_page():
    assert progress.scope("home") == ("toolkit", progress.all_keys())
    name, keys = progress.scope("sponsorship")
    assert name == "module" and keys[0] == "mentorship" and "sponsorship" in keys
    assert progress.scope("glossary") is None and progress.scope("contact") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_home_and_module_pages_carry_the_counter_and_nothing_else_does(lang):
    total = len(progress.all_keys())
    home = Client().get(url_for("home", lang)).content.decode()
    assert "data-reading-progress" in home and f'max="{total}"' in home
    page = Client().get(url_for("sponsorship", lang)).content.decode()
    assert 'data-page="sponsorship"' in page
    assert f'max="{len(progress.module_keys("mentorship"))}"' in page
    assert "data-reading-progress" not in Client().get(url_for("glossary", lang)).content.decode()
    # Hidden until the script shows it; the script is a file (CSP), no cookie is set for it.
    assert 'class="reading-progress" hidden' in page
    assert "self_assessment/progress.js" in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_module_pages_link_their_card_and_assessment(lang):
    page = Client().get(url_for("sponsorship", lang)).content.decode()
    tools = page.split('class="page-tools"')[1].split("</aside>")[0]
    assert url_for("card-sponsorship", lang) in tools
    assert url_for("assessment-sponsor", lang) in tools
    page = Client().get(url_for("bystander", lang)).content.decode()
    assert url_for("card-five-ds", lang) in page
    overview = Client().get(url_for("mentorship", lang)).content.decode()
    assert url_for("cards", lang) in overview and url_for("assessment", lang) in overview
