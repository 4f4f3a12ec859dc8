from django.apps import AppConfig


class CheckerConfig(AppConfig):
    name = "allykit.checker"
    label = "checker"

    def ready(self):
        from allykit.wordcheck import warm

        warm()  # compile the word lists once, before the first request (and before forking)
