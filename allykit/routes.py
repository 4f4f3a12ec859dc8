"""The route table: each user-facing page has a key, an English path and a French path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from django.urls import NoReverseMatch, reverse

LANGS = ("en", "fr")
ROUTE_MODULES = (
    "allykit.toolkit.routes",
    "allykit.contact.routes",
    "allykit.search.routes",
    "allykit.checker.routes",
    "allykit.panels.routes",
    "allykit.design.routes",
)


@dataclass(frozen=True)
class Route:
    """One page in both languages; `en`/`fr` are paths under /en/ and /fr/ ('' for the top)."""

    key: str
    en: str
    fr: str
    view: Callable
    kwargs: dict = field(default_factory=dict)
    in_sitemap: bool = True

    def path(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


def all_routes() -> tuple[Route, ...]:
    """Every route of every app, in ROUTE_MODULES order; keys are unique."""
    routes: list[Route] = []
    for module in ROUTE_MODULES:
        routes.extend(import_module(module).ROUTES)
    keys = [r.key for r in routes]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise RuntimeError(f"route keys declared twice: {sorted(duplicates)}")
    return tuple(routes)


def url_name(key: str, lang: str) -> str:
    return f"{key}-{lang}"


def url_for(key: str, lang: str, **kwargs) -> str:
    """The URL of route `key` in `lang`."""
    return reverse(url_name(key, lang), kwargs=kwargs or None)


def split_url_name(name: str | None) -> tuple[str, str] | None:
    """'why-fr' -> ('why', 'fr'); None for names outside the route table."""
    if not name or "-" not in name:
        return None
    key, _, lang = name.rpartition("-")
    return (key, lang) if lang in LANGS else None


def counterpart(request, lang: str) -> str:
    """The URL of the page being shown, in `lang` (the language toggle's target)."""
    match = getattr(request, "resolver_match", None)
    parts = split_url_name(match.url_name if match else None)
    if parts:
        try:
            url = url_for(parts[0], lang, **match.captured_kwargs)
        except NoReverseMatch:
            url = None
        if url:
            query = request.META.get("QUERY_STRING", "")
            return url + (f"?{query}" if query and request.method == "GET" else "")
    return f"/{lang}/"
