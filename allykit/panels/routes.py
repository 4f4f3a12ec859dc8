"""Routes of the panels app (see allykit/routes.py). The JSON API is a plain path in urls.py."""

from allykit.routes import Route

from . import views

ROUTES = (
    Route("panels", en="tools/panel-checker/", fr="outils/verificateur-de-panels/",
          view=views.panel_checker),
)  # fmt: skip
