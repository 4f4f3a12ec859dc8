"""'Cite this page' in a kept page stays right when the year changes (issue 16).

Pages are rendered once per process and kept (allykit/toolkit/page_cache.py), and shared
caches keep them too: the citation's year must not come from the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from allykit.routes import url_for
from allykit.search.templatetags.search_tags import page_year
from allykit.toolkit import page_cache
from allykit.toolkit.site import get_site

pytestmark = pytest.mark.django_db

CITED_YEAR = re.compile(
    r"Ally Toolkit Team\. \(([^)]*)\)\.|Équipe de la Trousse de l(?:'|&#x27;)allié\. \(([^)]*)\)\."
)


def _cited_year(html: str) -> str:
    match = CITED_YEAR.search(html)
    assert match, "no 'Cite this page' reference on the page"
    return match[1] or match[2]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cited_year_is_the_pages_review_year_whatever_the_clock_says(lang, monkeypatch):
    page_cache.clear()
    url = url_for("why", lang)
    reviewed = get_site()[lang].pages["why"].reviewed
    before = Client().get(url).content.decode()
    assert _cited_year(before) == reviewed[:4]

    # New Year's Day, some years on: a kept page and a freshly rendered one say the same.
    later = dt.datetime(int(reviewed[:4]) + 3, 1, 1, 0, 0, 5, tzinfo=dt.UTC)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(timezone, "localdate", lambda value=None, timezone=None: later.date())
    kept = Client().get(url).content.decode()
    page_cache.clear()
    fresh = Client().get(url).content.decode()
    assert _cited_year(kept) == _cited_year(fresh) == reviewed[:4]
    assert kept == fresh


def test_a_page_without_a_review_date_is_cited_without_a_date():
    assert page_year(SimpleNamespace(reviewed="2025-06-30"), "en") == "2025"
    assert page_year(SimpleNamespace(reviewed=""), "en") == "n.d."
    assert page_year(SimpleNamespace(reviewed=""), "fr") == "s. d."
    assert page_year(None, "en") == "n.d."
