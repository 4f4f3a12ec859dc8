"""What a review of the practice and workshop pages found, held in Chromium: a phone's vote
after an error, the participant's page following the facilitator without sending a form
again, the share of votes written the way each language writes it, the facilitator's
controls within reach on a laptop, and the round summary's table on a phone."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import SPLIT_WORDS
from tests.practice.test_browser import PATHS, join, start_workshop

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_voting(host):
    host.locator("button[value=open]").click()
    host.wait_for_load_state()


def test_a_vote_after_an_error_clears_the_error_and_the_page_follows_by_a_get(
    live_server, new_page
):
    base = live_server.url
    host = new_page("desktop")
    code = start_workshop(host, base)
    phone = new_page("phone")
    join(phone, base, code)
    open_voting(host)
    expect(phone.locator("input[name=choice]").first).to_be_visible(timeout=5000)
    # Sent without a choice: the server's page with its error summary (a POST's answer).
    phone.locator("form.practice-answer button[type=submit]").click()
    expect(phone.locator(".error-summary")).to_be_focused()
    assert phone.title().startswith("Error:")
    # Then a real vote, sent in the background: the old error goes.
    phone.locator("input[name=choice]").first.check()
    phone.locator("form.practice-answer button[type=submit]").click()
    expect(phone.locator("[data-vote-status]")).to_contain_text("Your vote is recorded")
    expect(phone.locator(".error-summary")).to_have_count(0)
    expect(phone.locator(".field-error")).to_have_count(0)
    expect(phone.locator(".field-has-error")).to_have_count(0)
    assert not phone.title().startswith("Error:")
    assert phone.locator("[aria-invalid]").count() == 0
    # The facilitator closes the question: the phone fetches its page again with a GET,
    # never by posting the vote form a second time.
    methods = []
    phone.on(
        "request",
        lambda r: methods.append(r.method) if r.is_navigation_request() else None,
    )
    host.locator("button[value=close]").click()
    host.wait_for_load_state()
    expect(phone.locator(".results-table")).to_be_visible(timeout=6000)
    assert methods and set(methods) == {"GET"}
    expect(phone.locator(".error-summary")).to_have_count(0)


@pytest.mark.parametrize(("lang", "share"), [("en", "100%"), ("fr", "100\u00a0%")])
def test_the_live_share_is_written_as_the_language_writes_it(live_server, new_page, lang, share):
    base = live_server.url
    host = new_page("desktop")
    code = start_workshop(host, base, lang=lang)
    phone = new_page("phone")
    join(phone, base, code, lang=lang)
    open_voting(host)
    expect(phone.locator("input[name=choice]").first).to_be_visible(timeout=5000)
    phone.locator("input[name=choice]").first.check()
    phone.locator("form.practice-answer button[type=submit]").click()
    expect(phone.locator("[data-vote-status]")).not_to_be_empty()
    # Updated in place by workshop.js, then as the server writes it after a reload.
    expect(host.locator("[data-percent]").first).to_have_text(share, timeout=5000)
    host.reload()
    expect(host.locator("[data-percent]").first).to_have_text(share)


def test_the_facilitators_controls_sit_under_the_join_code_on_a_laptop(live_server, new_page):
    host = new_page("desktop")
    start_workshop(host, live_server.url)
    controls = host.locator("section.controls")
    join_panel = host.locator("section.join-panel")
    question = host.locator("section.question-panel")
    expect(controls).to_be_visible()
    c, j, q = controls.bounding_box(), join_panel.bounding_box(), question.bounding_box()
    assert abs(c["x"] - j["x"]) < 2  # the left column
    assert c["y"] >= j["y"] + j["height"] - 1  # below the join code
    assert c["x"] + c["width"] <= q["x"]  # beside the question, not after it
    assert c["y"] < q["y"] + q["height"] / 2  # within reach, not at the foot of the page
    # The CSV link keeps its distance from the buttons.
    buttons = host.locator(".control-buttons").bounding_box()
    link = host.get_by_role("link", name="Download the vote counts (CSV)").bounding_box()
    assert link["y"] >= buttons["y"] + buttons["height"] + 8


def test_without_javascript_a_closed_question_no_longer_says_the_vote_was_just_recorded(
    live_server, new_page
):
    base = live_server.url
    host = new_page("desktop", javascript=False)
    code = start_workshop(host, base)
    phone = new_page("phone", javascript=False)
    join(phone, base, code)
    open_voting(host)
    phone.reload()
    phone.locator("input[name=choice]").first.check()
    phone.locator("form.practice-answer button[type=submit]").click()
    expect(phone.locator(".callout")).to_contain_text("Your vote is recorded")
    host.locator("button[value=close]").click()
    phone.reload()  # the address still says voted=1
    expect(phone.locator(".results-table")).to_be_visible()
    expect(phone.locator(".callout")).to_have_count(0)
    expect(phone.locator("main")).to_contain_text("You voted:")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_round_summary_keeps_words_whole_on_a_phone(live_server, new_page, lang):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + PATHS[lang]["practice"])
    page.locator("form.practice-filters button").click()
    expect(page.locator("form.practice-answer")).to_be_visible()
    page.wait_for_load_state()
    button = page.locator("form.practice-answer button[type=submit]").bounding_box()
    link = page.locator("main p > a").last.bounding_box()  # "Stop and start again"
    assert link["y"] >= button["y"] + button["height"] + 8
    for _ in range(5):
        page.locator("input[name=choice]").first.check()
        page.locator("form.practice-answer button[type=submit]").click()
        page.locator("main a.button").click()
    table = page.locator("table.d-summary")
    expect(table).to_be_visible()
    page.wait_for_load_state()  # its stylesheet applied before measuring
    assert not table.locator("th, td").evaluate_all(SPLIT_WORDS)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # The button and the link after it do not touch.
    button = page.locator(".practice-actions a.button").bounding_box()
    link = page.locator(".practice-actions a:not(.button)").bounding_box()
    apart = link["y"] >= button["y"] + button["height"] + 4 or link["x"] >= (
        button["x"] + button["width"] + 8
    )
    assert apart


@pytest.mark.parametrize(("lang", "opening"), [("fr", "«\u00a0"), ("en", "“")])
def test_your_own_line_is_quoted_in_the_pages_language(live_server, new_page, lang, opening):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + PATHS[lang]["practice"])
    page.locator("form.practice-filters button").click()
    page.check("#choice-own")
    page.fill("#own_line", "Dr Diallo is leading this.")
    page.locator("form.practice-answer button[type=submit]").click()
    quote = page.locator(".chosen-line q")
    expect(quote).to_have_text("Dr Diallo is leading this.")
    page.wait_for_load_state()
    assert quote.evaluate("(q) => getComputedStyle(q).quotes").startswith(f'"{opening}"')


def test_a_line_being_typed_survives_the_facilitator_showing_the_lines(live_server, new_page):
    # Showing or hiding the room's own lines changes only the facilitator's screen: the
    # phones must not reload for it (a reload wiped the line being typed).
    base = live_server.url
    host = new_page("desktop")
    code = start_workshop(host, base, own=True)
    phone = new_page("phone")
    join(phone, base, code)
    open_voting(host)
    expect(phone.locator("#v-own")).to_be_visible(timeout=5000)
    phone.check("#v-own")
    phone.fill("#own_line", "I would like to hear Dr Diallo finish.")
    phone.evaluate("window.__same_page = true")
    host.get_by_role("button", name="Show own lines").click()
    host.wait_for_load_state()
    expect(host.get_by_role("button", name="Hide own lines")).to_be_visible()
    phone.wait_for_timeout(4000)  # more than two polls
    assert phone.evaluate("window.__same_page === true")
    assert phone.input_value("#own_line") == "I would like to hear Dr Diallo finish."
    # Closing the question still brings the phone to the results by itself.
    host.locator("button[value=close]").click()
    expect(phone.locator(".results-table")).to_be_visible(timeout=6000)


def test_after_the_server_is_unreachable_the_screen_polls_at_its_pace_again(live_server, new_page):
    # Failed polls back off (2, 4, 8 s...); once the server answers, the facilitator's
    # screen goes back to one poll a second instead of staying at the slowest pace.
    host = new_page("desktop")
    start_workshop(host, live_server.url)
    failures, answered = [], []

    def handle(route):
        if len(failures) < 3:
            failures.append(time.monotonic())
            route.abort()
        else:
            answered.append(time.monotonic())
            route.continue_()

    host.route("**/state.json*", handle)
    host.reload()
    deadline = time.monotonic() + 30
    while len(answered) < 4 and time.monotonic() < deadline:
        host.wait_for_timeout(250)
    assert len(failures) == 3 and len(answered) >= 4
    gaps = [b - a for a, b in zip(answered[1:], answered[2:], strict=False)]
    assert max(gaps) < 2.5, gaps


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_private_link_stays_folded_until_asked_for(live_server, new_page, lang):
    # The facilitator's screen is often projected from the start: the link that alone
    # controls the workshop must not be on it until the facilitator opens it.
    host = new_page("desktop")
    start_workshop(host, live_server.url, lang=lang)
    link = host.locator("#private-link")
    expect(host.locator(".private-link-reveal summary")).to_be_visible()
    gap = host.locator(".workshop-host .callout").evaluate(
        "(c) => c.querySelector('h2').getBoundingClientRect().top - c.getBoundingClientRect().top"
    )
    assert gap < 30  # the heading starts the box, no empty band above it
    expect(link).to_be_hidden()
    host.locator(".private-link-reveal summary").click()
    expect(link).to_be_visible()
    assert "key=" in link.input_value()


def test_the_laptop_follows_a_second_facilitator_device_without_the_private_link_box(
    live_server, new_page
):
    # The facilitator opens the private link on a phone and opens voting there: the laptop's
    # screen follows by itself, and the just-started box with the private link does not
    # come back with it (the address's new=1 is dropped).
    laptop = new_page("desktop")
    start_workshop(laptop, live_server.url)
    assert "new=1" in laptop.url
    private = laptop.locator("#private-link").input_value()
    phone = new_page("phone")
    phone.goto(private)
    phone.get_by_role("button", name="Open voting").click()
    phone.wait_for_load_state()
    expect(laptop.locator(".phase")).to_have_text("Voting open", timeout=6000)
    assert "new=1" not in laptop.url
    expect(laptop.locator(".private-link-reveal")).to_have_count(0)
