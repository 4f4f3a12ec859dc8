"""Workshop mode over plain HTTP (the no-JavaScript path) and its privacy and abuse rules."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from allykit.practice import codes, workshops
from allykit.practice.bank import get_bank
from allykit.practice.models import Participant, Vote, Workshop
from allykit.routes import url_for

from .helpers import act, first_response, join, start, vote

pytestmark = pytest.mark.django_db


def test_start_validates_and_keeps_the_choices():
    client = Client()
    response = client.post(url_for("workshop", "en"), {"scenarios": [], "minutes": "7"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-summary" in html and 'href="#scenarios"' in html and 'href="#minutes"' in html
    assert not Workshop.objects.exists()


def test_the_facilitator_link_alone_controls_the_workshop():
    host, ws = start()
    assert len(ws.code) == 8 and len(ws.host_hash) == 64
    page = host.get(url_for("workshop-host", "en") + f"?code={ws.code}&new=1")
    html = page.content.decode()
    assert page.status_code == 200 and codes.display(ws.code) in html
    assert "?key=" in html  # the private link, shown to the facilitator
    # Another browser with the code sees no controls and cannot act.
    other = Client()
    page = other.get(url_for("workshop-host", "en") + f"?code={ws.code}")
    assert 'name="action"' not in page.content.decode()
    other.post(url_for("workshop-host", "en"), {"code": ws.code, "action": "open"})
    ws.refresh_from_db()
    assert ws.phase == "lobby"
    # The private link on a new device works, then leaves the address bar.
    key = html.split("?key=")[1].split('"')[0]
    laptop = Client()
    response = laptop.get(url_for("workshop-host", "en") + f"?key={key}")
    assert response.status_code == 302 and "key=" not in response["Location"]
    assert response.cookies[f"ws_host_{ws.code}"]["httponly"]
    act(laptop, ws, "open")
    assert ws.phase == "open"


def test_participants_vote_once_change_their_vote_and_see_results_by_reloading():
    host, ws = start()
    phone = join(ws)
    room = url_for("workshop-room", "en") + f"?code={ws.code}"
    assert "Wait for the facilitator" in phone.get(room).content.decode()
    act(host, ws, "open")
    assert 'name="choice"' in phone.get(room).content.decode()
    assert vote(phone, ws, first_response(ws, 0)).status_code == 302
    assert vote(phone, ws, first_response(ws, 1)).status_code == 302  # changed, not doubled
    assert workshops.tally(ws) == {first_response(ws, 1): 1}
    page = phone.get(room + "&voted=1").content.decode()
    assert "Your vote is recorded" in page
    act(host, ws, "close")
    closed = vote(phone, ws, first_response(ws, 0))
    assert closed.status_code == 400 and "closed" in closed.content.decode()
    assert workshops.tally(ws) == {first_response(ws, 1): 1}
    page = phone.get(room).content.decode()
    assert "results-table" in page and 'id="feedback"' not in page
    act(host, ws, "reveal")
    page = phone.get(room).content.decode()
    assert 'id="feedback"' in page and 'id="model-line"' in page
    act(host, ws, "next")
    assert ws.current == 1 and ws.phase == "open"
    assert vote(phone, ws, first_response(ws, 0), question=0).status_code == 400  # old question


def test_workshop_js_votes_without_a_page_reload():
    host, ws = start()
    act(host, ws, "open")
    phone = join(ws)
    url = url_for("workshop-room", "en") + f"?code={ws.code}"
    data = {"question": "0", "choice": first_response(ws)}
    response = phone.post(url, data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and json.loads(response.content)["recorded"] is True
    bad = phone.post(url, {"question": "0", "choice": "nope"}, HTTP_ACCEPT="application/json")
    assert bad.status_code == 400
    assert workshops.tally(ws) == {first_response(ws): 1}


def test_votes_carry_no_identifier_of_the_participant():
    host, ws = start()
    act(host, ws, "open")
    phone = join(ws)
    vote(phone, ws, first_response(ws))
    row = Vote.objects.get()
    key = phone.cookies[f"ws_{ws.code}"].value
    participant = Participant.objects.get()
    assert participant.key_hash == codes.digest(key) != row.ballot
    assert key not in row.ballot
    fields = {f.name for f in Vote._meta.get_fields()}
    assert fields == {"id", "workshop", "question", "ballot", "choice", "own_line"}


def test_own_lines_are_refused_unless_allowed_and_hidden_until_shown():
    host, ws = start()
    act(host, ws, "open")
    phone = join(ws)
    assert vote(phone, ws, "own", own="Hello").status_code == 400
    host, ws = start(own=True)
    act(host, ws, "open")
    phone = join(ws)
    assert vote(phone, ws, "own", own="Let's use her title").status_code == 302
    screen = url_for("workshop-host", "en") + f"?code={ws.code}"
    assert "use her title" not in host.get(screen).content.decode()
    act(host, ws, "show-lines")
    assert "use her title" in host.get(screen).content.decode()


def test_state_polling_answers_304_when_nothing_changed():
    host, ws = start()
    url = url_for("workshop-state", "en") + f"?code={ws.code}&host=1"
    first = host.get(url)
    assert first.status_code == 200 and "counts" in json.loads(first.content)
    again = host.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    act(host, ws, "open")
    phone = join(ws)
    public_url = url_for("workshop-state", "en") + f"?code={ws.code}"
    public = phone.get(public_url)
    assert "counts" not in json.loads(public.content)  # participants see no live counts
    assert public["Cache-Control"] == "public, max-age=1"
    assert phone.get(url).status_code == 404  # the counts are the facilitator's only
    assert phone.get(public_url, HTTP_IF_NONE_MATCH=public["ETag"]).status_code == 304
    vote(phone, ws, first_response(ws))
    changed = host.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    data = json.loads(changed.content)
    assert changed.status_code == 200 and data["total"] == 1 and data["participants"] == 1


def test_participant_cap(settings):
    settings.WORKSHOP_MAX_PARTICIPANTS = 2
    _host, ws = start()
    join(ws)
    join(ws)
    response = Client().post(url_for("workshop-join", "en"), {"code": ws.code})
    assert response.status_code == 409 and "full" in response.content.decode()


def test_wrong_codes_are_limited_per_address():
    _host, ws = start()
    client = Client()
    url = url_for("workshop-join", "en")
    statuses = [client.post(url, {"code": codes.new_code()}).status_code for _ in range(21)]
    assert statuses[:20] == [400] * 20 and statuses[20] == 429
    # Even the right code is refused while the address is blocked.
    assert client.post(url, {"code": ws.code}).status_code == 429


def test_workshop_starts_per_address_follow_the_setting(settings):
    settings.WORKSHOP_START_RATE = (2, 3600)
    start()
    start()
    ids = list(get_bank().ids()[:2])
    response = Client().post(url_for("workshop", "en"), {"scenarios": ids, "minutes": "3"})
    assert response.status_code == 400 and "Too many workshops" in response.content.decode()
    assert Workshop.objects.count() == 2


def test_csv_export_has_counts_only():
    host, ws = start()
    act(host, ws, "open")
    for i in range(3):
        vote(join(ws), ws, first_response(ws, i % 2))
    response = host.get(url_for("workshop-export", "en") + f"?code={ws.code}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0] == "question,scenario,response,d,votes"
    assert sum(int(line.rsplit(",", 1)[1]) for line in lines[1:]) == 3
    assert Client().get(url_for("workshop-export", "en") + f"?code={ws.code}").status_code == 404


def test_qr_code_is_an_svg_of_the_join_link():
    _host, ws = start()
    response = Client().get(url_for("workshop-qr", "en") + f"?code={ws.code}")
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg") and b"<title>" in response.content


def test_expired_workshops_disappear_and_purge_deletes_them(capsys):
    host, ws = start()
    act(host, ws, "open")
    vote(join(ws), ws, first_response(ws))
    Workshop.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    page = Client().post(url_for("workshop-join", "en"), {"code": ws.code})
    assert page.status_code == 400
    call_command("purge")
    assert "1 expired workshop" in capsys.readouterr().out
    assert not Workshop.objects.exists() and not Vote.objects.exists()
    assert not Participant.objects.exists()


def test_routes_render_without_arguments_in_both_languages():
    client = Client()
    for key in ("practice", "workshop", "workshop-join", "workshop-host", "workshop-room"):
        for lang in ("en", "fr"):
            assert client.get(url_for(key, lang)).status_code == 200, (key, lang)


def test_start_errors_show_under_their_fields_with_the_shared_markup():
    response = Client().post(url_for("workshop", "en"), {"scenarios": [], "minutes": "7"})
    html = response.content.decode()
    assert '<p class="field-error" id="scenarios-error">' in html
    assert 'aria-describedby="scenarios-hint scenarios-error"' in html
    assert '<p class="field-error" id="minutes-error">' in html
    assert 'aria-describedby="minutes-error" aria-invalid="true"' in html
    assert html.index('id="error-summary"') < html.index('id="scenarios-error"')


def test_a_refused_vote_keeps_what_the_participant_sent():
    host, ws = start(own=True)
    ws = act(host, ws, "open")
    phone = join(ws)
    long_line = "x" * 250
    response = vote(phone, ws, "own", own=long_line)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="#own_line"' in html and '<p class="field-error" id="own_line-error">' in html
    assert f">{long_line}</textarea>" in html
    assert 'id="v-own" value="own" checked' in html
    assert not Vote.objects.exists()


def test_a_vote_without_a_choice_links_to_the_focusable_choices_group():
    host, ws = start()
    ws = act(host, ws, "open")
    phone = join(ws)
    response = vote(phone, ws, "")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="#choices"' in html
    assert re.search(
        r'<fieldset id="choices" [^>]*aria-describedby="choices-error" tabindex="-1"', html
    )


def test_purge_dry_run_counts_expired_workshops_and_deletes_none(capsys):
    start()
    _host, old = start()
    Workshop.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    call_command("purge", "--dry-run")
    assert "would delete 1 expired workshop(s)" in capsys.readouterr().out
    assert Workshop.objects.count() == 2
    call_command("purge")
    assert "deleted 1 expired workshop(s)" in capsys.readouterr().out
    assert Workshop.objects.count() == 1


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "Your vote is recorded: “Say: ‘Dr Diallo is the physician"),
        ("fr", "Votre vote est enregistré\u00a0: «\u00a0Dire\u00a0: “La Dre Diallo"),
    ],
)
def test_a_quoted_line_is_quoted_one_level_in_when_the_room_quotes_it(lang, message):
    """The line voted for is quoted whole ("Your vote is recorded: “…”"): its own quotation
    marks go one level in, so they never sit inside marks of the same kind."""
    from html import unescape

    host, ws = start(lang)
    scenario = get_bank().get(lang, ws.scenario_ids[0])
    assert scenario.id == "taken-for-nurse-family"  # whose first line is a quotation
    phone = join(ws, lang)
    act(host, ws, "open", lang)
    vote(phone, ws, "hand-back", lang)
    room = url_for("workshop-room", lang) + f"?code={ws.code}"
    page = unescape(phone.get(room + "&voted=1").content.decode())
    assert message in page
    # The line's own full stop ends the message: none is added after the closing mark.
    end = "’”" if lang == "en" else "”\u00a0»"
    assert page.count(end) == 1 and page.count(end + ".") == 0
    assert 'data-nested-quotes="[[' in phone.get(room).content.decode()
    act(host, ws, "close", lang)
    page = unescape(phone.get(room).content.decode())
    voted = (
        "You voted: “Say: ‘Dr" if lang == "en" else "Vous avez voté\u00a0: «\u00a0Dire\u00a0: “La"
    )
    assert voted in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_a_link_does_what_the_script_does_by_itself(lang):
    """The facilitator updates the counts, a participant in the lobby checks for the first
    question, by a link (hidden with script: practice.css), not by finding the reload button."""
    host, ws = start(lang)
    phone = join(ws, lang)
    room = url_for("workshop-room", lang) + f"?code={ws.code}"
    lobby = phone.get(room).content.decode()
    check = "Check whether it is open" if lang == "en" else "Voir si la question est ouverte"
    assert f'class="no-script-only"><a class="button" href="{room}">{check}</a>' in lobby
    act(host, ws, "open", lang)
    results = "See whether the results are in" if lang == "en" else "Voir si les résultats"
    assert results not in phone.get(room).content.decode()  # not before a vote
    vote(phone, ws, first_response(ws), lang)
    assert f'class="no-script-only"><a href="{room}">{results}' in phone.get(room).content.decode()
    page = host.get(url_for("workshop-host", lang) + f"?code={ws.code}").content.decode()
    update = "Update the counts" if lang == "en" else "Mettre à jour les votes"
    link = url_for("workshop-host", lang) + f"?code={ws.code}#results-title"
    assert f'class="no-script-only"><a href="{link}">{update}</a>' in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_facilitator_s_screen_opens_on_what_a_control_changed(lang):
    # The controls sit below the question: after one, the screen opens where it acted (the
    # question, the feedback, the participants' lines), not at the top of the page.
    host, ws = start(lang=lang, own=True)
    screen = url_for("workshop-host", lang)
    for action in ("open", "close", "reveal", "show-lines", "hide-lines", "next", "end"):
        response = host.post(screen, {"code": ws.code, "action": action})
        location = response["Location"]
        assert location.startswith(f"{screen}?code={ws.code}#"), (action, location)
        address, anchor = location.split("#")
        assert f'id="{anchor}"' in host.get(address).content.decode(), (action, anchor)
