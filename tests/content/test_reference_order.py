"""The order of the reference lists: French pages file an organisation under the name they print
(« Trousse de l'allié » under T, OMS under O), accents and case ignored as French collation does;
English order is the APA order it always was."""

from __future__ import annotations

import re
import unicodedata
from html import unescape

import pytest

from allykit.content.model import Author, Reference
from allykit.content.references import collation_fr, sort_key

pytestmark = pytest.mark.django_db


def _fold(text: str) -> str:
    """The comparison the test expects: accents, case and punctuation ignored."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def _ref(key: str, *authors: Author, year: str = "2020", title: str = "A title", **extra):
    return Reference(key=key, type="web", authors=authors, year=year, title=title, **extra)


MADE_UP = [
    _ref("allytoolkit2026", Author(literal="Ally Toolkit", literal_fr="Trousse de l’allié")),
    _ref(
        "who2019",
        Author(
            literal="World Health Organization",
            literal_fr="Organisation mondiale de la Santé",
            abbr_fr="OMS",
        ),
        year="2019",
    ),
    _ref("osler-nd", Author(family="Osler", given="W."), year="n.d."),
    _ref("ono2018", Author(family="Ono", given="Y."), year="2018"),
    _ref("ecuyer2020", Author(family="Écuyer", given="A.")),
    _ref("eagly2002", Author(family="Eagly", given="A. H."), year="2002"),
    _ref("ezra2021", Author(family="ezra", given="B."), year="2021"),
    _ref("trix2003", Author(family="Trix", given="F."), year="2003"),
    _ref(
        "wage2020",
        Author(
            literal="Women and Gender Equality Canada",
            literal_fr="Femmes et Égalité des genres Canada",
        ),
    ),
    _ref("time-2023", short_title="Time's Up to shut down", title="Time's Up to shut down"),
]


def _order(lang: str, short: bool = False) -> list[str]:
    return [r.key for r in sorted(MADE_UP, key=lambda r: sort_key(r, lang, short=short))]


def test_french_order_uses_the_french_names_and_ignores_accents_and_case():
    assert _order("fr", short=True) == [
        "eagly2002",
        "ecuyer2020",  # É files with E, between Eagly and ezra
        "ezra2021",  # lowercase files with uppercase
        "wage2020",  # Femmes et Égalité des genres Canada
        "who2019",  # OMS, as the list prints it, before Ono and Osler
        "ono2018",
        "osler-nd",
        "time-2023",
        "trix2003",
        "allytoolkit2026",  # Trousse de l’allié, under T and not under A
    ]
    # The entries of a page's source list print the full French name: « Organisation mondiale
    # de la Santé » files after Ono (and still before Osler).
    entries = _order("fr")
    assert entries.index("ono2018") < entries.index("who2019") < entries.index("osler-nd")


def test_english_order_is_unchanged():
    assert (
        _order("en")
        == _order("en", short=True)
        == [
            "allytoolkit2026",
            "eagly2002",
            "ecuyer2020",
            "ezra2021",
            "ono2018",
            "osler-nd",
            "time-2023",
            "trix2003",
            "wage2020",
            "who2019",
        ]
    )


def test_collation_puts_the_unaccented_form_first_when_the_letters_tie():
    words = ["côté", "Cote", "coté", "cote", "côte"]
    assert sorted(words, key=collation_fr) == ["cote", "Cote", "coté", "côte", "côté"]
    assert collation_fr("l’allié")[0] == collation_fr("l'allie")[0] == "l allie"


ENTRY = re.compile(
    r'<details class="accordion reference-entry" id="ref-([^"]+)">\s*<summary[^>]*>'
    r'<span class="accordion-title">(.*?)</span>',
    re.S,
)
GROUP = re.compile(r'<h2 class="az-letter" id="refs-[^"]+">([^<]+)</h2>(.*?)</section>', re.S)


def _printed_first_author(summary: str, ref: Reference) -> str:
    names = summary.rsplit(", ", 1)[0]  # "Trix et Psenka, 2003" -> "Trix et Psenka"
    if not ref.authors:
        return names.strip("«»\u00a0 ")
    if ref.more_authors or len(ref.authors) > 2:
        return names.removesuffix(" et al.")
    if len(ref.authors) == 2:
        return names.rsplit(" et ", 1)[0]
    return names


def _entries(client, url: str) -> list[tuple[str, str, str]]:
    """(letter, key, printed summary) of each entry of the reference list, in page order."""
    html = client.get(url).content.decode()
    out = []
    for letter, body in GROUP.findall(html):
        out += [(letter, key, unescape(text)) for key, text in ENTRY.findall(body)]
    return out


def test_the_french_reference_list_is_in_order_by_its_printed_first_author(client, site):
    entries = _entries(client, "/fr/references/")
    assert len(entries) == len(site.references)
    names = []
    for letter, key, summary in entries:
        name = _printed_first_author(summary, site.references[key])
        assert summary.startswith(name) or summary.startswith("«"), (key, summary)
        assert _fold(name)[0].upper() == letter, (key, name, letter)
        names.append((_fold(name), key))
    misplaced = [(a, b) for a, b in zip(names, names[1:], strict=False) if a[0] > b[0]]
    assert not misplaced, misplaced
    keys = [key for _letter, key, _summary in entries]
    trix = next(k for k in keys if k.startswith("trix"))
    assert keys.index("allytoolkit2026") > keys.index(trix)  # « Trousse de l’allié » under T


def test_the_english_reference_list_keeps_the_apa_order(client, site):
    entries = _entries(client, "/en/references/")
    assert [key for _letter, key, _summary in entries] == list(site.references)
    letter = next(letter for letter, key, _summary in entries if key == "allytoolkit2026")
    assert letter == "A"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_page_source_list_is_in_order_by_the_names_it_prints(client, site, lang):
    from allykit.routes import url_for

    html = client.get(url_for("writing-checker-methods", lang)).content.decode()
    body = html.split('<ul class="reference-list">', 1)[1].split("</ul>", 1)[0]
    by_html = {v: k for k, v in site[lang].references_html.items()}
    keys = [by_html[li] for li in re.findall(r"<li>(.*?)</li>", body, re.S)]
    assert "allytoolkit2026" in keys and len(keys) > 2
    if lang == "en":
        assert keys == [k for k in site.references if k in keys]  # the APA order, unchanged
        return
    names = []
    for key in keys:
        first = site.references[key].authors[0]
        name = first.literal_fr or first.literal or first.family
        text = unescape(re.sub(r"<[^>]+>", "", site[lang].references_html[key]))
        assert text.startswith(name), (key, text)  # the name the entry prints
        names.append(_fold(name))
    assert names == sorted(names)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_authors_own_works_come_before_those_written_with_others(site, lang):

    refs = sorted(
        (r for r in site.references.values() if r.authors and r.authors[0].family == "Schein"),
        key=lambda r: sort_key(r, lang),
    )
    assert [r.key for r in refs] == ["schein1973", "schein1975", "schein2001", "schein1989"]
    madera = sorted(
        (site.references[k] for k in ("madera2009", "madera2019")), key=lambda r: sort_key(r, lang)
    )
    # both begin Madera, Hebl; the third author decides: Dial before Martin
    assert [r.key for r in madera] == ["madera2019", "madera2009"]
