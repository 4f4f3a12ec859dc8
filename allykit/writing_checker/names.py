"""Keep the candidate's name out of the findings ("Patience", "Bold", "Sweet" are names too).

The engine has no parameter for a name, so the web layer masks it: each capitalised occurrence
of a word of the name is replaced by a placeholder of the same length that no word list holds
(a capital Q and consonants), the masked text is checked, and the report is mapped back. Offsets
do not move, so flags point into the original text; the engine still sees a capitalised name,
so the first-name rule keeps working, and the summary counts what the report shows.
"""

from __future__ import annotations

import re

from allykit.wordcheck import CheckError, check

_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTERS = "bcdfghjklmnpqrstvwxz"  # no vowels: a placeholder never ends like a role ("-er")
MAX_NAME = 200


def _placeholder(index: int, length: int) -> str:
    digits = []
    while True:
        index, r = divmod(index, len(_LETTERS))
        digits.append(_LETTERS[r])
        if not index:
            break
    body = ("".join(digits) + "x" * length)[: length - 1]
    return "Q" + body


def mask(text: str, name: str) -> tuple[str, dict[str, str]]:
    """(masked text, placeholder -> original word). Only capitalised occurrences are masked:
    "Patience" the name, not "patience" the quality."""
    words = []
    for w in _WORD.findall(name or ""):
        if w.casefold() not in (x.casefold() for x in words):
            words.append(w)
    if not words:
        return text, {}
    back: dict[str, str] = {}
    by_word: dict[str, str] = {}
    for i, w in enumerate(sorted(words, key=len, reverse=True)):
        by_word[w.casefold()] = _placeholder(i, len(w))
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(w) for w in by_word) + r")(?![\w])", re.IGNORECASE
    )

    def sub(m: re.Match) -> str:
        found = m.group(1)
        if not found[0].isupper():
            return found
        ph = by_word[found.casefold()]
        if len(ph) != len(found):  # a case fold that changed the length (ß): leave it
            return found
        back[ph] = found
        return ph

    return pattern.sub(sub, text), back


def _unmask(value: str, back: dict[str, str]) -> str:
    for ph, word in back.items():
        value = value.replace(ph, word)
    return value


def check_with_name(
    text: str, genre: str, lang: str, ignore=frozenset(), name: str = "", ui_lang: str | None = None
) -> dict:
    """`allykit.wordcheck.check(...).to_dict()`, never flagging the words of `name`."""
    if not isinstance(name, str):
        raise CheckError("not_text", "The name must be a string.")
    if not name.strip() or not isinstance(text, str):
        return check(text, genre, lang, frozenset(ignore), ui_lang=ui_lang).to_dict()
    masked, back = mask(text, name[:MAX_NAME])
    result = check(masked, genre, lang, frozenset(ignore), ui_lang=ui_lang).to_dict()
    if back:
        for flag in result["flags"]:
            flag["text"] = text[flag["start"] : flag["end"]]
            flag["alternatives"] = [_unmask(a, back) for a in flag["alternatives"]]
    return result
