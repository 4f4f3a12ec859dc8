"""Registration of the delivery app (see allykit/registry.py): the service worker at the root,
so that its scope is the whole site, and the static export's command."""

from allykit.registry import Command, Endpoint

ENDPOINTS = (Endpoint("sw.js", "allykit.delivery.views.service_worker", "service-worker"),)

COMMANDS = (
    Command(
        "export-static",
        "allykit.delivery.cli:main",
        "DIR [--base-url URL] [--server-url URL]",
        "write the public site as static files, with search (see `--help`)",
    ),
)
