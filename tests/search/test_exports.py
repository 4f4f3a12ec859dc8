"""Reference exports parse with real parsers and keep every reference's authors, year, title
and DOI."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from allykit.search import exports


def _name(a) -> str:
    return a.literal or (f"{a.family}, {a.given}" if a.given else a.family)


def _names(ref) -> list[str]:
    """The authors an export lists: none for an edited book (its names are editors)."""
    return [_name(a) for a in exports.people(ref)[0]]


def _editors(ref) -> list[str]:
    return [_name(a) for a in exports.people(ref)[1]]


def _split(raw: str) -> list[str]:
    return [a.strip().strip("{}") for a in raw.split(" and ")] if raw else []


def _year(ref) -> str:
    number = exports.year_number(ref)
    return str(number) if number else ""


@pytest.fixture(scope="module")
def refs(site):
    return list(site.references.values())


def test_bibtex_round_trips_every_reference(refs):
    parser = BibTexParser(common_strings=True)
    parser.customization = convert_to_unicode
    parsed = bibtexparser.loads(exports.bibtex(refs), parser=parser).entries_dict
    assert set(parsed) == {r.key for r in refs}
    for ref in refs:
        entry = parsed[ref.key]
        # works with no known author have no author field; "and others" is BibTeX's "et al."
        authors = _split(entry.get("author", ""))
        assert authors == _names(ref) + (["others"] if ref.more_authors else []), ref.key
        assert _split(entry.get("editor", "")) == _editors(ref), ref.key
        assert entry.get("year", "") == _year(ref), ref.key
        assert entry["title"] == ref.title, ref.key
        assert entry.get("doi", "") == ref.doi, ref.key


RIS_MAPPING = {**rispy.TAG_KEY_MAPPING, "ED": "editors"}
RIS_LISTS = [*rispy.LIST_TYPE_TAGS, "ED"]


def _ris(text: str) -> list[dict]:
    return rispy.loads(text, mapping=RIS_MAPPING, list_tags=RIS_LISTS)


def test_ris_round_trips_every_reference(refs):
    parsed = {e["id"]: e for e in _ris(exports.ris(refs))}
    assert set(parsed) == {r.key for r in refs}
    for ref in refs:
        entry = parsed[ref.key]
        assert entry.get("authors", []) == _names(ref), ref.key
        assert entry.get("editors", []) == _editors(ref), ref.key
        assert entry.get("year", "") == _year(ref), ref.key
        assert entry["title"] == ref.title, ref.key
        assert entry.get("doi", "") == ref.doi, ref.key
        assert entry["type_of_reference"] == exports.RIS_TYPES[ref.type]


def test_csl_json_round_trips_every_reference(refs):
    items = {i["id"]: i for i in json.loads(exports.csl_json(refs))}
    assert set(items) == {r.key for r in refs}
    for ref in refs:
        item = items[ref.key]

        def names(people):
            return [
                a.get("literal")
                or (f"{a['family']}, {a['given']}" if "given" in a else a["family"])
                for a in people
            ]

        assert names(item["author"]) == _names(ref), ref.key
        assert names(item.get("editor", [])) == _editors(ref), ref.key
        year = item.get("issued", {}).get("date-parts", [[""]])[0][0]
        assert str(year) == _year(ref), ref.key
        assert item["title"] == ref.title and item.get("DOI", "") == ref.doi, ref.key


def test_special_characters_are_escaped_in_bibtex():
    from allykit.content.model import Author, Reference

    ref = Reference(
        key="x2020",
        type="report",
        authors=(Author(literal="A & B {Inc} 100%"),),
        year="2020a",
        title="Costs: $5 #1 50% of_all",
        month_day="June 28",
    )
    out = exports.bibtex_entry(ref)
    assert r"{A \& B \{Inc\} 100\%}" in out and r"\$5 \#1 50\% of\_all" in out
    assert "date = {2020-06-28}" in out and "year = {2020}" in out
    parser = BibTexParser()
    parser.customization = convert_to_unicode
    title = bibtexparser.loads(out, parser=parser).entries[0]["title"]
    assert title.replace("\\$", "$") == ref.title


def test_editors_are_exported_as_editors_not_authors(refs):
    """An edited book's names are its editors (APA "(Ed.)"); a chapter's book editors are
    editors of the chapter's container. The site has both kinds; each format says so."""
    by_key = {r.key: r for r in refs}
    edited = [r for r in refs if r.edited]
    chapters = [r for r in refs if r.type == "chapter" and r.editors]
    assert edited and chapters  # the content has both (case2013; washington1991 and others)
    book = by_key["case2013"]
    assert book.edited and [a.family for a in book.authors] == ["Case"]

    bib = bibtexparser.loads(exports.bibtex_entry(book)).entries[0]
    assert "author" not in bib and _split(bib["editor"]) == ["Case, K. A."]
    ris = _ris(exports.ris_entry(book))[0]
    assert "authors" not in ris and ris["editors"] == ["Case, K. A."]
    csl = exports.csl_item(book)
    assert csl["author"] == [] and csl["editor"] == [{"family": "Case", "given": "K. A."}]

    chapter = by_key["washington1991"]
    bib = bibtexparser.loads(exports.bibtex_entry(chapter)).entries[0]
    assert bib["ENTRYTYPE"] == "incollection"
    assert _split(bib["author"]) == ["Washington, J.", "Evans, N. J."]
    assert _split(bib["editor"]) == ["Evans, N. J.", "Wall, V. A."]
    assert bib["booktitle"] == chapter.container
    ris = _ris(exports.ris_entry(chapter))[0]
    assert ris["authors"] == ["Washington, J.", "Evans, N. J."]
    assert ris["editors"] == ["Evans, N. J.", "Wall, V. A."]
    csl = exports.csl_item(chapter)
    assert [a["family"] for a in csl["author"]] == ["Washington", "Evans"]
    assert [a["family"] for a in csl["editor"]] == ["Evans", "Wall"]


def test_unverified_co_authors_are_others_in_bibtex(refs):
    ref = next(r for r in refs if r.more_authors)
    entry = bibtexparser.loads(exports.bibtex_entry(ref)).entries[0]
    assert _split(entry["author"])[-1] == "others"  # styles print "et al."
