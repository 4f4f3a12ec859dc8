"""URL patterns: every app's routes in both languages and its endpoints (allykit/registry.py),
the OpenAPI document, the staff inbox."""

from django.conf import settings
from django.contrib import admin
from django.urls import path

from allykit import registry
from allykit.api import openapi_view
from allykit.routes import LANGS, url_name

urlpatterns = [path(e.path, e.resolve(), name=e.name) for e in registry.endpoints()]
urlpatterns.append(path("api/v1/openapi.json", openapi_view, name="api-openapi"))
for route in registry.routes():
    for lang in LANGS:
        urlpatterns.append(
            path(
                f"{lang}/{route.path(lang)}",
                route.resolve(),
                {"lang": lang, **route.kwargs},
                name=url_name(route.key, lang),
            )
        )

if settings.BENCH_VIEWS:
    from allykit.toolkit import views

    # Only for bench/platform_bench.py: the smallest possible Django view, as a baseline.
    urlpatterns.append(path("bench/minimal", views.minimal))

# The staff inbox (Django admin) at ALLYKIT_ADMIN_PATH, "staff/" by default.
urlpatterns.append(path(settings.ADMIN_PATH, admin.site.urls))

handler400 = "allykit.toolkit.views.bad_request"
handler404 = "allykit.toolkit.views.not_found"
handler500 = "allykit.toolkit.views.server_error"
