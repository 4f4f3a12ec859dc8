"""A card as a tagged PDF (PDF/UA-1, the shared allykit/pdf.py), on Letter or A4, in memory.

The card's own print stylesheet (static/cards/card-print.css) lays it out; the page size is the
only thing that differs between the two papers. Links (the citations) are made absolute with
the request's address, since a PDF has no page to be relative to."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string

from .present import card_context

PAPERS = {"letter": "letter", "a4": "A4"}
CSS = Path(__file__).parent / "static" / "cards" / "card-print.css"


@cache
def stylesheet() -> str:
    return CSS.read_text(encoding="utf-8")


def render_html(card, lang: str, paper: str, base_url: str = "") -> str:
    context = {**card_context(card, lang), "paper": PAPERS[paper], "base_url": base_url}
    html = render_to_string("cards/pdf.html", context)
    if base_url:  # site-relative links -> absolute (the PDF is read away from the site)
        html = html.replace(' href="/', f' href="{base_url.rstrip("/")}/')
    return html


def build(card, lang: str, paper: str, base_url: str = "") -> bytes:
    from allykit.pdf import render_pdf

    return render_pdf(render_html(card, lang, paper, base_url), (stylesheet(),))


@lru_cache(maxsize=64)
def cached(cid: str, lang: str, paper: str, base_url: str) -> bytes:
    """A card's PDF, made once per process: it depends only on the content (loaded once per
    process), the paper and the site's address. WeasyPrint takes a few hundred milliseconds
    for a card; 5 cards x 2 languages x 2 papers is all there is."""
    from .bank import get_deck

    return build(get_deck().get(lang, cid), lang, paper, base_url)


def response(request, card, lang: str, paper: str) -> HttpResponse:
    body = cached(card.id, lang, paper, request.build_absolute_uri("/"))
    out = HttpResponse(body, content_type="application/pdf")
    out["Content-Disposition"] = f'inline; filename="{card.id}-{lang}-{paper}.pdf"'
    out["Cache-Control"] = "public, max-age=3600"
    return out
