"""Public pages carry validators a proxy can use; personal pages and APIs stay uncacheable."""

import pytest

from allykit.toolkit import page_cache

pytestmark = pytest.mark.django_db

PUBLIC = ["/en/", "/fr/", "/en/why-allyship/", "/en/glossary/microaggression/"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    page_cache.clear()
    yield
    page_cache.clear()


@pytest.mark.parametrize("url", PUBLIC)
def test_public_page_has_validators_and_revalidates_to_304(client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"].startswith("public, max-age=")
    assert "stale-while-revalidate=" in first["Cache-Control"]
    assert "Set-Cookie" not in first
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and not etag.startswith("W/")

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag

    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
    assert by_date.status_code == 304

    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200 and changed.content == first.content


def test_gzip_and_identity_have_different_strong_tags(client):
    plain = client.get("/en/")
    gz = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert gz["Content-Encoding"] == "gzip"
    assert plain["ETag"] != gz["ETag"]
    assert "Accept-Encoding" in gz["Vary"]
    # The gzip tag does not validate the identity representation.
    assert client.get("/en/", HTTP_IF_NONE_MATCH=gz["ETag"]).status_code == 200
    assert (
        client.get("/en/", HTTP_IF_NONE_MATCH=gz["ETag"], HTTP_ACCEPT_ENCODING="gzip").status_code
        == 304
    )


def test_the_same_page_gives_the_same_tag_after_the_cache_is_cleared(client):
    first = client.get("/en/why-allyship/")["ETag"]
    page_cache.clear()
    assert client.get("/en/why-allyship/")["ETag"] == first


def test_page_with_a_form_token_is_private(client):
    response = client.get("/en/contact/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"
    assert "ETag" not in response
    assert client.get("/en/contact/", HTTP_IF_NONE_MATCH='"x"').status_code == 200


def test_api_responses_are_not_public(client):
    response = client.post(
        "/api/v1/check",
        data={"text": "She is caring.", "genre": "letter", "lang": "en"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
    assert "ETag" not in response
