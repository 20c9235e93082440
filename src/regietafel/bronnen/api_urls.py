"""API routes (below /api/v1/) of the sources."""

from django.urls import path

from regietafel.bronnen import api

urlpatterns = [
    path("bronnen", api.BronnenLijst.as_view(), name="api-bronnen"),
]
