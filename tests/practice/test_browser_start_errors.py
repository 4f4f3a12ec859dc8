"""Start a workshop with no scenario chosen: the error summary's link to the scenarios takes
focus to the group itself (the fieldset, named by its legend, described by its hint and error),
with and without JavaScript, and the legend is in view."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATH = {"en": "/en/workshop/", "fr": "/fr/atelier/"}
LEGEND = {
    "en": "Scenarios, in the order you will run them",
    "fr": "Scénarios, dans l'ordre où vous les présenterez",
}
ERROR = {"en": "Choose at least one scenario.", "fr": "Choisissez au moins un scénario."}


@pytest.mark.parametrize(("lang", "javascript"), [("en", True), ("fr", True), ("en", False)])
def test_the_summary_link_focuses_the_scenario_group(live_server, new_page, lang, javascript):
    page = new_page("desktop", javascript=javascript)
    page.goto(live_server.url + PATH[lang])
    with page.expect_navigation():
        page.locator("form.workshop-form button[type=submit]").click()
    link = page.locator(".error-summary a[href='#scenarios']")
    expect(link).to_have_text(ERROR[lang])
    link.focus()
    page.keyboard.press("Enter")
    group = page.get_by_role("group", name=LEGEND[lang])
    expect(group).to_be_focused()
    assert page.evaluate("document.activeElement.tagName") == "FIELDSET"
    assert ERROR[lang] in page.evaluate(
        """() => (document.activeElement.getAttribute('aria-describedby') || '').split(' ')
            .map((id) => document.getElementById(id).textContent).join(' ')"""
    )
    # The legend (and the error under it) is on screen, not scrolled above the viewport.
    box = page.evaluate(
        "(() => { const r = document.querySelector('#scenarios legend').getBoundingClientRect();"
        " return [r.top, r.bottom, window.innerHeight]; })()"
    )
    assert 0 <= box[0] and box[1] <= box[2], box
    # The next Tab reaches the first scenario.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "scenarios"
