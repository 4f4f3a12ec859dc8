"""Markdown tables: a caption from the content, row and column headers, their own names."""

from __future__ import annotations

import re

import pytest

from allykit.content import ContentError

from .conftest import HOME

TABLE = """
| Way | What you do | Where to go |
|---|---|---|
| Learn | Read the *why* page. | Why |
| Act | Change your team. | Plan |
"""


def _page(load, tree, body: str) -> str:
    home = HOME.format(title="Home").replace("- Act.\n", "- Act.\n" + body)
    site = load(tree(**{"en/home.md": home}))
    return "".join(s for s in site["en"].pages["home"].segments if isinstance(s, str))


def _problems(load, tree, body: str) -> list[str]:
    home = HOME.format(title="Home").replace("- Act.\n", "- Act.\n" + body)
    with pytest.raises(ContentError) as info:
        load(tree(**{"en/home.md": home}))
    return [str(p) for p in info.value.problems]


def test_the_paragraph_after_a_table_becomes_its_caption_and_names_its_region(tree, load):
    html = _page(load, tree, TABLE + "\nTable: Three ways *to use* it\n")
    assert "<p>Table:" not in html and "Table:" not in html
    caption = re.search(r'<caption id="([^"]+)">Three ways <em>to use</em> it</caption>', html)
    assert caption, html
    region = re.search(r'<div class="table-scroll" tabindex="0" role="region" ([^>]*)>', html)
    assert region.group(1) == f'aria-labelledby="{caption.group(1)}"'
    assert 'aria-label="' not in region.group(0)
    # the caption is the table's first child (HTML requires it)
    assert re.search(r'<table class="stack">\s*<caption', html)


def test_first_cells_are_row_headers_and_head_cells_column_headers(tree, load):
    html = _page(load, tree, TABLE + "\nTable: Ways\n")
    assert html.count('<th scope="col">') == 3
    assert '<th scope="row">Learn</th>' in html and '<th scope="row">Act</th>' in html
    assert "<td>Learn</td>" not in html
    # the phone layout reads each other cell's column heading from data-label
    assert '<td data-label="What you do">Read the <em>why</em> page.</td>' in html
    assert '<td data-label="Where to go">Plan</td>' in html


def test_two_tables_on_a_page_get_two_names(tree, load):
    html = _page(load, tree, TABLE + "\nTable: First\n\n" + TABLE + "\nTableau : Second\n")
    ids = re.findall(r'<caption id="([^"]+)">', html)
    named = re.findall(r'role="region" aria-labelledby="([^"]+)"', html)
    assert len(ids) == 2 and len(set(ids)) == 2 and named == ids
    assert ">Second</caption>" in html


def test_a_table_without_a_caption_is_an_error_at_its_line(tree, load):
    problems = _problems(load, tree, TABLE)
    line = HOME.format(title="Home").splitlines().index("- Act.") + 3  # the header row
    assert any(
        p.startswith(f"content/en/home.md:{line}:") and "table without a caption" in p
        for p in problems
    ), problems


def test_a_caption_without_its_blank_line_is_reported(tree, load):
    problems = _problems(load, tree, TABLE.rstrip("\n") + "\nTable: Ways\n")
    assert any("leave a blank line between the table and its caption" in p for p in problems)


def test_an_empty_caption_is_reported(tree, load):
    problems = _problems(load, tree, TABLE + "\nTable:\n")
    assert any("table caption is empty" in p for p in problems), problems


def test_french_caption_and_labels_get_french_spacing(tree, load):
    body = TABLE.replace("What you do", "Ce que vous faites : action") + "\nTableau : Les 5D : ce\n"
    home = HOME.format(title="Accueil").replace("- Act.\n", "- Act.\n" + body)
    site = load(tree(**{"fr/home.md": home}))
    html = "".join(s for s in site["fr"].pages["home"].segments if isinstance(s, str))
    assert ">Les 5D&nbsp;: ce</caption>" in html
    assert 'data-label="Ce que vous faites&nbsp;: action"' in html


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", ["bystander", "home", "sponsorship"])
def test_every_content_table_has_a_caption_and_its_own_name(lang, key):
    from allykit.toolkit.site import get_site

    page = get_site()[lang].pages[key]
    html = "".join(s for s in page.segments if isinstance(s, str))
    tables = html.count("<table")
    assert tables >= 1
    captions = re.findall(r'<caption id="([^"]+)">([^<]{12,})', html)
    assert len(captions) == tables
    assert re.findall(r'role="region" aria-labelledby="([^"]+)"', html) == [i for i, _ in captions]
    assert html.count('<th scope="row">') >= 3
