from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "allykit.contact"
    label = "contact"
    verbose_name = _("Contact and feedback")

    def ready(self):
        from . import filemodes, lockout  # noqa: F401 - connect their signal receivers
