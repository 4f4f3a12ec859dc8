"""What the writing checker adds to the site (see allykit/registry.py): its page, its nav
entry, its JSON API with the OpenAPI fragment, and the `allykit check` command.

Importable before Django is set up (views are dotted paths), so the CLI finds the command
without starting Django."""

from django.utils.translation import gettext_lazy as _

from allykit.registry import Command, Endpoint, NavEntry
from allykit.routes import Route

ROUTES = (
    Route(
        "checker",
        en="tools/writing-checker/",
        fr="outils/verificateur-de-redaction/",
        view="allykit.writing_checker.views.writing_checker",
    ),
)
NAV = (
    NavEntry(
        "checker",
        _("Writing checker"),
        group="tools",
        order=10,
        blurb=_(
            "Paste a reference letter, a review or a job ad and see which words research "
            "links to gender bias, with a better wording for each."
        ),
        action=_("Try the writing checker"),
    ),
)
ENDPOINTS = (
    Endpoint(
        "api/v1/check",
        "allykit.writing_checker.api.check_api",
        "api-check",
        openapi="allykit.writing_checker.openapi.FRAGMENT",
    ),
)
COMMANDS = (
    Command(
        "check",
        "allykit.wordcheck.cli:main",
        "FILE|-",
        "check a text for biased wording (see `allykit check --help`)",
    ),
)
