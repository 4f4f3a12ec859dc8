"""Every string checker.js shows, translated for the page (the same msgids as the templates,
so the catalogue holds each sentence once). Passed as JSON in the form's data-strings."""

from __future__ import annotations

import json

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from allykit.wordcheck import CATEGORIES, GENRES

from .service import too_long_message
from .typo import fmt_pct


def _pair(singular: str, plural: str) -> list[str]:
    """[form for one, form for many]: checker.js picks by the page language's plural rule."""
    return [ngettext(singular, plural, 1), ngettext(singular, plural, 2)]


def js_strings(lang: str) -> str:
    strings = {
        "categories": {key: labels[lang] for key, labels in CATEGORIES.items()},
        "genres": {key: labels[lang] for key, labels in GENRES.items()},
        "na": fmt_pct(None, lang),
        "checking": _("Checking…"),
        "failed": _("The text could not be checked here. Use the “Check the text” button."),
        "too_long": too_long_message(),
        "result": _("Result"),
        "genre_words": _("%(genre)s, %(words)s words."),
        "highlights": _("Your text with highlights"),
        "key": _(
            "Each highlight is followed by its number in brackets: follow the number to the "
            "explanation, and “Back to the text” to return. A solid underline marks wording "
            "worth a second look; a dotted underline marks a note that needs no change."
        ),
        "flagged": _("What was flagged"),
        "note": _("note: no change needed"),
        "warning": _("worth a second look"),
        "alternatives": _("Alternatives:"),
        "source": _("Source:"),
        "back": _("Back to the text"),
        "no_flags": _("No wording was flagged."),
        "whole": _("About the whole text"),
        "ignore_legend": _("Rules to ignore on the next check"),
        "ignore_hint": _(
            "Tick a rule that does not fit your text, for example a word used in another "
            "sense, then check again."
        ),
        "ignored": _("ignored"),
        "again": _("Check again"),
        "summary": _("Summary"),
        "changes": _("The most useful changes"),
        "no_change": _("No change stands out."),
        "figures": _("Balance, length and specificity"),
        "ability_effort": _("Ability to effort"),
        "ability_effort_value": _(
            "ability words: %(a)s, effort words: %(e)s (ability share: %(share)s)"
        ),
        "balance_job": _("Masculine-coded to feminine-coded words"),
        "balance_job_value": _(
            "masculine-coded: %(a)s, feminine-coded: %(c)s (masculine-coded share: %(share)s)"
        ),
        "balance": _("Agentic to communal descriptors"),
        "balance_value": _("agentic: %(a)s, communal: %(c)s (agentic share: %(share)s)"),
        "length": _("Length"),
        "words": _pair("%(words)s word", "%(words)s words"),
        "short": _("Short: under %(n)s words a letter can read as lukewarm support."),
        "specificity": _("Specificity"),
        "specifics": _pair(
            "%(counter)s concrete detail (numbers, outputs), %(rate)s per 100 words",
            "%(counter)s concrete details (numbers, outputs), %(rate)s per 100 words",
        ),
        "low": _("Low: add accomplishments, numbers and results."),
        "not_verdict": _(
            "These are counts, not a verdict on the text or its writer: read each highlight "
            "in context."
        ),
        "caption": _("Flags by category, with the rate per 1,000 words"),
        "category": _("Category"),
        "count": _("Count"),
        "per_1000": _("Per 1,000 words"),
        "lists": _("About the word lists:"),
        "concerned": _("Categories concerned:"),
        "words_checked": _pair("%(n)s word checked.", "%(n)s words checked."),
        "nothing": _("Nothing was flagged."),
        "passages": _pair(
            "%(n)s passage worth a second look", "%(n)s passages worth a second look"
        ),
        "notes": _pair("%(n)s note (no change needed).", "%(n)s notes (no change needed)."),
        "whole_note": _("There is a note on the whole text."),
    }
    return json.dumps(strings, ensure_ascii=False)
