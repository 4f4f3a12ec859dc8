"""Shared fixtures: the loaded content and the list of every page in both languages."""

from __future__ import annotations

import pytest

# Session fixtures shared by every test folder, registered once so that one browser and one
# PostgreSQL server serve the whole run.
pytest_plugins = ["tests.browser.fixtures", "tests.postgres.fixtures"]


def all_page_urls() -> list[tuple[str, str, str]]:
    """(url, lang, route key) for every page of every route in both languages."""
    from allykit.routes import all_routes, url_for
    from allykit.toolkit.site import get_site

    site = get_site()
    urls = []
    for route in all_routes():
        if not route.in_sitemap and "." in route.en:
            continue  # a download (references.bib ...), not a page
        terms = site["en"].glossary
        variants = [{lang: {"term_id": site[lang].glossary[t].url_slug} for lang in ("en", "fr")}
                    for t in terms] if route.key == "term" else [{"en": {}, "fr": {}}]  # fmt: skip
        for kwargs in variants:
            for lang in ("en", "fr"):
                urls.append((url_for(route.key, lang, **kwargs[lang]), lang, route.key))
    return urls


@pytest.fixture(scope="session")
def site():
    from allykit.toolkit.site import get_site

    return get_site()
