"""Panel checker tests: the browser fixtures of tests/browser/conftest.py, for test_browser.py.

Importing them sets DJANGO_ALLOW_ASYNC_UNSAFE for the whole process; test_browser.py sets it
for its own module only, so it does not leak into subprocesses of other tests run in the same
session (e.g. `manage check --deploy` in tests/toolkit/test_service_routes.py).
"""

from __future__ import annotations

import os

_ASYNC = "DJANGO_ALLOW_ASYNC_UNSAFE"
_had_async = _ASYNC in os.environ
from tests.browser.conftest import axe, browser, new_page  # noqa: E402, F401

if not _had_async:
    os.environ.pop(_ASYNC, None)
