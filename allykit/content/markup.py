"""The markup of figures and quote cards, written once for the content engine.

Content blocks (figures, charts, quote cards) are rendered when the content loads, without
Django, so they cannot include the Django components. These functions write the same markup as
`allykit/templates/components/figure.html` and `quote.html`; tests/content/test_markup.py renders
both with the same values and requires the same HTML, so the two cannot drift apart.

Every argument named `*_html` is HTML the caller has already escaped or sanitised; the rest is
plain text and is escaped here.
"""

from __future__ import annotations

from html import escape


def _attr(name: str, value: object) -> str:
    return f' {name}="{escape(str(value))}"' if value not in (None, "") else ""


def image(
    src: str, alt: str, width: int | None = None, height: int | None = None, *, lazy: bool = True
) -> str:
    """An image that reserves its space (when its size is known) and, unless `lazy` is False,
    loads when it comes near the screen."""
    loading = ' loading="lazy"' if lazy else ""
    return (
        f'<img src="{escape(src)}" alt="{escape(alt)}"{_attr("width", width)}'
        f'{_attr("height", height)}{loading} decoding="async">'
    )


def figure(
    media_html: str,
    *,
    caption_html: str = "",
    long_html: str = "",
    long_label: str = "Long description",
    figure_id: str = "",
    caption_id: str = "",
    classes: str = "",
    long_class: str = "",
) -> str:
    """A figure: the image or SVG, then one figcaption (its last child) holding the visible
    caption and, behind a disclosure, the long description or data table. With `caption_id`
    the figure is named by the caption alone, not by the disclosure inside the figcaption."""
    labelled = _attr("aria-labelledby", caption_id if caption_html else "")
    caption = (
        f'<p class="figure-caption"{_attr("id", caption_id)}>{caption_html}</p>'
        if caption_html
        else ""
    )
    long = (
        f'<details class="{" ".join(filter(None, ("figure-long", long_class)))}">'
        f"<summary>{escape(long_label)}</summary>"
        f'<div class="figure-long-body">{long_html}</div></details>'
        if long_html
        else ""
    )
    css = " ".join(filter(None, ("figure", classes)))
    return (
        f'<figure class="{css}"{_attr("id", figure_id)}{labelled}>{media_html}'
        f"<figcaption>{caption}{long}</figcaption></figure>"
    )


def quote(
    text_html: str,
    *,
    who: str = "",
    role_html: str = "",
    source_html: str = "",
    cite_url: str = "",
    quote_lang: str = "",
) -> str:
    """A quote card: the words in a blockquote, who said them (and their role, and where the
    words come from) in the figure's caption."""
    who_html = f'<span class="quote-name">{escape(who)}</span>' if who else ""
    role = f'<span class="quote-role">{role_html}</span>' if role_html else ""
    source = f'<span class="quote-source">{source_html}</span>' if source_html else ""
    caption = (
        f'<figcaption class="quote-who">{who_html}{role}{source}</figcaption>'
        if (who_html or role or source)
        else ""
    )
    return (
        f'<figure class="quote-card"{_attr("lang", quote_lang)}>'
        f'<blockquote class="quote-text"{_attr("cite", cite_url)}><p>{text_html}</p></blockquote>'
        f"{caption}</figure>"
    )
