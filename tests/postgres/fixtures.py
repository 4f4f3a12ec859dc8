"""A PostgreSQL server started by the test run itself (a failure in CI when unavailable)."""

from __future__ import annotations

import os

import pytest

from tests.postgres.server import find_binary, postgres_server


@pytest.fixture(scope="session")
def postgres_url():
    """DATABASE_URL of a fresh PostgreSQL server for this test session."""
    if not (find_binary("initdb") and find_binary("pg_ctl")):
        message = "PostgreSQL server binaries not found (install Debian's postgresql package)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with postgres_server() as url:
        yield url
