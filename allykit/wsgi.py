"""WSGI entry point; loads and validates the content before serving anything."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
application = get_wsgi_application()

from allykit.toolkit.site import get_site  # noqa: E402 - needs Django set up first

get_site()
