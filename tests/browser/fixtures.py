"""Browser fixtures: Playwright driving Debian's Chromium against the live test server.

In CI (CI=true) a missing browser is a failure; elsewhere the browser tests are skipped.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("ALLYKIT_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = {"desktop": (1280, 900), "phone": (360, 740)}

# Playwright's sync API runs an event loop in this thread; Django must still allow DB access.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _missing(message: str):
    """In CI (CI=true) a missing browser tool fails the test; elsewhere it is skipped."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    """One Chromium per test process: with xdist (-n), each worker launches its own."""
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _missing(f"Chromium not found at {CHROMIUM} (install Debian's chromium package)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed (uv sync --group browser)")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open a page at a named width ('desktop' or 'phone'), optionally without JavaScript."""
    contexts = []

    def make(width: str = "desktop", javascript: bool = True):
        w, h = WIDTHS[width]
        context = browser.new_context(
            viewport={"width": w, "height": h}, java_script_enabled=javascript
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe():
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _missing("axe-playwright-python is not installed (uv sync --group browser)")

    return Axe()


def axe_violations(axe, page) -> list[str]:
    """WCAG 2.0/2.1/2.2 A and AA violations on the current page, one line each."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


# For `locator.evaluate_all`: True when a word of one of the cells is split over two lines
# ("Cou|nt", "Resp|onse"); the parts of a hyphenated compound count as words, since a line
# may end at the hyphen.
SPLIT_WORDS = """(cells) => cells.some((cell) => {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const re = /[^\\s-]+/g;
    let m;
    while ((m = re.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      if (tops.size > 1) return true;
    }
  }
  return false;
})"""
