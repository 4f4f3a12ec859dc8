"""What a review of the panel checker's result on a phone found, held in Chromium: the key
figures stack, each value under its term, instead of a value column a word wide."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import PAGE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TABLE = (
    "session,name,role,gender\n"
    "Opening keynote,Amina Diallo,keynote,woman\n"
    "Panel: leadership,Jean Tremblay,moderator,man\n"
    "Panel: leadership,Marc Roy,panellist,man\n"
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_key_figures_stack_on_a_phone(live_server, new_page, lang):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + PAGE[lang])
    page.fill("#id_table", TABLE)
    page.click(".panel-form button[type=submit]")
    page.wait_for_load_state()
    figures = page.locator(".panel-result .key-figures")
    expect(figures).to_be_visible()
    # Measured in one go: the page may still be scrolling to #outcome.
    box = figures.evaluate(
        """(dl) => ({
          width: dl.getBoundingClientRect().width,
          pairs: Array.from(dl.querySelectorAll("dt"), (dt) => {
            const dd = dt.nextElementSibling;
            return [dt.getBoundingClientRect().bottom, dd.getBoundingClientRect().top,
                    dd.getBoundingClientRect().width];
          }),
        })"""
    )
    assert len(box["pairs"]) >= 4
    for term_bottom, value_top, value_width in box["pairs"]:
        assert value_top >= term_bottom - 1  # under its term
        assert value_width > 0.9 * box["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
