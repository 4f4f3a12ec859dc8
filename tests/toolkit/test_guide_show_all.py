"""The microaggressions guide's way back from a filter to every entry: "Show all entries", a
link to the unfiltered guide that is shown while a filter is on, with JavaScript (which clears
the filters in place) and without it (the server's page without a query)."""

from __future__ import annotations

import pytest
from django.test import Client
from playwright.sync_api import expect

from allykit.routes import url_for

RESET = {"en": "Show all entries", "fr": "Afficher toutes les situations"}


def _reset_tag(html: str) -> str:
    start = html.index("data-filter-reset")
    return html[html.rindex("<a", 0, start) : html.index("</a>", start)]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_link_back_to_every_entry_is_there_and_shown_only_when_filtered(lang):
    client = Client()
    url = url_for("microaggressions", lang)
    plain = _reset_tag(client.get(url).content.decode())
    assert " hidden" in plain and f'href="{url}#ma-guide"' in plain  # there for the script
    tag = _reset_tag(client.get(url + "?setting=meetings").content.decode())
    assert " hidden" not in tag and RESET[lang] in tag and f'href="{url}#ma-guide"' in tag


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_javascript_show_all_clears_the_filters_in_place(live_server, new_page, site, lang):
    page = new_page("phone")
    url = url_for("microaggressions", lang)
    page.goto(live_server.url + url)
    reset = page.locator("[data-filter-reset]")
    expect(reset).to_be_hidden()
    total = len(site[lang].microaggressions)
    page.select_option("#ma-setting", "meetings")
    page.select_option("#ma-role", "bystander")
    expect(reset).to_be_visible()
    assert reset.inner_text() == RESET[lang]
    shown = page.locator(".ma-entry:not([hidden])").count()
    assert 0 < shown < total and "setting=meetings" in page.url
    reset.click()
    expect(reset).to_be_hidden()
    assert page.locator(".ma-entry:not([hidden])").count() == total
    assert page.locator(".ma-entry [data-role][hidden]").count() == 0  # every line again
    assert page.url == live_server.url + url + "#ma-guide"  # the address without the filters
    assert [page.input_value(s) for s in ("#ma-role", "#ma-setting", "#ma-dimension")] == [""] * 3
    status = page.locator(".filter-count").inner_text()
    assert f"{total}" in status and f"{shown}" not in status.split()[1]
    assert page.evaluate("() => document.activeElement.id") == "ma-role"  # not lost on <body>
    assert page.locator("[data-setting-group][open]").count() == 0  # folded, as at first


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_a_page_the_server_filtered_leads_back_to_every_entry(
    live_server, new_page, site, javascript
):
    """Asked for with ?setting=, the page holds only those entries: the link asks the server
    for the unfiltered guide, with or without JavaScript; the count says the whole number."""
    page = new_page("phone", javascript=javascript)
    url = url_for("microaggressions", "en")
    page.goto(live_server.url + url + "?setting=meetings#ma-guide")
    total = len(site["en"].microaggressions)
    assert f"of {total}." in page.locator(".filter-count").inner_text()
    reset = page.locator("[data-filter-reset]")
    expect(reset).to_be_visible()
    reset.click()
    page.wait_for_load_state()
    assert page.url == live_server.url + url + "#ma-guide"
    assert page.locator(".ma-entry").count() == total
    expect(reset).to_be_hidden()
    if javascript:  # a filter on that page asks the server again, so the count stays whole
        page.select_option("#ma-role", "speaker")
        assert f"of {total}." in page.locator(".filter-count").inner_text()
