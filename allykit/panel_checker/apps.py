from django.apps import AppConfig


class PanelCheckerConfig(AppConfig):
    """The panel checker's web pages and API (the engine is allykit.panelaudit)."""

    name = "allykit.panel_checker"
    label = "panel_checker"
