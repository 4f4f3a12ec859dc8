"""The engine's gettext catalogue (domain wordcheck): complete, not fuzzy, Canadian
typography, every engine string in it, plurals real (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import polib

from allykit.wordcheck import check
from allykit.wordcheck.i18n import LOCALE
from allykit.wordcheck.messages import CHANGES, LIST_NOTES, REASONS, VERDICTS, change
from allykit.wordcheck.model import CATEGORY_LABELS, GENRE_LABELS

PO = LOCALE / "fr" / "LC_MESSAGES" / "wordcheck.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def catalogue() -> polib.POFile:
    return polib.pofile(str(PO))


def test_complete_not_fuzzy_and_typography() -> None:
    po = catalogue()
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    for e in po.translated_entries():
        forms = [e.msgstr] if not e.msgid_plural else list(e.msgstr_plural.values())
        for text in forms:
            assert not re.search(r"[ \t][:»]", text), f"U+00A0 before : and »: {text!r}"
            assert not re.search(r"\s[;!?]", text), f"no space before ; ! ?: {text!r}"
            assert not re.search(r"«[ \t]", text), text
            assert set(PLACEHOLDER.findall(text)) <= set(
                PLACEHOLDER.findall(e.msgid_plural or e.msgid)
            ), e.msgid


def test_every_engine_string_is_in_the_catalogue() -> None:
    po = catalogue()
    have = {(e.msgctxt, e.msgid) for e in po}
    wanted = {("category", v) for v in CATEGORY_LABELS.values()}
    wanted |= {("genre", v) for v in GENRE_LABELS.values()}
    wanted |= {(None, v) for d in (REASONS, VERDICTS, LIST_NOTES) for v in d.values()}
    wanted |= {(None, one) for one, _other in CHANGES.values()}
    assert wanted <= have, sorted(wanted - have)
    plurals = {e.msgid for e in po if e.msgid_plural}
    assert {one for one, other in CHANGES.values() if one != other} <= plurals


def test_no_word_s_plurals_anywhere() -> None:
    text = Path(PO).read_text(encoding="utf-8")
    assert "(s)" not in text
    assert change("effort", 1, "en").startswith("Turn 1 effort word into")
    assert change("effort", 2, "fr").startswith("Transformez 2 mots")
    assert change("effort", 1, "fr").startswith("Transformez 1 mot d")


def test_reasons_follow_the_interface_language() -> None:
    text = "Elle est travaillante et dévouée."
    fr = check(text, "letter", "fr")
    en = check(text, "letter", "fr", ui_lang="en")
    assert "travail" in fr.flags[0].reason
    assert en.flags[0].reason.startswith("Effort words")
    assert [f.rule_id for f in fr.flags] == [f.rule_id for f in en.flags]
    assert all(c["message"].isascii() for c in en.summary["top_changes"])
