"""The front cache: public pages' finished responses, served before Django runs."""

from __future__ import annotations

import gzip
import io
import sys

import pytest
from django.core.wsgi import get_wsgi_application

from allykit.delivery.front_cache import FrontCache
from allykit.routes import url_for
from allykit.toolkit import page_cache, site

pytestmark = pytest.mark.django_db


@pytest.fixture
def app():
    page_cache.clear()
    return FrontCache(get_wsgi_application(), current_site=lambda: site.get_site.peek())


def call(app, path, method="GET", host="testserver", query="", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        **{"HTTP_" + name.upper(): value for name, value in headers.items()},
    }
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"], seen["headers"] = status, response_headers

    body = b"".join(app(environ, start_response))
    return seen["status"], dict(seen["headers"]), body


def test_a_public_page_is_answered_from_memory_the_second_time(app):
    url = url_for("why", "en")
    first = call(app, url)
    assert first[0] == "200 OK" and app.hits == 0
    second = call(app, url)
    assert app.hits == 1
    assert second == first  # the same status line, every header, the same bytes
    assert "public" in second[1]["Cache-Control"] and second[1]["Content-Security-Policy"]


def test_a_current_validator_gets_304_from_memory(app):
    url = url_for("why", "fr")
    _, headers, _ = call(app, url)
    status, not_modified, body = call(app, url, if_none_match=headers["ETag"])
    assert status.startswith("304") and body == b"" and app.hits == 1
    assert not_modified["ETag"] == headers["ETag"]
    assert "Content-Length" not in not_modified and "Content-Type" not in not_modified
    status, _, body = call(app, url, if_none_match='"stale"')
    assert status == "200 OK" and body


def test_gzip_and_plain_are_kept_apart(app):
    url = url_for("why", "en")
    _, _, plain = call(app, url)
    _, zipped_headers, zipped = call(app, url, accept_encoding="gzip, br")
    _, again_headers, again = call(app, url, accept_encoding="gzip")
    assert zipped_headers["Content-Encoding"] == "gzip" == again_headers["Content-Encoding"]
    assert gzip.decompress(zipped) == plain and again == zipped
    assert app.hits == 1


def test_staff_sessions_messages_posts_and_form_pages_go_to_django(app):
    url = url_for("why", "en")
    call(app, url)
    call(app, url, cookie="sessionid=abc")
    call(app, url, cookie="theme=dark; messages=xyz")
    call(app, url, method="HEAD")
    assert app.hits == 0
    contact = url_for("contact", "en")
    for _ in range(2):
        status, headers, _ = call(app, contact)
        assert status == "200 OK" and "public" not in headers.get("Cache-Control", "")
    assert app.hits == 0 and len(app.entries) == 1


def test_a_refused_host_is_never_kept(app):
    url = url_for("why", "en")
    for _ in range(2):
        status, _, _ = call(app, url, host="evil.example")
        assert status.startswith("400")
    assert app.hits == 0 and not app.entries


def test_new_content_is_not_answered_with_the_old_pages(app, monkeypatch):
    url = url_for("why", "en")
    call(app, url)
    reloaded = site.load()  # the content is loaded again
    monkeypatch.setattr(site.get_site, "peek", lambda: reloaded)
    call(app, url)
    assert app.hits == 0
    call(app, url)
    assert app.hits == 1
