"""The content engine: rendering, and validation problems reported as file:line."""

from __future__ import annotations

import dataclasses

import pytest

from allykit.content import Component, ContentError

from .conftest import HOME, OTHER


def problems(load, root) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [str(p) for p in info.value.problems]


def test_valid_tree_loads_into_immutable_objects(tree, load):
    site = load(tree())
    page = site["en"].pages["home"]
    assert page.title == "Home" and site["fr"].pages["home"].title == "Accueil"
    assert page.citations == ("who2019", "trix2003")
    assert page.terms == ("ally",)
    assert {"first", "this-week", "top"} <= page.anchors
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.title = "x"
    assert site.citing_pages("trix2003", "en")[0].key in ("home", "other")
    assert [p.key for p in site.pages_using_term("ally", "en")] == ["home"]


def test_citation_renders_apa_in_text_with_link(tree, load):
    html = "".join(s for s in load(tree())["en"].pages["home"].segments if isinstance(s, str))
    assert (
        '(<a class="cite" href="/en/other/#ref-who2019">World Health Organization, 2019</a>)'
        in html
    )
    assert 'href="/en/other/#second"' in html
    assert '<a class="term" href="/en/glossary/ally/">allies</a>' in html
    assert '<h2 id="first">First section</h2>' in html
    assert html.count('class="back-to-top"') == 2
    assert 'class="quote-card"' in html and "Trix &amp; Psenka, 2003" in html


def test_french_citation_uses_et(tree, load):
    page = load(tree())["fr"].pages["home"]
    html = "".join(s for s in page.segments if isinstance(s, str))
    assert "Trix et Psenka, 2003" in html


def test_components_stay_for_request_time(tree, load):
    page = load(tree())["en"].pages["other"]
    assert Component("references") in page.segments
    assert "ref-trix2003" in page.anchors


def test_apa_reference_entry(tree, load):
    html = load(tree())["en"].references_html["trix2003"]
    assert html.startswith("Trix, F., &amp; Psenka, C. (2003). Exploring the color of glass")
    assert "<i>Discourse &amp; Society</i>, <i>14</i>(2), 191–220." in html
    assert 'href="https://doi.org/10.1177/0957926503014002277"' in html


def test_sections_carry_plain_text_for_search(tree, load):
    page = load(tree())["en"].pages["home"]
    first = next(s for s in page.sections if s.anchor == "first")
    assert "allies" in first.text and first.level == 2
    assert (
        page.sections[0].anchor == "top"
        and "World Health Organization, 2019" in page.sections[0].text
    )


def test_raw_html_is_sanitised(tree, load):
    bad = HOME.format(title="Home") + "\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
    html = "".join(
        s
        for s in load(tree(**{"en/home.md": bad}))["en"].pages["home"].segments
        if isinstance(s, str)
    )
    assert "<script" not in html
    assert 'href="javascript' not in html


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        (
            "en/home.md",
            HOME.format(title="Home").replace("[@who2019]", "[@nobody1999]"),
            "content/en/home.md:7: unknown citation key 'nobody1999'",
        ),
        (
            "en/home.md",
            HOME.format(title="Home").replace("[[ally]]", "[[nope]]"),
            "content/en/home.md:7: unknown glossary term 'nope'",
        ),
        (
            "en/home.md",
            HOME.format(title="Home").replace("page:other#second", "page:gone"),
            "content/en/home.md:11: broken internal link: no page 'gone'",
        ),
        (
            "en/home.md",
            HOME.format(title="Home").replace("page:other#second", "page:other#nope"),
            "content/en/home.md:11: broken internal link: no anchor '#nope' in page 'other'",
        ),
        (
            "en/home.md",
            HOME.format(title="Home") + "\n![](img/ok.svg)\n",
            "content/en/home.md:23: image without alt text",
        ),
        (
            "en/home.md",
            HOME.format(title="Home") + "\n```figure\nsrc: img/ok.svg\nalt: ''\n"
            "description: d\n```\n",
            "content/en/home.md:24: figure block: 'alt' is required",
        ),
        (
            "en/home.md",
            HOME.format(title="Home") + "\n#### Too deep\n",
            "content/en/home.md:23: heading level skipped: h2 to h4",
        ),
        (
            "en/home.md",
            HOME.format(title="Home").replace("title: Home", "titel: Home"),
            "content/en/home.md:2: bad front matter: 'title' is required and must be text",
        ),
        (
            "en/home.md",
            "no front matter\n",
            "content/en/home.md:1: front matter missing: the file must start with a '---' line",
        ),
        (
            "fr/other.md",
            None,
            "content/en/other.md:1: page exists in en only (no content/fr/other.md)",
        ),
        (
            "en/glossary.yaml",
            "- id: ally\n  term: Ally\n  definition: x\n  cite: [trix2003]\n"
            "- id: extra\n  term: Extra\n  definition: y\n  cite: [trix2003]\n",
            "content/fr/glossary.yaml:1: glossary entry 'extra' exists in en only",
        ),
        (
            "references/more.yaml",
            "- key: trix2003\n  type: web\n  authors: [{literal: X}]\n"
            "  year: 2003\n  title: T\n  url: https://x.org\n  verified: V\n"
            "  checked: {date: 2026-12-01, how: catalogue, where: x}\n",
            "content/references/more.yaml:1: reference key 'trix2003' already defined in "
            "content/references/main.yaml",
        ),
        (
            "references/more.yaml",
            "- key: bad2020\n  type: web\n  authors: [{literal: X}]\n"
            "  year: 2020\n  title: T\n  verified: U\n",
            "content/references/more.yaml:1: reference bad2020: verified must be V or P "
            "(unverified references are not used)",
        ),
        (
            "en/home.md",
            HOME.format(title="Home") + "\n```video\ntitle: T\nurl: https://v.org/x\n"
            "start: 99\n```\n",
            "content/en/home.md:24: video block: start must be mm:ss or h:mm:ss",
        ),
    ],
)
def test_problems_name_file_and_line(tree, load, path, text, expected):
    root = tree(**{path: text})  # None: the file is left out
    assert expected in problems(load, root)


def test_every_problem_is_listed_not_just_the_first(tree, load):
    broken = (
        HOME.format(title="Home").replace("[@who2019]", "[@a1999]").replace("[[ally]]", "[[b]]")
    )
    found = problems(load, tree(**{"en/home.md": broken, "fr/home.md": broken}))
    assert len([p for p in found if "unknown" in p]) == 4


def test_other_page_fixture_is_valid_markdown():
    assert OTHER.startswith("---")


def test_english_double_quotes_are_curled_across_links_terms_and_the_front_matter(tree, load):
    text = (
        '---\ntitle: Why "manels" matter\ndescription: On "allies".\nreviewed: 2026-12-01\n---\n\n'
        'Say "[the other page](page:other#second)", "*this*" and [[ally|"allies"]] '
        '("[[ally]]"), then "Dr" [@who2019].\n\n'
        '## What you can do this week {#this-week}\n\n- Act `"code"`.\n'
    )
    page = load(tree(**{"en/home.md": text}))["en"].pages["home"]
    html = "".join(s for s in page.segments if isinstance(s, str))
    assert page.title == "Why “manels” matter" and page.description == "On “allies”."
    assert "Say “<a " in html and "</a>”, “<em>this</em>” and" in html
    assert ">“allies”</a> (“<a" in html and "</a>”), then “Dr” (" in html
    assert '<code>"code"</code>' in html  # code is left as written
    assert '"' not in page.sections[0].text and "“allies”" in page.sections[0].text
