"""Site-wide invariants over every page in both languages."""

from __future__ import annotations

from functools import cache
from urllib.parse import urldefrag, urlsplit

import polib
import pytest
from django.conf import settings
from django.test import Client

from tests.conftest import all_page_urls
from tests.html_tools import read, skipped_levels

PAGES = all_page_urls()
IDS = [url for url, _, _ in PAGES]


@cache
def fetch(path: str):
    response = Client().get(path, HTTP_ACCEPT_LANGUAGE="en")
    return response.status_code, response.content.decode(), response


@cache
def english_ui_strings() -> frozenset[str]:
    """Interface strings whose French differs, long enough to be unambiguous in page text
    (every catalogue: Django's and the engines' domains, wordcheck.po and panelaudit.po)."""
    strings = set()
    for po_path in settings.BASE_DIR.glob("**/locale/fr/LC_MESSAGES/*.po"):
        if ".venv" in po_path.parts:
            continue
        for entry in polib.pofile(str(po_path)):
            if entry.msgstr and entry.msgstr != entry.msgid and len(entry.msgid) >= 14:
                if "%(" not in entry.msgid and "{" not in entry.msgid:
                    strings.add(entry.msgid)
    return frozenset(strings)


@pytest.mark.parametrize(("url", "lang", "key"), PAGES, ids=IDS)
def test_page_structure(url, lang, key):
    status, html, response = fetch(url)
    assert status == 200, url
    page = read(html)
    assert page.lang == lang
    assert page.h1_count == 1, page.headings
    assert skipped_levels(page.headings) == []
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    # Language toggle: the same page in the other language, marked with lang and hreflang.
    other = "fr" if lang == "en" else "en"
    toggles = [a for a in page.links if "lang-toggle" in a.get("class", "")]
    assert len(toggles) == 1
    assert toggles[0]["lang"] == other and toggles[0]["hreflang"] == other
    target = toggles[0]["href"]
    assert target.startswith(f"/{other}/")
    assert fetch(target)[0] == 200
    alternates = {
        a["hreflang"]: a["href"]
        for a in page.links
        if a["tag"] == "link" and a.get("rel") == "alternate"
    }
    base = "http://testserver"
    home = key == "home"
    assert alternates == {
        lang: base + url.split("?")[0],
        other: base + target.split("?")[0],
        "x-default": base + ("/" if home else (url if lang == "en" else target).split("?")[0]),
    }
    # The CSP forbids inline code: no inline scripts (JSON data blocks are data, not code), no
    # style attributes.
    assert all(s.get("src") or s.get("type") == "application/json" for s in page.scripts)
    assert page.styles_inline == 0
    assert all(img.get("alt") is not None for img in page.images)


@pytest.mark.parametrize(("url", "lang", "key"), PAGES, ids=IDS)
def test_internal_links_and_anchors_resolve(url, lang, key):
    _, html, _ = fetch(url)
    page = read(html)
    broken = []
    for link in page.links:
        href = link.get("href", "")
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("mailto:") or link["tag"] != "a":
            continue
        path, anchor = urldefrag(href)
        path = path or url
        status, target_html, _ = fetch(path)
        if status != 200:
            broken.append(f"{href} -> {status}")
        elif anchor and anchor not in read(target_html).ids:
            broken.append(f"{href}: no #{anchor}")
    assert broken == []


@pytest.mark.parametrize(
    ("url", "lang", "key"),
    [p for p in PAGES if p[1] == "fr"],
    ids=[p[0] for p in PAGES if p[1] == "fr"],
)
def test_no_untranslated_interface_string_on_french_pages(url, lang, key):
    _, html, _ = fetch(url)
    page = read(html)
    chrome = page.visible_text + " " + " ".join(page.attrs_text)
    leftovers = sorted(s for s in english_ui_strings() if s in chrome)
    assert leftovers == []


def test_every_page_of_the_table_is_in_the_navigation_in_both_languages():
    from allykit.toolkit.pages import PAGES as TABLE

    for lang in ("en", "fr"):
        page = read(fetch(f"/{lang}/")[1])
        hrefs = {a.get("href") for a in page.links}
        from allykit.routes import url_for

        assert {url_for(p.key, lang) for p in TABLE} <= hrefs
