"""The pre-filled template handed back to the organiser: their sessions, names and roles, one
row per speaking place, with the gender column left to fill in (known values kept) and the
allowed values in the column's name, so the file checks again as it is.

It holds names, so it is never stored or logged: it is the user's own data returned in the same
response (docs/decisions/0111-panel-template-download.md). Cells that a spreadsheet would run
as a formula are prefixed with an apostrophe, as in the summary export.
"""

from __future__ import annotations

import csv
import io

from .export import DANGEROUS
from .i18n import pgettext
from .messages import label
from .model import ParsedProgram
from .typo import check_lang

# English here, French in the engine's catalogue (context "template"). Each word is one the
# readers recognise in that language, so the filled-in file reads back (tested).
HEADER = (
    "Session",
    "Name",
    "Role",
    "Gender (woman / man / non-binary / another term / not stated)",
)
ROLE_WORDS = {
    "keynote": "keynote",
    "plenary": "plenary",
    "chair": "chair",
    "panellist": "panellist",
    "speaker": "speaker",
}
GENDER_WORDS = {
    "woman": "woman",
    "man": "man",
    "non_binary": "non-binary",
    "another": "another term",
}


def _word(words: dict[str, str], key: str | None, lang: str) -> str:
    return pgettext(lang, "template", words[key]) if key in words else ""


def _safe(value: str) -> str:
    return "'" + value if value.startswith(DANGEROUS) else value


def template_csv(program: ParsedProgram, lang: str = "en", *, bom: bool = True) -> str:
    """CSV (comma in English, semicolon in French, as Excel expects) ready to fill in."""
    lang = check_lang(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow([pgettext(lang, "template", h) for h in HEADER])
    labels = {s.index: s.label for s in program.sessions}
    for person in program.people:
        writer.writerow(
            [
                _safe(labels.get(person.session, "")),
                _safe(person.name),
                _word(ROLE_WORDS, person.role, lang),
                _word(GENDER_WORDS, person.gender, lang),
            ]
        )
    return ("\ufeff" if bom else "") + out.getvalue()


def has_template(program: ParsedProgram | None) -> bool:
    """Worth offering: there are people and at least one gender is missing."""
    return bool(program and program.people) and (program.coverage or 0) < 1


__all__ = ["label", "template_csv", "has_template"]
