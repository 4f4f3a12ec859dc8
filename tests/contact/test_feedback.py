"""Page feedback: works without JavaScript, stores nothing about the person."""

from __future__ import annotations

import re

import pytest

from allykit.contact.models import Feedback
from tests.html_tools import read

pytestmark = pytest.mark.django_db


def post(client, lang="en", **data):
    fields = {"page": "why", "helpful": "yes", "comment": "", "website": "", **data}
    return client.post(
        f"/{lang}/{'feedback' if lang == 'en' else 'retroaction'}/",
        {f"feedback-{k}": v for k, v in fields.items()},
        REMOTE_ADDR="203.0.113.50",
        HTTP_USER_AGENT="Test/1.0",
    )


@pytest.mark.parametrize(
    "url", ["/en/why-allyship/", "/fr/pourquoi-l-alliance/", "/en/", "/fr/contact/"]
)
def test_every_content_page_ends_with_the_question(client, url):
    response = client.get(url)
    html = response.content.decode()
    assert 'id="page-feedback"' in html and 'name="feedback-helpful"' in html
    if "contact" not in url:
        # Reading a page sets no cookie: the anonymous feedback form needs no CSRF token.
        assert 'name="csrfmiddlewaretoken"' not in html and not response.cookies


def test_an_answer_redirects_back_with_a_thank_you(client):
    response = post(client, "fr", comment="Très clair, merci !")
    assert response.status_code == 303
    assert response["Location"] == "/fr/pourquoi-l-alliance/?feedback=thanks#page-feedback"
    page = client.get(response["Location"]).content.decode()
    assert 'class="feedback-thanks"' in page and 'name="feedback-helpful"' not in page
    fb = Feedback.objects.get()
    assert (fb.page_key, fb.lang, fb.helpful, fb.comment) == (
        "why",
        "fr",
        True,
        "Très clair, merci !",
    )


def test_nothing_identifying_is_stored():
    fields = {f.name for f in Feedback._meta.get_fields()}
    assert fields == {"id", "page_key", "lang", "helpful", "comment", "created_on"}


def test_no_answer_and_a_long_comment_show_errors_and_keep_the_comment(client):
    comment = "é" * 501
    response = post(client, helpful="", comment=comment)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose yes or no." in html and "501 characters" in html and comment in html
    assert read(html).h1_count == 1
    # The answer's link leads to its group (the fieldset, focusable), not to its first radio.
    assert 'href="#id_feedback-helpful"' in html and 'href="#id_feedback-helpful_0"' not in html
    assert re.search(r'<fieldset [^>]*id="id_feedback-helpful" [^>]*tabindex="-1"', html)
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("page", ["nope", "", "../admin"])
def test_unknown_pages_are_refused(client, page):
    assert post(client, page=page).status_code == 400
    assert Feedback.objects.count() == 0


def test_honeypot_is_refused_politely(client):
    response = post(client, website="http://spam.example")
    assert response.status_code == 400 and "meant to stay empty" in response.content.decode()


def test_feedback_rate_limit(client, settings):
    settings.FEEDBACK_RATE_LIMIT = (2, 3600)
    assert [post(client).status_code for _ in range(3)] == [303, 303, 429]
    assert Feedback.objects.count() == 2


@pytest.mark.parametrize("url", ["/en/feedback/", "/fr/retroaction/", "/en/feedback/?page=why"])
def test_the_feedback_page_renders_without_arguments(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert read(response.content.decode()).h1_count == 1
