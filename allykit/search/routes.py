"""Routes of the search app (see allykit/registry.py): results and reference-list downloads."""

from allykit.routes import Route

from . import views

ROUTES = (Route("search", "search/", "recherche/", views.search),) + tuple(
    Route(
        f"references-{fmt}",
        f"references.{fmt}",
        f"references.{fmt}",
        views.export_references,
        kwargs={"fmt": fmt},
        in_sitemap=False,
    )
    for fmt in ("bib", "ris", "json")
)
