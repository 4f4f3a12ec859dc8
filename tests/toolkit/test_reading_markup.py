"""Markup a reader relies on without seeing it (review of 2026-12-01)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.routes import url_for

pytestmark = pytest.mark.django_db

ENTRY = re.compile(
    r'<details class="accordion reference-entry" id="ref-(?P<key>[^"]+)">\s*'
    r'<summary class="accordion-summary">.*?<span class="accordion-meta"(?P<attrs>[^>]*)>'
    r".*?<p class=\"reference\">(?P<apa>.*?)</p>",
    re.S,
)


@pytest.mark.parametrize(("lang", "other"), [("en", "fr"), ("fr", "en")])
def test_a_reference_title_in_the_other_language_is_marked_in_the_list_summary(lang, other):
    """The folded list showed a French title on the English page (and the reverse) with no lang:
    a screen reader read "Un ministre peut-il tomber enceinte ?" with English sounds."""
    html = Client().get(url_for("references", lang)).content.decode()
    entries = list(ENTRY.finditer(html))
    assert len(entries) > 50
    foreign = [e for e in entries if f'<span lang="{other}">' in e["apa"]]
    assert foreign, "the list has works in the other language"
    for e in entries:
        marked = f'lang="{other}"' in e["attrs"]
        assert marked == (e in foreign), e["key"]
