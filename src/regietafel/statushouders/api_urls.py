"""API routes (below /api/v1/) of the supervision ladder."""

from django.urls import path

from regietafel.statushouders import toezicht_api as toezicht

urlpatterns = [
    path(
        "toezichtladders/<slug:code>",
        toezicht.ToezichtladderDetail.as_view(),
        name="api-toezichtladder",
    ),
]
