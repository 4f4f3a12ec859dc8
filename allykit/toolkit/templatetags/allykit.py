"""Template helpers: URLs from the route table."""

from django import template

from allykit.routes import url_for

register = template.Library()


@register.simple_tag(takes_context=True)
def route_url(context, key: str, lang: str | None = None, **kwargs) -> str:
    """URL of route `key` in `lang` (default: the page's language)."""
    return url_for(key, lang or context.get("lang", "en"), **kwargs)
