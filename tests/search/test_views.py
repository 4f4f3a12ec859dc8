"""The results page, its live fragment, the header search box, 'Cite this page' and exports."""

from __future__ import annotations

import pytest
from django.test import Client

from allykit.routes import url_for
from tests.html_tools import read

pytestmark = pytest.mark.django_db

ODD = [
    "",
    " ",
    "%00",
    "a%00b",
    "%22",
    "%22%22%22",
    "%27%3B%20DROP%20TABLE%20fts_en%3B--",
    "NEAR(a%20b)",
    "micro*%20OR%20-x",
    "title%3Amanager",
    "%F0%9F%98%80",
    "%E2%80%AE",
    "(((",
    "x" * 300,
    "manager%20" * 60,
    "%7Bx%7D",
    "%5C",
    "%C3%28",
    "%ED%A0%80",
]


def get(path: str):
    response = Client().get(path)
    return response, response.content.decode()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_results_page_renders_hits_with_marks_and_anchors(lang):
    word = "microaggression" if lang == "en" else "microagression"
    response, html = get(url_for("search", lang) + f"?q={word}s")
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
    page = read(html)
    assert page.lang == lang and page.h1_count == 1
    assert "<mark>" in html and 'class="result-list"' in html
    slug = "microaggression" if lang == "en" else "microagression"  # French terms: French slugs
    assert f'href="{url_for("term", lang, term_id=slug)}"' in html
    assert all(s.get("src") for s in page.scripts) and page.styles_inline == 0


def test_french_results_page_speaks_french():
    _, html = get(url_for("search", "fr") + "?q=alli%C3%A9")
    assert "Résultats pour «\u00a0allié\u00a0»\u00a0: " in html
    assert "Terme du glossaire" in html


@pytest.mark.parametrize("raw", ODD)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_odd_queries_give_a_page_with_a_message(raw, lang):
    response, html = get(url_for("search", lang) + "?q=" + raw)
    assert response.status_code == 200
    page = read(html)
    assert page.h1_count == 1
    if raw.strip():
        assert ('class="search-note"' in html) or ("data-search-summary" in html), raw


def test_long_query_is_trimmed_with_a_message():
    _, html = get(url_for("search", "en") + "?q=" + "manager%20" * 60)
    assert "only the first 200 were used" in html


def test_symbols_only_query_explains_itself():
    _, html = get(url_for("search", "fr") + "?q=%F0%9F%98%80")
    assert "ne contient ni lettres ni chiffres" in html


def test_no_match_offers_a_spelling_suggestion():
    _, html = get(url_for("search", "en") + "?q=mikroagression")
    assert "No results for" in html and 'href="?q=microaggression"' in html


def test_live_fragment_is_just_the_results():
    response, html = get(url_for("search", "en") + "?q=sponsor&live=1")
    assert response.status_code == 200
    assert "<html" not in html and "data-search-summary" in html and "<mark>" in html


@pytest.mark.parametrize("page", ["home", "why", "resources"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_page_has_the_header_search_box(page, lang):
    _, html = get(url_for(page, lang))
    form = html[html.index('<form class="header-search') :]
    form = form[: form.index("</form>")]
    assert 'role="search"' in form and f'action="{url_for("search", lang)}"' in form
    assert '<label for="site-search-q">' in form and 'name="q"' in form


def test_term_pages_and_error_pages_have_the_search_box_too():
    assert "header-search" in get(url_for("term", "en", term_id="ally"))[1]
    response, html = get("/en/no-such-page/")
    assert response.status_code == 404 and "header-search" in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Ally Toolkit Team. ({year}). <i>Why is allyship necessary?</i> Ally Toolkit. "),
        (
            "fr",
            "Équipe de la Trousse de l&#x27;allié. ({year}). <i>Pourquoi l&#x27;alliance inclusive "
            "est-elle nécessaire?</i> Trousse de l&#x27;allié. ",
        ),
    ],
)
def test_cite_this_page_gives_an_apa_reference(lang, expected):
    from allykit.toolkit.site import get_site

    # The page is dated by its last review, as APA dates a web page by its last update.
    year = get_site()[lang].pages["why"].reviewed[:4]
    _, html = get(url_for("why", lang))
    assert expected.format(year=year) in html
    assert f"http://testserver{url_for('why', lang)}" in html


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("bib", "application/x-bibtex"),
        ("ris", "application/x-research-info-systems"),
        ("json", "application/vnd.citationstyles.csl+json"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_exports_download_with_their_types(fmt, content_type, lang):
    response = Client().get(url_for(f"references-{fmt}", lang))
    assert response.status_code == 200
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="allykit-references.{fmt}"'
    assert b"trix2003" in response.content


def test_reference_list_links_to_the_exports():
    _, html = get(url_for("resources", "en"))
    for fmt in ("bib", "ris", "json"):
        assert f'href="{url_for(f"references-{fmt}", "en")}" download' in html


def test_routes_stay_out_of_the_sitemap_except_search():
    from allykit.search.routes import ROUTES

    assert {r.key: r.in_sitemap for r in ROUTES} == {
        "search": True,
        "references-bib": False,
        "references-ris": False,
        "references-json": False,
    }


@pytest.mark.parametrize(
    ("lang", "page_word", "section_word"),
    [("en", "Page", "Page section"), ("fr", "Page", "Section de page")],
)
def test_a_whole_page_is_labelled_a_page_and_a_section_a_section(lang, page_word, section_word):
    import re
    from html import unescape

    from allykit.toolkit.pages import PAGES

    pages = {url_for(p.key, lang) for p in PAGES}
    word = "mentorship" if lang == "en" else "mentorat"
    _, html = get(url_for("search", lang) + f"?q={word}")
    results = re.findall(
        r'<li class="result result-(\w+)">\s*<h3 class="result-title"><a href="([^"]+)">.*?'
        r'<p class="result-where">(.*?)</p>',
        html,
        re.S,
    )
    whole = [(url, unescape(where)) for kind, url, where in results if kind == "page"]
    parts = [(url, unescape(where)) for kind, url, where in results if kind == "section"]
    assert whole and parts
    for url, where in whole:
        assert url in pages and where == page_word  # the page itself, not one of its sections
    for url, where in parts:
        assert "#" in url and url.split("#")[0] in pages
        assert where.startswith(f"{section_word} · ")
