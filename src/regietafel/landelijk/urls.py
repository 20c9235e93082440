"""The pages of the national overview (issue 16, ADR 0016)."""

from django.urls import path

from regietafel.landelijk import views

urlpatterns = [
    path("landelijk/", views.landelijk_pagina, name="landelijk"),
]
