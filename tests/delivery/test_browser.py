"""Offline reading and the export's search, in Chromium."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _wait_until_cached(page, timeout=15000):
    page.wait_for_function(
        "() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready",
        timeout=timeout,
    )
    page.wait_for_function(
        "async () => !!(await caches.match(location.href.split('#')[0]))", timeout=timeout
    )


def test_a_visited_page_opens_with_the_network_off(live_server, new_page):
    page = new_page("phone")
    url = f"{live_server.url}/en/why-allyship/"
    page.goto(url)
    _wait_until_cached(page)
    status = page.locator("[data-offline] [data-offline-message]")
    page.reload()
    status.wait_for(state="visible")
    assert "offline" in status.inner_text().lower()
    title = page.locator("h1").first.inner_text()

    page.context.set_offline(True)
    page.goto(url)
    assert page.locator("h1").first.inner_text() == title
    page.context.set_offline(False)

    # The neighbouring pages of the module were kept too, without being visited.
    page.goto(f"{live_server.url}/en/mentorship-sponsorship/mentoring/")
    _wait_until_cached(page)
    page.wait_for_function(
        "async () => !!(await caches.match(new URL('sponsorship/', location.href).href))"
    )
    page.context.set_offline(True)
    page.goto(f"{live_server.url}/en/mentorship-sponsorship/sponsorship/")
    expect(page.locator("h1").first).to_be_visible()
    page.context.set_offline(False)

    page.locator("[data-offline-clear]").click()
    page.wait_for_function("async () => (await caches.keys()).length === 0")
    assert "removed" in status.inner_text().lower()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def export_server(tmp_path_factory, django_db_blocker):
    site = tmp_path_factory.mktemp("export") / "site"
    with django_db_blocker.unblock():
        call_command("export_static", str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _results(page, url):
    page.goto(url)
    page.wait_for_selector(".pagefind-ui__result, .pagefind-ui__message", timeout=15000)
    # Pagefind fills its results in as their fragments load: read them once two reads agree.
    seen = None
    for _ in range(75):
        now = page.locator(".pagefind-ui__result-link").all_inner_texts()
        if now and now == seen:
            break
        seen = now
        page.wait_for_timeout(200)
    return seen


def test_static_search_stems_ignores_accents_and_keeps_the_query_across_languages(
    export_server, new_page
):
    page = new_page("desktop")
    english = _results(page, f"{export_server}/en/search/?q=sponsoring")
    assert english, "no English results for 'sponsoring'"
    toggle = page.locator("a.lang-toggle")
    assert toggle.get_attribute("href").endswith("?q=sponsoring")

    accented = _results(page, f"{export_server}/fr/recherche/?q=d%C3%A9fi")
    plain = _results(page, f"{export_server}/fr/recherche/?q=defi")
    assert accented and plain == accented
    assert page.locator("html").get_attribute("lang") == "fr"
