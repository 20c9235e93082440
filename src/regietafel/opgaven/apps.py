from django.apps import AppConfig


class OpgavenConfig(AppConfig):
    name = "regietafel.opgaven"
    verbose_name = "Opgaven en aanbod"
