from django.apps import AppConfig


class GebruikersConfig(AppConfig):
    name = "regietafel.gebruikers"
    verbose_name = "Gebruikers en rollen"
