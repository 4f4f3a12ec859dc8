"""Search tests: the index of the real content, built once for the session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def index():
    from allykit.search.index import get_index

    return get_index()
