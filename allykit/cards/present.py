"""What the card templates show."""

from __future__ import annotations

from allykit.routes import url_for
from allykit.toolkit.site import get_site

DEFAULT_PAPER = "letter"  # North American paper; A4 is one link away


def summary(card, lang: str) -> dict:
    return {
        "id": card.id,
        "title": card.title,
        "url": url_for(f"card-{card.id}", lang),
        "text": card.summary,
        "pdf_url": url_for(f"card-{card.id}-pdf", lang),
    }


def sources(card, lang: str) -> list[dict]:
    refs = get_site()[lang].references_html
    return [{"key": k, "html": refs[k]} for k in card.sources if k in refs]


def card_context(card, lang: str) -> dict:
    return {
        "lang": lang,
        "card": card,
        "route_key": f"card-{card.id}",
        "sources": sources(card, lang),
        "pdf_url": url_for(f"card-{card.id}-pdf", lang),
    }
