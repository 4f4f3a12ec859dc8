"""Template context shared by every page: navigation and the language toggle."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from allykit.routes import counterpart, url_for

from .navigation import menu

TOOLS = (
    ("checker", _("Writing checker")),
    ("panels", _("Panel checker")),
)


def app_entries(lang: str) -> list[dict]:
    """Navigation entries of the apps (the tools). The integrator swaps this for the registry."""
    tools = [{"key": key, "url": url_for(key, lang), "title": title} for key, title in TOOLS]
    return [{"key": "tools", "url": "", "title": _("Tools"), "children": tools}]


def navigation(lang: str) -> list[dict]:
    """The primary navigation: the page table's top-level pages with their module's pages, and
    the apps' entries before the last page (contact)."""
    items = menu(lang)
    return items[:-1] + app_entries(lang) + items[-1:]


def site(request):
    """Context processor: current language, the other language and its URL, navigation."""
    lang = getattr(request, "LANGUAGE_CODE", "en")
    other = "fr" if lang == "en" else "en"
    return {
        "lang": lang,
        "other_lang": other,
        "other_lang_name": "Français" if other == "fr" else "English",
        "toggle_url": counterpart(request, other),
        "alternates": {code: counterpart(request, code) for code in ("en", "fr")},
        "nav": navigation(lang),
    }
