"""Words people search with that the content words differently (folded, one word each).

A query word found here also matches the listed words. Kept short: everyday names for things
the guide describes in its own terms (a pet name is a "nickname" in the guide).
"""

from __future__ import annotations

_PET_NAMES_EN = ("nickname", "kiddo")
_PET_NAMES_FR = ("surnom",)

SYNONYMS = {
    "en": {
        **dict.fromkeys(("sweetie", "sweetheart", "honey", "hon", "darling", "dear", "dearie",
                         "sweetpea", "babe", "girl", "girls", "kiddo"), _PET_NAMES_EN),
        "nickname": ("kiddo",),
        "manel": ("all-male",),
        "mistaken": ("taken",),
        "misgendered": ("pronouns",),
        "misgendering": ("pronouns",),
    },
    "fr": {
        **dict.fromkeys(("cherie", "cheri", "puce", "cocotte", "poupee", "mignonne", "belle",
                         "fifille", "minou", "choupette", "chouette"), _PET_NAMES_FR),
        "manel": ("masculin",),
        "mecgenrer": ("pronoms",),
    },
}  # fmt: skip
