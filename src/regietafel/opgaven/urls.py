"""The pages of a municipality and its offers."""

from django.urls import path

from regietafel.opgaven import views

urlpatterns = [
    path("gemeenten/<str:cbs_code>/", views.gemeente_pagina, name="gemeente"),
    path(
        "gemeenten/<str:cbs_code>/aanbod/<int:pk>/", views.aanbod_wijzigen, name="aanbod-wijzigen"
    ),
    path("gemeenten/<str:cbs_code>/aanbod/nieuw/", views.aanbod_nieuw, name="aanbod-nieuw"),
]
