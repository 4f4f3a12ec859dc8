"""The first change trace of docs/architecture.md, repeated on the code: a content page is its
two content files and one line in the page table. (The third-tool trace is
tests/api/test_registry.py::test_a_new_app_contributes_by_its_module_alone; the upload-format
trace is tests/panelaudit/test_format_table.py.)

The site reads the page table when it starts, so the page is added in a fresh Python process:
the content folder is a copy with the two new files, and the table gets one more entry before
Django is set up. Everything else (routes in both languages, the header navigation, the
language toggle, the sitemap, the search index) must follow by itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

EN_PAGE = """---
title: A page added by its two files
description: A page that exists only to show what adding a content page takes.
reviewed: 2026-12-01
---

A first paragraph, written for this check about the quokka trace.

## What it shows {#shows}

One line in the page table and two files are enough.
"""
FR_PAGE = """---
title: Une page ajoutée par ses deux fichiers
description: Une page qui sert seulement à montrer ce qu'il faut pour ajouter une page.
reviewed: 2026-12-01
---

Un premier paragraphe, écrit pour cette vérification de la trace du quokka.

## Ce qu'elle montre {#shows}

Une ligne dans la table des pages et deux fichiers suffisent.
"""

SCRIPT = """
import json, sys
import allykit.toolkit.pages as pages
entry = pages.PageEntry("trace-demo", "trace-demo/", "demo-trace/")
pages.PAGES = (*pages.PAGES[:-1], entry, pages.PAGES[-1])
pages.PAGE_KEYS = tuple(p.key for p in pages.PAGES)
pages.BY_KEY = {p.key: p for p in pages.PAGES}
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
from allykit.routes import url_for
setup_test_environment()
client = Client()
en, fr = client.get("/en/trace-demo/"), client.get("/fr/demo-trace/")
found = client.get(url_for("search", "en") + "?q=quokka").content.decode()
print(json.dumps({
    "status": [en.status_code, fr.status_code],
    "title": "A page added by its two files" in en.content.decode(),
    "toggle": 'href="/fr/demo-trace/"' in en.content.decode(),
    "nav": ["/en/trace-demo/" in client.get("/en/").content.decode(),
            "/fr/demo-trace/" in client.get("/fr/").content.decode()],
    "sitemap": "/fr/demo-trace/" in client.get("/sitemap.xml").content.decode(),
    "search": "/en/trace-demo/" in found,
}))
"""


@pytest.mark.slow
def test_a_content_page_is_two_files_and_one_table_line(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "en" / "trace-demo.md").write_text(EN_PAGE, encoding="utf-8")
    (content / "fr" / "trace-demo.md").write_text(FR_PAGE, encoding="utf-8")
    env = {
        **os.environ,
        "ALLYKIT_CONTENT_DIR": str(content),
        "ALLYKIT_DATA_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PYTEST_XDIST_WORKER", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "status": [200, 200],
        "title": True,
        "toggle": True,
        "nav": [True, True],
        "sitemap": True,
        "search": True,
    }
