"""The footer's links come from the route table, in the page's language."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.routes import url_for


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_footer_links_to_the_reference_list_page(lang):
    html = Client().get(url_for("home", lang)).content.decode()
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    assert f'href="{url_for("references", lang)}"' in footer
    assert "#references" not in footer
