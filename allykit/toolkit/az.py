"""A-Z filing of glossary terms and references (plain Python).

A reference files under the first letter of the names it prints ("La Roche" under L, as APA
sorts it). A glossary term files under its first word that is not a leading article, in its
language: "The five Ds" under F, "Les 5D" under D (digits are passed over, as in any name), "La
parité" under P; a term that is only an article keeps it.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = {
    "en": re.compile(r"^(?:the|an|a)\s+(?=\S)", re.IGNORECASE),
    # l' and l’ join the next word: "L'alliance" files under A.
    "fr": re.compile(r"^(?:(?:les|le|la|une|un)\s+|l['’]\s*)(?=\S)", re.IGNORECASE),
}


def letter(text: str) -> str:
    """The A-Z letter a text files under: its first letter, accents removed ('É' -> 'E');
    '#' when it has none."""
    for char in unicodedata.normalize("NFKD", text):
        if char.isalpha():
            return char.upper()
    return "#"


def without_article(term: str, lang: str) -> str:
    """`term` without the article it starts with in `lang` ("The five Ds" -> "five Ds")."""
    pattern = ARTICLES.get(lang)
    return pattern.sub("", term.strip(), count=1) if pattern else term.strip()


def term_letter(term: str, lang: str) -> str:
    return letter(without_article(term, lang))


def term_sort_key(term: str, lang: str) -> tuple[str, str, str]:
    """Order of a glossary term: its letter, then its words without the article, accents
    removed and case ignored (the article breaks ties: "Le rôle" and "Rôle")."""
    bare = without_article(term, lang)
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c)
    ).casefold()
    return letter(bare), folded, term.casefold()
