from django.apps import AppConfig


class LocatiesConfig(AppConfig):
    name = "regietafel.locaties"
    verbose_name = "Opvanglocaties"
