"""The home page's tool cards come from the apps' nav entries (each app declares its card)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit import registry
from allykit.routes import url_for

pytestmark = pytest.mark.django_db

TOOLS = ("checker", "panels", "practice", "plan", "assessment", "cards")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_tool_with_a_card_is_on_the_home_page_in_nav_order(lang):
    html = Client().get(url_for("home", lang)).content.decode()
    section = html[html.index('class="landing-tools"') :]
    section = section[: section.index("</section>")]
    linked = [href for href in re.findall(r'href="([^"]+)"', section)]
    expected = [url_for(key, lang) for key in TOOLS]
    assert [href for href in linked if href in expected] == expected


def test_cards_are_declared_with_the_nav_entries():
    carded = [e.key for e in registry.nav_entries() if e.blurb]
    assert carded == list(TOOLS)
    assert all(e.action for e in registry.nav_entries() if e.blurb)
