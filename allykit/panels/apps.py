from django.apps import AppConfig


class PanelsConfig(AppConfig):
    name = "allykit.panels"
    label = "panels"
