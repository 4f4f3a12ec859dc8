"""A reference's key names its first author and its year ("smith2020", "osler-nd"), and no
two references cite alike ("Kanter, 1977" for two works needs 1977a and 1977b).

An edited record once put a book's second author first while its key kept the old order; the
check makes such a change show up as a key to fix (issue 10).
"""

from __future__ import annotations

import re
import unicodedata


def _ascii(text: str) -> str:
    return re.sub(
        r"[^a-z]",
        "",
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower(),
    )


def check_key(key: str, authors, year: str, problem) -> None:
    """Report, through `problem`, a key that does not start with the first author's family
    name or does not end with the reference's year (or -nd for a work with no date)."""
    family = authors[0].family if authors else ""
    names = {_ascii(family), _ascii(family.split("-")[0])} - {""}  # Lemieux-Côté: lemieux...
    if names and not key.startswith(tuple(names)):
        problem(
            f"reference {key}: the key must start with the first author's family name "
            f"({_ascii(authors[0].family)}...)"
        )
    digits = re.search(r"(\d{4})[a-z]?$", key)
    if year == "n.d." and not re.search(r"-nd[a-z]?$", key):
        problem(f"reference {key}: a work with no date has a key ending in -nd")
    elif year != "n.d." and (not digits or digits.group(1) != year[:4]):
        problem(f"reference {key}: the key's year must be the reference's year ({year[:4]})")


def check_unambiguous(refs, cite, problem) -> None:
    """Report, through `problem(key, message)`, references whose in-text citation is the same
    (the same names and year, by `cite(ref) -> (names, year)`): APA tells them apart by a
    letter after the year, given in the order of their titles (1977a, 1977b)."""
    seen: dict[tuple[str, str], str] = {}
    for ref in refs:
        names, year = cite(ref)
        if year in ("n.d.", "s. d."):
            continue  # undated works by one author take n.d.-a, n.d.-b: none here yet
        other = seen.setdefault((names, year), ref.key)
        if other != ref.key:
            problem(
                ref.key,
                f"references {other} and {ref.key} are both cited as '{names}, {year}': give "
                "their years a letter (a, b) in the order of their titles, as APA does",
            )
