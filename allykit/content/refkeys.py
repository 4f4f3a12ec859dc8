"""A reference's key names its first author and its year ("smith2020", "osler-nd"), and no
two references cite alike ("Kanter, 1977" for two works needs 1977a and 1977b).

An edited record once put a book's second author first while its key kept the old order; the
check makes such a change show up as a key to fix (issue 10).
"""

from __future__ import annotations

import re
import unicodedata
from string import ascii_lowercase


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
    undated = year.startswith("n.d.")
    if undated and not re.search(r"-nd[a-z]?$", key):
        problem(f"reference {key}: a work with no date has a key ending in -nd")
    elif not undated and (not digits or digits.group(1) != year[:4]):
        problem(f"reference {key}: the key's year must be the reference's year ({year[:4]})")
    letter = year_parts(year)[1]
    if letter and not key.endswith(letter):
        problem(f"reference {key}: the key must end with its year's letter ({letter})")


def year_parts(year: str) -> tuple[str, str]:
    """'1977b' -> ('1977', 'b'); 'n.d.-a' -> ('n.d.', 'a'); '2019' -> ('2019', '')."""
    match = re.fullmatch(r"(\d{4}|n\.d\.)-?([a-z]?)", year)
    return (match[1], match[2]) if match else (year, "")


def check_unambiguous(refs, cite, problem, title_order=lambda ref: ref.title.casefold()) -> None:
    """Report, through `problem(key, message)`, references whose in-text citation is the same
    (the same names and year, by `cite(ref) -> (names, year)`). APA tells them apart by a
    letter after the year (1977a, 1977b; n.d.-a, n.d.-b), given in the order of their titles
    (by `title_order(ref)`); a work alone under its names and year takes no letter."""
    seen: dict[tuple[str, str], str] = {}
    groups: dict[tuple[str, str], list] = {}
    for ref in refs:
        names, year = cite(ref)
        groups.setdefault((names, year_parts(year)[0]), []).append(ref)
        other = seen.setdefault((names, year), ref.key)
        if other != ref.key:
            problem(
                ref.key,
                f"references {other} and {ref.key} are both cited as '{names}, {year}': give "
                "their years a letter (a, b) in the order of their titles, as APA does",
            )
    for (names, base), group in groups.items():
        _check_letters(sorted(group, key=title_order), names, base, cite, problem)


def _check_letters(group, names: str, base: str, cite, problem) -> None:
    """One author's works of one year (or undated), in title order: none lettered when alone;
    a, b, c... in that order when several have letters."""
    letters = [year_parts(cite(ref)[1])[1] for ref in group]
    first = group[0].key
    if len(group) == 1 and letters[0]:
        problem(first, f"reference {first}: a work alone as '{names}, {base}' takes no letter")
        return
    wanted = list(ascii_lowercase[: len(group)])
    if len(group) > 1 and all(letters) and letters != wanted:
        keys = ", ".join(ref.key for ref in group)
        problem(
            first,
            f"references {keys} (in the order of their titles) must have the letters "
            f"{', '.join(wanted)} after their years, in that order",
        )
