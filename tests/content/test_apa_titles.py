"""APA 7: a title that ends in ? or ! takes no full stop after it (the mark replaces it)."""

from __future__ import annotations

import re

import pytest

from allykit.content.apa import apa_html
from allykit.content.references import build_reference
from allykit.content.yamlio import load_yaml

CHECKED = "checked: {date: 2026-12-01, how: publisher-page, where: https://example.org/x}\n"


def _ref(body: str):
    r, problems = build_reference(load_yaml(body + CHECKED), "refs.yaml")
    assert not problems, problems
    return r


def _plain(html: str) -> str:
    """The entry without the lang span that marks an English title on a French page."""
    return re.sub(r"</?span[^>]*>", "", html)


def _web(title: str, extra: str = "", rtype: str = "web", authors: bool = True):
    who = "authors: [{literal: LEADS Canada}]\n" if authors else "short_title: Allyship\n"
    return _ref(
        f"key: leads-nd\ntype: {rtype}\n{who}year: n.d.\ntitle: {title!r}\n"
        f"container: Ally toolkit\nurl: https://example.org/why\nverified: V\n{extra}"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("rtype", ["web", "book", "report", "video"])
@pytest.mark.parametrize("mark", ["?", "!"])
def test_an_italic_title_ending_in_a_question_or_exclamation_mark_takes_no_full_stop(
    lang, rtype, mark
):
    html = _plain(apa_html(_web(f"Why is allyship necessary{mark}", rtype=rtype), lang))
    if rtype == "video":
        # The bracketed description closes the element and takes the full stop.
        assert f"necessary{mark}</i> [Vid" in html and "]. Ally toolkit." in html
    else:
        assert f"<i>Why is allyship necessary{mark}</i> Ally toolkit." in html
    assert f"{mark}</i>." not in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_title_ending_in_a_mark_with_an_edition_or_a_label_keeps_the_stop_after_them(lang):
    book = _plain(apa_html(_web("Who leads?", "edition: 2nd\n", rtype="book"), lang))
    assert re.search(r"<i>Who leads\?</i> \((2nd ed|2e éd)\.\)\. Ally toolkit\.", book), book
    labelled = _plain(
        apa_html(_web("Who leads?", "label: Statement\nlabel_fr: Déclaration\n"), lang)
    )
    assert re.search(r"<i>Who leads\?</i> \[(Statement|Déclaration)\]\. Ally", labelled)


def test_a_plain_title_still_ends_with_a_full_stop():
    assert "<i>Why allyship matters</i>. Ally toolkit." in apa_html(_web("Why allyship matters"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_title_in_the_author_position_ending_in_a_mark_takes_no_full_stop(lang):
    html = _plain(apa_html(_web("Why is allyship necessary?", authors=False), lang))
    assert html.startswith("<i>Why is allyship necessary?</i> (")


def test_an_article_title_ending_in_a_mark_takes_no_full_stop():
    article = _ref(
        "key: doe2018\ntype: article\nauthors: [{family: Doe, given: J.}]\nyear: 2018\n"
        "title: What is at stake?\ncontainer: A journal\nverified: V\n"
    )
    assert "(2018). What is at stake? <i>A journal</i>." in apa_html(article)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_entry_of_the_real_reference_list_puts_a_stop_after_a_mark(site, lang):
    entries = site[lang].references_html
    assert any("necessary?</i>" in html for html in entries.values())  # leadscanada-ndd
    doubled = {k: h for k, h in entries.items() if re.search(r"[?!](</i>|</span>)*\.", h)}
    assert not doubled
