"""Views for the content pages, glossary terms, and the site's service routes."""

from __future__ import annotations

from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from allykit.action_plan.this_week import with_buttons
from allykit.content.references import sort_key
from allykit.routes import all_routes, url_for

from . import components, navigation, page_cache
from .site import get_site


def render_segments(page, request, lang: str) -> list[str]:
    """The page body: pre-rendered HTML, with per-request components rendered in place."""
    site = get_site()
    ctx = components.context_for(page, request, site, lang)
    parts = []
    for seg in page.segments:
        if isinstance(seg, str):
            seg = with_buttons(seg, lang)  # "Add to my plan" on this week's items (action_plan)
            parts.append(mark_safe(seg))  # noqa: S308 - sanitised at load
        else:
            template = f"toolkit/components/{seg.name}.html"
            data = {**ctx[seg.name], "lang": lang, "page": page}
            parts.append(render_to_string(template, data, request=request))
    return parts


def page_context(request, lang: str, key: str, sections_after=(), **extra) -> dict:
    """What the page template needs for the content page `key` in `lang`. `sections_after`:
    the headed sections the view's template adds below the content (for the side column)."""
    site = get_site()
    page = site[lang].pages[key]
    cited = [(k, ref) for k, ref in site.references.items() if k in page.citations]
    cited.sort(key=lambda kv: sort_key(kv[1], lang))  # in French, by the French names printed
    sources = [{"key": k, "html": site[lang].references_html[k]} for k, _ref in cited]
    reference_page = navigation.is_reference_page(key)
    links = navigation.page_links(key, lang)
    untimed = reference_page or key in ("home", "contact")
    minutes = None if untimed else navigation.reading_minutes(page)
    return {
        "page": page,
        "parts": render_segments(page, request, lang),
        "sources": [] if key == "references" else sources,
        "lang": lang,
        "page_key": key,
        "minutes": minutes,
        "reading_time": navigation.minutes_text(minutes) if minutes else "",
        "takeaways": [mark_safe(t) for t in page.takeaways],  # noqa: S308 - sanitised at load
        "links": links,
        "crumbs": [links["module"]] if links["module"] else [],
        "moved_anchors": navigation.moved_anchors(key, lang),
        "aside": navigation.page_aside(key, lang, after=sections_after),
        "scripts": components.scripts_for(page),
        **extra,
    }


@require_safe
def content_page(request, lang: str, key: str):
    """A toolkit page from the content files, rendered once per process and query string."""

    def render_page(csrf_token):
        context = page_context(request, lang, key)
        if csrf_token:
            context["csrf_token"] = csrf_token
        return render_to_string("toolkit/page.html", context, request=request)

    return page_cache.cached_page(request, ("page", lang, key), render_page)


@require_safe
def home_page(request, lang: str, key: str = "home"):
    """The landing page: modules and tools as cards, this week's actions, the home text below."""
    from . import landing

    def render_page(csrf_token):
        context = page_context(request, lang, key)
        context.update(landing.landing_context(context["parts"]))
        context.update(modules=landing.module_cards(lang), tools=landing.tool_cards(lang))
        if csrf_token:
            context["csrf_token"] = csrf_token
        return render_to_string("toolkit/home.html", context, request=request)

    return page_cache.cached_page(request, ("page", lang, key), render_page)


def _term_alternates(request, site, term_id: str) -> dict[str, str]:
    """hreflang links of a term page: each language's own address for the term (French terms
    have French slugs), absolute, with English as x-default, as context.alternates does."""
    urls = {
        code: request.build_absolute_uri(
            url_for("term", code, term_id=site[code].glossary[term_id].url_slug)
        )
        for code in ("en", "fr")
        if term_id in site[code].glossary
    }
    if "en" in urls:
        urls["x-default"] = urls["en"]
    return urls


@require_safe
def glossary_term(request, lang: str, term_id: str):
    """One glossary term: its definition, sources, related terms and where it is used."""
    site = get_site()
    term = site[lang].term_by_slug(term_id)
    if term is None:
        # An earlier address of the term (its `aliases`), the id (the English address, which
        # French terms had before they got French slugs) or the other language's address, as
        # the language toggle produces: send it home.
        other = "fr" if lang == "en" else "en"
        found = (
            site[lang].term_by_alias(term_id)
            or site[lang].glossary.get(term_id)
            or site[other].term_by_slug(term_id)
        )
        if found is None or found.id not in site[lang].glossary:
            raise Http404(term_id)
        here = site[lang].glossary[found.id].url_slug
        return HttpResponseRedirect(url_for("term", lang, term_id=here), status=301)

    other_lang = "fr" if lang == "en" else "en"

    def render_term(csrf_token):
        refs = site[lang].references_html
        glossary = site[lang].glossary
        context = {
            "term": term,
            "lang": lang,
            "sources": [{"key": k, "html": refs[k]} for k in term.cite if k in refs],
            "related": [glossary[t] for t in term.see if t in glossary],
            "used_on": site.pages_using_term(term.id, lang),
            # The toggle goes to the same term at its address in the other language.
            "alternates": _term_alternates(request, site, term.id),
            "toggle_url": url_for(
                "term", other_lang, term_id=site[other_lang].glossary[term.id].url_slug
            )
            if term.id in site[other_lang].glossary
            else url_for("glossary", other_lang),
            # Home > Resources > Glossary, as on the glossary page itself.
            "crumbs": [
                *filter(None, [navigation.page_links("glossary", lang)["module"]]),
                {"url": url_for("glossary", lang), "title": _("Glossary")},
            ],
        }
        return render_to_string("toolkit/term.html", context, request=request)

    return page_cache.cached_page(request, ("term", lang, term_id), render_term)


@require_safe
def root(request):
    """Send / to /en/ or /fr/ by the browser's preferred language (English by default)."""
    lang = "en"
    for code, _q in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        base = code.split("-")[0].lower()
        if base in ("en", "fr"):
            lang = base
            break
    response = HttpResponseRedirect(url_for("home", lang))
    response["Vary"] = "Accept-Language"
    return response


@require_safe
def healthz(request):
    """Liveness and readiness: content loaded and the database answers."""
    site = get_site()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    pages = sum(len(site[lang].pages) for lang in ("en", "fr"))
    return JsonResponse({"status": "ok", "pages": pages})


@require_safe
@cache_control(max_age=3600, public=True)
def robots(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    return HttpResponse(
        f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", content_type="text/plain; charset=utf-8"
    )


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap(request):
    """Every page in both languages, each with its alternate-language link."""
    site = get_site()
    entries = []
    for route in all_routes():
        if not route.in_sitemap:
            continue
        if route.key == "term":
            variants = [
                {code: {"term_id": site[code].glossary[t].url_slug} for code in ("en", "fr")}
                for t in site["en"].glossary
            ]
        else:
            variants = [{"en": {}, "fr": {}}]
        for kwargs in variants:
            urls = {
                lang: request.build_absolute_uri(url_for(route.key, lang, **kwargs[lang]))
                for lang in ("en", "fr")
            }
            default = request.build_absolute_uri("/") if route.key == "home" else urls["en"]
            alternates = {**urls, "x-default": default}
            entries.extend({"loc": urls[lang], "alternates": alternates} for lang in ("en", "fr"))
    body = render_to_string("toolkit/sitemap.xml", {"entries": entries})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def minimal(request):
    """A baseline for the benchmark: a tiny response with no template and no content."""
    return HttpResponse("<!doctype html><title>minimal</title><h1>minimal</h1>")


ERRORS = {
    400: (
        gettext_lazy("Bad request"),
        gettext_lazy(
            "The server could not understand this request. Please check the address or the "
            "form and try again."
        ),
    ),
    403: (
        gettext_lazy("Form expired"),
        gettext_lazy(
            "For your security, this form could not be accepted: it may have been open too "
            "long, or cookies may be blocked. Go back, reload the page and send it again."
        ),
    ),
    404: (
        gettext_lazy("Page not found"),
        gettext_lazy(
            "We could not find the page at this address. It may have moved, or the link may "
            "have a typo."
        ),
    ),
    500: (
        gettext_lazy("Something went wrong"),
        gettext_lazy(
            "The server could not complete your request. Nothing you typed was kept. Please "
            "try again in a moment."
        ),
    ),
}


def error_page(request, status: int, message: str | None = None):
    """The localised error page for `status` (language from the URL, as for every page)."""
    title, default = ERRORS.get(status, ERRORS[400])
    context = {
        "lang": getattr(request, "LANGUAGE_CODE", "en"),
        "error_title": title,
        "error_message": message or default,
    }
    return render(request, "error.html", context, status=status)


def not_found(request, exception=None):
    return error_page(request, 404)


def server_error(request):
    return error_page(request, 500)


def bad_request(request, exception=None):
    return error_page(request, 400)


def csrf_failure(request, reason=""):
    return error_page(request, 403)
