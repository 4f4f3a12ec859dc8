"""The pattern page shows every component, rendered in a light and a dark box, in both languages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.design.patterns import COMPONENTS
from allykit.routes import url_for

pytestmark = pytest.mark.django_db

NAMES = sorted(p.stem for p in COMPONENTS.glob("*.html"))
SAMPLE = re.compile(r'<div class="pattern-sample scheme-(light|dark)">(.*?)\n  </div>', re.S)
SCHEME_LABEL = re.compile(r'<p class="pattern-scheme">[^<]*</p>')


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_component_has_a_rendered_sample_in_both_schemes(lang):
    html = Client().get(url_for("patterns", lang)).content.decode()
    sections = {}
    for part in html.split('<section class="pattern" ')[1:]:
        found = re.match(r'aria-labelledby="p-([a-z_]+)"', part)
        sections[found[1]] = part
    for name in NAMES:
        assert name in sections, f"components/{name}.html is not on the pattern page"
        samples = SAMPLE.findall(sections[name])
        assert [s for s, _ in samples] == ["light", "dark"], name
        for _, body in samples:
            assert len(SCHEME_LABEL.sub("", body).strip()) > 20, f"{name}: empty sample"


def test_the_action_link_sample_is_the_component_itself():
    html = Client().get(url_for("patterns", "en")).content.decode()
    assert html.count('<p class="action-link"><a href="/en/tools/writing-checker/">') == 2
