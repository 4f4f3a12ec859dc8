"""Shared fixtures: the loaded content and the list of every page in both languages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis's per-example deadline (200 ms) is a timing threshold: on a busy machine a correct
# example can take longer and fail. Tests hold behaviour, never time (bench/ measures time).
settings.register_profile("allykit", deadline=None)
settings.load_profile("allykit")

ROOT = Path(__file__).resolve().parent.parent
# Where .ci/run installs the Nu HTML checker (npm package vnu-jar, pinned there); the VNU_JAR
# environment variable, which .ci/run sets to this same path, wins when set. To get it locally:
#   npm install --prefix .ci/node --no-save vnu-jar@26.9.27   (and Java: default-jre-headless)
VNU_JAR_DEFAULT = ROOT / ".ci/node/node_modules/vnu-jar/build/dist/vnu.jar"

# Session fixtures shared by every test folder, registered once so that one browser and one
# PostgreSQL server serve the whole run.
pytest_plugins = ["tests.browser.fixtures", "tests.postgres.fixtures"]


# Tests that take seconds each because they start processes or run things concurrently. They
# carry the `slow` mark (as do all `server` and `postgres` tests), so a quick local run can
# leave them out:  uv run pytest -m "not slow"  (add "and not browser" for quicker still).
# `uv run pytest` and .ci/run run everything. Node-id prefixes; tests may also mark themselves.
SLOW = (
    "tests/postgres/test_on_postgresql.py",  # the database tests again, in a child pytest
    "tests/test_cli.py",  # the CLI in subprocesses, gunicorn included
    "tests/writing_checker/test_cli_dispatch.py",
    "tests/panel_checker/test_cli.py",
    "tests/test_config.py::test_secret_key_is_generated_once",
    "tests/toolkit/test_service_routes.py::test_check_deploy_is_clean",
    # Site-wide browser sweeps over every page (seconds to a minute each).
    "tests/browser/test_site_design.py::test_axe_and_layout_on_every_page",
    "tests/browser/test_site_design.py::test_nu_html_checker_finds_no_error",  # Java, every page
    "tests/browser/test_pages.py::test_every_page_works_without_javascript",
)


def pytest_collection_modifyitems(config, items):
    slow = pytest.mark.slow
    for item in items:
        if item.get_closest_marker("slow"):
            continue
        marked = item.get_closest_marker("server") or item.get_closest_marker("postgres")
        if marked or item.nodeid.startswith(SLOW):
            item.add_marker(slow)


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
        variants = (
            [
                {lang: {"term_id": site[lang].glossary[t].url_slug} for lang in ("en", "fr")}
                for t in terms
            ]
            if route.key == "term"
            else [{"en": {}, "fr": {}}]
        )
        for kwargs in variants:
            for lang in ("en", "fr"):
                urls.append((url_for(route.key, lang, **kwargs[lang]), lang, route.key))
    return urls


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    """Path of the Nu HTML checker's vnu.jar (run it with `java -jar`).

    $VNU_JAR, else VNU_JAR_DEFAULT. When it or Java is missing the test is skipped, except in
    CI (CI=true, set by .ci/run), where it fails: CI must check the HTML.
    """
    path = Path(os.environ.get("VNU_JAR") or VNU_JAR_DEFAULT)
    problem = ""
    if not path.is_file():
        problem = f"vnu.jar not found at {path} (set VNU_JAR, or run .ci/run's npm install)"
    elif not shutil.which("java"):
        problem = "java not found (install Debian's default-jre-headless)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    return path


@pytest.fixture(scope="session")
def site():
    from allykit.toolkit.site import get_site

    return get_site()
