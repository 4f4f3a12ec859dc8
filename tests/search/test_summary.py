"""The results heading quotes the query once (review of 2026-12-01).

A search for one quoted phrase showed the user's quotes inside the heading's own:
« "penser gestionnaire" » in French, “"think manager"” in English.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.test import Client

from allykit.routes import url_for

pytestmark = pytest.mark.django_db


def heading(lang: str, q: str) -> str:
    html = Client().get(url_for("search", lang) + "?q=" + quote(q)).content.decode()
    found = re.search(r'<h2 id="results" data-search-summary>(.*?)</h2>', html, re.S)
    assert found, html[:300]
    return found[1]


@pytest.mark.parametrize(
    ("lang", "q", "shown"),
    [
        ("en", '"think manager"', "Results for “think manager”:"),
        ("fr", '"penser gestionnaire"', "Résultats pour «\u00a0penser gestionnaire\u00a0»"),
        ("en", "think manager", "Results for “think manager”:"),
        ("en", '"zzqx vvqk"', "No results for “zzqx vvqk”"),
    ],
)
def test_a_quoted_phrase_is_quoted_once(lang, q, shown):
    assert heading(lang, q).startswith(shown)


def test_a_query_with_quotes_inside_keeps_them():
    text = heading("en", '"think manager" "glass ceiling"')
    assert "“&quot;think manager&quot; &quot;glass ceiling&quot;”" in text
