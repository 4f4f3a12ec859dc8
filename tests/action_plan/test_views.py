"""The plan without JavaScript: built, changed, checked in on and downloaded through form
posts, with the plan in a signed hidden field; server-side validation with the shared error
summary; nothing kept on the server."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape

import pytest
from django.test import Client

from allykit.action_plan import plan as pl
from allykit.action_plan import state
from allykit.action_plan.models import SavedPlan

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def state_of(html: str) -> str:
    return unescape(re.search(r'name="state" value="([^"]+)"', html).group(1))


def plan_of(html: str) -> dict:
    return json.loads(
        re.search(
            r'<script id="plan-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )


def post(client, url, data):
    response = client.post(url, data)
    return response, response.content.decode()


def test_an_add_button_on_a_content_page_posts_without_a_token_and_lands_on_the_plan():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/plan/add/", {"action": "say-her-title"})
    assert response.status_code == 303
    # The plan opens at the action added, where its notice is.
    assert response["Location"] == "/en/plan/?add=say-her-title#item-say-her-title"
    response = client.get(response["Location"])
    html = response.content.decode()
    assert response.status_code == 200 and "Added to your plan" in html
    assert [i["id"] for i in plan_of(html)["items"]] == ["say-her-title"]
    assert response["Cache-Control"] == "private, no-store"
    # The French button, and the link form of it.
    response = client.post("/fr/plan/ajouter/", {"action": "say-her-title"})
    assert response["Location"] == "/fr/plan/?add=say-her-title#item-say-her-title"
    # An action not in the catalogue: the plan page says so at its top (no fragment).
    assert client.post("/en/plan/add/", {"action": "nope"})["Location"] == "/en/plan/?add=nope"
    assert "Ajoutée à votre plan" in client.get("/fr/plan/?add=say-her-title").content.decode()
    assert client.get("/en/plan/add/?action=run-practice-round").status_code == 200


def test_build_change_check_in_and_download_through_form_posts():
    client = Client()
    html = client.get("/en/plan/?add=sponsor-named-colleague").content.decode()
    response, html = post(client, "/en/plan/", {"state": state_of(html), "op": "add:say-her-title"})
    assert response.status_code == 200
    assert {i["id"] for i in plan_of(html)["items"]} == {"sponsor-named-colleague", "say-her-title"}
    # Save a date and a note on one action.
    day = (TODAY + dt.timedelta(days=20)).isoformat()
    response, html = post(
        client,
        "/en/plan/",
        {
            "state": state_of(html),
            "op": "save:say-her-title",
            "say-her-title-date": day,
            "say-her-title-note": "Dr Okafor, Tuesday rounds",
        },
    )
    item = next(i for i in plan_of(html)["items"] if i["id"] == "say-her-title")
    assert item["date"] == day and item["note"] == "Dr Okafor, Tuesday rounds"
    assert "Date and note saved" in html
    # Remove one.
    data = {"state": state_of(html), "op": "remove:sponsor-named-colleague"}
    response, html = post(client, "/en/plan/", data)
    assert [i["id"] for i in plan_of(html)["items"]] == ["say-her-title"]
    # The check-in page: mark it done with a note; the record shows dated entries.
    response, html = post(client, "/en/plan/check-in/", {"state": state_of(html), "op": "show"})
    assert response.status_code == 200 and "Record this check-in" in html
    response, html = post(
        client,
        "/en/plan/check-in/",
        {
            "state": state_of(html),
            "op": "checkin:say-her-title",
            "c-say-her-title-status": "done",
            "c-say-her-title-note": "She was introduced as Dr",
        },
    )
    assert plan_of(html)["items"][0]["status"] == "done"
    assert "Check-in recorded" in html and "She was introduced as Dr" in html
    assert "Marked done" in html and "Added to the plan" in html
    # Downloads from the check-in page.
    for op, kind in (("pdf", "application/pdf"), ("print", "text/html; charset=utf-8")):
        response = client.post("/en/plan/check-in/", {"state": state_of(html), "op": op})
        assert response.status_code == 200 and response["Content-Type"] == kind
    assert SavedPlan.objects.count() == 0  # nothing was kept


def test_the_printable_page_is_a_page_of_the_site_in_the_plan_language():
    plan = pl.add(pl.Plan(lang="fr"), "say-her-title", 7, TODAY, note="Une note")
    response = Client().post("/fr/plan/", {"state": state.dumps(plan), "op": "print"})
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="fr">' in html
    assert html.count("<h1") == 1 and "Une note" in html and "Files" in html  # the source


def test_invalid_input_comes_back_with_the_error_summary_and_nothing_lost():
    plan = pl.add(pl.Plan(lang="en"), "say-her-title", 7, TODAY)
    response, html = post(
        Client(),
        "/en/plan/",
        {
            "state": state.dumps(plan),
            "op": "save:say-her-title",
            "say-her-title-date": "next tuesday",
            "say-her-title-note": "x" * 501,
        },
    )
    assert response.status_code == 400
    assert "error-summary" in html and "Error:" in html.split("</title>")[0]
    assert 'href="#id_say-her-title-date"' in html and 'href="#id_say-her-title-note"' in html
    assert 'value="next tuesday"' in html  # what was typed is kept
    assert 'aria-invalid="true"' in html
    # The French messages.
    response, html = post(
        Client(),
        "/fr/plan/",
        {
            "state": state.dumps(plan),
            "op": "save:say-her-title",
            "say-her-title-date": "",
        },
    )
    assert "Entrez la date à laquelle vous comptez le faire." in html


def test_a_check_in_without_a_status_links_its_error_to_the_status_group():
    plan = pl.add(pl.Plan(lang="en"), "say-her-title", 7, TODAY)
    data = {"state": state.dumps(plan), "op": "checkin:say-her-title"}
    response, html = post(Client(), "/en/plan/check-in/", data)
    assert response.status_code == 400
    assert "Choose done, postponed, dropped or still to do." in html
    # The link leads to the group (the fieldset, which can take focus), not to its first radio.
    assert 'href="#id_c-say-her-title-status"' in html
    assert 'href="#id_c-say-her-title-status_0"' not in html
    assert re.search(r'<fieldset [^>]*id="id_c-say-her-title-status" [^>]*tabindex="-1"', html)


def test_a_changed_or_foreign_state_is_refused_and_the_json_copy_is_checked():
    plan = pl.add(pl.Plan(lang="en"), "say-her-title", 7, TODAY)
    signed = state.dumps(plan)
    response, html = post(Client(), "/en/plan/", {"state": signed[:-3] + "xyz", "op": "show"})
    assert response.status_code == 400 and "could not be read" in html
    assert response["X-Plan-Unreadable"] == "1"  # plan.js keeps the browser's copy
    # plan.js posts the browser's copy as JSON; it is parsed like any input.
    response, html = post(Client(), "/en/plan/", {"plan_json": plan.dumps(), "op": "show"})
    assert response.status_code == 200 and plan_of(html)["items"][0]["id"] == "say-her-title"
    bad = json.dumps({"items": [{"id": "say-her-title", "date": "2026-13-40"}]})
    assert Client().post("/en/plan/", {"plan_json": bad}).status_code == 400
    response, html = post(Client(), "/en/plan/", {"state": signed, "op": "add:no-such-action"})
    assert "not in the catalogue" in html


def test_the_largest_plan_fits_in_the_signed_field():
    import random

    from allykit.action_plan.store import get_catalogue

    rng = random.Random(13)
    letters = "abcdéèàçôœ«»ABCDEF0123456789 "

    def text(n):
        return "".join(rng.choice(letters) for _ in range(n)).strip() or "x"

    plan = pl.Plan(lang="fr")
    for action in get_catalogue().langs["fr"]:
        plan = pl.add(plan, action.id, 7, TODAY, note=text(pl.MAX_NOTE))
        for _ in range(pl.MAX_LOG):
            plan = pl.check_in(plan, action.id, "postponed", TODAY, text(pl.MAX_CHECKIN_NOTE))
    signed = state.dumps(plan)
    assert len(signed) <= state.MAX_STATE
    assert state.loads(signed, "fr") == plan


@pytest.mark.parametrize(("lang", "first"), [("en", "Sergeant"), ("fr", "Organisation mondiale")])
def test_the_printable_plan_lists_its_sources_by_the_names_it_prints(lang, first):
    # who2019 is the World Health Organization (W) in English, the Organisation mondiale de la
    # Santé (O) in French: it files after Sergeant in English and before it in French.
    plan = pl.add(pl.Plan(lang=lang), "ask-for-gender-figures", 7, TODAY)
    plan = pl.add(plan, "count-your-leaders", 7, TODAY)
    url = {"en": "/en/plan/", "fr": "/fr/plan/"}[lang]
    response, html = post(Client(), url, {"state": state.dumps(plan), "op": "print"})
    assert response.status_code == 200
    sources = html.split('aria-labelledby="doc-sources"', 1)[1].split("</section>", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", sources, re.S)
    assert len(items) == 2 and items[0].startswith(first), items


@pytest.mark.parametrize(("lang", "heading"), [("en", "To do: 1 action"), ("fr", "À faire")])
def test_an_overdue_action_is_printed_under_to_do_not_ahead(lang, heading):
    # An action whose date has passed is still to do; "Ahead" said it was in the future.
    plan = pl.add(pl.Plan(lang=lang), "say-her-title", 7, TODAY)
    plan = pl.edit(plan, "say-her-title", TODAY - dt.timedelta(days=30), "")
    response, html = post(Client(), f"/{lang}/plan/", {"state": state.dumps(plan), "op": "print"})
    assert response.status_code == 200
    title = re.search(r'<h2 id="doc-ahead">(.*?)</h2>', html, re.S).group(1)
    assert heading in unescape(title) and "Ahead" not in title and "venir" not in title


def _element(html: str, element_id: str) -> str:
    """The HTML of the <li> or <section> that carries `element_id`, up to its end."""
    start = html.index(f'id="{element_id}"')
    tag = "section" if element_id == "plan-items" else "li"
    return html[start : html.index(f"</{tag}>", start)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_each_change_opens_at_its_place_with_its_notice_there(lang):
    """Each button's formaction ends in #plan-notice, and the answer draws that notice in the
    element changed (the browser opens the answer there); the top of the page has none, so
    nobody is sent back to the top to learn what happened."""
    client = Client()
    base = f"/{lang}/plan/"
    html = client.get(f"{base}?add=sponsor-named-colleague").content.decode()
    assert 'value="add:say-her-title" formaction="' + base + '#plan-notice"' in html
    response, html = post(client, base, {"state": state_of(html), "op": "add:say-her-title"})
    added = "Added to your plan" if lang == "en" else "Ajoutée à votre plan"
    here = _element(html, "action-say-her-title")
    assert added in here and 'id="plan-notice"' in here and 'role="status"' in here
    assert 'href="#item-say-her-title"' in here  # "In your plan" leads to the item
    assert html.count('id="plan-notice"') == 1 and 'id="plan-toast"' not in html
    # Saving a date and note: the answer opens at the item, which says it was saved.
    assert 'value="save:say-her-title" formaction="' + base + '#plan-notice"' in html
    data = {
        "state": state_of(html),
        "op": "save:say-her-title",
        "say-her-title-date": (TODAY + dt.timedelta(days=9)).isoformat(),
        "say-her-title-note": "",
    }
    response, html = post(client, base, data)
    saved = "Date and note saved" if lang == "en" else "Date et note enregistrées"
    assert saved in _element(html, "item-say-her-title")
    # Removing: the answer opens at the plan's heading, under which the notice is.
    assert 'value="remove:say-her-title" formaction="' + base + '#plan-notice"' in html
    response, html = post(client, base, {"state": state_of(html), "op": "remove:say-her-title"})
    removed = "Removed from your plan" if lang == "en" else "Retirée de votre plan"
    assert removed in _element(html, "plan-items")
    assert html.count('id="plan-notice"') == 1 and 'id="plan-toast"' not in html
    # The check-in page: the same at the item checked in on.
    checkin = "/en/plan/check-in/" if lang == "en" else "/fr/plan/suivi/"
    response, html = post(client, checkin, {"state": state_of(html), "op": "show"})
    assert (
        'value="checkin:sponsor-named-colleague" formaction="' + checkin + '#plan-notice"' in html
    )
    data = {
        "state": state_of(html),
        "op": "checkin:sponsor-named-colleague",
        "c-sponsor-named-colleague-status": "done",
    }
    response, html = post(client, checkin, data)
    recorded = "Check-in recorded" if lang == "en" else "Suivi enregistré"
    assert recorded in _element(html, "item-sponsor-named-colleague")


def test_an_error_keeps_its_summary_at_the_top_and_no_notice_elsewhere():
    """Without #plan-notice in the answer the browser stays at the top, where the error
    summary takes focus (autofocus is skipped when the address points to an element)."""
    client = Client()
    html = client.get("/en/plan/?add=say-her-title").content.decode()
    data = {"state": state_of(html), "op": "save:say-her-title", "say-her-title-date": "soon"}
    response, html = post(client, "/en/plan/", data)
    assert response.status_code == 400 and 'class="error-summary"' in html
    assert html.index('class="error-summary"') < html.index('id="plan-items"')
    assert "toast-text" not in html and 'id="plan-notice"' not in html
