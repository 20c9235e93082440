"""The pages of e-mail (issue 18): messages, addresses and sending the action list."""

from django.urls import path

from regietafel.berichten import views

urlpatterns = [
    path("berichten/", views.berichten_pagina, name="berichten"),
    path("berichten/adressen/", views.provincie_adressen, name="provincie-adressen"),
    path(
        "gemeenten/<str:cbs_code>/contactadressen/",
        views.gemeente_adressen,
        name="gemeente-adressen",
    ),
    path("overleggen/<int:pk>/versturen/", views.actielijst_versturen, name="actielijst-versturen"),
]
