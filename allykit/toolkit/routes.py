"""Routes of the toolkit pages (from the page table) and of glossary term pages."""

from __future__ import annotations

from django.utils.module_loading import import_string

from allykit.registry import Endpoint
from allykit.routes import Route

from . import views
from .pages import PAGES

ROUTES = tuple(
    Route(
        p.key,
        p.en,
        p.fr,
        import_string(p.view) if p.view else views.content_page,
        kwargs={"key": p.key},
    )
    for p in PAGES
) + (Route("term", "glossary/<slug:term_id>/", "glossaire/<slug:term_id>/", views.glossary_term),)

# Paths outside /en/ and /fr/ (see allykit/registry.py).
ENDPOINTS = (
    Endpoint("", views.root, "root"),
    Endpoint("healthz", views.healthz, "healthz"),
    Endpoint("robots.txt", views.robots, "robots"),
    Endpoint("sitemap.xml", views.sitemap, "sitemap"),
)
