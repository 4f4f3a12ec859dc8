"""What a review of the writing checker's result on a phone found, held in Chromium: the
status line has its own space under the button, a note on the whole text names itself on
its own line, the figures stack, and the counts table keeps its words whole."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import SPLIT_WORDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EN = "/en/tools/writing-checker/"
FR = "/fr/outils/verificateur-de-redaction/"


GEOMETRY = """(() => {
  const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null;
  return {
    button: rect(".wc-form > section > button[type=submit]"),
    status: rect(".wc-status"),
    name: rect(".wc-notes li strong"),
    reason: rect(".wc-notes li span"),
    figures: rect(".wc-figures"),
    values: Array.from(document.querySelectorAll(".wc-figures dd"), (d) => d.offsetWidth),
  };
})()"""


@pytest.mark.parametrize("path", [EN, FR])
def test_the_sample_result_reads_cleanly_on_a_phone(live_server, new_page, path):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + path)
    page.click("[data-sample-button]")
    page.wait_for_load_state()
    expect(page.locator(".wc-result")).to_be_visible()
    # Measured in one go: the page may still be scrolling to #result.
    box = page.evaluate(GEOMETRY)
    # The status line does not touch the button above it.
    assert box["status"]["top"] >= box["button"]["bottom"] + 8
    # A note on the whole text (the English sample has one): its name, then on the next
    # line why.
    if path == EN:
        assert box["name"] is not None
    if box["name"] is not None:
        assert box["reason"]["top"] >= box["name"]["bottom"] - 1
    # Each figure under its term, using the width of the list, not a word-wide column.
    assert box["values"] and all(w > 0.9 * box["figures"]["width"] for w in box["values"])
    # The counts table: no word broken in the middle, no sideways scroll.
    assert not page.locator(".wc-counts th, .wc-counts td").evaluate_all(SPLIT_WORDS)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    ("path", "text_lang", "opening"),
    [(FR, "fr", "«\u00a0"), (FR, "en", "«\u00a0"), (EN, "fr", "“"), (EN, "en", "“")],
)
def test_a_flagged_passage_is_quoted_in_the_pages_language(
    live_server, new_page, path, text_lang, opening
):
    page = new_page("desktop", javascript=False)
    page.goto(live_server.url + path)
    text = {"fr": "Elle est travaillante et dévouée.", "en": "She is hardworking and caring."}
    page.fill("#id_text", text[text_lang])
    page.select_option("#id_text_lang", text_lang)
    page.click(".wc-form > section > button[type=submit]")
    page.wait_for_load_state()
    quote = page.locator(".wc-flag-head q").first
    expect(quote).to_be_visible()
    quotes = quote.evaluate("(q) => getComputedStyle(q).quotes")
    assert quotes.startswith(f'"{opening}"')


@pytest.mark.parametrize(("lang", "opening"), [("fr", "«\u00a0"), ("en", "“")])
def test_the_downloaded_report_names_a_whole_text_note_on_its_own_line(
    new_page, client, lang, opening
):
    # A short letter has the "minimal assurance" note; the report is read as downloaded.
    url = FR if lang == "fr" else EN
    letter = {"fr": "Elle est travaillante.", "en": "She is hardworking."}[lang]
    data = {"text": letter, "genre": "letter", "text_lang": lang, "download": "html"}
    report = client.post(url, data).content.decode()
    page = new_page("desktop", javascript=False)
    page.set_content(report)
    note = page.locator("ul.notes li").first
    expect(note).to_be_visible()
    box = note.evaluate(
        """(li) => [li.querySelector("strong").getBoundingClientRect().bottom,
                    li.querySelector("span").getBoundingClientRect().top]"""
    )
    assert box[1] >= box[0] - 1
    quotes = page.locator("q").first.evaluate("(q) => getComputedStyle(q).quotes")
    assert quotes.startswith(f'"{opening}"')
