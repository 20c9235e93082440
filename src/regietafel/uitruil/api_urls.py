"""API routes (below /api/v1/) of exchanges between municipalities."""

from django.urls import path

from regietafel.uitruil import api

urlpatterns = [
    path("uitruilen", api.UitruilLijst.as_view(), name="api-uitruilen"),
    path("uitruilen/<int:pk>", api.UitruilDetail.as_view(), name="api-uitruil"),
    path(
        "uitruilen/<int:pk>/bevestiging",
        api.UitruilBevestiging.as_view(),
        name="api-uitruil-bevestiging",
    ),
]
