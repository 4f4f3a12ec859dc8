"""The reference list as BibTeX, RIS and CSL-JSON (what Zotero, EndNote and Mendeley import).

Plain Python (no Django). The three formats are small and fully specified, so they are written
here rather than with a runtime dependency; the tests read them back with real parsers
(bibtexparser, rispy, json) and compare every reference's authors, year, title and DOI.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from allykit.content import Reference

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
BIBTEX_TYPES = {
    "article": "article",
    "book": "book",
    "chapter": "incollection",
    "report": "techreport",
    "web": "misc",
    "video": "misc",
}
RIS_TYPES = {
    "article": "JOUR",
    "book": "BOOK",
    "chapter": "CHAP",
    "report": "RPRT",
    "web": "ELEC",
    "video": "VIDEO",
}
CSL_TYPES = {
    "article": "article-journal",
    "book": "book",
    "chapter": "chapter",
    "report": "report",
    "web": "webpage",
    "video": "motion_picture",
}
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def year_number(ref: Reference) -> int | None:
    """2019 for '2019' or '2019a'; None for 'n.d.'."""
    match = re.match(r"\d{4}", ref.year)
    return int(match.group()) if match else None


def date_parts(ref: Reference) -> list[int]:
    """[year] or [year, month] or [year, month, day] from year and month_day ('June 28')."""
    year = year_number(ref)
    if year is None:
        return []
    parts = [year]
    words = ref.month_day.replace(",", " ").lower().split()
    if words and words[0] in MONTHS:
        parts.append(MONTHS.index(words[0]) + 1)
        if len(words) > 1 and words[1].isdigit():
            parts.append(int(words[1]))
    return parts


def people(ref: Reference) -> tuple[tuple, tuple]:
    """(authors, editors) as the exports list them: an edited book's names are its editors
    (APA's "(Ed.)"), a chapter's editors are those of the book it is in."""
    if ref.edited:
        return (), tuple(ref.authors)
    return tuple(ref.authors), tuple(ref.editors)


def iso_parts(iso: str) -> list[int]:
    """[2024, 1, 5] for '2024-01-05' (accessed dates); [] if not a date."""
    pieces = iso.split("-")
    return [int(p) for p in pieces] if iso and all(p.isdigit() for p in pieces) else []


def _one_line(value: str) -> str:
    """No line breaks (RIS is one field per line); other spaces, no-break ones too, are kept."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", value).strip()


# -- BibTeX ----------------------------------------------------------------------------
def bibtex_escape(value: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(c, c) for c in _one_line(value))


def _bibtex_name(author) -> str:
    if author.literal:
        return "{" + bibtex_escape(author.literal) + "}"
    name = bibtex_escape(author.family)
    return f"{name}, {bibtex_escape(author.given)}" if author.given else name


def bibtex_entry(ref: Reference) -> str:
    fields: list[tuple[str, str]] = [("title", bibtex_escape(ref.title))]
    authors, editors = people(ref)
    if authors:  # a work with no known author has no author field (not an empty one)
        names = [_bibtex_name(a) for a in authors] + (["others"] if ref.more_authors else [])
        fields.insert(0, ("author", " and ".join(names)))
    if editors:  # an edited book's editors, or those of the book a chapter is in
        fields.insert(
            1 if authors else 0, ("editor", " and ".join(_bibtex_name(a) for a in editors))
        )
    container = bibtex_escape(ref.container)
    kind = BIBTEX_TYPES.get(ref.type, "misc")
    if container:
        name = {"article": "journal", "incollection": "booktitle", "techreport": "institution"}
        fields.append((name.get(kind, "howpublished"), container))
    parts = date_parts(ref)
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("date", "-".join(f"{p:02d}" for p in parts)))
    for name, value in (
        ("volume", ref.volume),
        ("number", ref.issue),
        ("pages", ref.pages.replace("–", "--")),
        ("edition", ref.edition),
    ):
        if value:
            fields.append((name, bibtex_escape(value)))
    if ref.publisher:
        fields.append(
            (
                "institution" if kind == "techreport" and not container else "publisher",
                bibtex_escape(ref.publisher),
            )
        )
    if ref.type == "video":
        fields.append(("note", "Video"))
    if ref.doi:
        fields.append(("doi", ref.doi))
    if ref.url:
        fields.append(("url", ref.url))
    if ref.accessed:
        fields.append(("urldate", ref.accessed))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{ref.key},\n{body}\n}}\n"


def bibtex(refs: Iterable[Reference]) -> str:
    return "\n".join(bibtex_entry(r) for r in refs)


# -- RIS -------------------------------------------------------------------------------
def ris_entry(ref: Reference) -> str:
    lines = [("TY", RIS_TYPES.get(ref.type, "GEN")), ("ID", ref.key)]
    authors, editors = people(ref)
    for tag, names in (("AU", authors), ("ED", editors)):  # ED: editor (RIS, Zotero, EndNote)
        for a in names:
            lines.append((tag, a.literal or (f"{a.family}, {a.given}" if a.given else a.family)))
    lines.append(("TI", ref.title))
    if ref.container:
        lines.append(("T2", ref.container))
    parts = date_parts(ref)
    if parts:
        lines.append(("PY", str(parts[0])))
        padded = [f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]
        lines.append(("DA", "/".join(padded + [""] * (4 - len(padded)))))
    first, _, last = ref.pages.replace("--", "–").partition("–")
    for tag, value in (
        ("VL", ref.volume),
        ("IS", ref.issue),
        ("SP", first),
        ("EP", last),
        ("ET", ref.edition),
        ("PB", ref.publisher),
        ("DO", ref.doi),
        ("UR", ref.link),
        ("Y2", ref.accessed.replace("-", "/")),
    ):
        if value:
            lines.append((tag, value))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines)


def ris(refs: Iterable[Reference]) -> str:
    return "".join(ris_entry(r) for r in refs)


# -- CSL-JSON --------------------------------------------------------------------------
def _csl_name(a) -> dict:
    if a.literal:
        return {"literal": a.literal}
    return {k: v for k, v in (("family", a.family), ("given", a.given)) if v}


def csl_item(ref: Reference) -> dict:
    item: dict = {"id": ref.key, "type": CSL_TYPES.get(ref.type, "document"), "title": ref.title}
    authors, editors = people(ref)
    item["author"] = [_csl_name(a) for a in authors]
    if editors:
        item["editor"] = [_csl_name(a) for a in editors]
    if date_parts(ref):
        item["issued"] = {"date-parts": [date_parts(ref)]}
    for name, value in (
        ("container-title", ref.container),
        ("volume", ref.volume),
        ("issue", ref.issue),
        ("page", ref.pages),
        ("publisher", ref.publisher),
        ("edition", ref.edition),
        ("DOI", ref.doi),
        ("URL", ref.link),
    ):
        if value:
            item[name] = value
    if iso_parts(ref.accessed):
        item["accessed"] = {"date-parts": [iso_parts(ref.accessed)]}
    return item


def csl_json(refs: Iterable[Reference]) -> str:
    return json.dumps([csl_item(r) for r in refs], ensure_ascii=False, indent=2) + "\n"
