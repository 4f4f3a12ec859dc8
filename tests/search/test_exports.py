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


def _names(ref) -> list[str]:
    return [a.literal or (f"{a.family}, {a.given}" if a.given else a.family) for a in ref.authors]


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
        raw = entry.get("author", "")  # works with no known author have no author field
        authors = [a.strip().strip("{}") for a in raw.split(" and ")] if raw else []
        assert authors == _names(ref), ref.key
        assert entry.get("year", "") == _year(ref), ref.key
        assert entry["title"] == ref.title, ref.key
        assert entry.get("doi", "") == ref.doi, ref.key


def test_ris_round_trips_every_reference(refs):
    parsed = {e["id"]: e for e in rispy.loads(exports.ris(refs))}
    assert set(parsed) == {r.key for r in refs}
    for ref in refs:
        entry = parsed[ref.key]
        assert entry.get("authors", []) == _names(ref), ref.key
        assert entry.get("year", "") == _year(ref), ref.key
        assert entry["title"] == ref.title, ref.key
        assert entry.get("doi", "") == ref.doi, ref.key
        assert entry["type_of_reference"] == exports.RIS_TYPES[ref.type]


def test_csl_json_round_trips_every_reference(refs):
    items = {i["id"]: i for i in json.loads(exports.csl_json(refs))}
    assert set(items) == {r.key for r in refs}
    for ref in refs:
        item = items[ref.key]
        names = [a.get("literal") or (f"{a['family']}, {a['given']}" if "given" in a
                                      else a["family"]) for a in item["author"]]  # fmt: skip
        assert names == _names(ref), ref.key
        year = item.get("issued", {}).get("date-parts", [[""]])[0][0]
        assert str(year) == _year(ref), ref.key
        assert item["title"] == ref.title and item.get("DOI", "") == ref.doi, ref.key


def test_special_characters_are_escaped_in_bibtex():
    from allykit.content.model import Author, Reference

    ref = Reference(key="x2020", type="report", authors=(Author(literal="A & B {Inc} 100%"),),
                    year="2020a", title="Costs: $5 #1 50% of_all", month_day="June 28")  # fmt: skip
    out = exports.bibtex_entry(ref)
    assert r"{A \& B \{Inc\} 100\%}" in out and r"\$5 \#1 50\% of\_all" in out
    assert "date = {2020-06-28}" in out and "year = {2020}" in out
    parser = BibTexParser()
    parser.customization = convert_to_unicode
    title = bibtexparser.loads(out, parser=parser).entries[0]["title"]
    assert title.replace("\\$", "$") == ref.title
