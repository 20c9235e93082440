"""API routes (below /api/v1/) of the PRT meetings and their actions (issue 19)."""

from django.urls import path

from regietafel.overleggen import api

urlpatterns = [
    path("overleggen", api.OverlegLijst.as_view(), name="api-overleggen"),
    path("overleggen/<int:pk>", api.OverlegDetail.as_view(), name="api-overleg"),
    path("overleggen/<int:pk>/acties", api.OverlegActies.as_view(), name="api-overleg-acties"),
    path("acties/<int:pk>", api.ActieDetail.as_view(), name="api-actie"),
]
