"""Template context shared by every page: navigation and the language toggle."""

from __future__ import annotations

from django.core.exceptions import DisallowedHost
from django.utils.translation import gettext_lazy as _

from allykit.routes import counterpart

from .navigation import menu

GROUP_TITLES = {"tools": _("Tools")}


def app_entries(lang: str) -> list[dict]:
    """Navigation entries the apps register (allykit.registry), one group per group name."""
    from allykit.registry import nav_items

    groups: dict[str, list[dict]] = {}
    for item in nav_items(lang):
        groups.setdefault(item["group"], []).append(
            {"key": item["key"], "url": item["url"], "title": item["title"], "children": []}
        )
    return [
        {"key": group, "url": "", "title": GROUP_TITLES.get(group, group), "children": items}
        for group, items in groups.items()
    ]


def navigation(lang: str) -> list[dict]:
    """The primary navigation: the page table's top-level pages with their module's pages, and
    the apps' entries before the last page (contact)."""
    items = menu(lang)
    return items[:-1] + app_entries(lang) + items[-1:]


def alternates(request) -> dict[str, str]:
    """hreflang links of the page: absolute URLs of both languages (without the query string),
    and x-default: the address that picks a language (/) for the home page, else English.
    On a request for a host we do not serve (the 400 page), none: no address to make absolute."""
    try:
        request.get_host()
    except DisallowedHost:
        return {}
    urls = {
        code: request.build_absolute_uri(counterpart(request, code).split("?")[0])
        for code in ("en", "fr")
    }
    match = getattr(request, "resolver_match", None)
    home = bool(match) and match.url_name in ("home-en", "home-fr")
    urls["x-default"] = request.build_absolute_uri("/") if home else urls["en"]
    return urls


def site(request):
    """Context processor: current language, the other language and its URL, navigation."""
    lang = getattr(request, "LANGUAGE_CODE", "en")
    other = "fr" if lang == "en" else "en"
    return {
        "lang": lang,
        "other_lang": other,
        "other_lang_name": "Français" if other == "fr" else "English",
        "toggle_url": counterpart(request, other),
        # Printed by base.html as <link rel="alternate" hreflang=... href=...> in the head.
        "alternates": alternates(request),
        "nav": navigation(lang),
    }
