"""Writing checker tests.

Until `allykit.checker.routes` is listed in `allykit.routes.ROUTE_MODULES` (the lead's file),
these tests add it for their own run; once it is listed, this does nothing.
"""

from __future__ import annotations

import importlib
import sys

from django.urls import clear_url_caches

from allykit import routes

MODULE = "allykit.checker.routes"
if MODULE not in routes.ROUTE_MODULES:
    routes.ROUTE_MODULES = (*routes.ROUTE_MODULES, MODULE)
    if "allykit.urls" in sys.modules:
        importlib.reload(sys.modules["allykit.urls"])
    clear_url_caches()
