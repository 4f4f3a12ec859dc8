"""The writing checker in a real browser: with and without JavaScript, axe at two widths,
and the highlight-to-explanation links with the keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.fixtures import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EN = "/en/tools/writing-checker/"
FR = "/fr/outils/verificateur-de-redaction/"
LETTER = (
    "I recommend Dr. Ana Ruiz. She is hardworking and caring, and her husband is "
    "lovely. She is the best woman engineer I know."
)


def submit(page, text=LETTER, lang="en"):
    page.fill("#id_text", text)
    page.select_option("#id_text_lang", lang)
    page.click(".wc-form > section > button[type=submit]")
    page.wait_for_load_state()


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_clean_empty_result_and_error_states(live_server, new_page, axe, width):
    # axe needs JavaScript; the result and error states here are the server's (a full POST).
    page = new_page(width)
    failures = {}
    page.goto(live_server.url + EN)
    failures["empty"] = axe_violations(axe, page)
    submit(page)
    assert page.locator("mark.wc-hl").count() >= 3
    failures["result"] = axe_violations(axe, page)
    page.goto(live_server.url + FR)
    page.click(".wc-form > section > button[type=submit]")
    page.wait_for_load_state()
    expect(page.locator(".error-summary")).to_be_visible()
    failures["error"] = axe_violations(axe, page)
    assert failures == {"empty": [], "result": [], "error": []}


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_clean_on_the_javascript_result(live_server, new_page, axe, width):
    page = new_page(width)
    page.goto(live_server.url + FR)
    page.fill("#id_text", "Elle est travaillante et chaleureuse. Son mari l'appuie.")
    page.wait_for_selector("mark.wc-hl")
    assert axe_violations(axe, page) == []


def test_works_without_javascript(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + EN)
    submit(page)
    assert page.url.endswith("#result")
    assert "passages worth a second look" in page.locator("[role=status]").inner_text()
    marks = page.locator("mark.wc-hl").all_inner_texts()
    assert "hardworking" in marks and "husband" in marks
    # Ignore a rule and check again: its highlight goes, its box stays ticked.
    page.check("input[name=ignore][value='en.effort.hardworking']")
    page.click(".wc-ignore button")
    page.wait_for_load_state()
    assert "hardworking" not in page.locator("mark.wc-hl").all_inner_texts()
    assert page.is_checked("input[name=ignore][value='en.effort.hardworking']")


def test_checks_as_one_types_with_javascript(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + EN)
    assert page.get_attribute("form[data-checker]", "data-live") == "true"
    requests = []
    page.on("request", lambda r: requests.append((r.method, r.url)))
    page.locator("#id_text").press_sequentially("She is hardworking and caring.", delay=5)
    # Wait for the result of the whole sentence: on a busy machine a check of the first words
    # ("She is hardworking") can arrive first and already carry a highlight.
    expect(page.locator("[role=status]")).to_contain_text("2 passages worth a second look")
    assert page.url == live_server.url + EN  # no page load: the fragment was swapped in
    posts = [u for m, u in requests if m == "POST"]
    assert posts and all(u.split("#")[0].endswith(EN) for u in posts)
    assert len(posts) <= 3  # debounced, not one request per key
    # Hostile input stays text.
    page.fill("#id_text", "<img src=x onerror=alert(1)> She is caring.")
    page.locator(".wc-text", has_text="<img src=x").wait_for()
    assert page.locator(".wc-text img").count() == 0
    # Ticking an ignore box re-checks at once.
    page.check("input[name=ignore][value='en.communal.caring']")
    page.wait_for_selector("mark.wc-hl", state="detached")
    assert page.is_checked("input[name=ignore][value='en.communal.caring']")
    # Clearing the text clears the result.
    page.fill("#id_text", "")
    page.wait_for_selector(".wc-result", state="detached")


def test_french_page_renders_french_strings_with_javascript(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + FR)
    page.fill("#id_text", "Elle est dévouée.")
    page.wait_for_selector("mark.wc-hl")
    assert page.locator("#wc-result-title").inner_text() == "Résultat"
    assert "mot vérifié" in page.locator("[role=status]").inner_text() or "mots vérifiés" in (
        page.locator("[role=status]").inner_text()
    )


@pytest.mark.parametrize("javascript", [False, True])
def test_highlight_links_reach_explanations_by_keyboard(live_server, new_page, javascript):
    page = new_page("desktop", javascript=javascript)
    page.goto(live_server.url + EN)
    if javascript:
        page.fill("#id_text", LETTER)
        page.wait_for_selector("a.wc-ref")
    else:
        submit(page)
    page.focus("#id_text")
    reached = None
    for _ in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement; const s = getComputedStyle(el);
                return {cls: el.className, href: el.getAttribute('href') || '',
                        outline: s.outlineStyle, shadow: s.boxShadow}; }"""
        )
        if info["cls"] == "wc-ref":
            reached = info
            break
    assert reached, "no highlight link reached with Tab"
    # A visible focus: an outline, or the site's focus style (a background and a bar below)
    assert reached["outline"] != "none" or reached["shadow"] != "none"
    page.keyboard.press("Enter")
    target = reached["href"]
    assert page.evaluate("location.hash") == target
    expect(page.locator(target)).to_be_visible()
    # From the explanation, "Back to the text" returns to the highlight.
    back = page.locator(f"{target} .wc-back a")
    back.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == back.get_attribute("href")


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_sources_cited_from_the_reference_list_in_both_languages(live_server, new_page, axe, width):
    """The methods page's sources (opened) and a French result: axe-clean, French citations
    on French pages, each source linked to its reference-list entry."""
    page = new_page(width)
    failures = {}
    for lang, url in (
        ("en", "/en/tools/writing-checker/methods/"),
        ("fr", "/fr/outils/verificateur-de-redaction/methode/"),
    ):
        page.goto(live_server.url + url)
        page.evaluate("document.querySelector('#sources').open = true")
        failures[f"methods-{lang}"] = axe_violations(axe, page)
        listed = page.locator("#sources li").all_inner_texts()
        assert any("retext-equality" in r for r in listed)
        if lang == "fr":
            authors = [r.split(" (", 1)[0] for r in listed]  # (titles may hold "&")
            assert not any(" & " in a for a in authors), authors
            assert not any("n.d." in r for r in listed)
    page.goto(live_server.url + FR)
    submit(page, lang="en")
    sources = page.locator(".wc-source a")
    assert sources.count() >= 3
    for i in range(sources.count()):
        link = sources.nth(i)
        assert "/fr/references/#ref-" in link.get_attribute("href")
        assert "&" not in link.inner_text()
    assert "Trix et Psenka (2003)" in page.locator(".wc-source a").all_inner_texts()
    failures["result-fr"] = axe_violations(axe, page)
    assert failures == {"methods-en": [], "methods-fr": [], "result-fr": []}
