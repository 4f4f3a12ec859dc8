"""Practice and workshop pages in Chromium: a live question end to end with one facilitator
and three participants (separate contexts), the no-JavaScript path, and axe on every page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATHS = {
    "en": {"practice": "/en/practice/", "workshop": "/en/workshop/", "join": "/en/join/"},
    "fr": {"practice": "/fr/pratique/", "workshop": "/fr/atelier/", "join": "/fr/joindre/"},
}


def start_workshop(page, base, lang="en", own=False):
    page.goto(base + PATHS[lang]["workshop"])
    boxes = page.locator("input[name=scenarios]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    if own:
        page.check("#allow_own_lines")
    page.locator("form.workshop-form button[type=submit]").click()
    page.wait_for_load_state()
    text = page.locator(".join-code").inner_text()
    return re.search(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}\b", text)[0]


def join(page, base, code, lang="en"):
    page.goto(base + PATHS[lang]["join"])
    page.fill("#code", code.lower())  # typed casually on a phone
    page.locator("form.join-form button").click()
    page.wait_for_load_state()


def test_one_facilitator_three_participants_run_a_question(live_server, new_page):
    base = live_server.url
    host = new_page("desktop")
    code = start_workshop(host, base)
    phones = [new_page("phone") for _ in range(3)]
    for phone in phones:
        join(phone, base, code)
        assert phone.locator("h1").inner_text() == "You have joined"
    host.reload()
    assert host.locator("[data-participants]").inner_text() == "3"
    expect(phones[0].locator(".no-script-only")).to_be_hidden()  # the script checks by itself
    host.get_by_role("button", name="Open voting").click()
    host.wait_for_load_state()
    for phone in phones:  # the phones follow the facilitator by themselves
        phone.wait_for_selector("input[name=choice]", timeout=5000)
    picks = [0, 1, 1]
    for phone, i in zip(phones, picks, strict=True):
        phone.locator("input[name=choice]").nth(i).check()
        phone.locator("form.practice-answer button[type=submit]").click()
        expect(phone.locator("[data-vote-status]")).to_contain_text("Your vote is recorded")
    # The first line is a quotation: quoted whole, its marks go one level in.
    recorded = "Your vote is recorded: “Say: ‘Dr Diallo is the physician"
    expect(phones[0].locator("[data-vote-status]")).to_contain_text(recorded)
    # The facilitator's counts update without a reload.
    expect(host.locator("[data-total]")).to_have_text("3", timeout=5000)
    cells = host.locator("[data-count]")
    assert [cells.nth(i).inner_text() for i in range(2)] == ["1", "2"]
    # One participant changes their vote: still three votes.
    phones[0].locator("input[name=choice]").nth(1).check()
    phones[0].locator("form.practice-answer button[type=submit]").click()
    expect(host.locator("[data-count]").first).to_have_text("0", timeout=5000)
    assert host.locator("[data-total]").inner_text() == "3"
    host.get_by_role("button", name="Reveal the feedback").click()
    host.wait_for_load_state()
    expect(host.locator("#feedback")).to_be_visible()
    for phone in phones:
        phone.wait_for_selector("#feedback", timeout=5000)
        expect(phone.locator(".results-table")).to_be_visible()
    host.get_by_role("button", name="Next question").click()
    for phone in phones:
        phone.wait_for_selector("text=Question 2 of 2", timeout=5000)


def test_without_javascript_a_participant_votes_and_sees_results(live_server, new_page):
    base = live_server.url
    host = new_page("desktop", javascript=False)
    code = start_workshop(host, base, own=True)
    phone = new_page("phone", javascript=False)
    join(phone, base, code)
    host.get_by_role("button", name="Open voting").click()
    phone.reload()
    phone.locator("#v-own").check()
    phone.fill("#own_line", "Dr Diallo is your doctor.")
    phone.locator("form.practice-answer button[type=submit]").click()
    assert "Your vote is recorded" in phone.locator("main").inner_text()
    host.reload()
    assert host.locator("[data-total]").inner_text() == "1"
    assert "Dr Diallo is your doctor." not in host.content()  # hidden until shown
    host.get_by_role("button", name="Show own lines").click()
    assert "Dr Diallo is your doctor." in host.locator(".own-lines").inner_text()
    host.get_by_role("button", name="Close voting").click()
    phone.reload()
    expect(phone.locator(".results-table")).to_be_visible()


def test_practice_round_without_javascript(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + PATHS["fr"]["practice"])
    page.locator("form.practice-filters button").click()
    for _ in range(5):
        page.locator("input[name=choice]").first.check()
        page.locator("form.practice-answer button[type=submit]").click()
        expect(page.locator("#model-line")).to_be_visible()
        page.locator(".practice-next a").click()
    expect(page.locator("table.d-summary")).to_be_visible()


def _pages(page, base, lang):
    """Visit every new page and state once; yield a name for each."""
    p = PATHS[lang]
    page.goto(base + p["practice"])
    yield "practice start"
    page.locator("form.practice-filters button").click()
    yield "practice question"
    page.locator("form.practice-answer button[type=submit]").click()
    yield "practice error"
    page.locator("input[name=choice]").first.check()
    page.locator("form.practice-answer button[type=submit]").click()
    yield "practice feedback"
    first = page.locator("input[name=round]").count() or 0
    assert first == 0  # the feedback page holds the round in its next link only
    href = page.locator(".practice-next a").get_attribute("href")
    one = re.search(r"round=([^&%]+)", href)[1]
    page.goto(base + p["practice"] + f"?round={one}&step=1&picks=direct&setting=&position=")
    expect(page.locator("table.d-summary")).to_be_visible()
    yield "practice summary"
    page.goto(base + p["workshop"])
    yield "workshop start"
    page.locator("form.workshop-form button[type=submit]").click()
    yield "workshop start error"
    code = start_workshop(page, base, lang, own=True)
    yield "facilitator lobby"
    page.goto(base + p["join"])
    page.locator("form.join-form button").click()
    yield "join error"
    join(page, base, code, lang)
    yield "room lobby"
    page.go_back()
    page.go_back()


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_on_every_page(live_server, new_page, axe, width, lang):
    base = live_server.url
    page = new_page(width)
    failures = {}
    for name in _pages(page, base, lang):
        page.wait_for_load_state()
        failures[name] = axe_violations(axe, page)
    # The live states: a question open and revealed, on both screens.
    host = new_page(width)
    code = start_workshop(host, base, lang, own=True)
    phone = new_page(width)
    join(phone, base, code, lang)
    host.locator("button[value=open]").click()
    host.wait_for_load_state()
    phone.wait_for_selector("input[name=choice]", timeout=5000)  # the phone follows by itself
    phone.wait_for_load_state()
    failures["facilitator open"] = axe_violations(axe, host)
    failures["room open"] = axe_violations(axe, phone)
    phone.locator("input[name=choice]").first.check()
    phone.locator("form.practice-answer button[type=submit]").click()
    host.locator("button[value=show-lines]").click()
    host.locator("button[value=reveal]").click()
    host.wait_for_load_state()
    phone.wait_for_selector("#feedback", timeout=5000)
    phone.wait_for_load_state()
    failures["facilitator revealed"] = axe_violations(axe, host)
    failures["room revealed"] = axe_violations(axe, phone)
    host.locator("button[value=end]").click()
    phone.wait_for_selector("#feedback", state="detached", timeout=5000)
    phone.wait_for_load_state()
    failures["room ended"] = axe_violations(axe, phone)
    page.goto(base + ("/en/workshop/facilitate/" if lang == "en" else "/fr/atelier/animer/"))
    failures["facilitator without link"] = axe_violations(axe, page)
    assert {k: v for k, v in failures.items() if v} == {}
