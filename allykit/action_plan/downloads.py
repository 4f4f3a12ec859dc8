"""The plan's downloads, made in memory from the plan in the request and never kept: an
iCalendar file, a printable page and a tagged PDF, each in the plan's language.

A plan holds at most plan.MAX_ITEMS actions with notes of plan.MAX_NOTE characters, so the
PDF is bounded (bench/action_plan_bench.py measures the largest). The PDF download is served
from pdf_cache (encrypted, in memory, a few minutes) when the same document was just made.
"""

from __future__ import annotations

from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from allykit import pdf
from allykit.routes import url_for

from . import ics, pdf_cache
from . import plan as planlib
from .present import document_context
from .store import get_catalogue

PDF_CSS = Path(__file__).parent / "static" / "action_plan" / "document.css"


def _filename(lang: str, ext: str) -> str:
    stem = _("my-action-plan")
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{ext}"


def _attachment(body: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def calendar_bytes(request, plan: planlib.Plan) -> bytes:
    lang = plan.lang
    with translation.override(lang):
        labels = ics.Labels(
            calendar=_("My action plan (Ally Toolkit)"),
            reminder=_("Reminder from your action plan: {title}"),
            note=_("Your note:"),
            read=_("Read more:"),
        )
        actions = {a.id: a for a in get_catalogue().langs[lang]}
        return ics.build(
            plan,
            actions,
            labels,
            timezone.now(),
            request.get_host().split(":")[0] or "allykit",
            lambda action: request.build_absolute_uri(url_for(action.module, lang)),
        )


def calendar(request, plan: planlib.Plan) -> HttpResponse:
    with translation.override(plan.lang):
        name = _filename(plan.lang, "ics")
    return _attachment(calendar_bytes(request, plan), "text/calendar; charset=utf-8", name)


def document_html(request, plan: planlib.Plan) -> str:
    """The standalone document the PDF is made from (no styles: see PDF_CSS)."""
    with translation.override(plan.lang):
        context = document_context(plan.lang, plan, request)
        return render_to_string("action_plan/document.html", context)


def pdf_bytes(request, plan: planlib.Plan) -> bytes:
    """The plan's PDF, made now (WeasyPrint: about half a second for 40 actions)."""
    return pdf.render_pdf(document_html(request, plan), (PDF_CSS.read_text(encoding="utf-8"),))


def cached_pdf_bytes(request, plan: planlib.Plan) -> bytes:
    """The plan's PDF, from the cache when this very document (same HTML, same styles) was
    made in the last minutes: the key covers the plan, its language, the day and the page size."""
    html, css = document_html(request, plan), PDF_CSS.read_text(encoding="utf-8")
    material = f"{html}\0{css}".encode()
    return pdf_cache.CACHE.get_or_make(material, lambda: pdf.render_pdf(html, (css,)))


def pdf_download(request, plan: planlib.Plan) -> HttpResponse:
    with translation.override(plan.lang):
        name = _filename(plan.lang, "pdf")
    return _attachment(cached_pdf_bytes(request, plan), pdf.CONTENT_TYPE, name)
