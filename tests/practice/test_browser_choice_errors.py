"""Answer a practice question without choosing: the error summary's link to the responses takes
focus to the group itself (the fieldset, named by its legend, described by its error), not to
its first radio, and the legend is in view."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATH = {"en": "/en/practice/?start=1", "fr": "/fr/pratique/?start=1"}
LEGEND = {"en": "What would you do?", "fr": "Que feriez-vous?"}
ERROR = {
    "en": "Choose a response, or write your own line.",
    "fr": "Choisissez une réponse, ou écrivez votre propre phrase.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_summary_link_focuses_the_choices_group(live_server, new_page, lang):
    page = new_page("phone")
    page.goto(live_server.url + PATH[lang])
    with page.expect_navigation(wait_until="load"):
        page.locator("form.practice-answer button[type=submit]").first.click()
    link = page.locator(".error-summary a[href='#choices']")
    expect(link).to_have_text(ERROR[lang])
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("group", name=LEGEND[lang])).to_be_focused()
    assert page.evaluate("document.activeElement.id") == "choices"
    assert ERROR[lang] in page.evaluate(
        """() => (document.activeElement.getAttribute('aria-describedby') || '').split(' ')
            .map((id) => document.getElementById(id).textContent).join(' ')"""
    )
    expect(page.locator("#choices legend")).to_be_in_viewport(ratio=1)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "choice"
