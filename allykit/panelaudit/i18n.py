"""The engine's own gettext domain, `panelaudit`, with the standard library (no Django).

English is in the code (strings.py and the helpers in messages.py); French is in
locale/fr/LC_MESSAGES/panelaudit.po, compiled to .mo on first use with polib the same way the
Django catalogues are (allykit.messages.compile_catalogues; no change to cli.py was needed).
Plurals use the catalogue's Plural-Forms (French: n > 1), labels the context "label".
"""

from __future__ import annotations

import gettext as _gettext
from functools import cache
from pathlib import Path

from .typo import check_lang, fr_typo

DOMAIN = "panelaudit"
LOCALE = Path(__file__).parent / "locale"


@cache
def catalogue(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue for `lang`: the .mo written beside the .po when the folder is
    writable (as allykit.messages does for Django's), else compiled in memory with polib."""
    if check_lang(lang) == "en":
        return _gettext.NullTranslations()
    po_path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    try:
        from allykit.messages import compile_catalogues

        compile_catalogues(LOCALE)
        return _gettext.translation(DOMAIN, LOCALE, languages=[lang])
    except OSError:  # a read-only install: compile in memory instead
        import io

        import polib

        return _gettext.GNUTranslations(io.BytesIO(polib.pofile(str(po_path)).to_binary()))


def _fr(text: str, lang: str) -> str:
    return fr_typo(text) if lang == "fr" else text


def gettext(lang: str, message: str) -> str:
    return _fr(catalogue(lang).gettext(message), lang)


def ngettext(lang: str, singular: str, plural: str, n: int) -> str:
    return _fr(catalogue(lang).ngettext(singular, plural, n), lang)


def pgettext(lang: str, context: str, message: str) -> str:
    return _fr(catalogue(lang).pgettext(context, message), lang)


def npgettext(lang: str, context: str, singular: str, plural: str, n: int) -> str:
    return _fr(catalogue(lang).npgettext(context, singular, plural, n), lang)
