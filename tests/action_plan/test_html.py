"""The plan pages as the forms render them (not only their empty GET, which the site-wide
sweep checks): the Nu HTML checker finds no error."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from allykit.action_plan import plan as pl
from allykit.action_plan import state

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def test_nu_html_checker_finds_no_error_on_the_plan_pages(tmp_path, vnu_jar):
    today = dt.date.today()
    plan = pl.add(pl.Plan(lang="en"), "say-her-title", 7, today, note="Dr Lee")
    plan = pl.check_in(plan, "say-her-title", "done", today, "Done")
    plan = pl.add(plan, "run-practice-round", 7, today)
    signed = state.dumps(plan)
    client = Client()
    saved = client.post("/en/plan/private-link/", {"state": signed, "op": "save"})["Location"]
    pages = {
        "plan": client.post("/en/plan/", {"state": signed, "op": "show"}),
        "error": client.post(
            "/fr/plan/",
            {"state": signed, "op": "save:say-her-title", "say-her-title-date": "mardi"},
        ),
        "checkin": client.post("/fr/plan/suivi/", {"state": signed, "op": "show"}),
        "checkin-error": client.post(
            "/en/plan/check-in/", {"state": signed, "op": "checkin:say-her-title"}
        ),
        "print": client.post("/fr/plan/", {"state": signed, "op": "print"}),
        "private": client.get(saved),
        "added": client.get("/en/plan/?add=sponsor-named-colleague"),
        "content": client.get("/en/mentorship-sponsorship/"),
    }
    files = []
    for name, response in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    done = subprocess.run(
        [
            shutil.which("java"),
            "-jar",
            str(vnu_jar),
            "--format",
            "json",
            "--exit-zero-always",
            *files,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == []
