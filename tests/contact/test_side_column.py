"""The contact page's side column lists the form's heading after the content's sections, like
any section, in both languages; the link leads to the form's heading."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db
URL = {"en": "/en/contact/", "fr": "/fr/contact/"}
FORM_TITLE = {"en": "Send us a message", "fr": "Écrivez-nous"}


def _aside_toc(html: str) -> list[tuple[str, str]]:
    block = re.search(r'<nav class="aside-block aside-toc".*?</nav>', html, re.S)
    assert block, "no 'On this page' list in the side column"
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', block.group(0))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_side_column_lists_the_form_after_the_sections(client, lang):
    html = client.get(URL[lang]).content.decode()
    toc = _aside_toc(html)
    anchors = [a for a, _ in toc]
    assert anchors[:3] == ["who-to-write-to", "what-happens", "privacy"]
    assert toc[-1] == ("contact-form", FORM_TITLE[lang])
    assert re.search(rf'<h2 id="contact-form"[^>]*>{FORM_TITLE[lang]}</h2>', html)
    # In the order of the page: each section's heading comes before the next one's.
    positions = [html.index(f'id="{a}"') for a in anchors]
    assert positions == sorted(positions)


def test_a_form_with_errors_keeps_the_form_in_the_side_column(client):
    response = client.post(URL["en"], {"name": "", "email": "", "message": ""})
    assert response.status_code in (400, 403)
    assert ("contact-form", FORM_TITLE["en"]) in _aside_toc(response.content.decode())
