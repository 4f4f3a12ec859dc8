"""Send the contact form without a topic: the error summary's link to the topic takes focus to
the group itself (the fieldset, named by its legend, described by its error), not to its first
radio, and the legend is in view; the next Tab reaches the first topic."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LEGEND = {"en": "What is your message about?", "fr": "Quel est le sujet de votre message?"}
ERROR = {"en": "Choose what your message is about.", "fr": "Choisissez le sujet de votre message."}


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_summary_link_focuses_the_topic_group(live_server, new_page, settings, lang, width):
    settings.CONTACT_MIN_SECONDS = 0
    page = new_page(width)
    page.goto(f"{live_server.url}/{lang}/contact/")
    page.fill("#id_message", "Bonjour")
    with page.expect_navigation(wait_until="load"):
        page.locator("form[data-contact-form] button[type=submit]").click()
    link = page.locator("#contact-errors a", has_text=ERROR[lang])
    expect(link).to_have_attribute("href", "#id_topic")
    link.focus()
    page.keyboard.press("Enter")
    group = page.get_by_role("group", name=LEGEND[lang])
    expect(group).to_be_focused()
    assert page.evaluate("[document.activeElement.tagName, document.activeElement.id]") == [
        "FIELDSET",
        "id_topic",
    ]
    assert ERROR[lang] in page.evaluate(
        """() => (document.activeElement.getAttribute('aria-describedby') || '').split(' ')
            .map((id) => document.getElementById(id).textContent).join(' ')"""
    )
    # The legend is scrolled wholly on screen (the page scrolls smoothly: expect waits for it).
    expect(page.locator("#id_topic legend")).to_be_in_viewport(ratio=1)
    # The next Tab reaches the first topic.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_topic_0"
