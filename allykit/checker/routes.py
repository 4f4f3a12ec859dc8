"""Routes of the checker app (see allykit/routes.py). The JSON API and its OpenAPI document
are plain paths in allykit/urls.py (`/api/v1/check`, `/api/v1/openapi.json`)."""

from allykit.routes import Route

from . import views

ROUTES = (
    Route("checker", en="tools/writing-checker/", fr="outils/verificateur-de-redaction/",
          view=views.writing_checker),
)  # fmt: skip
