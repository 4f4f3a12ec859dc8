"""Practice mode over plain HTTP: a full round of five with form posts, nothing stored."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client

from allykit.practice.bank import get_bank
from allykit.routes import url_for

pytestmark = pytest.mark.django_db


def hidden(html: str) -> dict:
    return {
        m[0]: unescape(m[1])
        for m in re.findall(r'name="(\w+)" value="([^"]*)"', html)
        if m[0] in ("round", "step", "picks", "setting", "position")
    }


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_round_of_five_ends_with_a_summary(lang):
    client = Client()
    url = url_for("practice", lang)
    page = client.get(url, {"start": "1"})
    assert page.status_code == 200
    for step in range(5):
        html = page.content.decode()
        fields = hidden(html)
        scenario = get_bank().get(lang, fields["round"].split(",")[step])
        # Alternate between a listed response and one's own line.
        if step % 2 == 0:
            data = {**fields, "choice": scenario.responses[0].id}
        else:
            data = {**fields, "choice": "own", "own_line": "Let's keep to the case, please."}
        feedback = client.post(url, data)
        assert feedback.status_code == 200
        text = feedback.content.decode()
        assert 'id="model-line"' in text and 'id="follow-up"' in text
        assert 'id="sources"' in text and "what-allyship" in text or "en-quoi" in text
        if step % 2:
            assert "Let&#x27;s keep to the case, please." in text
        next_href = unescape(re.search(r'class="button" href="\?([^"]+)"', text)[1])
        page = client.get(url + "?" + next_href)
        assert page.status_code == 200
    summary = page.content.decode()
    assert "d-summary" in summary
    picks = dict(parse_qsl(urlsplit("?" + next_href).query))["picks"].split(",")
    assert len(picks) == 5 and picks.count("own") == 2


def test_filters_narrow_the_round():
    client = Client()
    page = client.get(url_for("practice", "en"), {"start": "1", "setting": "email"})
    ids = hidden(page.content.decode())["round"].split(",")
    assert ids and all(get_bank().get("en", i).setting == "email" for i in ids)


def test_no_match_and_bad_round_are_explained():
    client = Client()
    url = url_for("practice", "en")
    page = client.get(url, {"start": "1", "setting": "email", "position": "chair"})
    assert page.status_code == 200 and "No scenario matches" in page.content.decode()
    page = client.get(url, {"round": "nope", "step": "0"})
    assert page.status_code == 200 and "could not be read" in page.content.decode()


def test_missing_choice_shows_the_error_summary_and_keeps_the_text():
    client = Client()
    url = url_for("practice", "en")
    fields = hidden(client.get(url, {"start": "1"}).content.decode())
    page = client.post(url, {**fields, "choice": "own", "own_line": ""})
    assert page.status_code == 400
    html = page.content.decode()
    assert "error-summary" in html and 'href="#choices"' in html
    # The link leads to the group, which takes focus itself (tabindex=-1), not its first radio.
    assert re.search(r'<fieldset id="choices" [^>]*tabindex="-1"', html)
    page = client.post(url, {**fields, "choice": "own", "own_line": "x" * 301})
    assert page.status_code == 400 and "x" * 301 in page.content.decode()


def test_practice_stores_nothing_on_the_server():
    from django.contrib.sessions.models import Session

    from allykit.practice.models import Vote, Workshop

    client = Client()
    url = url_for("practice", "en")
    fields = hidden(client.get(url, {"start": "1"}).content.decode())
    scenario = get_bank().get("en", fields["round"].split(",")[0])
    response = client.post(url, {**fields, "choice": scenario.responses[1].id})
    assert response.status_code == 200
    assert not Session.objects.exists() and not Workshop.objects.exists()
    assert not Vote.objects.exists()
    assert set(response.cookies) <= {"csrftoken"}


def test_each_scenario_links_back_to_its_guidance():
    client = Client()
    url = url_for("practice", "en")
    bank = get_bank()
    for scenario in bank.langs["en"][:5]:
        data = {
            "round": scenario.id,
            "step": "0",
            "picks": "",
            "setting": "",
            "position": "",
            "choice": scenario.responses[0].id,
        }
        html = client.post(url, data).content.decode()
        for key, anchor in scenario.guidance:
            assert f'href="{url_for(key, "en")}{"#" + anchor if anchor else ""}"' in html
