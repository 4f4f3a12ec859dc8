"""WSGI entry point; loads and validates the content before serving anything."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
application = get_wsgi_application()

from allykit.search import index  # noqa: E402 - needs Django set up first
from allykit.toolkit.site import get_site  # noqa: E402

# Parse the content before the first request (and, with gunicorn's preload, before the workers
# fork, so they share it). The search index too, unless `allykit serve` is building it in a
# child process already (allykit/delivery/startup.py); its workers then read that copy.
get_site()
if not index.is_built_elsewhere():
    index.get_index()
