"""Shared steps for the workshop tests: start, join and vote through plain HTTP."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from django.test import Client

from allykit.practice.bank import get_bank
from allykit.practice.models import Workshop
from allykit.routes import url_for


def start(lang="en", n=2, own=False, client=None):
    """A facilitator's client and its workshop."""
    host = client or Client()
    ids = list(get_bank().ids()[:n])
    data = {"scenarios": ids, "minutes": "3"}
    if own:
        data["allow_own_lines"] = "on"
    response = host.post(url_for("workshop", lang), data)
    assert response.status_code == 302, response.content[:500]
    code = parse_qs(urlsplit(response["Location"]).query)["code"][0]
    return host, Workshop.objects.get(code=code)


def act(host, ws, action, lang="en"):
    response = host.post(url_for("workshop-host", lang), {"code": ws.code, "action": action})
    assert response.status_code == 302
    ws.refresh_from_db()
    return ws


def join(ws, lang="en", client=None):
    phone = client or Client()
    response = phone.post(url_for("workshop-join", lang), {"code": ws.code})
    assert response.status_code == 302, response.content[:300]
    return phone


def vote(phone, ws, choice, lang="en", question=None, own=""):
    q = ws.current if question is None else question
    url = url_for("workshop-room", lang) + f"?code={ws.code}"
    return phone.post(url, {"question": str(q), "choice": choice, "own_line": own})


def first_response(ws, i=0):
    return get_bank().get(ws.lang, ws.scenario_ids[ws.current]).responses[i].id
