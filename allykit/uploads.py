"""Uploads read into memory only, for the pages that take a file (the two checkers' forms).

Nothing a person uploads is written to disk: the request's upload handlers are replaced by
Django's `MemoryFileUploadHandler` (bounded by FILE_UPLOAD_MAX_MEMORY_SIZE) before the body is
read. The handlers can only be changed before the body is parsed, and the CSRF middleware
parses it (it reads request.POST for the token), so the view is exempt from the middleware's
check and checks the token itself, after the handlers are set (`csrf_protect` inside).
"""

from __future__ import annotations

from functools import wraps

from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.views.decorators.csrf import csrf_exempt, csrf_protect


def memory_uploads(view):
    """Decorate a form view: its files are read into memory only; the CSRF token is checked."""
    protected = csrf_protect(view)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.upload_handlers = [MemoryFileUploadHandler(request)]
        return protected(request, *args, **kwargs)

    wrapper.uploads_in_memory = True  # what tests/test_uploads.py checks the pages by
    return csrf_exempt(wrapper)
