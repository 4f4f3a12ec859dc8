from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "allykit.practice"
    label = "practice"
    verbose_name = "Practice and workshops"
    default_auto_field = "django.db.models.BigAutoField"
