"""The contact form: stored first, then mailed; every bad input gets a clear answer, never a 500."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from allykit.contact.forms import MAX_AGE, issue_token
from allykit.contact.models import Message, OutgoingMail
from tests.contact.conftest import form_data, start_token
from tests.html_tools import read

pytestmark = pytest.mark.django_db
URL = {"en": "/en/contact/", "fr": "/fr/contact/"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_form_is_on_the_contact_page_below_the_content(client, lang):
    response = client.get(URL[lang])
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("contact-details") < html.index('id="contact-form"')
    page = read(html)
    assert page.h1_count == 1
    for name in ("name", "email", "topic", "message", "website", "started"):
        assert f'name="{name}"' in html
    assert 'class="consent"' in html and "365" in html
    assert 'maxlength="5000"' not in html  # a browser would cut a long paste silently


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_message_is_saved_mailed_and_confirmed_in_its_language(client, lang):
    response = client.post(URL[lang], form_data(topic="technical"))
    assert response.status_code == 303
    assert (
        response["Location"]
        == {"en": "/en/contact/thanks/#top", "fr": "/fr/contact/merci/#top"}[lang]
    )
    message = Message.objects.get()
    assert (message.lang, message.topic, message.status) == (lang, "technical", "new")
    assert message.body.startswith("Bonjour !") and message.name == "Élodie Tremblay"
    assert OutgoingMail.objects.get().state == "sent"
    assert mail.outbox[0].to == ["tech@example.org"]
    assert mail.outbox[0].reply_to == ["elodie@example.org"]
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert read(confirmation.content.decode()).lang == lang


def test_topics_go_to_their_addresses(client, settings):
    settings.CONTACT_CONTENT_EMAIL = "curators@example.org"
    settings.CONTACT_TECH_EMAIL = "webteam@example.org"
    for topic in ("content", "technical", "other"):
        client.post(URL["en"], form_data(topic=topic))
    assert [m.to for m in mail.outbox] == [
        ["curators@example.org"],
        ["webteam@example.org"],
        ["curators@example.org"],
    ]


def test_without_an_address_the_message_is_kept_and_has_no_reply_to(client):
    assert client.post(URL["en"], form_data(email="", name="")).status_code == 303
    assert Message.objects.get().email == ""
    assert mail.outbox[0].reply_to == []


def test_when_the_mail_server_is_down_the_message_stays_queued(client, smtp_settings):
    from tests.contact.conftest import free_port

    smtp_settings(free_port())  # nothing listens there
    assert client.post(URL["en"], form_data()).status_code == 303
    queued = OutgoingMail.objects.get()
    assert queued.state == "queued" and queued.attempts == 1 and queued.last_error
    assert queued.tries.get().ok is False
    assert Message.objects.count() == 1


def _problems(response) -> str:
    html = response.content.decode()
    assert "data-error-summary" in html, html[:500]
    start = html.index("data-error-summary")
    return html[start : html.index("</div>", start)]


BAD = [
    # (case, post data, expected status, words in the error summary)
    (
        "empty",
        {"name": "", "email": "", "topic": "", "message": ""},
        400,
        ["Choose what your message is about", "Write your message"],
    ),
    ("blank message", {"message": "   \n  "}, 400, ["Write your message"]),
    ("too long", {"message": "é" * 5001}, 400, ["5,001 characters", "limit is 5,000"]),
    ("invalid email", {"email": "not-an-address"}, 400, ["name@example.org"]),
    (
        "header injection in email",
        {"email": "a@example.org\r\nBcc: x@example.org"},
        400,
        ["name@example.org"],
    ),
    ("header injection in name", {"name": "Bob\r\nBcc: x@example.org"}, 400, ["one line"]),
    ("unknown topic", {"topic": "sales"}, 400, ["Select a valid choice"]),
    ("honeypot filled", {"website": "http://spam.example"}, 400, ["meant to stay empty"]),
    # Start tokens are made when the test runs (a callable), on the frozen clock: issued at
    # import time, "too fast" would pass whenever collection took longer than the minimum.
    ("too fast", {"started": lambda c: start_token(0, c)}, 400, ["faster than a person"]),
    (
        "just under the minimum",
        {"started": lambda c: start_token(2.9, c)},
        400,
        ["faster than a person"],
    ),
    ("no start time", {"started": None}, 400, ["faster than a person"]),
    ("forged start time", {"started": "eyJ0IjoxfQ:forged:sig"}, 400, ["faster than a person"]),
    (
        "older than the maximum age",
        {"started": lambda c: start_token(MAX_AGE + 1, c)},
        400,
        ["open for more than a day"],
    ),
    (
        "another browser's token",
        {"started": lambda c: issue_token(0, "someone-else")},
        400,
        ["faster than a person"],
    ),
]


@pytest.mark.parametrize(("case", "data", "status", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_gets_a_clear_answer_and_keeps_the_text(client, case, data, status, words):
    posted = form_data(client, **{k: v(client) if callable(v) else v for k, v in data.items()})
    response = client.post(URL["en"], posted)
    assert response.status_code == status
    summary = _problems(response)
    for word in words:
        assert word in summary
    html = response.content.decode()
    assert html.count("<title>Error:") == 1
    if posted.get("message", "").strip():
        assert posted["message"][:50] in html  # what they typed is still there
    assert Message.objects.count() == 0 and not mail.outbox


def test_a_refused_post_gets_a_fresh_start_time_and_an_empty_honeypot(client, clock):
    posted = form_data(client, website="x", started=start_token(0, client))
    html = client.post(URL["en"], posted).content.decode()
    assert 'name="website" id="id_website" value=""' in html
    started = read_started(html)
    assert started != posted["started"]
    # The page's own token, sent back by the same browser a minute later, goes through.
    clock.advance(60)
    assert client.post(URL["en"], form_data(client, started=started)).status_code == 303


def read_started(html: str) -> str:
    import re

    return re.search(r'name="started" value="([^"]+)"', html)[1]


def test_the_start_token_of_the_page_works_in_that_browser_only(client, clock):
    started = read_started(client.get(URL["en"]).content.decode())
    clock.advance(2.9)
    assert client.post(URL["en"], form_data(client, started=started)).status_code == 400
    other = Client()  # another browser, with a CSRF cookie of its own
    other.get(URL["en"])
    clock.advance(0.2)
    assert other.post(URL["en"], form_data(other, started=started)).status_code == 400
    assert client.post(URL["en"], form_data(client, started=started)).status_code == 303


def test_a_token_just_within_the_maximum_age_is_accepted(client, clock):
    started = read_started(client.get(URL["en"]).content.decode())
    clock.advance(MAX_AGE)
    assert client.post(URL["en"], form_data(client, started=started)).status_code == 303


def test_the_maximum_age_comes_from_settings(client, clock, settings):
    settings.CONTACT_FORM_MAX_AGE = 600
    started = read_started(client.get(URL["en"]).content.decode())
    clock.advance(601)
    response = client.post(URL["en"], form_data(client, started=started))
    assert response.status_code == 400
    assert "open for more than a day" in _problems(response)
    fresh = read_started(response.content.decode())  # the page comes back with a new token
    clock.advance(60)
    assert client.post(URL["en"], form_data(client, started=fresh)).status_code == 303


def test_html_and_script_are_stored_as_text_and_shown_escaped(client):
    text = '<script>alert("x")</script><b>bold</b> & co'
    html = client.post(URL["en"], form_data(message=text, email="bad")).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;x&quot;)" in html
    client.post(URL["en"], form_data(client, message=text))
    assert Message.objects.get().body == text
    assert text in mail.outbox[0].body  # a plain-text email: nothing is interpreted


def test_wrong_content_type_is_refused_politely(client):
    response = client.post(URL["en"], data='{"message": "hi"}', content_type="application/json")
    assert response.status_code == 415
    assert "from the page itself" in _problems(response)
    assert Message.objects.count() == 0


def test_missing_csrf_token_keeps_the_text_and_explains():
    client = Client(enforce_csrf_checks=True)
    response = client.post(URL["en"], form_data(message="Texte gardé malgré tout"))
    assert response.status_code == 403
    assert "For your security" in _problems(response)
    assert "Texte gardé malgré tout" in response.content.decode()
    assert Message.objects.count() == 0


def test_with_a_csrf_token_from_the_page_the_post_is_accepted():
    client = Client(enforce_csrf_checks=True)
    client.get(URL["en"])
    token = client.cookies["csrftoken"].value
    response = client.post(URL["en"], {**form_data(client), "csrfmiddlewaretoken": token})
    assert response.status_code == 303


def test_oversized_body_is_refused_without_a_500(client):
    response = client.post(URL["en"], form_data(message="x" * 150_000))
    assert response.status_code == 413
    assert "too large" in _problems(response)


def test_rate_limit_per_address_keeps_the_text(client, settings):
    settings.CONTACT_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        assert client.post(URL["en"], form_data()).status_code == 303
    response = client.post(URL["en"], form_data(message="Troisième message, gardé"))
    assert response.status_code == 429
    assert "several messages in a short time" in _problems(response)
    assert "Troisième message, gardé" in response.content.decode()
    assert Message.objects.count() == 2
    # Another address (through the trusted local proxy) is not affected.
    other = client.post(URL["en"], form_data(client), HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert other.status_code == 303


def test_forwarded_for_from_an_untrusted_peer_does_not_escape_the_limit(client, settings):
    settings.CONTACT_RATE_LIMIT = (1, 3600)
    settings.TRUSTED_PROXIES = []
    assert client.post(URL["en"], form_data(), HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 303
    again = client.post(URL["en"], form_data(), HTTP_X_FORWARDED_FOR="2.2.2.2")
    assert again.status_code == 429


def test_errors_are_linked_to_their_fields(client):
    html = client.post(URL["en"], form_data(email="bad", topic="")).content.decode()
    assert 'href="#id_email"' in html and 'href="#id_topic"' in html
    # The topic's link leads to its group: the fieldset that has that id and can take focus.
    assert 'href="#id_topic_0"' not in html
    assert re.search(r'<fieldset [^>]*id="id_topic" [^>]*tabindex="-1"', html)
    assert 'aria-describedby="id_email-hint id_email-error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_topic-error"' in html  # on the fieldset
    assert 'action="/en/contact/#contact-form"' in html


def test_get_and_post_only(client):
    assert client.put(URL["en"]).status_code == 405
    assert client.head(URL["en"]).status_code == 200


def test_min_fill_time_comes_from_settings(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    assert client.post(URL["en"], form_data(started=start_token(0))).status_code == 303
