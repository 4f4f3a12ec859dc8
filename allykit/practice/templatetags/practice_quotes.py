"""{{ line|nested_quotes }}: a scenario line's quotation marks one level in, for a message
that quotes the line whole ("Your vote is recorded: “…”"); {% nested_quote_pairs %} gives
workshop.js the same replacements as JSON (allykit/practice/quotes.py)."""

from __future__ import annotations

import json

from django import template
from django.utils.translation import get_language

from allykit.practice import quotes

register = template.Library()


def _lang() -> str:
    return (get_language() or "en")[:2]


@register.filter
def nested_quotes(text) -> str:
    return quotes.nested(str(text), _lang())


@register.simple_tag
def nested_quote_pairs() -> str:
    return json.dumps(quotes.pairs(_lang()), ensure_ascii=False)
