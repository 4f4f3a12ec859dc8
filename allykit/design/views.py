"""The display settings page (colour scheme), its stylesheet, and the pattern page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from allykit.routes import url_for

from . import patterns, scheme


def _safe_next(request, lang: str) -> str:
    target = request.GET.get("next", "")
    ok = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if ok and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("display", lang)


def display(request, lang: str):
    """GET ?scheme=auto|light|dark stores the choice and goes back; without it, the settings."""
    choice = request.GET.get("scheme")
    if choice in scheme.CHOICES:
        response = HttpResponseRedirect(_safe_next(request, lang), status=303)
        response.set_cookie(
            scheme.COOKIE,
            choice,
            max_age=scheme.MAX_AGE,
            samesite="Lax",
            secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
            httponly=False,  # site.js reads and writes it
        )
        response["Cache-Control"] = "no-store"
        return response
    current = scheme.from_cookie(request.COOKIES.get(scheme.COOKIE))
    next_url = request.GET.get("next", "")
    context = {
        "current": current,
        "next": _safe_next(request, lang) if next_url else "",
        "title": _("Display settings"),
    }
    response = render(request, "design/display.html", context)
    response["Cache-Control"] = "no-store"
    return response


def scheme_css(request, lang: str):
    """The user's colour scheme as CSS; revalidated on every page (tiny, 304 when unchanged)."""
    choice = scheme.from_cookie(request.COOKIES.get(scheme.COOKIE))
    response = HttpResponse(scheme.CSS[choice], content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "private, no-cache"
    response["Vary"] = "Cookie"
    response["ETag"] = f'"scheme-{choice}"'
    if request.headers.get("If-None-Match") == response["ETag"]:
        not_modified = HttpResponse(status=304)
        for header in ("Cache-Control", "Vary", "ETag"):
            not_modified[header] = response[header]
        return not_modified
    return response


def pattern_page(request, lang: str):
    """Every component, rendered from the templates the site uses, with sample data."""
    return render(request, "design/patterns.html", patterns.context(request, lang))
