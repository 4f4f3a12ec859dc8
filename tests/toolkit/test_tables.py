"""Content tables stack on a phone: each cell carries its column heading."""

from __future__ import annotations

from django.test import Client

from allykit.routes import url_for
from allykit.toolkit.tables import stack_tables

TABLE = (
    '<div class="table-scroll"><table><thead>\n<tr>\n<th>D</th>\n<th>What it <em>means</em></th>\n'
    "</tr>\n</thead>\n<tbody>\n<tr>\n<td>Distract</td>\n<td>Interrupt &amp; divert</td>\n</tr>\n"
    "</tbody></table></div>"
)


def test_each_cell_gets_its_column_heading():
    html = stack_tables("<p>Before</p>" + TABLE)
    assert '<table class="stack">' in html
    assert '<td data-label="D">Distract</td>' in html
    assert '<td data-label="What it means">Interrupt &amp; divert</td>' in html
    assert html.startswith("<p>Before</p>")


def test_text_without_a_plain_table_is_unchanged():
    for html in (
        "<p>No table</p>",
        '<table class="data-table"><tr><td>1</td></tr></table>',
        "<table><tbody><tr><td>no head</td></tr></tbody></table>",
    ):
        assert stack_tables(html) == html


def test_the_5ds_table_stacks_in_both_languages():
    for lang, label in (("en", "What it means"), ("fr", "Ce que cela veut dire")):
        html = Client().get(url_for("bystander", lang)).content.decode()
        assert '<table class="stack">' in html
        assert f'data-label="{label}"' in html
