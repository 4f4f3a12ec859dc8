from django.apps import AppConfig
from django.conf import settings


class ToolkitConfig(AppConfig):
    name = "allykit.toolkit"
    label = "toolkit"
    verbose_name = "Toolkit pages"

    def ready(self):
        from allykit.messages import compile_catalogues

        for locale_dir in settings.LOCALE_PATHS:
            compile_catalogues(locale_dir)
