"""The colour-scheme switch: a cookie, read by scheme.css, set with or without script."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.fixture
def client():
    return Client()


def test_the_choice_is_stored_and_the_reader_goes_back(client):
    response = client.get("/fr/affichage/", {"scheme": "dark", "next": "/fr/"})
    assert response.status_code == 303 and response["Location"] == "/fr/"
    assert response.cookies["scheme"].value == "dark"
    css = client.get("/fr/scheme.css")
    assert css.content.startswith(b":root{color-scheme:dark}")
    assert css["Content-Type"].startswith("text/css") and "Cookie" in css["Vary"]


def test_an_outside_next_is_ignored(client):
    response = client.get("/en/display/", {"scheme": "light", "next": "https://evil.example/"})
    assert response["Location"] == "/en/display/"
    response = client.get("/en/display/", {"scheme": "light", "next": "//evil.example/"})
    assert response["Location"] == "/en/display/"


def test_unknown_values_fall_back_to_the_device(client):
    client.cookies["scheme"] = "purple"
    assert client.get("/en/scheme.css").content.startswith(b"/*")
    page = client.get("/en/display/", {"scheme": "purple"})
    assert page.status_code == 200


def test_scheme_css_revalidates_cheaply(client):
    first = client.get("/en/scheme.css")
    again = client.get("/en/scheme.css", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_settings_page_marks_the_current_choice(client):
    client.cookies["scheme"] = "light"
    html = client.get("/en/display/").content.decode()
    assert 'value="light" aria-pressed="true"' in html
    assert 'value="dark" aria-pressed="false"' in html
