"""APA 7 formatting of references (English or French conventions) and in-text citations.

Plain Python. `references.py` builds and checks the `Reference` objects; this module prints them.
"""

from __future__ import annotations

from html import escape

from .model import Author, Reference

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
    year = cite_year(ref, lang)
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
        after = f"{_edition(ref, lang)}{label}"
        # A title ending in ? or ! takes no full stop; an edition or a [label] after it does.
        stop = "" if not after and ref.title[-1:] in ".?!" else "."
        out.append(f"{title}{after}{stop}")
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
    """The year as the reader's language prints it: 'n.d.-a' is « s. d.-a » in French."""
    if lang == "fr" and ref.year.startswith("n.d."):
        return "s. d." + ref.year.removeprefix("n.d.")
    return ref.year


def narrative_citation(ref: Reference, lang: str) -> str:
    """The narrative in-text citation: 'Trix & Psenka (2003)', 'Trix et Psenka (2003)',
    'OMS (2019)'."""
    return f"{cite_names(ref, lang)} ({cite_year(ref, lang)})"


def in_text_parts(refs, lang: str) -> list[tuple[Reference, str]]:
    """Each reference of one parenthetical citation with its text. Works by the same names
    next to each other share them, as APA writes it: (Kanter, 1977a, 1977b)."""
    out: list[tuple[Reference, str]] = []
    names_before = None
    for ref in refs:
        names, year = cite_names(ref, lang), cite_year(ref, lang)
        out.append((ref, year if names == names_before else f"{names}, {year}"))
        names_before = names
    return out


def join_in_text(texts: list[str], refs, lang: str) -> str:
    """The parenthetical citation: '; ' between authors, ', ' between one author's years."""
    out = []
    for n, text in enumerate(texts):
        if n:
            same = cite_names(refs[n - 1], lang) == cite_names(refs[n], lang)
            out.append(", " if same else "; ")
        out.append(text)
    return f"({''.join(out)})" if out else ""
