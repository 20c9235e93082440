"""API routes (below /api/v1/) of the verdeelbesluit."""

from django.urls import path

from regietafel.verdeelbesluiten import api

urlpatterns = [
    path(
        "verdeelbesluiten/<slug:code>",
        api.VerdeelbesluitDetail.as_view(),
        name="api-verdeelbesluit",
    ),
]
