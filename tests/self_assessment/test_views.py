"""The assessment pages without JavaScript: form, error summary, result by POST, nothing kept."""

from __future__ import annotations

import logging
import re

import pytest
from django.apps import apps
from django.test import Client

from allykit.self_assessment.bank import get_bank

pytestmark = pytest.mark.django_db

URLS = {
    ("en", "mentor"): "/en/self-assessment/mentor/",
    ("fr", "mentor"): "/fr/autoevaluation/mentorat/",
    ("en", "sponsor"): "/en/self-assessment/sponsor-and-ally/",
    ("fr", "sponsor"): "/fr/autoevaluation/parrainage-et-alliance/",
}


def answers(aid: str, value_of) -> dict:
    items = get_bank().get("en", aid).items
    return {item.id: str(value_of(n, item)) for n, item in enumerate(items)}


def row_counts() -> dict:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


@pytest.mark.parametrize(("lang", "aid"), list(URLS))
def test_form_lists_every_item_with_five_answers(lang, aid):
    response = Client().get(URLS[(lang, aid)])
    assert response.status_code == 200
    html = response.content.decode()
    assessment = get_bank().get(lang, aid)
    for item in assessment.items:
        assert html.count(f'name="{item.id}"') == 5
    assert 'method="post"' in html
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_missing_answers_show_the_error_summary_and_keep_the_others():
    data = answers("mentor", lambda n, item: 3)
    del data["counsel-think"]
    data["teach-rules"] = "9"
    response = Client().post(URLS[("en", "mentor")], data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'href="#q-counsel-think"' in html and 'href="#q-teach-rules"' in html
    assert "Question 7: choose how often." in html
    assert "<title>Error:" in html
    # What was answered stays checked.
    assert 'name="befriend-whole" value="3" id="q-befriend-whole_3" checked' in html.replace(
        "required ", ""
    )  # noqa: E501


def test_result_by_post_shows_strengths_gaps_reading_and_nothing_is_kept(caplog):
    before = row_counts()
    client = Client()
    mentor = get_bank().get("en", "mentor")

    def value(n, item):  # teaching: always; counselling and befriending: never; others: sometimes
        return {"teaching": 4, "counselling": 0, "befriending": 1}.get(item.function, 2)

    with caplog.at_level(logging.DEBUG):
        response = client.post(URLS[("en", "mentor")], answers("mentor", value))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "<title>Your result: " + mentor.title in html and "Your result</h1>" in html
    strengths = html.split('id="level-strength"')[1]
    gaps = html.split('id="level-gap"')[1].split('id="level-growing"')[0]
    assert "Teaching" in strengths
    assert "Counselling" in gaps and "Befriending" in gaps
    assert gaps.index("Counselling") < gaps.index("Befriending")  # weakest first
    assert 'href="/en/mentorship-sponsorship/mentoring/#power"' in gaps
    assert "0.0 of 4" in html and "4.0 of 4" in html
    # Each gap lists catalogue actions with the action plan's add-to-plan form.
    counselling = gaps.split('id="function-counselling"')[1].split('class="result-function"')[0]
    assert 'action="/en/plan/add/"' in counselling
    assert 'name="action" value="ask-which-function"' in counselling
    assert "plan/add/" not in strengths.split('id="answers"')[0]  # no actions for a strength
    assert 'id="assessment-keep"' in html
    # Nothing is stored: no new row anywhere, no session, and no log line with an answer.
    assert row_counts() == before
    assert "sessionid" not in response.cookies
    for record in caplog.records:
        assert "counsel-think" not in record.getMessage()


def test_french_result():
    response = Client().post(URLS[("fr", "sponsor")], answers("sponsor", lambda n, i: n % 5))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Votre résultat" in html and "sur 4" in html
    assert "Lacunes" in html or "Points forts" in html


def test_overview_links_both_assessments():
    html = Client().get("/en/self-assessment/").content.decode()
    assert URLS[("en", "mentor")] in html and URLS[("en", "sponsor")] in html
    html = Client().get("/fr/autoevaluation/").content.decode()
    assert URLS[("fr", "mentor")] in html


@pytest.mark.parametrize(
    "key",
    [
        "assessment",
        "assessment-mentor",
        "assessment-sponsor",
        "cards",
        "card-five-ds",
        "card-panels",
    ],
)
def test_french_pages_have_canadian_spacing_and_no_escaped_entities(key):
    from allykit.routes import url_for

    html = Client().get(url_for(key, "fr")).content.decode()
    assert "&amp;nbsp;" not in html and "&amp;#" not in html
    assert " :" not in html.replace("\u00a0:", "")
    assert "« " not in html and " »" not in html


def test_an_action_is_offered_once_under_the_weakest_function():
    def value(n, item):  # teaching and counselling share "ask-which-function"
        return {"teaching": 1, "counselling": 0}.get(item.function, 4)

    html = Client().post(URLS[("en", "mentor")], answers("mentor", value)).content.decode()
    assert html.count('name="action" value="ask-which-function"') == 1
    counselling = html.split('id="function-counselling"')[1].split('id="function-')[0]
    assert 'value="ask-which-function"' in counselling


def test_without_javascript_the_result_opens_the_plan_beside_it():
    """The result is drawn from a form post and going back would not show it again: its
    "Add to my plan" forms open the plan in a new tab, and say so (only without script)."""
    html = Client().post(URLS[("en", "mentor")], answers("mentor", lambda n, i: 0))
    html = html.content.decode()
    forms = html.count('class="plan-add"')
    assert forms > 0 and html.count('target="_blank" class="plan-add"') == forms
    assert html.count('<span class="plan-add-tab"> (opens in a new tab)</span>') == forms
    french = Client().post(URLS[("fr", "mentor")], answers("mentor", lambda n, i: 0))
    assert "(s'ouvre dans un nouvel onglet)" in french.content.decode()
    # A content page's button stays in its tab: going back shows the page again.
    page = Client().get("/en/mentorship-sponsorship/").content.decode()
    tags = re.findall(r'<form [^>]*class="plan-add"[^>]*>', page)
    assert tags and not any("_blank" in t for t in tags) and "plan-add-tab" not in page
