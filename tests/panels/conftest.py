"""Panel checker tests: known programmes, and the page's route in the route table.

Until `allykit.panels.routes` is listed in `allykit.routes.ROUTE_MODULES` (the lead's file),
these tests add it for their own run; once it is listed, this does nothing.
"""

from __future__ import annotations

import importlib
import os
import sys

from django.urls import clear_url_caches

from allykit import routes

MODULE = "allykit.panels.routes"
if MODULE not in routes.ROUTE_MODULES:
    routes.ROUTE_MODULES = (*routes.ROUTE_MODULES, MODULE)
    if "allykit.urls" in sys.modules:
        importlib.reload(sys.modules["allykit.urls"])
    clear_url_caches()

# The browser fixtures (tests/browser/conftest.py), for tests/panels/test_browser.py. Importing
# them sets DJANGO_ALLOW_ASYNC_UNSAFE for the whole process; test_browser.py sets it for its own
# tests only, so it does not leak into subprocesses of other tests (e.g. `check --deploy`).
_ASYNC = "DJANGO_ALLOW_ASYNC_UNSAFE"
_had_async = _ASYNC in os.environ
from tests.browser.conftest import axe, browser, new_page  # noqa: E402, F401

if not _had_async:
    os.environ.pop(_ASYNC, None)
