"""The pages of the sources."""

from django.urls import path

from regietafel.bronnen import views

urlpatterns = [
    path("bronnen/", views.bronnen_pagina, name="bronnen"),
]
