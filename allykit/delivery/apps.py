from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "allykit.delivery"
    label = "delivery"
    verbose_name = "Delivery"
