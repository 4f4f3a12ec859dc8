"""HTML to a tagged PDF (PDF/UA-1) with WeasyPrint, for every download the site makes as a PDF.

`render_pdf(html)` returns the PDF's bytes: tagged (a structure tree from the HTML's headings,
lists, tables and paragraphs), with the document language from `<html lang>`, the title from
`<title>` and the PDF/UA identification in its XMP metadata. The HTML must be standalone: its
styles inline in a `<style>` element (the PDF is made in memory and never fetches anything
from another host), and a `<title>`. `pdf_response(...)` wraps it in a download response.

WeasyPrint's time grows with the document: callers limit what they render (see
allykit/writing_checker/report.py and allykit/action_plan/downloads.py).
"""

from __future__ import annotations

import re

PDF_VARIANT = "pdf/ua-1"
CONTENT_TYPE = "application/pdf"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _no_fetch(url: str, *args, **kwargs):
    """The URL fetcher: nothing is fetched (no other host, no file on disk)."""
    raise ValueError(f"not fetched while making a PDF: {url[:80]}")


def render_pdf(html: str, base_url: str | None = None) -> bytes:
    """A tagged PDF/UA-1 document from standalone HTML."""
    from weasyprint import HTML  # imported here: only needed when a PDF is asked for

    document = HTML(string=html, base_url=base_url, url_fetcher=_no_fetch)
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def pdf_response(html: str, filename: str):
    """A Django response that downloads `html` as a tagged PDF named `filename`."""
    from django.http import HttpResponse

    name = _SAFE_NAME.sub("-", filename).strip("-") or "document.pdf"
    response = HttpResponse(render_pdf(html), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
