"""WSGI entry point; loads and validates the content before serving anything."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
application = get_wsgi_application()

from allykit.search.index import get_index  # noqa: E402 - needs Django set up first
from allykit.toolkit.site import get_site  # noqa: E402

# Parse the content and build the search index before the first request (and, with gunicorn's
# preload, before the workers fork, so they share both).
get_site()
get_index()
