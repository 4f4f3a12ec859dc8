from django.apps import AppConfig


class ActionPlanConfig(AppConfig):
    name = "allykit.action_plan"
    label = "action_plan"
    verbose_name = "Action plan"
    default_auto_field = "django.db.models.BigAutoField"
