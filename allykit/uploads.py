"""Uploads read into memory only, for the pages and API paths that take a file (the two
checkers' forms and their /api/v1 paths).

Nothing a person uploads is written to disk: the request's upload handlers are replaced by
Django's `MemoryFileUploadHandler` (bounded by FILE_UPLOAD_MAX_MEMORY_SIZE) before the body is
read. The handlers can only be changed before the body is parsed, and the CSRF middleware
parses it (it reads request.POST for the token), so the view is exempt from the middleware's
check and checks the token itself, after the handlers are set (`csrf_protect` inside). An API
path has no token to check (its callers hold no session): `memory_uploads_api`.
"""

from __future__ import annotations

from functools import wraps

from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.views.decorators.csrf import csrf_exempt, csrf_protect


def memory_uploads(view):
    """Decorate a form view: its files are read into memory only; the CSRF token is checked."""
    return _in_memory(csrf_protect(view), view)


def memory_uploads_api(view):
    """Decorate an API view: its files are read into memory only; there is no CSRF token."""
    return _in_memory(view, view)


def _in_memory(inner, view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.upload_handlers = [MemoryFileUploadHandler(request)]
        return inner(request, *args, **kwargs)

    wrapper.uploads_in_memory = True  # what tests/test_uploads.py checks the views by
    return csrf_exempt(wrapper)
