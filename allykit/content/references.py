"""References: build them from YAML, format them in APA 7 (English or French), cite them in text."""

from __future__ import annotations

import re
import unicodedata
from html import escape

from .model import Author, Checked, Problem, Reference
from .refkeys import check_key
from .yamlio import line_of

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

MONTHS_FR = {
    "January": "janvier",
    "February": "février",
    "March": "mars",
    "April": "avril",
    "May": "mai",
    "June": "juin",
    "July": "juillet",
    "August": "août",
    "September": "septembre",
    "October": "octobre",
    "November": "novembre",
    "December": "décembre",
}
ORDINAL_FR = {"1st": "1re", "2nd": "2e", "3rd": "3e"}


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
    if not re.fullmatch(r"\d{4}[a-z]?|n\.d\.", year):
        problem(f"reference {key}: year must be four digits or 'n.d.'")
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


def sort_key(ref: Reference) -> tuple:
    """APA order: first author's family name (or organisation, or title), then year."""
    if ref.authors:
        first = ref.authors[0]
        name = first.literal or first.family
    else:
        name = ref.title
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return (folded, ref.year, ref.title.lower())


def initials(given: str) -> str:
    """'Mary-Ann Jo' -> 'M.-A. J.'; already-initialled names are kept."""
    parts = []
    for word in given.replace(".", ". ").split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + "." for p in pieces))
    return " ".join(parts)


def author_name(a: Author, lang: str = "en") -> str:
    if a.literal:
        return (a.literal_fr or a.literal) if lang == "fr" else a.literal
    return f"{a.family}, {initials(a.given)}" if a.given else a.family


def _editor_name(a: Author, lang: str) -> str:
    """Editors of a book are written given-name-first: 'N. J. Evans'."""
    if a.literal:
        return author_name(a, lang)
    return f"{initials(a.given)} {a.family}" if a.given else a.family


def _join(names: list[str], lang: str, comma: bool = True) -> str:
    amp = "et" if lang == "fr" else "&"
    if len(names) == 1:
        return names[0]
    if len(names) == 2 and not comma:
        return f"{names[0]} {amp} {names[1]}"
    if len(names) <= 20:
        # French APA drops the comma before "et".
        return ", ".join(names[:-1]) + (f" {amp} " if lang == "fr" else f", {amp} ") + names[-1]
    return ", ".join(names[:19]) + ", . . . " + names[-1]


def author_list(ref_or_authors, lang: str = "en") -> str:
    authors = getattr(ref_or_authors, "authors", ref_or_authors)
    names = [author_name(a, lang) for a in authors]
    if getattr(ref_or_authors, "more_authors", False):
        return ", ".join(names) + ", et al."
    return _join(names, lang) if names else ""


def _end(text: str) -> str:
    """Add a full stop unless the text already ends with punctuation."""
    return text if text[-1:] in ".?!" else text + "."


def _date(ref: Reference, lang: str) -> str:
    year = "s. d." if (ref.year == "n.d." and lang == "fr") else ref.year
    if not ref.month_day:
        return year
    if lang == "fr":
        month, _, day = ref.month_day.partition(" ")
        month = MONTHS_FR.get(month, month)
        when = f"{day} {month}" if day else month
        return f"{year}, {when}"
    return f"{year}, {ref.month_day}"


def _lang_span(html: str, ref: Reference, lang: str) -> str:
    """Mark a title in the other language so screen readers pronounce it right."""
    return html if ref.lang == lang else f'<span lang="{ref.lang}">{html}</span>'


def _edition(ref: Reference, lang: str) -> str:
    if not ref.edition:
        return ""
    if lang == "fr":
        return f" ({ORDINAL_FR.get(ref.edition, ref.edition)} éd.)"
    return f" ({ref.edition} ed.)"


def apa_html(ref: Reference, lang: str = "en") -> str:
    """The APA 7 reference-list entry in `lang`'s conventions, as escaped HTML with a live link."""
    e = escape
    fr = lang == "fr"
    out = []
    who = author_list(ref, lang)
    title_first = not who
    if who:
        if ref.edited:
            who += " (dir.)" if fr else (" (Eds.)" if len(ref.authors) > 1 else " (Ed.)")
        out.append(e(_end(who)))
    date = f"({e(_date(ref, lang))})."
    if not title_first:
        out.append(date)
    if ref.type == "article":
        out.append(_lang_span(e(_end(ref.title)), ref, lang))
        if title_first:
            out.append(date)
        source = f"<i>{e(ref.container)}</i>"
        if ref.volume:
            source += f", <i>{e(ref.volume)}</i>"
        if ref.issue:
            source += f"({e(ref.issue)})"
        if ref.pages:
            source += f", {e(ref.pages)}"
        out.append(_lang_span(source, ref, lang) + ".")
    elif ref.type == "chapter":
        out.append(_lang_span(e(_end(ref.title)), ref, lang))
        if title_first:
            out.append(date)
        book = ""
        if ref.container:
            book = "Dans " if fr else "In "
            if ref.editors:
                eds = _join([_editor_name(a, lang) for a in ref.editors], lang, comma=False)
                label = "dir." if fr else ("Eds." if len(ref.editors) > 1 else "Ed.")
                book += f"{e(eds)} ({label}), "
            book += _lang_span(f"<i>{e(ref.container)}</i>", ref, lang)
        if ref.pages:
            book += f" ({'p.' if fr else 'pp.'} {e(ref.pages)})"
        if book:
            out.append(book + ".")
        if ref.publisher:
            out.append(e(_end(ref.publisher)))
    else:
        label = {"video": " [Vidéo]" if fr else " [Video]"}.get(ref.type, "")
        if ref.label:
            label = f" [{(ref.label_fr or ref.label) if fr else ref.label}]"
        title = _lang_span(f"<i>{e(ref.title)}</i>", ref, lang)
        bare = not label and not ref.edition and ref.title[-1:] in "?!"  # no full stop after ?
        out.append(f"{title}{_edition(ref, lang)}{label}{'' if bare else '.'}")
        if title_first:
            out.append(date)
        site = ref.container or ""
        if site and site != who:
            out.append(e(_end(site)))
        if ref.publisher and ref.publisher not in (who, author_list(ref, "en")):
            out.append(e(_end(ref.publisher)))
    if ref.link:
        out.append(f'<a href="{e(ref.link)}">{e(ref.link)}</a>')
    return " ".join(out)


def cite_names(ref: Reference, lang: str) -> str:
    """The author part of an APA in-text citation: 'Trix & Psenka' / 'Trix et Psenka'."""
    a = ref.authors
    if not a:
        return (
            f"«\u00a0{ref.short_title}\u00a0»" if lang == "fr" else f"\u201c{ref.short_title}\u201d"
        )

    def name(x: Author) -> str:
        if x.literal and lang == "fr":
            return x.abbr_fr or x.literal_fr or x.literal
        return x.literal or x.family

    if len(a) == 1 and not ref.more_authors:
        return name(a[0])
    if len(a) == 2 and not ref.more_authors:
        return f"{name(a[0])} {'et' if lang == 'fr' else '&'} {name(a[1])}"
    return f"{name(a[0])} et al."


def cite_year(ref: Reference, lang: str) -> str:
    return "s. d." if (ref.year == "n.d." and lang == "fr") else ref.year
