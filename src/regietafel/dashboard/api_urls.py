"""API routes (below /api/v1/) of the figures of the dashboards (issue 19)."""

from django.urls import path

from regietafel.dashboard import api

urlpatterns = [
    path("capaciteit/<slug:code>", api.CapaciteitDetail.as_view(), name="api-capaciteit"),
    path("oekraine/<slug:code>", api.OekraineDetail.as_view(), name="api-oekraine"),
    path("statushouders/<slug:code>", api.StatushoudersDetail.as_view(), name="api-statushouders"),
]
