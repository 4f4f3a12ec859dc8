"""The panel checker page: a form, and the result of the check on the same request.

Uploads are read in memory only (no temporary files), nothing is stored, and request bodies
are never logged. The engine (`allykit.panelaudit`) does the counting.
"""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.api import ApiError
from allykit.panelaudit import PRESETS, formats
from allykit.panelaudit.messages import field_label
from allykit.panelaudit.typo import fmt_int, fmt_pct
from allykit.uploads import memory_uploads

from . import carry, downloads
from .citations import target_source
from .forms import AUTO, CHOICES, PanelForm, error_list
from .results import result_context
from .service import LIMITS, estimator_installed, run_check

TEMPLATE = "panel_checker/page.html"


def _targets(lang: str) -> list[dict]:
    return [
        {
            "key": t.key,
            "label": t.label(lang),
            "share": fmt_pct(t.share, lang),
            **target_source(t, lang),
        }
        for t in PRESETS.values()
    ]


def _form(lang: str, *args) -> PanelForm:
    """The form, with its hints in `lang` (formats and limits as the reader has them)."""
    return PanelForm(
        *args,
        formats_hint=formats.labels(lang),
        limits=(fmt_int(LIMITS["mb"], lang), fmt_int(LIMITS["rows"], lang)),
        estimator=estimator_installed(),
    )


def _columns(pairs, chosen: dict[str, str], lang: str) -> list[dict]:
    """One choice per column: how it was read, and the options (the field names in `lang`)."""
    options = [(AUTO, _("As read"))] + [(c, field_label(c, lang)) for c in CHOICES[1:]]
    out = []
    for i, (header, key) in enumerate(pairs[:60]):
        out.append(
            {
                "i": i,
                "header": header,
                "read_as": field_label(key or None, lang),
                "chosen": chosen.get(header, AUTO),
                "options": options,
            }
        )
    return out


def _choice_context(form: PanelForm, pairs, lang: str, failed: bool) -> dict:
    check = form.cleaned_data.get("check") if hasattr(form, "cleaned_data") else None
    chosen = check.mapping if check else {}
    upload = form.cleaned_data.get("upload") if hasattr(form, "cleaned_data") else None
    token = carry.pack(*upload) if upload else None
    return {
        "columns": _columns(pairs, chosen, lang),
        "columns_failed": failed,
        "carried": token,
        "carried_name": upload[1] if upload else "",
        "carried_too_large": bool(upload) and token is None,
    }


def _page(request, lang: str, form: PanelForm, status: int = 200, **extra):
    context = {
        "lang": lang,
        "form": form,
        "targets": _targets(lang),
        "estimator_installed": estimator_installed(),
        "limit_mb": fmt_int(LIMITS["mb"], lang),
        "limit_rows": fmt_int(LIMITS["rows"], lang),
        "limit_bytes": LIMITS["bytes"],
        "accept": formats.accept(),
        "formats_hint": formats.labels(lang),
        **extra,
    }
    return render(request, TEMPLATE, context, status=status)


@never_cache
@memory_uploads  # uploads read into memory only; checks the CSRF token
@require_http_methods(["GET", "HEAD", "POST"])
def panel_checker(request, lang: str):
    if request.method != "POST":
        return _page(request, lang, _form(lang))
    if "download" in request.POST:
        item = request.POST["download"]
        token = request.POST.get("token", "")
        if item.startswith("template-"):
            found = downloads.unpack_template(request.POST.get("template_token", ""), item)
        else:
            found = downloads.unpack(token, item)
        if found:
            return downloads.attachment(*found)
        message = _("This download has expired or is not valid: check the programme again.")
        errors = [{"field": "id_table", "message": message}]
        return _page(request, lang, _form(lang), 400, errors=errors)
    form = _form(lang, request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, lang, form, 200, errors=error_list(form))
    try:
        result = run_check(form.cleaned_data["check"], lang)
    except ApiError as failure:
        form.add_error(failure.field, failure.message)
        columns = failure.details.get("columns")
        extra = _choice_context(form, columns, lang, True) if columns else {}
        return _page(request, lang, form, 200, errors=error_list(form), **extra)
    pairs = [[c["header"], c["field"]] for c in (result.layout or {}).get("columns", [])]
    extra = _choice_context(form, pairs, lang, False) if pairs else {}
    return _page(request, lang, form, 200, result=True, **result_context(result, lang), **extra)
