"""The downloadable report of a check: a standalone HTML file, or a tagged PDF (PDF/UA-1,
WeasyPrint). Without the checked text unless the person asks for it; built in memory from the
request and never stored."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

FORMATS = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}
# WeasyPrint's time grows with the document: a PDF is built only for texts up to this size
# (a long letter's report is still short: flags are grouped by rule), so no request holds a
# worker for seconds. Longer texts get the HTML report.
PDF_MAX_CHARS = 15_000


def render_report(context: dict, include_text: bool) -> str:
    return render_to_string(
        "writing_checker/report.html",
        {**context, "include_text": include_text, "generated": timezone.now()},
    )


def download(context: dict, fmt: str, include_text: bool) -> HttpResponse:
    html = render_report(context, include_text)
    if fmt == "pdf":
        from weasyprint import HTML  # imported here: only needed for a PDF

        body = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    else:
        body = html.encode("utf-8")
    response = HttpResponse(body, content_type=FORMATS[fmt])
    name = "writing-check-report" if context.get("lang") != "fr" else "rapport-verification"
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
