from django.apps import AppConfig


class RoutekaartConfig(AppConfig):
    name = "regietafel.routekaart"
    verbose_name = "Routekaart"
    default_auto_field = "django.db.models.BigAutoField"
