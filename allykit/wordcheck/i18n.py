"""The engine's sentences through the standard library's gettext (no Django): domain
``wordcheck``, catalogue ``locale/fr/LC_MESSAGES/wordcheck.po``, compiled to .mo with polib
the way the Django catalogues are (``allykit.messages.compile_catalogues``), on first use
when the .mo is missing or older than the .po."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).with_name("locale")
DOMAIN = "wordcheck"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    mo = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    po = mo.with_suffix(".po")
    if po.exists() and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
        from allykit.messages import compile_catalogues

        compile_catalogues(LOCALE)
    return gettext.translation(DOMAIN, LOCALE, languages=[lang])


def gettext_(lang: str, message: str) -> str:
    return translations(lang).gettext(message)


def ngettext_(lang: str, singular: str, plural: str, n: int) -> str:
    return translations(lang).ngettext(singular, plural, n)


def pgettext_(lang: str, context: str, message: str) -> str:
    return translations(lang).pgettext(context, message)
