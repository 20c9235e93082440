"""API routes (below /api/v1/) of running the cycle (issue 19): route maps, consultations
and distribution versions.
"""

from django.urls import path, re_path

from regietafel.cycli import api

urlpatterns = [
    path("routekaarten/<slug:code>", api.RoutekaartDetail.as_view(), name="api-routekaart"),
    path("consultaties/<slug:code>", api.ConsultatieDetail.as_view(), name="api-consultatie"),
    re_path(
        r"^consultaties/(?P<code>[-a-zA-Z0-9_]+)/antwoorden/(?P<cbsCode>[A-Za-z0-9]{1,10})$",
        api.AntwoordDetail.as_view(),
        name="api-consultatie-antwoord",
    ),
    path("verdelingsversies", api.VerdelingsversieLijst.as_view(), name="api-verdelingsversies"),
    path(
        "verdelingsversies/<int:pk>",
        api.VerdelingsversieDetail.as_view(),
        name="api-verdelingsversie",
    ),
]
