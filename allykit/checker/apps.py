from django.apps import AppConfig


class CheckerConfig(AppConfig):
    name = "allykit.checker"
    label = "checker"
