"""The action plan in Chromium: axe on every new page in both languages at 1280 and 360 px,
the plan kept in the browser (add in place, drawn from localStorage, changed in place), the
private link opened on "another device", and the same without JavaScript."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]
LIVE = "(text) => document.getElementById('plan-live').textContent.includes(text)"
PAGES = {
    "en": {
        "content": "/en/mentorship-sponsorship/",
        "plan": "/en/plan/",
        "private": "/en/plan/private-link/",
        "checkin": "/en/plan/check-in/",
    },
    "fr": {
        "content": "/fr/mentorat-et-parrainage/",
        "plan": "/fr/plan/",
        "private": "/fr/plan/lien-prive/",
        "checkin": "/fr/plan/suivi/",
    },
}


def _check(axe, page, where: str) -> None:
    assert axe_violations(axe, page) == [], where
    assert page.locator("h1").count() == 1, where


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axe_on_every_plan_page(live_server, new_page, axe, lang, width):
    urls = PAGES[lang]
    page = new_page(width)
    base = live_server.url
    page.goto(base + urls["plan"])
    _check(axe, page, "empty plan")
    page.goto(base + urls["checkin"])
    _check(axe, page, "empty check-in")
    page.goto(base + urls["private"])
    _check(axe, page, "open a saved plan")
    # Add two actions from a content page, in place.
    page.goto(base + urls["content"])
    buttons = page.locator("form[data-plan-add] button")
    buttons.nth(0).click()
    buttons.nth(1).click()
    expect_text = "Added to your plan" if lang == "en" else "Ajoutée à votre plan"
    assert expect_text in page.locator(".plan-add-toast").first.inner_text()
    _check(axe, page, "content page with its buttons used")
    # The plan page draws the browser's copy.
    page.goto(base + urls["plan"])
    page.wait_for_selector(".plan-item")
    assert page.locator(".plan-item").count() == 2
    _check(axe, page, "plan with actions")
    # An error: the summary takes focus, the page passes axe.
    first = page.locator(".plan-item").first
    first.locator("input[type=date]").fill("")
    first.locator("button[value^='save:']").click()
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    _check(axe, page, "plan with an error")
    page.locator("button[value='show'][formaction*='/plan/']").last.click()
    page.wait_for_load_state()
    page.locator("details.plan-checkin-form summary").first.click()
    _check(axe, page, "check-in with a form open")
    page.locator("input[type=radio][value=done]").first.check()
    page.locator("button[value^='checkin:']").first.click()
    page.wait_for_selector(".plan-record li")
    _check(axe, page, "check-in with a record")
    page.locator("button[value=save]").click()
    page.wait_for_load_state()
    assert "key=" in page.url
    _check(axe, page, "saved plan")
    page.locator("button[value=print]").click()
    page.wait_for_load_state()
    _check(axe, page, "printable page")


def test_the_plan_lives_in_the_browser_and_opens_on_another_device(live_server, new_page):
    base = live_server.url
    page = new_page("desktop")
    page.goto(base + "/en/what-allyship-entails/")
    page.locator("form[data-action='say-her-title'] button").click()
    assert "Added to your plan" in page.locator("form[data-action='say-her-title']").inner_text()
    page.locator("form[data-action='say-her-title'] button").click()
    assert "Already in your plan" in page.locator("form[data-action='say-her-title']").inner_text()
    stored = page.evaluate("JSON.parse(localStorage.getItem('allykit.plan.v1'))")
    assert [i["id"] for i in stored["items"]] == ["say-her-title"]
    # Add from the catalogue, change a note in place: no page load, kept in localStorage.
    page.goto(base + "/en/plan/")
    page.wait_for_selector("#item-say-her-title")
    page.locator("#module-bystander summary").click()  # the catalogue folds by page
    page.locator("button[value='add:run-practice-round']").click()
    page.wait_for_selector("#item-run-practice-round")
    page.wait_for_function(
        "() => document.getElementById('plan-live').textContent.includes('Added')"
    )
    page.fill("#id_say-her-title-note", "Dr Lee at Tuesday rounds")
    page.locator("button[value='save:say-her-title']").click()
    page.wait_for_function(
        "() => document.getElementById('plan-live').textContent.includes('saved')"
    )
    page.reload()
    page.wait_for_selector("#item-run-practice-round")
    assert page.input_value("#id_say-her-title-note") == "Dr Lee at Tuesday rounds"
    # Save under a private link; open it in another browser (a fresh context: another device).
    page.locator("button[value=save]").click()
    page.wait_for_load_state()
    link = page.input_value("#plan-link")
    assert re.search(r"/en/plan/private-link/\?key=[A-Za-z0-9_-]{43}$", link)
    other = new_page("phone")
    other.goto(link)
    assert other.locator(".plan-summary li").count() == 2
    other.locator("button[value=show][formaction*='/plan/']").first.click()
    other.wait_for_selector("#item-say-her-title")
    assert other.input_value("#id_say-her-title-note") == "Dr Lee at Tuesday rounds"
    # Delete it from the first device: the link opens nothing.
    page.goto(link)
    page.locator("button[value=delete]").click()
    page.wait_for_load_state()
    assert other.goto(link).status == 404


def test_without_javascript_the_button_and_the_plan_work_by_form_posts(live_server, new_page):
    base = live_server.url
    page = new_page("phone", javascript=False)
    page.goto(base + "/fr/mentorat-et-parrainage/")
    page.locator("form[data-action='choose-your-d'] button").click()
    page.wait_for_load_state()
    assert page.url.endswith("/fr/plan/?add=choose-your-d#item-choose-your-d")
    assert page.locator("#item-choose-your-d").count() == 1
    page.locator("#module-microaggressions summary").click()
    page.locator("button[value='add:say-her-title']").click()
    page.wait_for_load_state()
    assert page.locator(".plan-item").count() == 2
    with page.expect_download() as info:
        page.locator("button[value=ics]").click()
    assert info.value.suggested_filename.endswith(".ics")
    assert info.value.suggested_filename.startswith("mon-plan-d-action")


IN_VIEW = """(id) => { const e = document.getElementById(id); if (!e) return false;
  const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"""


def _settled(page) -> None:
    """The answer's load, and the smooth scroll to its fragment (site.css) come to rest (the
    page runs no script, so Playwright's own evaluate is polled from here)."""
    page.wait_for_load_state()
    last, still = None, 0
    for _ in range(60):
        y = page.evaluate("() => scrollY")
        still = still + 1 if y == last else 0
        if still == 2:
            return
        last = y
        page.wait_for_timeout(120)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_without_javascript_each_change_opens_at_its_notice(live_server, new_page, width):
    """No page sent back to its top: the answer opens at the change, its notice there, and
    Tab goes on from it; an error opens at the top, where the summary takes focus."""
    base = live_server.url
    page = new_page(width, javascript=False)
    page.goto(base + "/en/mentorship-sponsorship/")
    page.locator("form[data-action='sponsor-named-colleague'] button").click()
    _settled(page)
    assert page.url.endswith("#item-sponsor-named-colleague")
    assert page.evaluate(IN_VIEW, "plan-notice")
    assert "Added to your plan" in page.locator("#item-sponsor-named-colleague").inner_text()
    # From the catalogue, far down the page: the answer opens at that action, not the top.
    page.locator("#module-microaggressions summary").click()
    page.locator("button[value='add:say-her-title']").click()
    _settled(page)
    assert page.evaluate("() => scrollY") > 1000
    assert page.evaluate(IN_VIEW, "plan-notice")
    notice = page.locator("#action-say-her-title #plan-notice")
    assert "Added to your plan: Say a colleague" in notice.inner_text()
    page.keyboard.press("Tab")  # on from the notice: the way to the action in the plan
    assert page.evaluate("() => document.activeElement.getAttribute('href')") == (
        "#item-say-her-title"
    )
    # Save a note: the answer opens at the item, which says so.
    item = page.locator("#item-say-her-title")
    item.locator("textarea").fill("Tuesday rounds")
    item.locator("button[value^='save:']").click()
    _settled(page)
    assert page.evaluate(IN_VIEW, "plan-notice")
    assert "Date and note saved" in page.locator("#item-say-her-title #plan-notice").inner_text()
    # Remove: the answer opens under the plan's heading, which says what was removed.
    page.locator("#item-say-her-title button[value^='remove:']").click()
    _settled(page)
    assert page.evaluate(IN_VIEW, "plan-notice")
    assert "Removed from your plan" in page.locator("#plan-items + #plan-notice").inner_text()
    # An error: the top of the page, the summary focused.
    page.locator(".plan-item input[type=date]").evaluate("(e) => { e.type = 'text'; }")
    page.locator(".plan-item input[name$='-date']").fill("soon")
    page.locator(".plan-item button[value^='save:']").click()
    _settled(page)
    assert page.evaluate("() => document.activeElement.id") == "error-summary"
    assert page.evaluate(IN_VIEW, "error-summary")


def test_with_javascript_the_notice_is_at_the_action_focused(live_server, new_page):
    page = new_page("phone")
    page.goto(live_server.url + "/en/plan/")
    page.locator("#module-microaggressions summary").click()
    page.locator("button[value='add:say-her-title']").click()
    page.wait_for_selector("#action-say-her-title #plan-notice")
    assert page.evaluate("() => document.activeElement.id") == "action-say-her-title"
    page.wait_for_function("() => document.getElementById('plan-live').textContent !== ''")
    assert "Added to your plan" in page.locator("#plan-live").inner_text()


def test_a_copy_the_server_cannot_read_is_kept_in_the_browser(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + "/en/plan/")
    bad = (
        '{"v":1,"uid":"abcdefgh","lang":"en","items":[{"id":"say-her-title","date":"2026-13-40"}]}'
    )
    page.evaluate("(text) => localStorage.setItem('allykit.plan.v1', text)", bad)
    page.reload()
    page.wait_for_selector(".error-summary")
    assert page.evaluate("() => localStorage.getItem('allykit.plan.v1')") == bad


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_private_link_field_takes_the_width_and_the_link_below_keeps_its_distance(
    live_server, new_page, lang
):
    page = new_page("phone")
    page.goto(live_server.url + PAGES[lang]["private"])
    form = page.locator("form.plan-open-form")
    expect(form).to_be_visible()
    box = form.evaluate(
        """(f) => ({
          form: f.getBoundingClientRect().toJSON(),
          input: f.querySelector("input").getBoundingClientRect().toJSON(),
          button: f.querySelector("button").getBoundingClientRect().toJSON(),
          link: f.nextElementSibling.getBoundingClientRect().toJSON(),
        })"""
    )
    assert box["input"]["width"] >= box["form"]["width"] - 1  # a long address fits
    assert box["link"]["top"] >= box["button"]["bottom"] + 8
