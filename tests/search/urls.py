"""The site's URLs plus the search routes, for test runs where allykit.routes.ROUTE_MODULES
does not list allykit.search.routes yet (see conftest.py)."""

from django.urls import path

from allykit.routes import url_name
from allykit.search.routes import ROUTES
from allykit.urls import handler400, handler404, handler500  # noqa: F401
from allykit.urls import urlpatterns as site_patterns

names = {getattr(p, "name", None) for p in site_patterns}
urlpatterns = list(site_patterns)
for route in ROUTES:
    for lang in ("en", "fr"):
        if url_name(route.key, lang) not in names:
            urlpatterns.append(path(f"{lang}/{route.path(lang)}", route.view,
                                    {"lang": lang, **route.kwargs},
                                    name=url_name(route.key, lang)))  # fmt: skip
