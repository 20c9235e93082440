"""API routes (below /api/v1/) of the national overview."""

from django.urls import path

from regietafel.landelijk import api

urlpatterns = [
    path(
        "landelijke-overzichten", api.LandelijkOverzicht.as_view(), name="api-landelijk-overzicht"
    ),
]
