"""The pages of the re-estimates."""

from django.urls import path

from regietafel.herramingen import views

urlpatterns = [
    path("herramingen/", views.herramingen_pagina, name="herramingen"),
    path("herramingen/bevestigen/", views.bevestigen, name="herraming-bevestigen"),
    path("herramingen/vergelijken/", views.herramingen_vergelijken, name="herramingen-vergelijken"),
]
