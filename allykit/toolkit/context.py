"""Template context shared by every page: navigation and the language toggle."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from allykit.routes import counterpart, url_for

from .site import get_site

WHAT_SECTIONS = (
    ("biased-assumptions", _("Recognize biased assumptions about leadership")),
    ("microaggressions", _("Recognize and stop microaggressions")),
    ("tokenism-manels", _("Challenge tokenism and end “manels”")),
)


TOOLS = (
    ("checker", _("Writing checker")),
    ("panels", _("Panel checker")),
)


def navigation(lang: str) -> list[dict]:
    """The primary navigation, mirroring the toolkit's structure."""
    pages = get_site()[lang].pages
    items = []
    for key in ("home", "why", "what", "mentorship", "resources", "contact"):
        page = pages.get(key)
        if page is None:
            continue
        url = url_for(key, lang)
        children = []
        if key == "what":
            children = [{"url": f"{url}#{anchor}", "title": title}
                        for anchor, title in WHAT_SECTIONS]  # fmt: skip
        items.append({"key": key, "url": url, "title": page.nav_title, "children": children})
    # The tools are not sections of the original toolkit; they get their own group.
    tools = [{"url": url_for(key, lang), "title": title} for key, title in TOOLS]
    methods = pages.get("writing-checker-methods")  # writing helper: the checker's methods page
    if methods is not None:
        tools.append({"url": url_for(methods.key, lang), "title": methods.nav_title})
    items.insert(len(items) - 1, {"key": "tools", "url": "", "title": _("Tools"),
                                  "children": tools})  # fmt: skip
    return items


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
