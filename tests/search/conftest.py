"""Search tests: the search routes are served even before the route table lists the app."""

from __future__ import annotations

import pytest


def _clear_page_cache():
    try:
        from allykit.toolkit import page_cache
    except ImportError:
        return
    page_cache.clear()


@pytest.fixture(autouse=True)
def search_routes(settings):
    """Serve the search routes; pages rendered with them are not cached for other tests."""
    from allykit.routes import ROUTE_MODULES

    if "allykit.search.routes" in ROUTE_MODULES:
        yield
        return
    _clear_page_cache()
    settings.ROOT_URLCONF = "tests.search.urls"
    yield
    _clear_page_cache()


@pytest.fixture(scope="session")
def index():
    from allykit.search.index import get_index

    return get_index()
