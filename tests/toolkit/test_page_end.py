"""The end of a content page, in the order a reader meets it (review of 2026-12-01).

The contact form used to come after the review date and "Cite this page", as if it were an
afterthought of the page's end matter. Now a page's own additions and the feedback come first,
and the review date and the citation close the page, as "Date modified" does on Canada.ca.
"Cite this page" is the same fold (components/accordion.html's markup) as every other one.
"""

from __future__ import annotations

import pytest
from django.test import Client

from allykit.routes import url_for

pytestmark = pytest.mark.django_db


def _html(key: str, lang: str) -> str:
    response = Client().get(url_for(key, lang))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_contact_form_comes_before_the_review_date_and_the_citation(lang):
    html = _html("contact", lang)
    form = html.index('class="contact-form"')
    feedback = html.index('class="page-feedback"')
    reviewed = html.index('class="last-reviewed"')
    cite = html.index("cite-page")
    assert form < feedback < reviewed < cite


@pytest.mark.parametrize("key", ["sponsorship", "glossary", "about"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_content_page_ends_with_feedback_then_its_review_date_and_citation(key, lang):
    html = _html(key, lang)
    end = html.index('class="page-end-matter"')
    assert html.index('class="page-feedback"') < end
    assert end < html.index('class="last-reviewed"') < html.index("cite-page")
    if 'class="pagination"' in html:
        assert html.index('class="pagination"') < html.index('class="page-feedback"')


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cite_this_page_is_an_accordion_like_every_other_fold(lang):
    html = _html("sponsorship", lang)
    start = html.index('<details class="accordion cite-page"')
    block = html[start : html.index("</details>", start)]
    assert '<summary class="accordion-summary"><span class="accordion-title">' in block
    assert '<div class="accordion-body">' in block
    assert 'class="citation"' in block
