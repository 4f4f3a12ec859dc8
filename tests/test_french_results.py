"""English leaking into French, where the engines speak: the tools' results (page and API).

The site-wide invariants (tests/toolkit/test_site_invariants.py) look for English interface
strings on every French page a GET can reach; the engines' strings (the `wordcheck` and
`panelaudit` gettext domains) mostly appear only in results, and most of them hold
placeholders. Here every catalogue's English (Django's and the engines') is cut at its
placeholders into literal pieces, and no piece may appear in a French result.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import cache
from pathlib import Path

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.html_tools import read
from tests.panelaudit.programs import as_text

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}|%s|%d")
PANELS = "/fr/outils/verificateur-de-panels/"
WRITING = "/fr/outils/verificateur-de-redaction/"
FRENCH_LETTER = (
    "Madame la présidente, je recommande la Dre Ana Ruiz. Elle est travaillante, dévouée et "
    "chaleureuse, et son mari l'appuie. C'est la meilleure femme ingénieure que je connaisse."
)


@cache
def english_pieces() -> frozenset[str]:
    """Literal pieces of every msgid whose French differs: at least 14 characters and two
    words, so that a piece is unmistakably an English sentence part."""
    pieces = set()
    for path in ROOT.glob("**/locale/fr/LC_MESSAGES/*.po"):
        if ".venv" in path.parts:
            continue
        for entry in polib.pofile(str(path)):
            french = " ".join([entry.msgstr, *entry.msgstr_plural.values()])
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                if msgid == entry.msgstr:
                    continue
                for piece in PLACEHOLDER.split(msgid):
                    piece = " ".join(piece.split()).strip(" .,:;()“”")
                    if len(piece) >= 14 and " " in piece and piece not in french:
                        pieces.add(piece)
    return frozenset(pieces)


def test_the_engine_domains_are_in_the_check():
    pieces = english_pieces()
    assert "Gender stated for" in pieces  # panelaudit.po
    assert any(p.startswith("Effort words") for p in pieces)  # wordcheck.po


def leaks(text: str) -> list[str]:
    flat = " ".join(text.split())
    return sorted(p for p in english_pieces() if p in flat)


# An element marked lang="en" is English on purpose (the panel checker's letters for an
# English-speaking event); it is left out, as a screen reader would switch voice for it.
ENGLISH_ELEMENT = re.compile(r'<(\w+)\b[^>]*\slang="en"[^>]*>.*?</\1>', re.S)


def page_text(response) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    page = read(ENGLISH_ELEMENT.sub("", html.split("<body", 1)[1]))
    assert read(html).lang == "fr"
    return page.visible_text + " " + " ".join(page.attrs_text)


def french_strings(value, key: str = "") -> list[str]:
    """Every string of a JSON answer, except the English half of {"en": ..., "fr": ...}."""
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "en" for s in french_strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in french_strings(v, key)]
    return [value] if isinstance(value, str) else []


@pytest.mark.django_db
def test_panel_checker_result_page_in_french(client):
    response = client.post(PANELS, {"table": as_text(), "target": "cma-2019-physicians"})
    text = page_text(response)
    assert "Femmes" in text
    assert leaks(text) == []


@pytest.mark.django_db
@pytest.mark.parametrize("table", [as_text(), "Séance;Nom\nA;B\n", "not a table \x00\x01"])
def test_panel_checker_api_in_french(client, table):
    body = {"table": table, "lang": "fr", "target": "who-2019-health-workforce"}
    response = client.post("/api/v1/panels", json.dumps(body), content_type="application/json")
    assert leaks(" ".join(french_strings(response.json()))) == []


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    return buf.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, data",
    [
        ("bomb.xlsx", zip_bomb()),
        ("doctype.xlsx", b"PK\x03\x04 broken"),
        ("agenda.xml", b"<agenda><day/></agenda>"),
    ],
)
def test_panel_checker_refusals_in_french(client, name, data):
    """The details of a refusal (what the archive declares, what the schedule lacks) are
    translated too, not only the sentence around them."""
    upload = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    response = client.post("/api/v1/panels", {"file": upload, "lang": "fr"})
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert leaks(message) == [], message


@pytest.mark.django_db
def test_writing_checker_result_page_in_french(client):
    data = {"text": FRENCH_LETTER, "genre": "letter", "text_lang": "fr", "name": "Ana Ruiz"}
    text = page_text(client.post(WRITING, data))
    assert "travaillante" in text
    assert leaks(text) == []


@pytest.mark.django_db
def test_writing_checker_api_in_french(client):
    body = {"text": FRENCH_LETTER, "genre": "letter", "lang": "fr"}
    response = client.post("/api/v1/check", json.dumps(body), content_type="application/json")
    assert response.status_code == 200
    answer = response.json()
    for key in ("text",):
        answer.pop(key, None)
    assert leaks(" ".join(french_strings(answer))) == []
