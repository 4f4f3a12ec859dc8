"""Content tables stack on a phone: each cell carries its column heading (allykit/content/
tables_md.py renders them; tests/content/test_tables_md.py tests the renderer)."""

from __future__ import annotations

from django.test import Client

from allykit.routes import url_for


def test_the_5ds_table_stacks_in_both_languages():
    for lang, label in (("en", "What it means"), ("fr", "Ce que cela veut dire")):
        html = Client().get(url_for("bystander", lang)).content.decode()
        assert '<table class="stack">' in html
        assert f'data-label="{label}"' in html
