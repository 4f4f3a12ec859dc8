"""The panel checker page: the form, the result of a known programme, downloads, privacy."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from django.test import Client

from allykit.panelaudit import PRESETS
from tests.html_tools import read, skipped_levels
from tests.panelaudit.programs import as_text, as_xlsx

from .helpers import NAMES, PAGE, post_page, text_of, token_of, upload

FIXTURES = Path(__file__).resolve().parents[1] / "panelaudit" / "fixtures"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_empty_form_renders_in_both_languages(client, lang):
    response = client.get(PAGE[lang])
    assert response.status_code == 200
    page = read(response.content.decode())
    assert page.lang == lang and page.h1_count == 1 and skipped_levels(page.headings) == []
    body = response.content.decode()
    assert 'enctype="multipart/form-data"' in body
    assert 'name="estimate"' in body and " checked" not in body.split('name="estimate"')[1][:80]
    for target in PRESETS.values():  # every preset is offered, with its source
        assert f'value="{target.key}"' in body
        if target.ref:
            assert f'#ref-{target.ref}"' in body
    assert response["Cache-Control"].startswith("max-age=0")


def test_each_preset_cites_its_reference_list_entry_in_the_pages_language(client, site):
    assert all(t.ref in site.references for t in PRESETS.values() if t.key != "parity")
    french = client.get(PAGE["fr"]).content.decode()
    assert "OMS (2019)</a>" in french and "AMC (2019)</a>" in french
    assert "World Health Organization" not in french and "Canadian Medical" not in french
    english = client.get(PAGE["en"]).content.decode()
    assert "World Health Organization (2019)</a>" in english
    assert "womenlifthealth" not in english + french and "insurance-canada" not in english


def test_known_programme_pasted(client):
    response = post_page(client, table=as_text())
    assert response.status_code == 200
    text = text_of(response)
    page = read(response.content.decode())
    assert page.h1_count == 1 and skipped_levels(page.headings) == []
    assert "Speaking places counted 23" in text
    assert "Sessions 8" in text
    assert "Women's share of places whose gender is stated 19%" in text
    # Per-session composition and flags
    assert "Table ronde : leadership 4 0 4" in text and "All-men panel" in text
    assert "Chairs and moderators: Women 1" in text
    assert "Single woman or gender-diverse person among five or more (token)" in text
    # The chart and its data table
    assert 'role="img"' in response.content.decode()
    assert "Whole event 4 (19%) 15 (71%) 1 (5%) 1 (5%) 2 19% 50% No" in text
    # Checklist and the four letters, in both languages
    assert "Sessions with only men (1)" in text
    assert "Of the 21 speaking places whose speakers' gender is stated, 4 (19%)" in text
    assert "Sur les 21 places de conférence" in text
    assert 'lang="fr" readonly' in response.content.decode()


def test_known_programme_in_french_with_a_preset(client):
    response = post_page(client, "fr", table=as_text(), target="cma-2019-physicians")
    text = text_of(response)
    assert response.status_code == 200
    assert "Places de conférence comptées 23" in text
    body = response.content.decode()
    assert "19\u00a0%" in body and "40\u00a0%" in body
    assert "AMC (2019)" in text  # the preset's source, as French pages cite it
    assert "Panel entièrement masculin" in text
    assert "Of the 21 speaking places" in text  # the letter in the other language


def test_xlsx_upload_gives_the_same_figures(client):
    response = post_page(client, file=upload("programme.xlsx", as_xlsx()))
    assert "Speaking places counted 23" in text_of(response)


def test_schedule_with_supplementary_table(client):
    schedule = (FIXTURES / "pretalx_schedule.json").read_bytes()
    supplement = (FIXTURES / "supplement.csv").read_bytes()
    response = post_page(
        client,
        file=upload("schedule.json", schedule),
        supplement_file=upload("supplement.csv", supplement),
    )
    text = text_of(response)
    assert "Whole event 3 (30%) 6 (60%) 1 (10%) 3" in text


def test_custom_target(client):
    response = post_page(client, table=as_text(), target="custom", custom_share="60 %")
    assert "Target: Custom target (60%)" in text_of(response)


@pytest.mark.parametrize("share", ["", "abc", "0", "150"])
def test_bad_custom_target_is_linked_to_its_field(client, share):
    response = post_page(client, table=as_text(), target="custom", custom_share=share)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_custom_share"' in body and 'aria-invalid="true"' in body
    assert "Speaking places counted" not in body


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("", "Choose a target for the share of women."),
        ("no-such-target", "Choose one of the targets listed, or another share."),
    ],
)
def test_a_missing_or_unknown_target_is_linked_to_the_target_group(client, target, message):
    body = post_page(client, table=as_text(), target=target).content.decode()
    assert message in body and "This field is required." not in body
    french = post_page(client, "fr", table=as_text(), target=target).content.decode()
    assert "Choisissez " in french and "Ce champ est obligatoire." not in french
    # The link leads to the group (the fieldset, which can take focus and shows the error), not
    # to its first radio.
    assert 'href="#id_target"' in body and 'href="#id_target_0"' not in body
    fieldset = re.search(r'<fieldset [^>]*id="id_target"[^>]*>', body)
    assert fieldset and 'tabindex="-1"' in fieldset.group(0)
    assert 'aria-describedby="id_target-error"' in fieldset.group(0)
    assert 'id="id_target-error"' in body
    assert "Speaking places counted" not in body
    # Without an error the group is not focusable, so it looks like its sibling fieldsets.
    shown = client.get(PAGE["en"]).content.decode()
    assert 'id="id_target">' in shown


def test_table_and_file_together_is_an_error(client):
    response = post_page(client, table=as_text(), file=upload("p.csv", as_text().encode()))
    assert "Paste a table or choose a file, not both." in text_of(response)


def test_extra_dimension_is_counted(client):
    text = as_text().replace("Racisé", "Language")
    response = post_page(client, table=text, dimensions="Language")
    assert "Other dimensions" in text_of(response)


def test_estimate_without_the_package_says_so(client):
    response = post_page(client, table=as_text().replace(",Femme,", ",,"), estimate="on")
    text = text_of(response)
    assert "Estimate from names (not self-described)" in text
    assert "unavailable" in text or "expected number" in text.lower()


@pytest.mark.parametrize(
    ("item", "kind", "expected"),
    [
        ("csv-en", "text/csv", "Whole event"),
        ("csv-fr", "text/csv", "Ensemble;Parité"),
        ("letter-decline-en", "text/plain", "I must therefore decline"),
        ("letter-conditions-fr", "text/plain", "J'accepte aux conditions suivantes"),
        ("checklist-en", "text/plain", "- Sessions with only men (1)"),
    ],
)
def test_downloads_carry_no_names(client, item, kind, expected):
    result = post_page(client, table=as_text())
    response = client.post(PAGE["en"], {"token": token_of(result), "download": item})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(kind)
    assert response["Content-Disposition"].startswith("attachment; filename=")
    body = response.content.decode("utf-8-sig")
    assert expected in body
    assert not [name for name in NAMES if name in body]
    assert not [name for name in NAMES if name in token_of(result)]


def test_tampered_or_unknown_download_is_refused_with_a_message(client):
    token = token_of(post_page(client, table=as_text()))
    for data in (
        {"token": token[:-2] + "xx", "download": "csv-en"},
        {"token": token, "download": "nothing"},
        {"download": "csv-en"},
    ):
        response = client.post(PAGE["en"], data)
        assert response.status_code == 400
        assert "This download has expired or is not valid" in text_of(response)


def test_csrf_is_checked():
    client = Client(enforce_csrf_checks=True)
    assert client.post(PAGE["en"], {"table": as_text()}).status_code == 403


def test_uploads_stay_in_memory(client, settings, monkeypatch):
    from django.core.files import uploadhandler

    def refuse(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(uploadhandler.TemporaryFileUploadHandler, "new_file", refuse)
    settings.FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.TemporaryFileUploadHandler"]
    response = post_page(client, file=upload("programme.csv", as_text().encode()))
    assert "Speaking places counted 23" in text_of(response)


def test_nothing_of_the_input_is_logged(client, caplog):
    caplog.set_level(logging.DEBUG)
    post_page(client, table=as_text())
    post_page(client, table="Ann Lee,X\n" + "Bob Roy,=cmd|' /C calc'!A0\n")
    assert not [name for name in [*NAMES, "Ann Lee", "Bob Roy"] if name in caplog.text]


def test_the_page_links_its_parts_and_every_anchor_exists(client):
    response = post_page(client, table=as_text())
    page = read(response.content.decode())
    anchors = [a["href"][1:] for a in page.links if a.get("href", "").startswith("#")]
    assert anchors and set(anchors) <= set(page.ids)
