"""The split of the modules: page table, old fragments, previous/next, navigation."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from allykit.routes import url_for
from allykit.toolkit.navigation import moved_anchors
from allykit.toolkit.pages import PAGES, module_pages, sequence

OLD_FRAGMENTS = [
    # (old page, old fragment, new page, fragment kept on the new page)
    ("what", "biased-assumptions", "biased-assumptions", ""),
    ("what", "microaggressions", "microaggressions", ""),
    ("what", "tokenism-manels", "tokenism-manels", ""),
    ("what", "ma-mistaken-for-nurse", "microaggressions", "ma-mistaken-for-nurse"),
    ("mentorship", "definition", "mentoring", ""),
    ("mentorship", "push-pull", "mentoring", "push-pull"),
    ("mentorship", "sponsorship", "sponsorship", ""),
    ("mentorship", "metoo", "metoo", ""),
    ("mentorship", "times-up", "times-up", ""),
    ("mentorship", "bystander", "bystander", ""),
    ("mentorship", "serial-harassers", "beyond-bystander", "serial-harassers"),
    ("bystander", "law", "beyond-bystander", ""),
    ("bystander", "serial-harassers", "beyond-bystander", "serial-harassers"),
    ("why", "figures", "why-figures", ""),
    ("why", "global", "why-figures", "global"),
    ("why", "canada", "why-figures", "canada"),
    ("resources", "glossary", "glossary", ""),
    ("resources", "term-ally", "glossary", "term-ally"),
    ("resources", "references", "references", ""),
    ("resources", "ref-trix2003", "references", "ref-trix2003"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("old", "fragment", "new", "kept"), OLD_FRAGMENTS)
def test_old_fragments_lead_to_the_page_that_holds_the_text_now(lang, old, fragment, new, kept):
    html = Client().get(url_for(old, lang)).content.decode()
    data = re.search(r'<script id="moved-anchors" type="application/json">(.*?)</script>', html)
    moved = json.loads(data.group(1))
    target = url_for(new, lang) + (f"#{kept}" if kept else "")
    assert moved[fragment] == target
    assert moved == moved_anchors(old, lang)
    # The target exists and holds the fragment.
    page = Client().get(url_for(new, lang)).content.decode()
    if kept:
        assert f'id="{kept}"' in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_an_old_section_fragment_lands_on_its_card(lang):
    for entry in PAGES:
        if not entry.moved_from:
            continue
        if entry.split_from:
            # Cut from a sibling page: the old section stays there as a short pointer.
            html = Client().get(url_for(entry.split_from, lang)).content.decode()
            section = html.split(f'id="{entry.moved_from}"', 1)[1].split("<h2", 1)[0]
            assert f'href="{url_for(entry.key, lang)}"' in section
            continue
        html = Client().get(url_for(entry.module, lang)).content.decode()
        card = re.search(rf'<li id="{entry.moved_from}">(.*?)</li>', html, re.S)
        assert card, (entry.module, entry.moved_from)
        assert f'href="{url_for(entry.key, lang)}"' in card.group(1)


def test_fragments_that_stayed_are_not_redirected():
    moved = moved_anchors("what", "en")
    assert "definition" not in moved and "this-week" not in moved and "top" not in moved


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_previous_next_and_back_to_the_module(lang):
    client = Client()
    for module in ("why", "what", "mentorship", "resources"):
        keys = [module] + [p.key for p in module_pages(module)]
        for i, key in enumerate(keys):
            html = client.get(url_for(key, lang)).content.decode()
            before, after = sequence(key)
            assert (before.key if before else None) == (keys[i - 1] if i else None)
            if i:
                assert f'href="{url_for(keys[i - 1], lang)}" rel="prev"' in html
                assert f'<p class="pagination-up"><a href="{url_for(module, lang)}">' in html
            if i + 1 < len(keys):
                assert f'href="{url_for(keys[i + 1], lang)}" rel="next"' in html


def test_glossary_and_references_have_their_own_addresses():
    client = Client()
    for path in ("/en/glossary/", "/fr/glossaire/", "/en/references/", "/fr/references/"):
        assert client.get(path).status_code == 200


def test_the_navigation_follows_the_page_table():
    from allykit.toolkit.context import navigation

    for lang in ("en", "fr"):
        nav = navigation(lang)
        top = [item["key"] for item in nav if item["key"] != "tools"]
        assert top == [p.key for p in PAGES if not p.module]
        for item in nav:
            assert set(item) >= {"key", "url", "title", "children"}
            if item["key"] in ("why", "what", "mentorship", "resources"):
                assert [c["key"] for c in item["children"]] == [
                    p.key for p in module_pages(item["key"])
                ]


READING_PAGES = [p.key for p in PAGES if p.key not in ("home", "contact", "glossary", "references")]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", READING_PAGES)
def test_every_reading_page_opens_with_takeaways_and_a_reading_time(site, lang, key):
    from allykit.toolkit.navigation import reading_minutes

    page = site[lang].pages[key]
    assert 3 <= len(page.takeaways) <= 5
    html = Client().get(url_for(key, lang)).content.decode()
    minutes = reading_minutes(page)
    word = {"en": "minute", "fr": "minute"}[lang]
    assert re.search(rf'<p class="takeaways-meta">{minutes} {word}', html)
    # Takeaways come right after the title, before the page's first section.
    first_section = page.sections[1].anchor if len(page.sections) > 1 else "sources"
    assert html.index('id="top"') < html.index('id="takeaways"')
    assert html.index('id="takeaways"') < html.index(f'id="{first_section}"')
    assert 'class="takeaways"' in html


def test_reading_time_counts_words_at_200_a_minute(site):
    from allykit.toolkit.navigation import reading_minutes

    page = site["en"].pages["sponsorship"]
    words = sum(len(s.title.split()) + len(s.text.split()) for s in page.sections)
    assert reading_minutes(page) == max(1, -(-words // 200))


def test_tool_pages_link_back_to_the_module_they_serve():
    from django.template import Context, Template

    for tool, key in (("checker", "biased-assumptions"), ("panels", "tokenism-manels")):
        for lang in ("en", "fr"):
            html = Template(f'{{% tool_module_link "{tool}" %}}').render(Context({"lang": lang}))
            assert f'href="{url_for(key, lang)}"' in html
            assert f'href="{url_for("what", lang)}"' in html


class _Linker:
    def page(self, key, lang):
        return f"/{lang}/{key}/" if key in ("home", "checker") else None

    def term(self, term_id, lang):
        return f"/{lang}/glossary/{term_id}/"

    def reference(self, key, lang):
        return f"/{lang}/references/#ref-{key}"

    def static(self, path):
        return f"/static/{path}"

    def static_exists(self, path):
        return False


def _render(front: str):
    from allykit.content.markdown import RenderContext
    from allykit.content.pages import render_page

    ctx = RenderContext(
        lang="fr", path="x.md", references={}, glossary_ids=frozenset(), linker=_Linker()
    )
    page = render_page(  # every page now records the date of its last review (issue 10)
        "home", f"---\ntitle: T\ndescription: D\nreviewed: 2026-12-01\n{front}---\n\nTexte.\n", ctx
    )
    return page, [p.message for p in ctx.problems]


def test_takeaways_front_matter_is_a_list_of_inline_texts_in_french_typography():
    page, problems = _render("takeaways:\n  - 'Un point : **gras** et [outil](page:checker)'\n")
    assert problems == []
    assert page.takeaways == (
        'Un point&nbsp;: <strong>gras</strong> et <a href="/fr/checker/">outil</a>',
    )
    for bad in ("takeaways: un texte\n", "takeaways: []\n", "takeaways:\n  - 3\n"):
        assert any("takeaways" in m for m in _render(bad)[1]), bad


@pytest.mark.parametrize(
    "old",
    [
        "/en/what-allyship-entails/",
        "/fr/en-quoi-consiste-l-alliance/",
        "/en/mentorship-sponsorship/",
        "/fr/mentorat-et-parrainage/",
        "/en/resources/",
        "/fr/ressources/",
    ],
)
def test_old_page_addresses_stay_as_module_overviews(old):
    response = Client().get(old)
    assert response.status_code == 200
    assert b'id="module-pages"' in response.content


@pytest.mark.parametrize("path", ["/en/glossary", "/fr/glossaire", "/en/references"])
def test_an_address_without_its_slash_redirects_permanently(path):
    response = Client().get(path)
    assert response.status_code == 301 and response["Location"] == path + "/"
