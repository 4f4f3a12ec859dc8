from pathlib import Path

from django.apps import AppConfig, apps
from django.conf import settings


class ToolkitConfig(AppConfig):
    name = "allykit.toolkit"
    label = "toolkit"
    verbose_name = "Toolkit pages"

    def ready(self):
        from allykit.messages import compile_catalogues

        # Catalogues are compiled at start-up so a fresh checkout needs no system gettext.
        dirs = [Path(p) for p in settings.LOCALE_PATHS]
        dirs += [Path(app.path) / "locale" for app in apps.get_app_configs()]
        for locale_dir in dirs:
            if locale_dir.is_dir() and str(locale_dir).startswith(str(settings.BASE_DIR)):
                compile_catalogues(locale_dir)
