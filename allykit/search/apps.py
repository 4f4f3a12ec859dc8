from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "allykit.search"
    label = "search"
