"""Words people search with that the content words differently, and names that are one term.

- SYNONYMS: a query word found here (folded) also matches the listed words. Kept short: everyday
  names for things the guide describes in its own terms (a pet name is a "nickname" there).
- GROUPS: words that lead to one another in both directions, matched by stem as well as by
  spelling, so "sponsor" finds parrainage on the French pages and "parrain" finds parrainage.
  The English words are in the French groups too: French readers search with them.
- NAMES: names of several words that are one term ("TIME'S UP"): a query holding one is
  searched as that exact phrase, so the "s" and "up" do not match on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import text

_PET_NAMES_EN = ("nickname", "kiddo")
_PET_NAMES_FR = ("surnom",)

SYNONYMS = {
    "en": {
        **dict.fromkeys(
            (
                "sweetie",
                "sweetheart",
                "honey",
                "hon",
                "darling",
                "dear",
                "dearie",
                "sweetpea",
                "babe",
                "girl",
                "girls",
                "kiddo",
            ),
            _PET_NAMES_EN,
        ),
        "nickname": ("kiddo",),
        "manel": ("all-male",),
        "mistaken": ("taken",),
        "misgendered": ("pronouns",),
        "misgendering": ("pronouns",),
    },
    "fr": {
        **dict.fromkeys(
            (
                "cherie",
                "cheri",
                "puce",
                "cocotte",
                "poupee",
                "mignonne",
                "belle",
                "fifille",
                "minou",
                "choupette",
                "chouette",
            ),
            _PET_NAMES_FR,
        ),
        "manel": ("masculin",),
        "mecgenrer": ("pronoms",),
    },
}

GROUPS = {
    "en": (
        ("sponsor", "sponsorship"),
        ("mentor", "mentorship", "mentoring", "mentee"),
        ("ally", "allyship"),
        ("bystander", "witness"),
    ),
    "fr": (
        ("parrainage", "parrain", "marraine", "parrainer", "sponsor", "sponsorship"),
        ("mentorat", "mentor", "mentore", "mentorer", "mentoring", "mentorship"),
        ("alliance", "allie", "alliee", "ally", "allyship"),
        ("temoin", "bystander"),
    ),
}

_NAMES = {  # an apostrophe in a name is optional in the query ("times up" finds it too)
    "en": ("time's up",),
    "fr": ("time's up",),
}
NAMES = {
    lang: tuple(
        re.compile(r"(?<![^\W_])" + re.escape(n).replace("'", "['\u2019]?") + r"(?![^\W_])", re.I)
        for n in names
    )
    for lang, names in _NAMES.items()
}


def synonyms(word: str, lang: str) -> tuple[str, ...]:
    """Words a query word also finds as if typed (its entry in SYNONYMS)."""
    return SYNONYMS[lang].get(text.fold(word), ())


@lru_cache(maxsize=4096)
def related(word: str, lang: str) -> tuple[str, ...]:
    """Words of the query word's groups (GROUPS): found too, ranked below the word itself."""
    folded = text.fold(word)
    stem = text.key(word, lang)
    found = []
    for group in GROUPS[lang]:
        if folded in group or stem in {text.key(w, lang) for w in group}:
            found.extend(w for w in group if w != folded and text.key(w, lang) != stem)
    return tuple(dict.fromkeys(found))
