"""Content pages are rendered once, served compressed to clients that accept it."""

from __future__ import annotations

import gzip

from django.test import Client

from allykit.toolkit import page_cache


def test_gzip_for_clients_that_accept_it_plain_for_the_others():
    page_cache.clear()
    plain = Client().get("/en/why-allyship/")
    packed = Client().get("/en/why-allyship/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain and packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert "Accept-Encoding" in plain["Vary"] and "Accept-Encoding" in packed["Vary"]


def test_page_with_a_csrf_token_is_never_compressed_and_gets_a_fresh_token():
    page_cache.clear()
    first = Client().get("/en/contact/", HTTP_ACCEPT_ENCODING="gzip")
    second = Client().get("/en/contact/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in first
    for response in (first, second):
        assert page_cache.CSRF_PLACEHOLDER.encode() not in response.content


def test_query_strings_are_cached_apart():
    page_cache.clear()
    everything = Client().get("/en/what-allyship-entails/").content
    filtered = Client().get("/en/what-allyship-entails/?setting=hiring").content
    assert everything != filtered
    assert Client().get("/en/what-allyship-entails/?setting=hiring").content == filtered
