"""The pages of the versions of the distribution."""

from django.urls import path

from regietafel.verdelingen import views

urlpatterns = [
    path("verdelingen/", views.verdelingen_pagina, name="verdelingen"),
    path("verdelingen/vergelijken/", views.verdelingen_vergelijken, name="verdelingen-vergelijken"),
    path("verdelingen/<int:pk>/", views.verdeling_pagina, name="verdeling"),
    path("verdelingen/<int:pk>/bewerken/", views.verdeling_bewerken, name="verdeling-bewerken"),
    path(
        "verdelingen/<int:pk>/bekrachtigen/",
        views.verdeling_bekrachtigen,
        name="verdeling-bekrachtigen",
    ),
]
