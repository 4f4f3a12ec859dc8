"""The service worker, served from the site root so that its scope is the whole site."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from .version import site_version


@require_safe
def service_worker(request):
    body = render_to_string("delivery/sw.js", {"version": site_version().hash})
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    # Browsers check for a new worker on navigation; never let a cache hold an old one long.
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response
