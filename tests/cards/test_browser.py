"""Cards in Chromium: axe on the list and every card in both languages at 1280 and 360 px,
the list and a card without JavaScript (downloads are plain GET forms), and the browser's own
print of a card page on one Letter page."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from allykit.cards.deck import IDS
from allykit.routes import url_for
from tests.browser.fixtures import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
KEYS = ("cards", *(f"card-{cid}" for cid in IDS))


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axe_on_the_list_and_every_card(live_server, new_page, axe, lang, width):
    page = new_page(width)
    problems = {}
    for key in KEYS:
        page.goto(live_server.url + url_for(key, lang))
        problems[key] = axe_violations(axe, page)
        if key != "cards":
            expect(page.locator("[data-print]")).to_be_visible()
            # Its room is kept while hidden (before the script runs): nothing moves.
            tops = page.evaluate("""() => { const b = document.querySelector('[data-print]');
              const top = () => document.querySelector('.print-card').getBoundingClientRect().top;
              b.hidden = true; const h = top(); b.hidden = false; return [h, top()]; }""")
            assert tops[0] == tops[1], key
    assert {k: v for k, v in problems.items() if v} == {}


def test_download_without_javascript(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + url_for("cards", "fr"))
    with page.expect_response(lambda r: r.url.endswith(".pdf?paper=a4")) as info:
        page.locator("form.card-downloads button[value=a4]").first.click()
    response = info.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    page.goto(live_server.url + url_for("card-panels", "en"))
    assert page.locator("[data-print]").is_hidden()  # the browser's own print still works


def test_printing_a_card_page_gives_one_page(live_server, new_page, tmp_path):
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) not installed")
    page = new_page("desktop")
    for lang in ("en", "fr"):
        page.goto(live_server.url + url_for("card-five-ds", lang))
        path = tmp_path / f"print-{lang}.pdf"
        page.pdf(path=str(path), format="Letter")
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        assert "Pages:           1" in out.stdout, lang
