"""The pages of the minister's verdeelbesluit (issue 16)."""

from django.urls import path

from regietafel.verdeelbesluiten import views

urlpatterns = [
    path("verdeelbesluit/", views.verdeelbesluit_pagina, name="verdeelbesluit"),
    path(
        "verdeelbesluit/vastleggen/",
        views.verdeelbesluit_vastleggen,
        name="verdeelbesluit-vastleggen",
    ),
]
