"""The contact form in a real browser: keyboard only, error summary, fix, confirmation, axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.contact.models import Feedback, Message
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _active(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.tagName")


def _tab_to(page, element_id: str, limit: int = 200) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if _active(page) == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyboard_only_error_summary_fix_and_confirmation(
    live_server, new_page, axe, settings, lang
):
    settings.CONTACT_MIN_SECONDS = 0
    page = new_page("desktop")
    page.goto(f"{live_server.url}/{lang}/contact/")
    assert axe_violations(axe, page) == []

    _tab_to(page, "id_name")
    page.keyboard.type("Zoé Côté")
    page.keyboard.press("Tab")
    page.keyboard.type("not an address")
    page.keyboard.press("Tab")  # into the topic radios: nothing chosen yet
    assert _active(page) == "id_topic_0"
    _tab_to(page, "id_message", limit=5)
    page.keyboard.type("Bonjour, où trouver la source ?")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")

    # The error summary has focus, lists both problems, and the text is still there.
    assert _active(page) == "contact-errors"
    summary = page.locator("#contact-errors")
    assert summary.locator("a").count() == 2
    assert page.input_value("#id_message") == "Bonjour, où trouver la source ?"
    assert page.title().startswith("Error:" if lang == "en" else "Erreur")
    assert axe_violations(axe, page) == []

    # Follow the first link with the keyboard: focus lands on the email field; fix it.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert _active(page) == "id_email"
    page.keyboard.press("Control+A")
    page.keyboard.type("zoe@example.org")
    page.keyboard.press("Tab")  # to the radios
    page.keyboard.press("Space")
    assert page.is_checked("#id_topic_0")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{lang}/contact/{'thanks' if lang == 'en' else 'merci'}/#top")
    assert page.locator("h1").count() == 1
    assert axe_violations(axe, page) == []
    message = Message.objects.get()
    assert (message.email, message.lang, message.topic) == ("zoe@example.org", lang, "content")


def test_character_count_appears_with_javascript(live_server, new_page):
    page = new_page("phone")
    page.goto(f"{live_server.url}/en/contact/")
    count = page.locator("#id_message-count")
    expect(count).to_be_visible()
    assert "5,000" in count.inner_text()
    page.fill("#id_message", "x" * 5003)
    expect(count).to_contain_text("3 characters too many")


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("id_email", "label[for=id_email]"),
        ("id_topic", "fieldset:has(#id_topic) legend, fieldset#id_topic legend"),
    ],
)
@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_without_javascript_an_error_link_brings_its_label_into_view(
    live_server, new_page, settings, width, field, label
):
    # Without JavaScript the browser scrolls the linked field to the top of the view; its label
    # and hint, above it, must stay in view (site.css gives form controls a scroll margin).
    settings.CONTACT_MIN_SECONDS = 0
    page = new_page(width, javascript=False)
    page.emulate_media(reduced_motion="reduce")  # no smooth scrolling: measure where it ends
    page.goto(f"{live_server.url}/en/contact/")
    page.fill("#id_message", "Where is the source?")
    page.fill("#id_email", "not an address")
    page.click("form[data-contact-form] button[type=submit]")
    link = page.locator(f".error-summary a[href='#{field}']")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    link.click()
    page.wait_for_function("(h) => location.hash === h", arg=f"#{field}")
    above = page.locator(label).bounding_box()
    box = page.locator(f"#{field}").bounding_box()
    assert 0 <= above["y"] <= box["y"] < page.viewport_size["height"]


def test_feedback_without_javascript(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(f"{live_server.url}/fr/pourquoi-l-alliance/")
    page.check("#id_feedback-helpful_1")
    page.fill("#id_feedback-comment", "Un peu long.")
    page.click(".feedback-form button[type=submit]")
    page.wait_for_url("**/fr/pourquoi-l-alliance/?feedback=thanks#page-feedback")
    expect(page.locator(".feedback-thanks")).to_be_visible()
    assert Feedback.objects.get().comment == "Un peu long."  # axe needs JavaScript: not here
