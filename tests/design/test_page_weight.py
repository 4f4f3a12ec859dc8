"""Every page weighs less than 40 KB compressed: its HTML plus the CSS and JavaScript it loads."""

from __future__ import annotations

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests.conftest import all_page_urls

BUDGET = 40 * 1024
ASSET = re.compile(
    r'<(?:link rel="stylesheet" href|script src)="/static/([^"]+)"(?! media="print")'
)
HASHED = re.compile(r"\.[0-9a-f]{12}(\.\w+)$")
PAGES = [p for p in all_page_urls() if p[2] != "term" or p[0].endswith("/ally/")]


def compressed(data: bytes) -> int:
    return len(gzip.compress(data, 6))


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "lang", "key"), PAGES, ids=[p[0] for p in PAGES])
def test_page_weight(url, lang, key, settings):
    settings.ALLOWED_HOSTS = ["*"]
    html = Client().get(url).content
    total = compressed(html)
    assets = ASSET.findall(html.decode())
    assert "css/site.css" in {HASHED.sub(r"\1", a) for a in assets}
    for name in assets:
        path = finders.find(HASHED.sub(r"\1", name))
        assert path, name
        with open(path, "rb") as f:
            total += compressed(f.read())
    assert total < BUDGET, f"{url}: {total / 1024:.1f} KB"
