"""API routes (below /api/v1/) of the re-estimates."""

from django.urls import path

from regietafel.herramingen import api

urlpatterns = [
    path("herramingen", api.HerramingLijst.as_view(), name="api-herramingen"),
]
