"""The panel checker page: a form, and the result of the check on the same request.

Uploads are read in memory only (no temporary files), nothing is stored, and request bodies
are never logged. The engine (`allykit.panelaudit`) does the counting.
"""

from __future__ import annotations

from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from allykit.panelaudit import PRESETS
from allykit.panelaudit.typo import fmt_int, fmt_pct

from . import downloads
from .forms import PanelForm, error_list
from .results import result_context
from .service import LIMITS, CheckFailed, estimator_installed, run_check

TEMPLATE = "panels/checker.html"


def _targets(lang: str) -> list[dict]:
    return [{"key": t.key, "label": t.label(lang), "share": fmt_pct(t.share, lang),
             "source": t.source, "url": t.url} for t in PRESETS.values()]  # fmt: skip


def _page(request, lang: str, form: PanelForm, status: int = 200, **extra):
    context = {
        "lang": lang,
        "form": form,
        "targets": _targets(lang),
        "estimator_installed": estimator_installed(),
        "limit_mb": fmt_int(LIMITS["mb"], lang),
        "limit_rows": fmt_int(LIMITS["rows"], lang),
        "limit_bytes": LIMITS["bytes"],
        **extra,
    }
    return render(request, TEMPLATE, context, status=status)


@csrf_exempt  # only so the upload handlers can be set first; _checker checks the CSRF token
def panel_checker(request, lang: str):
    if request.method == "POST":
        request.upload_handlers = [MemoryFileUploadHandler(request)]
    return _checker(request, lang)


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def _checker(request, lang: str):
    if request.method != "POST":
        return _page(request, lang, PanelForm())
    if "download" in request.POST:
        found = downloads.unpack(request.POST.get("token", ""), request.POST["download"])
        if found:
            return downloads.attachment(*found)
        message = _("This download has expired or is not valid: check the programme again.")
        errors = [{"field": "id_table", "message": message}]
        return _page(request, lang, PanelForm(), 400, errors=errors)
    form = PanelForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, lang, form, 200, errors=error_list(form))
    try:
        result = run_check(form.cleaned_data["check"])
    except CheckFailed as failure:
        form.add_error(failure.field, failure.message(lang))
        return _page(request, lang, form, 200, errors=error_list(form))
    return _page(request, lang, form, 200, result=True, **result_context(result, lang))
