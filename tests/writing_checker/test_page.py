"""The writing checker page without JavaScript: form, result, ignore boxes, errors, languages."""

from __future__ import annotations

import json
import re

import pytest

from allykit.wordcheck import MAX_CHARS
from tests.html_tools import read, skipped_levels

EN = "/en/tools/writing-checker/"
FR = "/fr/outils/verificateur-de-redaction/"
LETTER = (
    "Dear committee, I recommend Dr. Ana Ruiz. She is hardworking and caring, "
    "and her husband is lovely. Ana is the best woman engineer I know."
)


def post(client, url=EN, **fields):
    data = {"text": LETTER, "genre": "letter", "text_lang": "en", "name": "", **fields}
    return client.post(url, data)


def structure_ok(html: str, lang: str):
    page = read(html)
    assert page.lang == lang
    assert page.h1_count == 1
    assert skipped_levels(page.headings) == []
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    assert all(s.get("src") for s in page.scripts) and page.styles_inline == 0
    return page


@pytest.mark.parametrize(("url", "lang"), [(EN, "en"), (FR, "fr")])
def test_empty_form_in_both_languages(client, url, lang):
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    structure_ok(html, lang)
    assert 'id="id_text"' in html and 'name="genre"' in html and 'name="name"' in html
    # The language of the text defaults to the page's language.
    assert re.search(rf'<option value="{lang}" selected>', html)
    assert "data-result></div>" in html
    assert "js/checker.js" in html
    privacy = "never stored or logged" if lang == "en" else "jamais conservé ni journalisé"
    assert privacy in html


def test_genres_offered(client):
    html = client.get(EN).content.decode()
    for value in ("letter", "review", "nomination", "job"):
        assert f'<option value="{value}"' in html


def test_result_with_flags(client):
    response = post(client)
    assert response.status_code == 200
    html = response.content.decode()
    page = structure_ok(html, "en")
    assert 'role="status"' in html and "passages worth a second look" in html
    marks = re.findall(r'<mark class="wc-hl wc-(\w+) wc-cat-\d+">([^<]*)</mark>', html)
    assert ("warning", "hardworking") in marks and ("warning", "husband") in marks
    # Every highlight reference points to its explanation, which points back.
    refs = re.findall(r'<a class="wc-ref" href="#(wc-flag-\d+)" id="(wc-ref-\d+)"', html)
    assert refs
    for target, ref in refs:
        assert target in page.ids
        assert f'href="#{ref}"' in html
    assert "Trix &amp; Psenka (2003)" in html  # the source citation
    assert "Alternatives:" in html and "Effort (grindstone) word" in html
    assert "The most useful changes" in html and "Per 1,000 words" in html
    assert "Ability to effort" in html and "Agentic to communal descriptors" in html
    # No bare masculine/feminine verdict, only counts.
    assert not re.search(r"(?i)this (text|letter) is (masculine|feminine)", html)


def test_result_without_flags(client):
    text = "Dr. Ruiz published 14 papers in 2023 and secured a grant of 2.1 million dollars. " * 30
    html = post(client, text=text).content.decode()
    assert "<mark" not in html
    assert "No wording was flagged." in html
    assert "Nothing was flagged." in html


def test_ignore_checkboxes_round_trip(client):
    html = post(client).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="ignore" value="([^"]+)"', html)
    assert "en.effort.hardworking" in boxes
    again = post(client, ignore=["en.effort.hardworking", "<script>"]).content.decode()
    assert not re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">hardworking</mark>', again)
    assert re.search(r'value="en.effort.hardworking" id="[^"]+" checked', again)
    assert "&lt;script&gt;" not in again.split('id="result"')[1]  # a bad id is dropped


def test_candidate_name_is_never_flagged(client):
    text = "I recommend Patience Okafor. Patience shows patience with every student."
    plain = post(client, text=text).content.decode()
    named = post(client, text=text, name="Patience Okafor").content.decode()
    assert re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">Patience</mark>', plain)
    assert not re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">Patience</mark>', named)
    assert re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">patience</mark>', named)
    assert 'value="Patience Okafor"' in named


def test_hostile_text_is_escaped(client):
    text = '<script>alert(1)</script> She is "hardworking" & <b onmouseover=x>caring</b>.'
    html = post(client, text=text).content.decode()
    result = html.split('id="result"')[1]
    assert "<script>alert" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result
    assert re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">caring</mark>', result)


def test_french_page_and_french_text(client):
    text = "Elle est travaillante, dévouée et chaleureuse. Son mari l'appuie."
    html = post(client, url=FR, text=text, text_lang="fr").content.decode()
    page = structure_ok(html, "fr")
    assert "Ce qui a été relevé" in html and "Mot d&#x27;effort" in html
    assert "travaillante</mark>" in html
    assert 'lang="fr"' in html
    assert page.h1_count == 1


def test_french_text_on_the_english_page_is_marked_as_french(client):
    html = post(client, text="Elle est dévouée.", text_lang="fr").content.decode()
    assert '<div class="wc-text" lang="fr"' in html
    # The reasons follow the page's language (issue 15); the text keeps its own.
    assert re.search(r"<p>Effort words praise", html)
    assert "Les mots d" not in html


def test_indicative_note_for_project_lists(client):
    text = "Nous cherchons un ninja du code, fonceur et dominant. Le candidat idéal est compétitif."
    html = post(client, url=FR, text=text, text_lang="fr", genre="job").content.decode()
    assert "Mots à connotation masculine par rapport" in html
    from allykit.wordcheck import check

    if check(text, "job", "fr").summary["indicative_note"]:
        assert "À propos des listes de mots" in html


@pytest.mark.parametrize(
    ("fields", "field_id", "message"),
    [
        ({"text": "   "}, "id_text", "Paste or type the text to check, or choose a file."),
        ({"text": "a" * (MAX_CHARS + 1)}, "id_text", "longer than 100,000 characters"),
        ({"genre": "poem"}, "id_genre", "Choose the kind of text"),
        ({"text_lang": "de"}, "id_text_lang", "Choose English or French."),
        ({"name": "N" * 201}, "id_name", "Shorten the name"),
    ],
)
def test_errors_are_summarised_and_linked(client, fields, field_id, message):
    response = post(client, **fields)
    assert response.status_code == 200
    html = response.content.decode()
    structure_ok(html, "en")
    assert "<title>Error:" in html
    assert 'class="error-summary"' in html and f'href="#{field_id}"' in html
    assert message in html
    assert 'aria-invalid="true"' in html
    assert "<mark" not in html


def test_french_error(client):
    html = client.post(FR, {"text": "", "genre": "letter", "text_lang": "fr"}).content.decode()
    assert "Il y a un problème" in html and "Collez ou tapez le texte" in html


def test_post_needs_the_csrf_token():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(EN, {"text": "x", "genre": "letter"})
    assert response.status_code == 403


def test_js_strings_are_complete_json(client):
    html = client.get(FR).content.decode()
    raw = re.search(r'data-strings="([^"]*)"', html).group(1)
    import html as htmllib

    strings = json.loads(htmllib.unescape(raw))
    assert set(strings) == {"checking", "failed", "too_long"}
    assert strings["checking"] == "Vérification en cours…"
    assert all(v for v in strings.values())


def test_lang_toggle_keeps_the_route(client):
    page = read(client.get(EN).content.decode())
    toggle = [a for a in page.links if "lang-toggle" in a.get("class", "")][0]
    assert toggle["href"] == FR
