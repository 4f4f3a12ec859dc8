"""URL patterns, generated from the route table in both languages."""

from django.conf import settings
from django.contrib import admin
from django.urls import path

from allykit.checker.api import check_api, openapi_document
from allykit.delivery.views import service_worker
from allykit.panels.api import panels_api
from allykit.routes import all_routes, url_name
from allykit.toolkit import views

urlpatterns = [
    path("", views.root, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sw.js", service_worker, name="service-worker"),
    path("api/v1/panels", panels_api, name="api-panels"),
    path("api/v1/check", check_api, name="api-check"),
    path("api/v1/openapi.json", openapi_document, name="api-openapi"),
]
for route in all_routes():
    for lang in ("en", "fr"):
        urlpatterns.append(
            path(
                f"{lang}/{route.path(lang)}",
                route.view,
                {"lang": lang, **route.kwargs},
                name=url_name(route.key, lang),
            )  # fmt: skip
        )

if settings.BENCH_VIEWS:
    # Only for bench/platform_bench.py: the smallest possible Django view, as a baseline.
    urlpatterns.append(path("bench/minimal", views.minimal))

# The staff inbox (Django admin) at ALLYKIT_ADMIN_PATH, "staff/" by default.
urlpatterns.append(path(settings.ADMIN_PATH, admin.site.urls))

handler400 = "allykit.toolkit.views.bad_request"
handler404 = "allykit.toolkit.views.not_found"
handler500 = "allykit.toolkit.views.server_error"
