from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "allykit.contact"
    label = "contact"
