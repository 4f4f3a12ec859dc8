"""Issue 18 on the page: how the columns were read, choosing them when the checker cannot
tell (the uploaded file carried back, not stored), coverage as the headline, one line for the
sessions with no information, and the pre-filled template download."""

from __future__ import annotations

import re

import pytest

from .helpers import PAGE, post_page, text_of, upload

pytestmark = pytest.mark.django_db

NO_GENDER = (
    "Session,Speaker,Role\nPanel A,Ann Lee,chair\nPanel A,Bo Li,panellist\nTalk B,Cy Ode,speaker\n"
)


def test_unclear_columns_are_offered_for_choice_not_just_refused():
    from django.test import Client

    client = Client()
    response = post_page(client, table="Start,Who,Sex\nMorning,Ann Lee,F\n")
    body = response.content.decode()
    assert "data-error-summary" in body and 'id="columns"' in body
    headers = set(re.findall(r'name="mapping_header_\d+" value="([^"]*)"', body))
    assert headers == {"Start", "Who", "Sex"}
    fields = {
        "mapping_header_0": "Start",
        "mapping_field_0": "session",
        "mapping_header_1": "Who",
        "mapping_field_1": "name",
        "mapping_header_2": "Sex",
        "mapping_field_2": "auto",
    }
    again = post_page(client, table="Start,Who,Sex\nMorning,Ann Lee,F\n", **fields)
    text = text_of(again)
    assert "data-error-summary" not in again.content.decode()
    assert "Gender stated for 1 of 1 places (100%)." in text
    assert "Start → session, Who → name, Sex → gender" in text


def test_an_uploaded_file_is_carried_back_for_the_column_choice(client):
    data = b"Start,Who,Sex\nMorning,Ann Lee,F\nMorning,Bo Li,M\n"
    body = post_page(client, file=upload("p.csv", data)).content.decode()
    token = re.search(r'name="carried" value="([^"]+)"', body).group(1)
    fields = {"mapping_header_0": "Start", "mapping_field_0": "session", "carried": token}
    text = text_of(post_page(client, **fields))
    assert "Gender stated for 2 of 2 places (100%)." in text


def test_a_forged_carried_file_is_ignored(client):
    response = post_page(client, carried="not-a-token")
    assert "data-error-summary" in response.content.decode()


def test_no_gender_column_gives_coverage_one_line_and_a_template(client):
    response = post_page(client, table=NO_GENDER)
    text = text_of(response)
    assert "Gender stated for 0 of 3 places (0%)." in text
    assert "2 sessions have no gender information at all" in text
    assert "Morning panel" not in text
    body = response.content.decode()
    token = re.search(r'name="template_token" value="([^"]+)"', body).group(1)
    download = client.post(PAGE["en"], {"template_token": token, "download": "template-en"})
    assert download.status_code == 200 and download["Content-Type"].startswith("text/csv")
    csv_text = download.content.decode("utf-8-sig")
    assert (
        csv_text.splitlines()[0]
        == "Session,Name,Role,Gender (woman / man / non-binary / another term / not stated)"
    )
    assert "Panel A,Ann Lee,chair," in csv_text


def test_the_template_checks_again_as_it_is(client):
    from allykit.panelaudit import audit, parse_table
    from allykit.panelaudit.template import template_csv

    program = parse_table(NO_GENDER)
    filled = template_csv(program, "fr").replace(";\r\n", ";femme\r\n", 1)
    result = audit(parse_table(filled.encode("utf-8"), "modele.csv"))
    assert result.people == 3 and result.stated == 1


def test_french_page_gives_the_coverage_in_french(client):
    text = text_of(post_page(client, "fr", table=NO_GENDER))
    assert "Genre déclaré pour 0 des 3 places (0" in text
    assert "2 séances sans aucune information sur le genre" in text


def test_template_is_not_offered_when_every_gender_is_stated(client):
    body = post_page(client, table="Session,Name,Gender\nA,Ann Lee,F\n").content.decode()
    assert "template_token" not in body
