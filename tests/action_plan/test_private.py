"""The private link: the round trip (build, save, open, change, download, delete) through the
test client, what the database holds (a hash, not the token; ciphertext, not the plan), expiry
and `allykit purge`, and the rate limit on saves."""

from __future__ import annotations

import datetime as dt
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from allykit.action_plan import keys, private, state
from allykit.action_plan import plan as pl
from allykit.action_plan.models import SavedPlan
from tests.action_plan.test_views import plan_of, state_of

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()
NOTE = "Ask Dr Haddad to chair the March panel"


def _plan(lang="en") -> pl.Plan:
    plan = pl.add(pl.Plan(lang=lang), "decline-manel-with-letter", 30, TODAY, note=NOTE)
    return pl.add(plan, "say-her-title", 7, TODAY)


def _save(client, plan, lang="en", key=""):
    data = {"state": state.dumps(plan), "op": "save"}
    if key:
        data["key"] = key
    return client.post(f"/{lang}/plan/{'private-link' if lang == 'en' else 'lien-prive'}/", data)


def test_the_round_trip_save_open_change_download_delete():
    phone = Client()
    response = _save(phone, _plan())
    assert response.status_code == 303
    location = response["Location"]
    token = re.search(r"key=([A-Za-z0-9_-]+)", location).group(1)
    assert keys.looks_like_token(token) and len(token) == 43 and "saved=1" in location
    # The database holds neither the token nor the plan in clear.
    row = SavedPlan.objects.get()
    assert token not in row.token_hash and NOTE not in row.ciphertext
    assert "decline-manel" not in row.ciphertext
    assert (row.expires_at - row.saved_at).days == private.days()

    # Another device opens the link: no cookie, no account.
    laptop = Client()
    response = laptop.get(location)
    html = response.content.decode()
    assert response.status_code == 200 and "Keep this link" in html
    assert f"http://testserver/en/plan/private-link/?key={token}" in html
    assert (
        response["Referrer-Policy"] == "same-origin"  # the key never goes to another host
        and response["Cache-Control"] == "private, no-store"
    )
    assert {i["id"] for i in plan_of(html)["items"]} == {
        "say-her-title",
        "decline-manel-with-letter",
    }

    # Change it there: open it in the plan page (the key goes along), mark an action done...
    response = laptop.post("/en/plan/", {"state": state_of(html), "key": token, "op": "show"})
    html = response.content.decode()
    assert "Save the changes under your private link" in html and f'value="{token}"' in html
    response = laptop.post(
        "/en/plan/check-in/",
        {
            "state": state_of(html),
            "key": token,
            "op": "checkin:say-her-title",
            "c-say-her-title-status": "done",
        },
    )
    html = response.content.decode()
    # ...and save the change under the same link.
    response = laptop.post(
        "/en/plan/private-link/", {"state": state_of(html), "key": token, "op": "save"}
    )
    assert response.status_code == 303 and f"key={token}" in response["Location"]
    assert SavedPlan.objects.count() == 1

    # The owner downloads the saved copy.
    response = phone.post("/en/plan/private-link/", {"key": token, "op": "ics"})
    cal = Calendar.from_ical(response.content)
    assert [str(e["SUMMARY"]) for e in cal.events] == [
        "Decline a manel with the panel checker's letter"
    ]
    assert NOTE in str(cal.events[0]["DESCRIPTION"])
    response = phone.post("/en/plan/private-link/", {"key": token, "op": "pdf"})
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    response = phone.post("/en/plan/private-link/", {"key": token, "op": "print"})
    assert NOTE in response.content.decode()

    # Delete it: gone at once, the link opens nothing.
    response = phone.post("/en/plan/private-link/", {"key": token, "op": "delete"})
    assert response.status_code == 200 and "is deleted" in response.content.decode()
    assert SavedPlan.objects.count() == 0
    response = laptop.get(f"/en/plan/private-link/?key={token}")
    assert response.status_code == 404 and "No plan at this link" in response.content.decode()


def test_the_french_link_and_a_pasted_whole_link():
    response = _save(Client(), _plan("fr"), "fr")
    token = re.search(r"key=([A-Za-z0-9_-]+)", response["Location"]).group(1)
    assert response["Location"].startswith("/fr/plan/lien-prive/")
    pasted = f"https://allykit.example.org/fr/plan/lien-prive/?key={token}"
    html = Client().get("/fr/plan/lien-prive/", {"key": pasted}).content.decode()
    assert "Votre plan enregistré" in html and "Décliner un panel" in html


def test_wrong_keys_and_empty_plans():
    client = Client()
    assert client.get("/en/plan/private-link/?key=short").status_code == 404
    assert client.get(f"/en/plan/private-link/?key={keys.new_token()}").status_code == 404
    response = _save(client, pl.Plan(lang="en"))
    assert response.status_code == 400 and "nothing to save" in response.content.decode()
    assert (
        client.post("/en/plan/private-link/", {"key": keys.new_token(), "op": "delete"}).status_code
        == 404
    )
    assert SavedPlan.objects.count() == 0


def test_expired_plans_are_not_opened_and_purge_deletes_them(monkeypatch):
    response = _save(Client(), _plan())
    token = re.search(r"key=([A-Za-z0-9_-]+)", response["Location"]).group(1)
    SavedPlan.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert Client().get(f"/en/plan/private-link/?key={token}").status_code == 404
    # Saving again under an expired link makes a new link rather than reviving it.
    response = _save(Client(), _plan(), key=token)
    assert token not in response["Location"]
    assert SavedPlan.objects.count() == 2
    out = StringIO()
    call_command("purge", stdout=out)
    assert "deleted 1 expired action plan" in out.getvalue()
    assert SavedPlan.objects.count() == 1
    # The setting decides the lifetime.
    monkeypatch.setenv("ALLYKIT_PLAN_DAYS", "3")
    _save(Client(), _plan())
    newest = SavedPlan.objects.order_by("-saved_at").first()
    assert (newest.expires_at - newest.saved_at).days == 3


def test_saves_are_rate_limited_per_address(monkeypatch):
    monkeypatch.setenv("ALLYKIT_PLAN_RATE_LIMIT", "2/3600")
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert _save(client, _plan()).status_code == 303
    assert _save(client, _plan()).status_code == 303
    response = _save(client, _plan())
    assert response.status_code == 429 and "Too many plans" in response.content.decode()
    kept = state.loads(state_of(response.content.decode()), "en")  # nothing lost
    assert set(kept.ids()) == {"decline-manel-with-letter", "say-her-title"}
    assert _save(Client(REMOTE_ADDR="203.0.113.8"), _plan()).status_code == 303


def test_purge_dry_run_counts_the_expired_plans_the_real_run_deletes():
    for _ in range(3):
        _save(Client(), _plan())
    expired = SavedPlan.objects.order_by("saved_at")[:2].values_list("pk", flat=True)
    SavedPlan.objects.filter(pk__in=list(expired)).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    out = StringIO()
    call_command("purge", "--dry-run", stdout=out)
    assert "would delete 2 expired action plan(s)" in out.getvalue()
    assert SavedPlan.objects.count() == 3  # a dry run deletes nothing
    out = StringIO()
    call_command("purge", stdout=out)
    assert "deleted 2 expired action plan(s)" in out.getvalue()
    assert SavedPlan.objects.count() == 1
