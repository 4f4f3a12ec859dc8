"""The route table: each user-facing page has a key, an English path and a French path.

Apps declare their routes in `<app>/routes.py` (`ROUTES`); allykit.registry collects them
from INSTALLED_APPS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

LANGS = ("en", "fr")


@dataclass(frozen=True)
class Route:
    """One page in both languages; `en`/`fr` are paths under /en/ and /fr/ ('' for the top)."""

    key: str
    en: str
    fr: str
    view: Callable | str  # a dotted path is imported when the URLs are built
    kwargs: dict = field(default_factory=dict)
    in_sitemap: bool = True

    def path(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def resolve(self) -> Callable:
        from django.utils.module_loading import import_string

        return import_string(self.view) if isinstance(self.view, str) else self.view


def all_routes() -> tuple[Route, ...]:
    """Every route of every installed app, in INSTALLED_APPS order; keys are unique."""
    from allykit import registry

    return registry.routes()


def url_name(key: str, lang: str) -> str:
    return f"{key}-{lang}"


def url_for(key: str, lang: str, **kwargs) -> str:
    """The URL of route `key` in `lang`."""
    from django.urls import reverse

    return reverse(url_name(key, lang), kwargs=kwargs or None)


def split_url_name(name: str | None) -> tuple[str, str] | None:
    """'why-fr' -> ('why', 'fr'); None for names outside the route table."""
    if not name or "-" not in name:
        return None
    key, _, lang = name.rpartition("-")
    return (key, lang) if lang in LANGS else None


def counterpart(request, lang: str) -> str:
    """The URL of the page being shown, in `lang` (the language toggle's target)."""
    from django.urls import NoReverseMatch

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
