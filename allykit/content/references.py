"""References: build them from YAML and check them; APA 7 formatting and citing is in apa.py."""

from __future__ import annotations

import re
import unicodedata

from .apa import (
    apa_html,
    author_list,
    author_name,
    cite_names,
    cite_year,
    initials,
    narrative_citation,
)
from .model import Author, Checked, Problem, Reference
from .refkeys import check_key
from .yamlio import line_of

# The APA formatting lives in apa.py; its public names stay importable from here.
__all__ = [
    "apa_html",
    "author_list",
    "author_name",
    "build_reference",
    "cite_names",
    "cite_year",
    "initials",
    "narrative_citation",
    "sort_key",
]

TYPES = ("article", "book", "chapter", "report", "web", "video")
KEY_RE = re.compile(r"^[a-z][a-z0-9-]*\d{4}[a-z]?$|^[a-z][a-z0-9-]*-nd[a-z]?$")
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# How a reference was verified: the DOI's registration record (doi.org / Crossref), the
# publisher's own page or copy, a library or bibliographic catalogue, or, where nobody here
# re-checked it, the research brief (shared/brief/references-verified.md) that did; "copy" is
# the text of the work read in a copy that its publisher does not host.
CHECK_METHODS = ("doi-record", "publisher-page", "catalogue", "copy", "brief")
TEXT_FIELDS = (
    "subtitle",
    "container",
    "volume",
    "issue",
    "pages",
    "publisher",
    "edition",
    "doi",
    "url",
    "accessed",
    "month_day",
    "short_title",
    "label",
    "label_fr",
)
FLAGS = ("edited", "more_authors", "further_reading")
AUTHOR_FIELDS = {"family", "given", "literal", "literal_fr", "abbr_fr"}
KNOWN = {
    "key",
    "type",
    "authors",
    "editors",
    "year",
    "title",
    "verified",
    "lang",
    "checked",
    *TEXT_FIELDS,
    *FLAGS,
}
# Given names are initials ("K. A.", "Y.-H. H."): full names that a source does not give were
# once filled in from guesses and published in the exports; APA needs only initials.
INITIALS_RE = re.compile(r"^(?:[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?\s?)+$")


def _authors(raw, key: str, field: str, problem) -> list[Author]:
    out = []
    for a in raw or ():
        if isinstance(a, dict) and (a.get("family") or a.get("literal")):
            unknown = set(a) - AUTHOR_FIELDS
            if unknown:
                problem(f"reference {key}: unknown author field(s) {', '.join(sorted(unknown))}")
            given = str(a.get("given", "")).strip()
            if given and not INITIALS_RE.match(given):
                problem(
                    f"reference {key}: {field} given name {given!r} must be initials "
                    "(full given names are published in the exports; write 'K. A.')"
                )
            out.append(Author(**{k: str(a.get(k, "")).strip() for k in AUTHOR_FIELDS}))
        else:
            problem(f"reference {key}: each of {field} needs 'family' (and 'given') or 'literal'")
    return out


def _checked(raw, key: str, problem) -> Checked | None:
    if not isinstance(raw, dict):
        problem(
            f"reference {key}: 'checked' is required: how it was verified "
            f"({', '.join(CHECK_METHODS)}), the date, and where"
        )
        return None
    date, how = str(raw.get("date", "")).strip(), str(raw.get("how", "")).strip()
    where = str(raw.get("where", "")).strip()
    unknown = {str(k) for k in raw} - {"date", "how", "where", "note"}
    if unknown:
        problem(f"reference {key}: unknown 'checked' field(s) {', '.join(sorted(unknown))}")
    if not DATE_RE.match(date):
        problem(f"reference {key}: checked.date must be an ISO date (YYYY-MM-DD)")
    if how not in CHECK_METHODS:
        problem(f"reference {key}: checked.how must be one of {', '.join(CHECK_METHODS)}")
    if not where:
        problem(f"reference {key}: checked.where must say which record or page was checked")
    return Checked(date=date, how=how, where=where, note=str(raw.get("note") or "").strip())


def build_reference(raw, path: str) -> tuple[Reference | None, list[Problem]]:
    """Turn one YAML mapping into a Reference, with the problems found."""
    line = line_of(raw)
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(Problem(path, line, message))

    if not isinstance(raw, dict):
        return None, [Problem(path, line, "a reference must be a mapping")]
    key = str(raw.get("key", "")).strip()
    if not KEY_RE.match(key):
        problem(f"reference key {key!r} must look like 'family2019' (lowercase, then a year)")
    unknown = set(raw) - KNOWN
    if unknown:
        problem(f"reference {key}: unknown field(s) {', '.join(sorted(unknown))}")
    rtype = raw.get("type")
    if rtype not in TYPES:
        problem(f"reference {key}: type must be one of {', '.join(TYPES)}")
    authors = _authors(raw.get("authors"), key, "authors", problem)
    editors = _authors(raw.get("editors"), key, "editors", problem)
    fields = {f: str(raw.get(f) or "").strip() for f in TEXT_FIELDS}
    if not authors and not fields["short_title"]:
        problem(
            f"reference {key}: give the authors, or for a work with no known author a "
            "'short_title' for in-text citations (never the title as author)"
        )
    year = str(raw.get("year", "")).strip()
    if not re.fullmatch(r"\d{4}[a-z]?|n\.d\.(-[a-z])?", year):
        problem(f"reference {key}: year must be four digits or 'n.d.' (1977b, n.d.-b)")
    title = str(raw.get("title") or "").strip()
    if not title:
        problem(f"reference {key}: title is required")
    elif "[" in title:
        problem(
            f"reference {key}: no brackets in the title; a description such as [Statement] "
            "goes in 'label' (and 'label_fr')"
        )
    if fields.pop("subtitle"):
        # APA joins a subtitle to its title with a colon; the data keeps them apart.
        title = f"{title}: {str(raw['subtitle']).strip()}"
    if fields["doi"] and not DOI_RE.match(fields["doi"]):
        problem(f"reference {key}: doi must be bare, like 10.1000/xyz (no https://doi.org/)")
    if fields["url"] and not fields["url"].startswith("https://"):
        problem(f"reference {key}: url must start with https://")
    if rtype == "article" and not fields["container"]:
        problem(f"reference {key}: an article needs its journal in 'container'")
    if editors and rtype != "chapter":
        problem(f"reference {key}: 'editors' are for chapters (an edited book sets 'edited')")
    if re.search(r"\bEds?\.", fields["container"]):
        problem(f"reference {key}: put the book's editors in 'editors', not in 'container'")
    lang = str(raw.get("lang") or "en").strip()
    if lang not in ("en", "fr"):
        problem(f"reference {key}: lang must be en or fr")
    flags = {f: raw.get(f, False) for f in FLAGS}
    for f, value in flags.items():
        if not isinstance(value, bool):
            problem(f"reference {key}: {f} must be true or false")
    verified = str(raw.get("verified", "")).strip()
    if verified not in ("V", "P"):
        problem(f"reference {key}: verified must be V or P (unverified references are not used)")
    checked = _checked(raw.get("checked"), key, problem)
    check_key(key, authors, year, problem)
    if problems:
        return None, problems
    return Reference(
        key=key,
        type=rtype,
        authors=tuple(authors),
        editors=tuple(editors),
        year=year,
        title=title,
        verified=verified,
        lang=lang,
        checked=checked,
        **{f: bool(v) for f, v in flags.items()},
        **fields,
    ), []


def sort_key(ref: Reference, lang: str = "en", short: bool = False) -> tuple:
    """APA order: first author's family name (or organisation, or title), then the co-authors
    (none first), then year.

    In French the name is the one French pages print: an organisation's French name
    (`literal_fr`), or with `short` its French in-text form (`abbr_fr`: "OMS", "AMC", as the
    reference list's entries and letters show it); a work with no author by its title (with
    `short`, by the short title the list prints). Names compare as French collation does:
    accents, case and punctuation ignored first, so "É" files with "E". English is unchanged.
    """
    if lang == "fr":
        return _sort_key_fr(ref, short)
    if ref.authors:
        first = ref.authors[0]
        name = first.literal or first.family
    else:
        name = ref.title
    return (_fold(name), _co_authors(ref, _fold), _year_order(ref), ref.title.lower())


def _year_order(ref: Reference) -> tuple[int, str]:
    """An author's undated works come before the dated ones, as the oldest (APA)."""
    return (0 if ref.year.startswith("n.d.") else 1, ref.year)


def title_order(ref: Reference) -> tuple[str, str, str]:
    """The order APA gives one author's works of one year: by title, leaving out a first
    article ("The", "Le", "L'") and punctuation; their letters (1977a, n.d.-a) follow it."""
    articles = r"((les?|la|une?)\s+|l['’])" if ref.lang == "fr" else r"(the|an?)\s+"
    return collation_fr(re.sub(rf"^{articles}", "", ref.title, flags=re.IGNORECASE))


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _co_authors(ref: Reference, fold) -> tuple[str, ...]:
    """APA puts an author's one-author works before the works they wrote with others, and
    orders those by the second author's name, then the third's (co-authors not verified,
    printed as "et al.", come after every named one)."""
    names = tuple(fold(a.family or a.literal) for a in ref.authors[1:])
    return names + (("\U0010ffff",) if ref.more_authors else ())


def _sort_key_fr(ref: Reference, short: bool) -> tuple:
    if ref.authors:
        first = ref.authors[0]
        if not first.literal:
            name = first.family
        elif short:
            name = first.abbr_fr or first.literal_fr or first.literal
        else:
            name = first.literal_fr or first.literal
    else:  # the list names it by its short title; an APA entry starts with its title
        name = (ref.short_title or ref.title) if short else ref.title
    co_authors = _co_authors(ref, lambda name: collation_fr(name)[0])
    return (*collation_fr(name), co_authors, _year_order(ref), *collation_fr(ref.title))


def collation_fr(text: str) -> tuple[str, str, str]:
    """A French-like collation key: letters and digits without accents or case first ("é" sorts
    with "e", "l’allié" with "l'allie"), then the accents (unaccented first), then the case
    (lowercase first)."""
    decomposed = unicodedata.normalize("NFKD", text)
    words = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    primary = " ".join(words.casefold().split())
    return (primary, unicodedata.normalize("NFKD", text.casefold()), text.swapcase())
