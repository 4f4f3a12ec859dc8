"""What the panel checker adds to the site (see allykit/registry.py): its page, its nav
entry, its JSON API with the OpenAPI fragment, and the `allykit panels` command.

Importable before Django is set up (views are dotted paths), so the CLI finds the command
without starting Django."""

from django.utils.translation import gettext_lazy as _

from allykit.registry import Command, Endpoint, NavEntry
from allykit.routes import Route

ROUTES = (
    Route(
        "panels",
        en="tools/panel-checker/",
        fr="outils/verificateur-de-panels/",
        view="allykit.panel_checker.views.panel_checker",
    ),
)
NAV = (
    NavEntry(
        "panels",
        _("Panel checker"),
        group="tools",
        order=20,
        blurb=_(
            "Paste or upload a speaker list and see, panel by panel, who gets the stage, with"
            " a checklist and letters to act on it."
        ),
        action=_("Try the panel checker"),
    ),
)
ENDPOINTS = (
    Endpoint(
        "api/v1/panels",
        "allykit.panel_checker.api.panels_api",
        "api-panels",
        openapi="allykit.panel_checker.openapi.FRAGMENT",
    ),
)
COMMANDS = (
    Command(
        "panels",
        "allykit.panelaudit.cli:main",
        "FILE",
        "audit an event's line-up (see `allykit panels --help`)",
    ),
)
