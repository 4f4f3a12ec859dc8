"""References: build them from YAML, format them in APA 7, and cite them in the text."""

from __future__ import annotations

import re
import unicodedata
from html import escape

from .model import Author, Problem, Reference
from .yamlio import line_of

TYPES = ("article", "book", "chapter", "report", "web", "video")
KEY_RE = re.compile(r"^[a-z][a-z0-9-]*\d{4}[a-z]?$|^[a-z][a-z0-9-]*-nd[a-z]?$")
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
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
)


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
    unknown = set(raw) - {"key", "type", "authors", "year", "title", "verified", *TEXT_FIELDS}
    if unknown:
        problem(f"reference {key}: unknown field(s) {', '.join(sorted(unknown))}")
    rtype = raw.get("type")
    if rtype not in TYPES:
        problem(f"reference {key}: type must be one of {', '.join(TYPES)}")
    authors = []
    for a in raw.get("authors") or ():
        if isinstance(a, dict) and (a.get("family") or a.get("literal")):
            authors.append(
                Author(str(a.get("family", "")), str(a.get("given", "")), str(a.get("literal", "")))
            )
        else:
            problem(f"reference {key}: each author needs 'family' (and 'given') or 'literal'")
    if not authors:
        problem(f"reference {key}: at least one author is required")
    year = str(raw.get("year", "")).strip()
    if not re.fullmatch(r"\d{4}[a-z]?|n\.d\.", year):
        problem(f"reference {key}: year must be four digits or 'n.d.'")
    title = str(raw.get("title") or "").strip()
    if not title:
        problem(f"reference {key}: title is required")
    fields = {f: str(raw.get(f) or "").strip() for f in TEXT_FIELDS}
    if fields.pop("subtitle"):
        # APA joins a subtitle to its title with a colon; the data keeps them apart.
        title = f"{title}: {str(raw['subtitle']).strip()}"
    if fields["doi"] and not DOI_RE.match(fields["doi"]):
        problem(f"reference {key}: doi must be bare, like 10.1000/xyz (no https://doi.org/)")
    if fields["url"] and not fields["url"].startswith("https://"):
        problem(f"reference {key}: url must start with https://")
    if rtype == "article" and not fields["container"]:
        problem(f"reference {key}: an article needs its journal in 'container'")
    verified = str(raw.get("verified", "")).strip()
    if verified not in ("V", "P"):
        problem(f"reference {key}: verified must be V or P (unverified references are not used)")
    if problems:
        return None, problems
    return Reference(key=key, type=rtype, authors=tuple(authors), year=year, title=title,
                     verified=verified, **fields), []  # fmt: skip


def sort_key(ref: Reference) -> tuple:
    """APA order: first author's family name (or organisation), then year."""
    first = ref.authors[0]
    name = first.literal or first.family
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return (folded, ref.year, ref.title.lower())


def initials(given: str) -> str:
    """'Mary-Ann Jo' -> 'M.-A. J.'; already-initialled names are kept."""
    parts = []
    for word in given.replace(".", ". ").split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + "." for p in pieces))
    return " ".join(parts)


def author_name(a: Author) -> str:
    if a.literal:
        return a.literal
    return f"{a.family}, {initials(a.given)}" if a.given else a.family


def author_list(authors: tuple[Author, ...]) -> str:
    names = [author_name(a) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) <= 20:
        return ", ".join(names[:-1]) + ", & " + names[-1]
    return ", ".join(names[:19]) + ", . . . " + names[-1]


def _end(text: str) -> str:
    """Add a full stop unless the text already ends with punctuation."""
    return text if text[-1:] in ".?!" else text + "."


def apa_html(ref: Reference) -> str:
    """The APA 7 reference-list entry, as escaped HTML with italics and a live link."""
    e = escape
    out = [e(_end(author_list(ref.authors)))]
    date = ref.year if not ref.month_day else f"{ref.year}, {ref.month_day}"
    out.append(f"({e(date)}).")
    if ref.type == "article":
        out.append(e(_end(ref.title)))
        source = f"<i>{e(ref.container)}</i>"
        if ref.volume:
            source += f", <i>{e(ref.volume)}</i>"
        if ref.issue:
            source += f"({e(ref.issue)})"
        if ref.pages:
            source += f", {e(ref.pages)}"
        out.append(source + ".")
    elif ref.type == "chapter":
        out.append(e(_end(ref.title)))
        book = f"In <i>{e(ref.container)}</i>" if ref.container else ""
        if ref.pages:
            book += f" (pp. {e(ref.pages)})"
        if book:
            out.append(book + ".")
        if ref.publisher:
            out.append(e(_end(ref.publisher)))
    else:
        label = {"video": " [Video]", "report": ""}.get(ref.type, "")
        extra = f" ({e(ref.edition)} ed.)" if ref.edition else ""
        out.append(f"<i>{e(ref.title)}</i>{extra}{label}.")
        site = ref.container or ""
        if site and site != author_list(ref.authors):
            out.append(e(_end(site)))
        if ref.publisher and ref.publisher != author_list(ref.authors):
            out.append(e(_end(ref.publisher)))
    if ref.link:
        out.append(f'<a href="{e(ref.link)}">{e(ref.link)}</a>')
    return " ".join(out)


def cite_names(ref: Reference, lang: str) -> str:
    """The author part of an APA in-text citation: 'Trix & Psenka' / 'Trix et Psenka'."""
    a = ref.authors
    family = [x.literal or x.family for x in a]
    if len(a) == 1:
        return family[0]
    if len(a) == 2:
        return f"{family[0]} {'et' if lang == 'fr' else '&'} {family[1]}"
    return f"{family[0]} et al."


def cite_year(ref: Reference, lang: str) -> str:
    return "s. d." if (ref.year == "n.d." and lang == "fr") else ref.year
