"""API routes (below /api/v1/) of the solver's scenarios (issue 19)."""

from django.urls import path

from regietafel.scenarios import api

urlpatterns = [
    path("scenarios", api.ScenarioLijst.as_view(), name="api-scenarios"),
]
