"""WSGI entry point; loads and validates the content before serving anything."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402 - needs Django set up first

from allykit.delivery.front_cache import FrontCache  # noqa: E402
from allykit.delivery.version import site_version  # noqa: E402
from allykit.search import index  # noqa: E402
from allykit.toolkit import site  # noqa: E402

# Parse the content before the first request (and, with gunicorn's preload, before the workers
# fork, so they share it), and the content's version that every public page's validators
# carry. The search index too, unless `allykit serve` is building it in a child process
# already (allykit/delivery/startup.py); its workers then read that copy.
site.get_site()
site_version()
if not index.is_built_elsewhere():
    index.get_index()

# Public pages' finished responses are served from memory before Django runs (decision 1602).
application = FrontCache(
    django_application,
    current_site=site.get_site.peek,
    personal_cookies=(settings.SESSION_COOKIE_NAME, "messages"),
)
