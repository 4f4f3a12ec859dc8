"""Every scrolling table region on a page has a name of its own: on every content page, and on
the tools' result pages, which show several tables at once (the panel checker's chart data,
role groups, roles, sessions and dimensions; the writing checker's comparison)."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest

from tests.conftest import all_page_urls
from tests.panel_checker.helpers import PAGE as PANELS
from tests.panel_checker.helpers import post_page
from tests.panelaudit.programs import as_text

pytestmark = pytest.mark.django_db


class _Regions(HTMLParser):
    """The ids of a page, the text of each element with an id, and its regions' names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.text: dict[str, str] = {}
        self.regions: list[dict] = []
        self._open: list[tuple[str, str]] = []  # (tag, id) of the elements still open

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
            self.text.setdefault(a["id"], "")
        if "table-scroll" in a.get("class", "").split():
            self.regions.append(a)
        if tag not in ("img", "br", "input", "meta", "link", "hr", "source", "col", "wbr"):
            self._open.append((tag, a.get("id", "")))

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, ident in self._open:
            if ident:
                self.text[ident] += data

    def names(self) -> list[str]:
        out = []
        for r in self.regions:
            if r.get("aria-labelledby"):
                parts = r["aria-labelledby"].split()
                out.append(" ".join(" ".join(self.text.get(p, "").split()) for p in parts))
            else:
                out.append(r.get("aria-label", ""))
        return out


def _check(html: str, where: str) -> int:
    page = _Regions()
    page.feed(html)
    doubled = [i for i, n in Counter(page.ids).items() if n > 1]
    assert doubled == [], f"{where}: ids used twice: {doubled}"
    for region in page.regions:
        assert region.get("role") == "region" and region.get("tabindex") == "0", (where, region)
        # named by its table's visible caption, not by a label every table shares
        assert region.get("aria-labelledby"), f"{where}: region not named by a caption: {region}"
        for ident in region.get("aria-labelledby", "").split():
            assert ident in page.ids, f"{where}: region named by a missing id {ident!r}"
    names = page.names()
    assert all(names), f"{where}: a region without a name: {page.regions}"
    same = [n for n, c in Counter(names).items() if c > 1]
    assert same == [], f"{where}: regions with the same name: {same}"
    return len(names)


def test_every_content_page_names_each_table_region_once(client):
    regions = 0
    for url, _lang, _key in all_page_urls():
        regions += _check(client.get(url).content.decode(), url)
    assert regions >= 10  # the content tables and the charts' data tables, in two languages


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_panel_checker_result_names_each_of_its_tables_once(client, lang):
    response = post_page(client, lang, table=as_text())
    assert response.status_code == 200, PANELS[lang]
    assert _check(response.content.decode(), f"panel checker ({lang})") >= 4


def test_the_writing_checker_comparison_names_its_tables(client):
    letter = "Dr. Ana Ruiz is caring and hardworking. She is a brilliant researcher."
    response = client.post(
        "/en/tools/writing-checker/",
        {
            "text": letter,
            "text_b": letter.replace("Ana", "Ben"),
            "genre": "letter",
            "text_lang": "en",
            "name": "",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "wc-compare" in html and "wc-counts" in html
    assert _check(html, "writing checker") >= 2
