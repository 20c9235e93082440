"""API routes (below /api/v1/) of the report jobs and their files (issue 19)."""

from django.urls import path

from regietafel.verslagen import api

urlpatterns = [
    path("rapportopdrachten", api.OpdrachtLijst.as_view(), name="api-rapportopdrachten"),
    path("rapportopdrachten/<uuid:pk>", api.OpdrachtDetail.as_view(), name="api-rapportopdracht"),
    path(
        "rapportopdrachten/<uuid:pk>/bestand",
        api.OpdrachtBestand.as_view(),
        name="api-rapportopdracht-bestand",
    ),
]
