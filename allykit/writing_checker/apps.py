from django.apps import AppConfig


class WritingCheckerConfig(AppConfig):
    """The writing checker's web pages and API (the engine is allykit.wordcheck)."""

    name = "allykit.writing_checker"
    label = "writing_checker"

    def ready(self):
        from allykit.wordcheck import warm

        warm()  # word lists, catalogue and upload readers, once, before forking (preload_app)
