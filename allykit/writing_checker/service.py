"""What the page and the API share: one check in memory, and its bad-input messages.

Nothing here stores or logs the text: it lives only as long as the request.
"""

from __future__ import annotations

import re

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from allykit.api import ApiError
from allykit.wordcheck import GENRES, LANGS, MAX_CHARS, CheckError

from . import citations
from .names import MAX_NAME, check_with_name
from .typo import fmt_int

# Rule ids are "<lang>.<category>.<word>" (the word may be accented: fr.effort.dévoué), or a
# whole category.
RULE_ID = re.compile(r"^[a-z]{2}\.[a-z_]+(?:\.[\w'’-]+)*$|^[a-z_]+$")
MAX_IGNORE = 200
MAX_RULE_CHARS = 120


def refused(status: int, code: str, message: str, field: str = "text") -> ApiError:
    """Unusable input as the site's one error type (the field is the text unless said)."""
    return ApiError(status, code, message, field=field)


def too_long_message() -> str:
    limit = fmt_int(MAX_CHARS, get_language() or "en")
    return _("The text is longer than %(limit)s characters. Check it in parts.") % {"limit": limit}


def clean_ignore(values) -> frozenset[str]:
    """Rule ids (or category keys) to skip; raise ApiError on anything else."""
    if not isinstance(values, (list, tuple, set, frozenset)) or len(values) > MAX_IGNORE:
        raise refused(422, "invalid_ignore", _("“ignore” must be a list of rule ids."), "ignore")
    for v in values:
        if not isinstance(v, str) or len(v) > MAX_RULE_CHARS or not RULE_ID.match(v):
            raise refused(
                422, "invalid_ignore", _("“ignore” must be a list of rule ids."), "ignore"
            )
    return frozenset(values)


def run(
    text: str, genre: str, lang: str, ignore=frozenset(), name: str = "", ui_lang: str | None = None
) -> dict:
    """The report as a dict (`Report.to_dict()`); ApiError for bad input, nothing else."""
    if genre not in GENRES:
        message = _("Unknown genre: use one of %(genres)s.") % {"genres": ", ".join(GENRES)}
        raise refused(422, "unknown_genre", message, "genre")
    if lang not in LANGS:
        raise refused(422, "unknown_language", _("Unknown language: use en or fr."), "lang")
    if not isinstance(text, str):
        raise refused(422, "invalid_text", _("“text” must be a string."))
    if len(text) > MAX_CHARS:
        raise refused(413, "too_long", too_long_message())
    if not isinstance(name, str) or len(name) > MAX_NAME:
        message = _("“name” must be a string of at most %(n)s characters.") % {"n": MAX_NAME}
        raise refused(422, "invalid_name", message, "name")
    try:
        report = check_with_name(text, genre, lang, ignore, name, ui_lang)
    except CheckError as exc:  # the checks above make this unlikely; keep the engine's word
        status = 413 if exc.code == "too_long" else 422
        raise refused(status, exc.code, str(exc)) from None
    # The engine names each source by its key; cite it from the reference list in the
    # language of the messages.
    return citations.attach(report, ui_lang or lang)
