"""A focused link stays readable in both schemes (review of 2026-12-01).

The focus style paints a link yellow and its text dark, but components that colour their links
(`.card-title a`, `.nav-list a`, `.error-summary a`, the side column's current link) came later
in site.css and kept their own colour: pale blue on yellow (1.1:1) on the home page's cards and
white on yellow (1.4:1) in the menu, in the dark scheme. Until site.css carries the rule,
toolkit.css does (content pages, the pattern page and search load it).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Focus every link in turn; report those whose text and focus background differ by under 4.5:1.
UNREADABLE = """() => {
  const lum = c => {
    const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  document.getElementById('site-nav').classList.add('is-open');  // the phone menu, opened
  const bad = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (!a.getClientRects().length) continue;
    a.focus({focusVisible: true});
    if (document.activeElement !== a) continue;
    const s = getComputedStyle(a);
    if (s.backgroundColor === 'rgba(0, 0, 0, 0)') continue;
    const [l1, l2] = [lum(s.color), lum(s.backgroundColor)];
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < 4.5) bad.push(`${a.textContent.trim().slice(0, 40)}: ${ratio.toFixed(2)}`);
  }
  return bad;
}"""

PAGES = [
    ("home", {}),
    ("what", {}),
    ("glossary", {}),
    ("patterns", {}),
    ("search", {}),
    ("term", {"term_id": "ally"}),
    ("checker", {}),  # a tool's page, which does not load toolkit.css: the rule is site.css's
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [(360, 740), (1280, 900)], ids=["phone", "desktop"])
@pytest.mark.parametrize(("key", "kwargs"), PAGES, ids=[k for k, _ in PAGES])
def test_every_focused_link_is_readable(live_server, browser, key, kwargs, width, scheme):
    context = browser.new_context(
        viewport={"width": width[0], "height": width[1]}, color_scheme=scheme
    )
    page = context.new_page()
    page.goto(live_server.url + url_for(key, "en", **kwargs))
    expect(page.locator("h1")).to_be_visible()
    assert page.evaluate(UNREADABLE) == []
    context.close()
