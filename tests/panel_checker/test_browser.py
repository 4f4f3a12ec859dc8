"""The panel checker in a real browser: upload, keyboard, axe at two widths, no JavaScript."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.panelaudit.programs import as_text, as_xlsx

from .helpers import NAMES, PAGE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module", autouse=True)
def _playwright_loop_allows_db_access():
    """Playwright runs an event loop in this thread; Django must still allow DB access."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


def submit(page):
    page.click(".panel-form button[type=submit]")
    page.wait_for_load_state()


def test_upload_then_read_the_result_and_chart_table_with_the_keyboard(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + PAGE["en"])
    page.set_input_files(
        "#id_file", {"name": "programme.xlsx", "mimeType": XLSX, "buffer": as_xlsx()}
    )
    page.focus(".panel-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("#result")
    # The deferred panels.js moves focus to the result heading: wait for it (on a busy machine
    # the result can be in the page before the script has run), then check.
    page.wait_for_function("() => document.activeElement?.id === 'outcome'")
    assert page.evaluate("document.activeElement.id") == "outcome"  # focus on the result heading
    assert "23" in page.inner_text(".key-figures")
    reached = None
    for _ in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement; const s = getComputedStyle(el);
                return {table: !!el.querySelector('#chart-table'), text: el.innerText,
                        outline: s.outlineStyle, width: s.outlineWidth}; }"""
        )
        if info["table"]:
            reached = info
            break
    assert reached, "the chart's data table is not reachable with Tab"
    assert reached["outline"] != "none" and reached["width"] != "0px"
    assert "Whole event" in reached["text"] and "4 (19%)" in reached["text"]


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_on_the_empty_form_the_error_state_and_the_result(live_server, new_page, axe, width):
    page = new_page(width)
    failures = {}
    page.goto(live_server.url + PAGE["fr"])
    failures["empty"] = axe_violations(axe, page)
    submit(page)
    expect(page.locator("[data-error-summary]")).to_be_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    failures["error"] = axe_violations(axe, page)
    page.fill("#id_table", as_text())
    submit(page)
    expect(page.locator("#result")).to_be_visible()
    failures["result"] = axe_violations(axe, page)
    assert failures == {"empty": [], "error": [], "result": []}


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_works_without_javascript(live_server, new_page, width):
    page = new_page(width, javascript=False)
    page.goto(live_server.url + PAGE["en"])
    page.fill("#id_table", as_text())
    page.check("#id_target_custom")
    page.fill("#id_custom_share", "40")
    submit(page)
    expect(page.locator("#result")).to_be_visible()
    assert "40%" in page.inner_text("section[aria-labelledby=shares]")
    expect(page.locator("[data-copy]").first).to_be_hidden()  # copy needs JavaScript
    with page.expect_download() as info:
        page.click("button[value=csv-en]")
    path = info.value.path()
    text = open(path, encoding="utf-8-sig").read()
    assert "Whole event" in text and not [n for n in NAMES if n in text]
    with page.expect_download() as info:
        page.click("button[value=letter-decline-fr]")
    assert "décliner" in open(info.value.path(), encoding="utf-8").read()


def test_copy_a_letter_with_javascript(live_server, new_page):
    page = new_page("desktop")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + PAGE["fr"])
    page.fill("#id_table", as_text())
    submit(page)
    button = page.locator("[data-copy=letter-decline-fr]")
    expect(button).to_be_visible()
    button.click()
    page.wait_for_function("() => document.querySelector('[data-copy-status]').textContent !== ''")
    assert page.inner_text("[data-copy-status]") in (
        "Lettre copiée.",
        "La lettre n'a pas pu être copiée\u00a0: sélectionnez le texte et copiez-le.",
    )


def test_print_hides_the_form_and_shows_the_result(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + PAGE["en"])
    page.fill("#id_table", as_text())
    submit(page)
    page.emulate_media(media="print")
    expect(page.locator(".panel-form-section")).to_be_hidden()
    expect(page.locator(".download-form")).to_be_hidden()
    expect(page.locator("#result")).to_be_visible()
    expect(page.locator("#chart-table")).to_be_visible()
