"""The pages of the dashboards and Mijn gemeente, and logging in."""

from django.urls import path

from regietafel.dashboard import mijn_gemeente_views as mijn_gemeente
from regietafel.dashboard import views

urlpatterns = [
    path("dashboard/", views.dashboard_pagina, name="dashboard"),
    path("capaciteit/", views.capaciteit_pagina, name="capaciteit"),
    path("oekraine/", views.oekraine_pagina, name="oekraine"),
    path("statushouders/", views.statushouders_pagina, name="statushouders"),
    path(
        "statushouders/<str:periode>/<str:cbs_code>/",
        views.statushouders_invoer,
        name="statushouders-invoer",
    ),
    # Mijn gemeente (issue 18).
    path("mijn-gemeente/", mijn_gemeente.mijn_gemeente_pagina, name="mijn-gemeente"),
    path("inloggen/", mijn_gemeente.Inloggen.as_view(), name="login"),
]
