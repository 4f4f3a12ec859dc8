"""Posting to the panel checker page and API, and reading what comes back."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.html_tools import read
from tests.panelaudit.programs import ROWS

PAGE = {"en": "/en/tools/panel-checker/", "fr": "/fr/outils/verificateur-de-panels/"}
API = "/api/v1/panels"
NAMES = sorted({row[1] for row in ROWS})


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def post_page(client, lang="en", *, table="", file=None, **fields):
    data = {"table": table, "target": "parity", **fields}
    if file is not None:
        data["file"] = file
    return client.post(PAGE[lang], data)


def text_of(response) -> str:
    """The page's visible text, whitespace collapsed (for `in` checks)."""
    return read(response.content.decode()).visible_text


def token_of(response) -> str:
    match = re.search(r'name="token" value="([^"]+)"', response.content.decode())
    assert match, "no download token on the page"
    return match.group(1)
