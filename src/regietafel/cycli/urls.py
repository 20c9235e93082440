"""The pages of running the cycle (issue 6): route map, input and consultation."""

from django.urls import path

from regietafel.cycli import invoer_views as invoer
from regietafel.cycli import views

urlpatterns = [
    path("cyclus/", views.cyclus_pagina, name="cyclus"),
    path("cyclus/invoer/", invoer.invoer_pagina, name="cyclus-invoer"),
    path("cyclus/volgende/", views.volgende_cyclus, name="cyclus-volgende"),
    path("cyclus/stappen/<int:pk>/", views.stap_wijzigen, name="routekaart-stap"),
    path("consultatie/", views.consultatie_pagina, name="consultatie"),
    path("consultatie/<str:cbs_code>/", views.consultatie_antwoord, name="consultatie-antwoord"),
]
