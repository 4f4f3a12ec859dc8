"""HTML to a tagged PDF (PDF/UA-1) with WeasyPrint, for every download the site makes as a PDF.

`render_pdf(html)` returns the PDF's bytes: tagged (a structure tree from the HTML's headings,
lists, tables and paragraphs), with the document language from `<html lang>`, the title from
`<title>` and the PDF/UA identification in its XMP metadata. The HTML must be standalone, with
a `<title>`: styles in a `<style>` element, or given as CSS text in `stylesheets` (for
example a static file read from disk). Nothing is fetched while the PDF is made: no other
host, no file. `pdf_response(...)` wraps it in a download response.

WeasyPrint's time grows with the document: callers limit what they render (see
allykit/writing_checker/report.py and allykit/action_plan/downloads.py).
"""

from __future__ import annotations

import re

PDF_VARIANT = "pdf/ua-1"
CONTENT_TYPE = "application/pdf"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _no_fetch():
    """A URL fetcher that fetches nothing but data: URLs (no other host, no file on disk)."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("data",))


def render_pdf(html: str, stylesheets: tuple[str, ...] = ()) -> bytes:
    """A tagged PDF/UA-1 document from standalone HTML (and CSS texts)."""
    from weasyprint import CSS, HTML  # imported here: only needed when a PDF is asked for

    fetcher = _no_fetch()
    document = HTML(string=html, url_fetcher=fetcher)
    sheets = [CSS(string=text, url_fetcher=fetcher) for text in stylesheets]
    return document.write_pdf(stylesheets=sheets, pdf_variant=PDF_VARIANT)


def pdf_response(html: str, filename: str, stylesheets: tuple[str, ...] = ()):
    """A Django response that downloads `html` as a tagged PDF named `filename`."""
    from django.http import HttpResponse

    name = _SAFE_NAME.sub("-", filename).strip("-") or "document.pdf"
    response = HttpResponse(render_pdf(html, stylesheets), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
