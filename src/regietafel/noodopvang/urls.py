"""The pages of the reserve emergency places (issue 16, ADR 0016)."""

from django.urls import path

from regietafel.noodopvang import views

urlpatterns = [
    path("noodopvang/", views.register_pagina, name="noodopvang"),
    path("noodopvang/nieuw/", views.nieuw, name="noodopvang-nieuw"),
    path("noodopvang/<int:pk>/", views.bewerken, name="noodopvang-bewerken"),
]
