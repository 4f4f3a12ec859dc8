"""Template tags for the shared templates: the header search box, 'Cite this page', exports.

Each renders nothing if the search routes are not in the URL configuration, so the shared
templates never fail because of this app.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import timezone, translation
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


@register.inclusion_tag("search/_cite.html", takes_context=True)
def cite_this_page(context, title: str, url: str):
    """APA 7 reference to this page: group author, year, title, site name, URL."""
    lang = context.get("lang", "en")
    request = context.get("request")
    public = getattr(settings, "PUBLIC_URL", "")
    # The configured public address, never the Host header a request happened to carry.
    absolute = public + url if public else (request.build_absolute_uri(url) if request else url)
    with translation.override(lang):
        author = getattr(settings, "CITATION_AUTHOR", None) or ORGANIZATION[lang]
        site_name = _("Ally Toolkit")
    year = getattr(settings, "CITATION_YEAR", None) or timezone.localdate().year
    return {
        "citation_html": apa_page(author, year, title, site_name, absolute),
        "exports": export_urls(lang),
    }
