"""Site-wide visual invariants, on every page in both languages, in one browser page.

- axe: 0 violations (WCAG 2.0-2.2 A/AA and best practices) at 1280 and 360 px, light and dark;
- no horizontal scroll at 320 px; no SVG text outside its viewBox;
- the header: one row at 1280 px, at most 64 px tall at 360 px;
- no layout shift after load (CLS 0 at 360 px with script), and none when the menu opens;
- the header's painted parts keep their places when the menu and actions arrive;
- the Nu HTML checker (vnu.jar) finds 0 errors.
One page is reused: the viewport and the colour scheme change between passes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.conftest import all_page_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
HEADER_MAX_PHONE = 64


def pages() -> list[tuple[str, str, str]]:
    """Every page in both languages; glossary term pages are represented by one term."""
    seen_term = set()
    out = []
    for url, lang, key in all_page_urls():
        if key == "term":
            if lang in seen_term:
                continue
            seen_term.add(lang)
        out.append((url, lang, key))
    return out


PAGES = pages()

SVG_TEXT_OUTSIDE = """() => {
  const out = [];
  for (const svg of document.querySelectorAll('svg[viewBox]')) {
    const vb = svg.viewBox.baseVal;
    if (!vb || !vb.width) continue;
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBBox();
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5
          || b.y + b.height > vb.y + vb.height + 0.5) {
        out.push(t.textContent.trim().slice(0, 40));
      }
    }
  }
  return out;
}"""

SMALL_SVG_TEXT = """() => {
  const out = [];
  for (const t of document.querySelectorAll('svg text')) {
    if (!t.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(t).fontSize);
    const svg = t.ownerSVGElement; const vb = svg.viewBox.baseVal;
    const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
    const px = size * scale;
    if (px < 11.95) out.push(`${t.textContent.trim().slice(0, 30)}: ${px.toFixed(1)}px`);
  }
  return out;
}"""

LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  const po = new PerformanceObserver(list => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
  });
  po.observe({type: 'layout-shift', buffered: true});
  setTimeout(() => { po.disconnect(); resolve(total); }, 150);
})"""

HEADER_ROW = """() => {
  const bar = document.querySelector('.header-bar');
  const items = [...bar.querySelectorAll('.brand, .nav-list > li, .header-actions > *')]
    .filter(e => e.getClientRects().length);
  const tops = items.map(e => {
    const r = e.getBoundingClientRect(); return r.top + r.height / 2; });
  return {height: document.querySelector('.site-header').getBoundingClientRect().height,
          spread: Math.max(...tops) - Math.min(...tops),
          right: Math.max(...items.map(e => e.getBoundingClientRect().right))};
}"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def run_axe(axe, page) -> list[str]:
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 360])
def test_axe_and_layout_on_every_page(live_server, page, axe, width, scheme):
    page.set_viewport_size({"width": width, "height": 900 if width > 600 else 740})
    page.emulate_media(color_scheme=scheme)
    failures: dict[str, list[str]] = {}
    for url, _lang, _key in PAGES:
        page.goto(live_server.url + url)
        found = run_axe(axe, page)
        found += [f"SVG text outside its viewBox: {t}" for t in page.evaluate(SVG_TEXT_OUTSIDE)]
        if width == 360:
            found += [f"chart text under 12 px: {t}" for t in page.evaluate(SMALL_SVG_TEXT)]
        header = page.evaluate(HEADER_ROW)
        if width == 360 and header["height"] > HEADER_MAX_PHONE:
            found.append(f"header {header['height']} px tall")
        if width == 1280 and (header["spread"] > 8 or header["right"] > 1280):
            found.append(f"header not one row: {header}")
        if scheme == "dark":
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            if background == "rgb(255, 255, 255)":
                found.append("dark scheme shows a white page")
        if found:
            failures[url] = found
    assert failures == {}


def test_no_horizontal_scroll_at_320px_and_no_layout_shift(live_server, page):
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for url, _lang, _key in PAGES:
        page.goto(live_server.url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[url] = width
    assert wide == {}
    page.set_viewport_size({"width": 360, "height": 740})
    shifts = {}
    for url, _lang, _key in PAGES:
        page.goto(live_server.url + url, wait_until="load")
        cls = page.evaluate(LAYOUT_SHIFT)
        if cls > 0:
            shifts[url] = cls
    assert shifts == {}


def test_the_menu_opens_without_a_layout_shift(live_server, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/fr/", wait_until="load")
    page.evaluate(
        """() => { window.__shift = 0; new PerformanceObserver(l => { for (const e of
        l.getEntries()) window.__shift += e.value; }).observe({type: 'layout-shift'}); }"""
    )
    main_top = page.evaluate("document.querySelector('main').getBoundingClientRect().top")
    page.click(".nav-toggle")
    expect(page.locator("#nav-list")).to_be_visible()
    page.wait_for_timeout(100)
    assert page.evaluate("document.querySelector('main').getBoundingClientRect().top") == main_top
    assert page.evaluate("window.__shift") == 0


HEADER_PLACES = """() => Object.fromEntries(
  ['.brand-name', '.menu-toggle', '.site-nav', '.header-actions', '.header-actions > *']
  .map(sel => [sel, document.querySelector(sel)]).filter(([, e]) => e && e.offsetParent)
  .map(([sel, e]) => { const r = e.getBoundingClientRect();
    return [sel, [r.left, r.top, r.width, r.height].map(Math.round)]; }))"""


# What the parser may not have reached yet when a slow phone first paints the header, in source
# order: the menu's later links; the actions' later buttons; the actions and the menu; the menu
# button's label too.
UNPARSED = {
    "later menu links": "document.querySelectorAll('.nav-list > li:not(:first-child)')"
    ".forEach(e => e.remove())",
    "later actions": "document.querySelectorAll('.header-actions > :not(:first-child)')"
    ".forEach(e => e.remove())",
    "actions and menu": "document.querySelector('.header-actions').remove();"
    "document.querySelector('.site-nav').remove()",
    "menu label": "document.querySelector('.header-actions').remove();"
    "document.querySelector('.site-nav').remove();"
    "document.querySelector('.menu-toggle > span').remove()",
}


@pytest.mark.parametrize("width", [320, 360, 800, 1280])
def test_the_header_keeps_its_places_while_the_page_arrives(live_server, page, width):
    """A slow phone paints the header before the parser reaches the menu and the actions that
    follow it; what is already painted must not move when they arrive (issue 16's CI: shifts
    of 0.003 and 0.001). The name is not covered by the buttons, even at 320 px (400% zoom)."""
    page.set_viewport_size({"width": width, "height": 740})
    for lang in ("en", "fr"):
        page.goto(f"{live_server.url}/{lang}/")
        whole = page.evaluate(HEADER_PLACES)
        name, toggle = whole[".brand-name"], whole.get(".menu-toggle")
        following = whole.get(".site-nav", toggle)  # the menu at 1280 px, else the toggle
        assert name[0] + name[2] <= following[0], (lang, whole)
        if ".site-nav" in whole:  # the menu's links end before the actions begin
            links_end = page.evaluate(
                "document.querySelector('.nav-list').getBoundingClientRect().right"
            )
            assert links_end <= whole[".header-actions"][0], (lang, links_end, whole)
        for stage, script in UNPARSED.items():
            page.goto(f"{live_server.url}/{lang}/")
            page.evaluate(script)
            early = page.evaluate(HEADER_PLACES)
            assert early == {k: v for k, v in whole.items() if k in early}, (lang, stage, early)
            if width < 1280:
                assert early[".menu-toggle"] == whole[".menu-toggle"], (lang, stage)


def test_the_scheme_switch_overrides_the_device_without_a_reload(live_server, page):
    page.emulate_media(color_scheme="light")
    page.goto(live_server.url + "/en/")
    page.click(".scheme-toggle")
    assert page.evaluate("document.documentElement.dataset.scheme") == "dark"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    assert page.get_attribute(".scheme-toggle", "aria-pressed") == "true"
    # The next page comes dark from its first paint: scheme.css reads the cookie.
    page.goto(live_server.url + "/fr/")
    assert page.evaluate("getComputedStyle(document.documentElement).colorScheme") == "dark"
    page.click("footer [data-scheme-form] button[value=auto]")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


def test_the_scheme_switch_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False, color_scheme="light")
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    with page.expect_navigation(url=live_server.url + "/en/", wait_until="load"):
        page.click("footer [data-scheme-form] button[value=dark]")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    context.close()


def test_page_feedback_answers_in_place(live_server, page):
    page.goto(live_server.url + "/en/why-allyship/")
    page.click("[data-feedback] button[type=submit]")  # nothing chosen: an error, in place
    page.wait_for_selector("[data-feedback] .error-summary")
    assert page.url.endswith("/en/why-allyship/")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.check("[data-feedback] input[value=yes]")
    page.click("[data-feedback] button[type=submit]")
    page.wait_for_selector("[data-feedback] .toast")
    assert page.url.endswith("/en/why-allyship/")
    assert page.evaluate("document.activeElement.id") == "feedback-thanks"


def test_page_feedback_without_javascript_comes_back_to_the_same_place(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/fr/")
    page.check("[data-feedback] input[value=no]")
    page.click("[data-feedback] button[type=submit]")
    assert page.url.startswith(live_server.url + "/fr/?feedback=thanks")
    assert page.url.endswith("#page-feedback")
    expect(page.locator("#feedback-thanks")).to_be_visible()
    context.close()


@pytest.mark.django_db
def test_nu_html_checker_finds_no_error(tmp_path, settings, vnu_jar):
    """vnu_jar (tests/conftest.py): $VNU_JAR or .ci/run's copy; skipped outside CI without it."""
    java = shutil.which("java")
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    files = []
    for url, _lang, _key in PAGES:
        name = url.strip("/").replace("/", "_") or "root"
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(url).content)
        files.append(str(path))
    done = subprocess.run(
        [java, "-jar", str(vnu_jar), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == []
