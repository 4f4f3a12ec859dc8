"""The writing checker page: a form, and the highlighted result on the same request.

The text is checked in memory and shown back only to the person who sent it: it is never
stored or logged (an upload is read in memory, never written to disk). With JavaScript on,
`checker.js` posts the same form and swaps in the result fragment the server renders.
"""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.api import ApiError
from allykit.routes import url_for
from allykit.uploads import memory_uploads
from allykit.wordcheck import MAX_CHARS
from allykit.wordcheck.documents import ACCEPT, MAX_BYTES

from . import report as downloads
from .forms import CheckerForm, sample_data
from .jsstrings import js_strings
from .present import result_context
from .samples import samples
from .service import run
from .summary import compare_context
from .typo import fmt_int

TEMPLATE = "writing_checker/page.html"
FRAGMENT = "writing_checker/_result.html"


def _page(request, lang: str, form: CheckerForm, status: int = 200, **extra):
    context = {
        "lang": lang,
        "form": form,
        "strings": js_strings(lang),
        "max_chars": MAX_CHARS,
        "max_chars_text": fmt_int(MAX_CHARS, lang),
        "max_mb": fmt_int(MAX_BYTES // (1024 * 1024), lang),
        "accept": ACCEPT,
        "samples": [{"key": k, "label": v["label"]} for k, v in samples(lang).items()],
        "methods_url": url_for("writing-checker-methods", lang),
        "reading_url": url_for("writing-checker-reading", lang),
        **extra,
    }
    if request.headers.get("X-Fragment") == "result":
        return render(request, "writing_checker/_fragment.html", context, status=status)
    return render(request, TEMPLATE, context, status=status)


@never_cache
@memory_uploads  # uploads read into memory only; checks the CSRF token
@require_http_methods(["GET", "HEAD", "POST"])
def writing_checker(request, lang: str):
    if request.method != "POST":
        return _page(request, lang, CheckerForm(lang=lang))
    data = request.POST
    if "load_sample" in request.POST:
        data = sample_data(request.POST, request.POST.get("sample_choice", ""), lang) or data
    form = CheckerForm(data, request.FILES if data is request.POST else None, lang=lang)
    if not form.is_valid():
        return _page(request, lang, form, errors=form.field_errors())
    clean = form.cleaned_data
    ignored = form.ignored()
    try:
        args = (clean["genre"], clean["text_lang"], frozenset(ignored), clean["name"], lang)
        checked = run(clean["text"], *args)
        other = run(clean["text_b"], *args) if clean["text_b"].strip() else None
    except ApiError as failure:
        field = {"lang": "text_lang"}.get(failure.field, failure.field)
        form.add_error(field if field in form.fields else "text", failure.message)
        return _page(request, lang, form, errors=form.field_errors())
    result = result_context(clean["text"], checked, ignored, lang)
    result["truncated"] = form.truncated
    result["from_file"] = form.from_file
    if other is not None:
        result["compare"] = compare_context(checked, other, clean["text_b"], lang)
        result["compare"]["from_file"] = form.from_file_b
        result["compare"]["truncated"] = form.truncated_b
    fmt = request.POST.get("download")
    if fmt == "pdf" and len(clean["text"]) + len(clean["text_b"]) > downloads.PDF_MAX_CHARS:
        message = _(
            "The PDF report is for texts of up to %(n)s characters: download the HTML report "
            "instead, or print it from your browser."
        ) % {"n": fmt_int(downloads.PDF_MAX_CHARS, lang)}
        form.add_error("text", message)
        return _page(request, lang, form, errors=form.field_errors())
    if fmt in downloads.FORMATS:
        context = {
            "lang": lang,
            "result": result,
            "text": clean["text"],
            "methods_url": request.build_absolute_uri(url_for("writing-checker-methods", lang)),
            "reading_url": request.build_absolute_uri(url_for("writing-checker-reading", lang)),
        }
        return downloads.download(context, fmt, bool(clean.get("include_text")))
    return _page(request, lang, form, result=result)
