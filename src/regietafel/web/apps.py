from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "regietafel.web"
    verbose_name = "Webapplicatie"
