"""Property tests: no input to the contact or feedback form gives a 5xx (issue 17).

Hypothesis makes the posts: any field values (control characters, very long text, odd
Unicode), missing and extra fields, raw bodies that are not valid form encoding or UTF-8,
odd content types and forwarded-for headers. Bounded so that the whole file runs in seconds.
"""

from __future__ import annotations

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contact.conftest import start_token

pytestmark = pytest.mark.django_db
BOUNDED = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any code point a browser can send in a form (lone surrogates cannot be UTF-8 encoded).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
LONG = st.builds(
    lambda c, n: c * n, st.characters(exclude_categories=["Cs"]), st.integers(4990, 6000)
)
SAMPLES = ["", " ", "content", "technical", "other", "yes", "no", "why", "home", "../admin", "\r\n"]
VALUE = st.one_of(TEXT, LONG, st.sampled_from(SAMPLES))
CONTACT_FIELDS = ["name", "email", "topic", "message", "website", "started", "csrfmiddlewaretoken"]
FEEDBACK_FIELDS = ["feedback-page", "feedback-helpful", "feedback-comment", "feedback-website"]
TOKENS = st.sampled_from(["valid", "fresh", "garbage", "missing"])
FORWARDED = st.one_of(st.just(""), st.text(st.sampled_from("0123456789abcdef.:, []"), max_size=60))
RAW = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from(
            [
                b"message=",
                b"%",
                b"%zz",
                b"&",
                b"=",
                b"%ff%fe",
                b"topic=content",
                b"started=x",
                b"\xc3",
                b"+",
            ]
        ),
        max_size=30,
    ).map(b"".join),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "text/plain",
        "application/json",
        "application/x-www-form-urlencoded; charset=latin-1",
        "application/x-www-form-urlencoded; charset=no-such-charset",
        "multipart/form-data; boundary=",
    ]
)


def _fields(names):
    return st.dictionaries(st.sampled_from(names), VALUE, max_size=len(names))


def _token(kind: str, client: Client) -> str | None:
    return {
        "valid": start_token(60, client),
        "fresh": start_token(0, client),
        "garbage": "eyJ0IjoxfQ:x:y",
        "missing": None,
    }[kind]


def _ok(response) -> None:
    assert response.status_code < 500, (response.status_code, response.content[:300])


@pytest.mark.parametrize("lang", ["en", "fr"])
@BOUNDED
@given(fields=_fields(CONTACT_FIELDS), token=TOKENS, forwarded=FORWARDED)
def test_no_contact_form_post_gives_a_server_error(lang, fields, token, forwarded):
    client = Client()
    if fields.pop("csrfmiddlewaretoken", None) is not None:
        client = Client(enforce_csrf_checks=True)  # sometimes CSRF is really checked
    data = {**fields}
    if "started" not in data and (value := _token(token, client)) is not None:
        data["started"] = value
    url = "/en/contact/" if lang == "en" else "/fr/contact/"
    _ok(client.post(url, data, HTTP_X_FORWARDED_FOR=forwarded))


@BOUNDED
@given(body=RAW, content_type=CONTENT_TYPES, length=st.sampled_from([None, "abc", "-1", "9" * 8]))
def test_no_raw_body_gives_a_server_error(body, content_type, length):
    extra = {} if length is None else {"CONTENT_LENGTH": length}
    for url in ("/en/contact/", "/fr/retroaction/"):
        _ok(Client().generic("POST", url, body, content_type=content_type, **extra))


@pytest.mark.parametrize("lang", ["en", "fr"])
@BOUNDED
@given(fields=_fields(FEEDBACK_FIELDS), query=TEXT)
def test_no_feedback_post_or_query_gives_a_server_error(lang, fields, query):
    client = Client()
    url = "/en/feedback/" if lang == "en" else "/fr/retroaction/"
    _ok(client.post(url, fields))
    _ok(client.get(url, {"page": query}))
