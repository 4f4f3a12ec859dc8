"""The French catalogues are complete, consistent and in step with the code."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every French catalogue: Django's (django.po) and the engines' gettext domains
# (allykit/wordcheck/.../wordcheck.po, allykit/panelaudit/.../panelaudit.po).
CATALOGUES = sorted(p for p in ROOT.glob("**/locale/fr/LC_MESSAGES/*.po") if ".venv" not in p.parts)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def test_there_is_a_french_catalogue():
    assert ROOT / "locale/fr/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_complete_and_not_fuzzy(path):
    po = polib.pofile(str(path))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    for entry in po.translated_entries():
        if entry.msgid_plural:
            # A singular form may spell out "one" instead of the number; the plural may not.
            wanted = set(PLACEHOLDER.findall(entry.msgid_plural))
            for form in entry.msgstr_plural.values():
                assert set(PLACEHOLDER.findall(form)) <= wanted, entry.msgid
            assert set(PLACEHOLDER.findall(entry.msgstr_plural[1])) == wanted, entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgid)) == sorted(
                PLACEHOLDER.findall(entry.msgstr)
            ), entry.msgid
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            assert not re.search(r"[ \t][:»]", text), f"use U+00A0 before : and »: {text!r}"
            assert not re.search(r"\w:(\s|$)", text), f"use U+00A0 before :: {text!r}"
            assert not re.search(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", text), (
                f"use U+00A0 inside « »: {text!r}"
            )
            assert not re.search(r"\s[;!?]", text), f"no space before ; ! ?: {text!r}"
            # One apostrophe in French, the straight one the content uses ("l'allié").
            assert "\u2019" not in text, f"use the straight apostrophe ': {text!r}"
        # Real plural forms (ngettext), never "word(s)", in either language.
        texts = [entry.msgid, entry.msgid_plural, entry.msgstr, *entry.msgstr_plural.values()]
        for text in filter(None, texts):
            assert not re.search(r"\w\((s|x)\)", text), f"use a plural form: {text!r}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_declares_the_french_plural_rule(path):
    assert polib.pofile(str(path)).metadata["Plural-Forms"].startswith("nplurals=2; plural=(n > 1)")


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Re-extract into a copy of the tree: no string may be missing from a catalogue."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("xgettext not found: install Debian's gettext package")
        pytest.skip("xgettext not found")
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "allykit", copy / "allykit", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "locale", copy / "locale")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    env["PYTHONPATH"] = str(ROOT)
    code = (
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('makemessages', locale=['fr'], verbosity=0, no_obsolete=True)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=copy, env=env, check=True)
    missing = {}
    for fresh in sorted(copy.glob("**/locale/fr/LC_MESSAGES/django.po")):
        original = ROOT / fresh.relative_to(copy)
        have = {e.msgid for e in polib.pofile(str(original))} if original.exists() else set()
        need = {e.msgid for e in polib.pofile(str(fresh))}
        if need - have:
            missing[str(original.relative_to(ROOT))] = sorted(need - have)
    assert missing == {}, "run makemessages (see docs/architecture.md) and translate"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_keeps_to_the_term_list(path):
    """content/terms.yaml's French renderings hold in the interface too, not only in content
    (check-content reads the pages and data; the catalogues are read here)."""
    from allykit.content.terms import load_terms

    entries, problems = load_terms(ROOT / "content")
    assert problems == []
    found = []
    for entry in polib.pofile(str(path)).translated_entries():
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            for term in (t for t in entries if t["lang"] == "fr"):
                found += [
                    (m.group(0), term["use"]) for p in term["avoid"] for m in p.finditer(text)
                ]
    assert found == []
