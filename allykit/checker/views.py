"""The writing checker page: a form, and the highlighted result on the same request.

The text is checked in memory and shown back only to the person who sent it: it is never
stored or logged. `checker.js` re-checks as one types, through the JSON API (`api.py`).
"""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.wordcheck import MAX_CHARS

from .forms import CheckerForm
from .jsstrings import js_strings
from .present import result_context
from .service import CheckFailed, run
from .typo import fmt_int

TEMPLATE = "checker/checker.html"


def _page(request, lang: str, form: CheckerForm, status: int = 200, **extra):
    context = {"lang": lang, "form": form, "strings": js_strings(lang), "max_chars": MAX_CHARS,
               "max_chars_text": fmt_int(MAX_CHARS, lang), **extra}  # fmt: skip
    return render(request, TEMPLATE, context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def writing_checker(request, lang: str):
    if request.method != "POST":
        return _page(request, lang, CheckerForm(lang=lang))
    form = CheckerForm(request.POST, lang=lang)
    if not form.is_valid():
        return _page(request, lang, form, errors=form.field_errors())
    data = form.cleaned_data
    ignored = form.ignored()
    try:
        report = run(data["text"], data["genre"], data["text_lang"], frozenset(ignored),
                     data["name"])  # fmt: skip
    except CheckFailed as failure:
        field = {"lang": "text_lang"}.get(failure.field, failure.field)
        form.add_error(field if field in form.fields else "text", failure.message)
        return _page(request, lang, form, errors=form.field_errors())
    return _page(request, lang, form, result=result_context(data["text"], report, ignored, lang))
