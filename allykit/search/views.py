"""Search results (a page, or a fragment for search-as-you-type) and reference-list exports."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from allykit.toolkit.site import get_site

from . import exports
from .index import get_index
from .query import MAX_LENGTH

PER_PAGE = 10
MAX_PAGE = 50
KINDS = {
    "page": gettext_lazy("Page"),
    "section": gettext_lazy("Page section"),
    "term": gettext_lazy("Glossary term"),
    "microaggression": gettext_lazy("Microaggressions guide"),
    "resource": gettext_lazy("Resource"),
    "reference": gettext_lazy("Reference"),
}
FORMATS = {
    "bib": (exports.bibtex, "application/x-bibtex; charset=utf-8"),
    "ris": (exports.ris, "application/x-research-info-systems; charset=utf-8"),
    "json": (exports.csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8"),
}


def _page_number(value: str) -> int:
    return min(max(int(value), 1), MAX_PAGE) if value.isdigit() and len(value) < 4 else 1


def _hit_context(hit) -> dict:
    doc = hit.doc
    where = str(KINDS.get(doc.kind, ""))
    if doc.context:
        where = f"{where} · {doc.context}"
    return {
        "url": doc.url,
        "title_html": hit.title_html,
        "snippet_html": hit.snippet_html,
        "where": where,
        "kind": doc.kind,
    }


def _notes(results, searched: bool) -> list[str]:
    """Messages about the query itself: cut short, nothing to look for, partial matches."""
    notes = []
    if results.query.trimmed:
        notes.append(
            _(
                "Your search was longer than %(max)d characters, so only the first "
                "%(max)d were used."
            )
            % {"max": MAX_LENGTH}
        )
    if "no-words" in results.query.notes:
        notes.append(
            _("Your search has no letters or numbers to look for. Try a word such as “mentorship”.")
        )
    if searched and results.any_word:
        notes.append(
            _(
                "No result has all of your words or your exact phrase, so these "
                "results have some of them."
            )
        )
    return notes


def _heading_query(text: str) -> str:
    """The query as the results heading shows it inside its own quotes: a query that is one
    quoted phrase loses its quotes (it read « "penser gestionnaire" », “"think manager"”)."""
    if len(text) > 2 and text[0] == text[-1] == '"' and text.count('"') == 2:
        return text[1:-1]
    return text


@require_safe
def search(request, lang: str):
    """Results for ?q= in the page's language; ?live=1 returns only the results (for JS)."""
    raw = request.GET.get("q", "")
    live = request.GET.get("live") == "1"
    number = _page_number(request.GET.get("page", ""))
    results = get_index().search(
        raw, lang, limit=PER_PAGE, offset=(number - 1) * PER_PAGE, live=live
    )
    searched = not results.query.empty
    first = (number - 1) * PER_PAGE + 1
    context = {
        "q": results.query.text,
        "heading_q": _heading_query(results.query.text),
        "searched": searched,
        "asked": bool(results.query.text),
        "hits": [_hit_context(h) for h in results.hits],
        "total": results.total,
        "first": first,
        "last": first + len(results.hits) - 1,
        "notes": _notes(results, searched),
        "suggestion": results.suggestion,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1
        if results.total > number * PER_PAGE and number < MAX_PAGE
        else None,
        "lang": lang,
    }
    template = "search/_results.html" if live else "search/results.html"
    response = render(request, template, context)
    if results.query.text:
        response["X-Robots-Tag"] = "noindex"  # result pages stay out of search engines
    return response


@require_safe
@cache_control(max_age=3600, public=True)
def export_references(request, lang: str, fmt: str):
    """The whole reference list as BibTeX, RIS or CSL-JSON, as a download."""
    writer, content_type = FORMATS[fmt]
    response = HttpResponse(writer(get_site().references.values()), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="allykit-references.{fmt}"'
    return response
