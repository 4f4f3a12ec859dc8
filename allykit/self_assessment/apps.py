from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfAssessmentConfig(AppConfig):
    name = "allykit.self_assessment"
    label = "self_assessment"
    verbose_name = _("Self-assessment")
