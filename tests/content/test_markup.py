"""Figures, charts and quote cards: one markup for the content engine and the components."""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from allykit.content import markup
from allykit.content.charts import bar_chart
from allykit.content.labels import Labels

from .conftest import HOME


def _squash(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


def _component(name: str, **values) -> str:
    return _squash(render_to_string(f"components/{name}.html", values))


@pytest.mark.parametrize(
    "values",
    [
        {"caption": "A caption", "long_description": "<p>Long</p>", "long_label": "More"},
        {"caption": "A caption", "caption_id": "c1", "id": "f1", "classes": "chart-figure"},
        {"long_description": "<p>Only long</p>", "long_label": "More", "long_class": "x"},
    ],
)
def test_the_figure_component_and_the_engine_write_the_same_markup(values):
    html = {k: mark_safe(v) for k, v in values.items()}  # noqa: S308 - test values
    svg = mark_safe('<svg role="img"><title>t</title></svg>')  # noqa: S308
    engine = markup.figure(
        str(svg),
        caption_html=values.get("caption", ""),
        long_html=values.get("long_description", ""),
        long_label=values.get("long_label", "Long description"),
        figure_id=values.get("id", ""),
        caption_id=values.get("caption_id", ""),
        classes=values.get("classes", ""),
        long_class=values.get("long_class", ""),
    )
    assert _component("figure", svg=svg, **html) == engine


def test_the_figure_component_and_the_engine_write_the_same_image():
    engine = markup.figure(markup.image("/s/a.svg", 'A "b"', 96, 96), caption_html="Cap")
    template = _component("figure", src="/s/a.svg", alt='A "b"', width=96, height=96, caption="Cap")
    assert template == engine
    engine = markup.figure(markup.image("/s/a.svg", "A", lazy=False), caption_html="Cap")
    assert _component("figure", src="/s/a.svg", alt="A", eager=True, caption="Cap") == engine
    assert 'loading="lazy"' not in engine


@pytest.mark.parametrize(
    "values",
    [
        {"text": "Words", "who": "A chair", "role": "Department", "cite": "https://x.org/a"},
        {"text": "Words", "source": '(<a href="#r">Ref, 2020</a>)', "quote_lang": "fr"},
        {"text": "Words only"},
    ],
)
def test_the_quote_component_and_the_engine_write_the_same_markup(values):
    engine = markup.quote(
        values["text"],
        who=values.get("who", ""),
        role_html=values.get("role", ""),
        source_html=values.get("source", ""),
        cite_url=values.get("cite", ""),
        quote_lang=values.get("quote_lang", ""),
    )
    safe = {**values, "source": mark_safe(values.get("source", ""))}  # noqa: S308
    assert _component("quote", **safe) == engine


def test_a_content_quote_card_is_a_blockquote_with_its_attribution_in_the_figcaption(tree, load):
    html = "".join(s for s in load(tree())["en"].pages["home"].segments if isinstance(s, str))
    card = re.search(r'<figure class="quote-card">.*?</figure>', html, re.S).group(0)
    assert card.startswith(
        '<figure class="quote-card"><blockquote class="quote-text" '
        'cite="https://example.org/talk"><p>A paraphrased view ('
    )
    assert '</p></blockquote><figcaption class="quote-who">' in card
    assert '<span class="quote-name">Dr Example</span>' in card
    assert '<a href="https://example.org/talk">Source</a></span></figcaption></figure>' in card
    assert '<p class="quote-text">' not in html


def test_a_content_quote_role_is_its_own_line_without_a_stray_comma(tree, load):
    home = HOME.format(title="Home").replace("who: Dr Example\n", "who: Dr Example\nrole: Chief\n")
    site = load(tree(**{"en/home.md": home}))
    html = "".join(s for s in site["en"].pages["home"].segments if isinstance(s, str))
    assert '<span class="quote-name">Dr Example</span><span class="quote-role">Chief</span>' in html


def _chart(title="Women's share", **extra) -> str:
    return bar_chart(
        title=title,
        unit="%",
        maximum=100,
        series=["Workforce", "Senior roles"],
        rows=[("World", [70.0, 25.0])],
        description_html="Women are most of the workforce.",
        cite_html='(<a href="#r">WHO, 2019</a>)',
        labels=Labels(),
        **extra,
    )


def test_a_chart_is_a_figure_component_with_its_data_table_and_name():
    html = _chart(chart_id="chart-w")
    assert html.startswith('<figure class="figure chart-figure" aria-labelledby="chart-w-c"><svg')
    assert html.endswith("</details></figcaption></figure>")  # figcaption is the last child
    caption = re.search(r'<p class="figure-caption" id="chart-w-c">(.*?)</p>', html).group(1)
    assert caption.startswith("<strong>Women&#x27;s share</strong>. Women are most")
    assert '<details class="figure-long chart-data"><summary>Data table</summary>' in html
    assert (
        '<div class="figure-long-body"><div class="table-scroll" tabindex="0" role="region"' in html
    )
    assert 'aria-labelledby="chart-w-tc"' in html and '<caption id="chart-w-tc">' in html
    assert '<th scope="row">World</th>' in html and '<th scope="col">Workforce</th>' in html
    # the same figure markup as the component gives for these parts
    parts = re.match(
        r"(<figure [^>]*>)(<svg.*</svg>)<figcaption>(<p [^>]*>.*?</p>)(.*)</figc", html
    )
    component = _component(
        "figure",
        svg=mark_safe(parts.group(2)),  # noqa: S308
        caption=mark_safe(caption),  # noqa: S308
        caption_id="chart-w-c",
        classes="chart-figure",
        long_description=mark_safe(re.search(r'-body">(.*)</div></details>', html).group(1)),  # noqa: S308
        long_label="Data table",
        long_class="chart-data",
    )
    assert component == html


def test_two_charts_with_the_same_title_on_a_page_get_their_own_ids(tree, load):
    chart = (
        "\n```chart\ntitle: Women's share of senior roles in health care everywhere in 2019\n"
        "unit: '%'\ncite: '@who2019'\ndescription: A gap.\nseries: [Share]\n"
        "rows:\n  - [World, 25]\n```\n"
    )
    home = HOME.format(title="Home").replace("- Act.\n", "- Act.\n" + chart + chart)
    html = "".join(
        s
        for s in load(tree(**{"en/home.md": home}))["en"].pages["home"].segments
        if isinstance(s, str)
    )
    ids = re.findall(r' id="([^"]+)"', html)
    assert len([i for i in ids if i.startswith("chart-")]) == 8
    assert len(ids) == len(set(ids)), ids


def test_a_content_figure_is_the_components_figure(tree, load):
    block = (
        "\n```figure\nsrc: img/ok.svg\nalt: A diagram\ncaption: The *model*\n"
        "description: Three steps.\n```\n"
    )
    home = HOME.format(title="Home").replace("- Act.\n", "- Act.\n" + block)
    html = "".join(
        s
        for s in load(tree(**{"en/home.md": home}))["en"].pages["home"].segments
        if isinstance(s, str)
    )
    figure = re.search(r'<figure class="figure">.*?</figure>', html, re.S).group(0)
    component = _component(
        "figure",
        src="/static/img/ok.svg",
        alt="A diagram",
        eager=True,
        caption=mark_safe("The <em>model</em>"),  # noqa: S308
        long_description=mark_safe("<p>Three steps.</p>"),  # noqa: S308
        long_label="Long description",
    )
    assert figure == component
