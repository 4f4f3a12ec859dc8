"""Issue 15: the engine's strings are in its own gettext domain (`panelaudit`), complete in
French, with real plurals and Canadian typography, like the Django catalogues."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from allykit.panelaudit import PanelInputError, strings
from allykit.panelaudit.i18n import LOCALE
from allykit.panelaudit.messages import problem_message

PO = polib.pofile(str(Path(LOCALE) / "fr" / "LC_MESSAGES" / "panelaudit.po"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def test_catalogue_is_complete_not_fuzzy_and_well_typeset():
    assert PO.metadata["Plural-Forms"].startswith("nplurals=2; plural=(n > 1)")
    assert [e.msgid for e in PO.untranslated_entries()] == []
    assert [e.msgid for e in PO.fuzzy_entries()] == []
    for entry in PO:
        texts = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        source = entry.msgid_plural or entry.msgid
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(source)) | {"{count}"}
            assert not re.search(r"[ \t][:»]", text), text
            assert not re.search(r"«[ \t]", text), text
            assert not re.search(r"\s[;!?]", text), text
        assert "(s)" not in source and "(s)" not in "".join(texts)


def test_every_engine_string_is_in_the_catalogue():
    ids = {(e.msgctxt, e.msgid) for e in PO}
    for text in strings.LABELS.values():
        assert ("label", text) in ids, text
    for text in strings.FLAG_HELP.values():
        assert (None, text) in ids, text
    for entry in strings.PROBLEMS.values():
        text = entry.singular if isinstance(entry, strings.Plural) else entry
        assert (None, text) in ids, text
    from allykit.panelaudit import chart, export, letters_text

    for context, table in (
        ("chart", chart.TEXT),
        ("export", export.HEAD),
        ("checklist", letters_text.CHECKLIST),
    ):
        for text in table.values():
            assert (context, text) in ids, text
    for text in (letters_text.FIGURES, letters_text.FIGURES_HEADLINE):
        assert ("letter", text) in ids, text
    from allykit.panelaudit.formats import FORMATS
    from allykit.panelaudit.targets import PRESETS, Target

    for target in [*PRESETS.values(), Target(0.3)]:
        assert ("target", target.label_text) in ids, target.label_text
        assert target.label("fr") != target.label("en")
    for fmt in FORMATS:
        assert ("format", fmt.label_text) in ids, fmt.label_text
    from allykit.panelaudit import template

    for text in (*template.HEADER, *template.ROLE_WORDS.values(), *template.GENDER_WORDS.values()):
        assert ("template", text) in ids, text
    from allykit.panelaudit.errors import DETAILS

    for text in DETAILS:
        assert (None, text) in ids, text


@pytest.mark.parametrize(
    "n, en, fr",
    [
        (1, "1 more problem is not listed.", "1 autre problème n'est pas affiché."),
        (2, "2 more problems are not listed.", "2 autres problèmes ne sont pas affichés."),
    ],
)
def test_real_plurals_in_both_languages(n, en, fr):
    assert problem_message("more_problems", "en", count=n) == en
    assert problem_message("more_problems", "fr", count=n) == fr


@pytest.mark.parametrize(
    "error, en, fr",
    [
        (
            PanelInputError("unsafe_xlsx", detail="compression ratio {n}:1", n=1200),
            "The workbook was refused: compression ratio 1,200:1.",
            "Le classeur a été refusé\u00a0: taux de compression de 1\u00a0200:1.",
        ),
        (
            PanelInputError("bad_schedule", detail="root element <{tag}>", tag="agenda"),
            "(root element <agenda>)",
            "(élément racine <agenda>)",
        ),
        (
            PanelInputError("bad_json", detail="Expecting value: line 1 column 1 (char 0)"),
            "Expecting value: line 1 column 1",
            "Expecting value: line 1 column 1",  # a parser's own words stay as they are
        ),
    ],
)
def test_the_details_of_an_input_error_are_translated(error, en, fr):
    assert en in error.message("en")
    assert fr in error.message("fr")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_template_words_read_back_in_each_language(lang):
    """The template's headers and values, as translated, are what the readers recognise."""
    from allykit.panelaudit import template, vocab
    from allykit.panelaudit.i18n import pgettext

    def word(text):
        return pgettext(lang, "template", text)

    assert [vocab.column_key(word(h)) for h in template.HEADER] == [
        "session",
        "name",
        "role",
        "gender",
    ]
    for key, text in template.ROLE_WORDS.items():
        assert vocab.lookup(vocab.ROLE_VALUES, word(text)) == key, word(text)
    for key, text in template.GENDER_WORDS.items():
        assert vocab.lookup(vocab.GENDER_VALUES, word(text)) == key, word(text)
