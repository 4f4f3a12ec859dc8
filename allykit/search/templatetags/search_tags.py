"""Template tags for the shared templates: the header search box, 'Cite this page', exports.

Each renders nothing if the search routes are not in the URL configuration, so the shared
templates never fail because of this app.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext as _

from allykit.routes import url_for

from ..cite import ORGANIZATION, apa_page

register = template.Library()


def _url(key: str, lang: str) -> str:
    try:
        return url_for(key, lang)
    except NoReverseMatch:
        return ""


def export_urls(lang: str) -> dict:
    urls = {fmt: _url(f"references-{fmt}", lang) for fmt in ("bib", "ris", "json")}
    return urls if all(urls.values()) else {}


@register.inclusion_tag("search/_header_form.html", takes_context=True)
def search_box(context):
    return {"action": _url("search", context.get("lang", "en"))}


@register.inclusion_tag("search/_exports.html", takes_context=True)
def reference_exports(context):
    return {"exports": export_urls(context.get("lang", "en"))}


def page_year(page, lang: str) -> str:
    """The year of the page's `reviewed` date (ISO), or APA's "n.d." ("s. d." in French)."""
    reviewed = str(getattr(page, "reviewed", "") or "")
    if len(reviewed) >= 4 and reviewed[:4].isdigit():
        return reviewed[:4]
    return "s. d." if lang == "fr" else "n.d."


@register.inclusion_tag("search/_cite.html", takes_context=True)
def cite_this_page(context, title: str, url: str):
    """APA 7 reference to this page: group author, year, title, site name, URL.

    The year is the one the page was last reviewed in (its `reviewed` date), as APA dates a
    web page by its last update; without one it is "n.d.". Never today's year: the page is
    rendered once and kept (allykit/toolkit/page_cache.py and shared caches), so a year read
    from the clock would stay at the year the process started.
    """
    lang = context.get("lang", "en")
    request = context.get("request")
    public = getattr(settings, "PUBLIC_URL", "")
    # The configured public address, never the Host header a request happened to carry.
    absolute = public + url if public else (request.build_absolute_uri(url) if request else url)
    with translation.override(lang):
        author = getattr(settings, "CITATION_AUTHOR", None) or ORGANIZATION[lang]
        site_name = _("Ally Toolkit")
    year = getattr(settings, "CITATION_YEAR", None) or page_year(context.get("page"), lang)
    return {
        "citation_html": apa_page(author, year, title, site_name, absolute),
        "exports": export_urls(lang),
    }
