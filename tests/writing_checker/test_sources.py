"""The checker's sources come from the site's reference list: cited in the page's language
(French APA: « et », « s. d. »), linked to the reference-list entry, and refused at start-up
and by check-content when a key is missing (issue 10)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from allykit.toolkit.site import get_site
from allykit.wordcheck.lexicon import source_keys
from allykit.writing_checker import citations

EN = "/en/tools/writing-checker/"
FR = "/fr/outils/verificateur-de-redaction/"
METHODS = {
    "en": "/en/tools/writing-checker/methods/",
    "fr": "/fr/outils/verificateur-de-redaction/methode/",
}
LETTER_EN = (
    "Dear committee, I recommend Dr. Ana Ruiz. She is hardworking and caring, "
    "and her husband is lovely. Ana is the best woman engineer I know."
)
LETTER_FR = (
    "Madame, je recommande Mme Ana Ruiz. Elle est travaillante et bienveillante, et son "
    "mari est charmant. Ana est la meilleure femme ingénieure que je connaisse."
)
SOURCE = re.compile(r'<p class="wc-source">[^<]*<a href="([^"]+)">([^<]+)</a></p>')


def _sources(html: str) -> list[tuple[str, str]]:
    return SOURCE.findall(html)


@pytest.mark.parametrize(
    ("url", "lang", "text", "text_lang"),
    [(EN, "en", LETTER_EN, "en"), (FR, "fr", LETTER_FR, "fr"), (FR, "fr", LETTER_EN, "en")],
)
def test_each_flag_cites_the_reference_list_in_the_page_language(
    client, url, lang, text, text_lang
):
    data = {"text": text, "genre": "letter", "text_lang": text_lang, "name": ""}
    html = client.post(url, data).content.decode()
    found = _sources(html)
    assert found, "no cited source"
    references = f"/{lang}/references/"
    for href, citation in found:
        assert href.startswith(references + "#ref-"), href
        key = href.split("#ref-", 1)[1]
        assert key in get_site().references and key in source_keys()
        if lang == "fr":
            assert "&amp;" not in citation and "n.d." not in citation, citation
    if lang == "fr":
        citations_text = " ".join(c for _h, c in found)
        assert "Trix et Psenka (2003)" in citations_text or "(s. d.)" in citations_text


def test_the_french_result_uses_french_conventions(client):
    data = {"text": LETTER_EN, "genre": "letter", "text_lang": "en", "name": ""}
    html = client.post(FR, data).content.decode()
    cited = dict((c, h) for h, c in _sources(html))
    assert cited["Trix et Psenka (2003)"] == "/fr/references/#ref-trix2003"
    html_en = client.post(EN, data).content.decode()
    assert "Trix &amp; Psenka (2003)" in html_en


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_methods_page_cites_every_checker_source(client, lang):
    html = client.get(METHODS[lang]).content.decode()
    body = html.split('id="sources"', 1)
    assert len(body) == 2, "the page has no sources list"
    for key in sorted(source_keys()):
        assert f'href="/{lang}/references/#ref-{key}"' in body[0], key
    cites = re.findall(r'<a class="cite" href="[^"]+">([^<]+)</a>', body[0])
    assert cites
    if lang == "fr":
        for cite in cites:
            assert "&amp;" not in cite and "n.d." not in cite, cite
        assert "Trix et Psenka, 2003" in cites and "Correll et Simard, 2016" in cites
        assert any(c.endswith("s. d.") for c in cites)
        # The full references: French conventions, English titles marked as English.
        listed = body[1]
        assert "Trix, F. et Psenka, C." in listed
        assert '<span lang="en"><i>retext-equality</i></span>' in listed
        assert "[Logiciel]" in listed and "(s. d.)" in listed
        assert "ciblé-e-s\u00a0?</i> <a" in listed  # no full stop after a question mark
    else:
        assert "Trix &amp; Psenka, 2003" in cites


def test_a_missing_source_stops_check_content(monkeypatch, capsys):
    assert citations.check_or_report()
    refs = {k: r for k, r in get_site().references.items() if k != "marr2018"}
    monkeypatch.setattr(citations, "get_site", lambda: SimpleNamespace(references=refs))
    assert not citations.check_or_report()
    err = capsys.readouterr().err
    assert "writing checker source 'marr2018' is not in the reference list" in err
