"""The pages of half years of status holders (issue 15) and the supervision ladder (issue 11)."""

from django.urls import path

from regietafel.statushouders import toezicht_views as toezicht
from regietafel.statushouders import views

urlpatterns = [
    path("statushouders/halfjaar/", views.halfjaar, name="statushouders-halfjaar"),
    path("toezicht/ladder/", toezicht.toezichtladder_pagina, name="toezichtladder"),
    path(
        "toezicht/gemeenten/<str:cbs_code>/", toezicht.toezicht_gemeente, name="toezicht-gemeente"
    ),
]
