"""What a review of a card page on a phone found, held in Chromium: the card's tools stand
one under the other, and the two PDF sizes stay together on their line."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", ["card-five-ds", "card-microaggressions"])
def test_the_pdf_sizes_stay_together_on_a_phone(live_server, new_page, lang, key):
    page = new_page("phone")
    page.goto(live_server.url + url_for(key, lang))
    sizes = page.locator(".card-tools form.card-downloads button")
    expect(sizes).to_have_count(2)
    label = page.locator(".card-tools .card-downloads-label").bounding_box()
    letter, a4 = sizes.nth(0).bounding_box(), sizes.nth(1).bounding_box()
    assert abs(letter["y"] - a4["y"]) < 2 and label["y"] <= letter["y"]
    label_text = page.locator(".card-tools .card-downloads-label").inner_text()
    assert label_text.startswith({"en": "Download as PDF", "fr": "Télécharger en PDF"}[lang])
    # The other tools come below, each at the left edge.
    others = page.locator(".card-tools li > a, .card-tools li > button").all()
    for tool in others:
        box = tool.bounding_box()
        if box is None:
            continue
        assert box["y"] >= letter["y"] + letter["height"] - 1
        assert abs(box["x"] - label["x"]) < 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_under_each_card_of_the_list_the_two_sizes_stay_together(
    live_server, new_page, lang, width
):
    page = new_page(width)
    page.goto(live_server.url + url_for("cards", lang))
    forms = page.locator(".card-list form.card-downloads")
    expect(forms.first).to_be_visible()
    for form in forms.all():
        tops = form.evaluate(
            """(f) => [f.querySelector(".card-downloads-label"), ...f.querySelectorAll("button")]
              .map((e) => e.getBoundingClientRect().top)"""
        )
        label, letter, a4 = tops
        assert abs(letter - a4) < 2 and label < letter
