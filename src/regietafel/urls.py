from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from regietafel.web import cyclus as cyclus_web
from regietafel.web import dashboard, gemeenten, locaties, oplossen, rapporten, regels, views
from regietafel.web import importeren as importeren_web
from regietafel.web import overleggen as overleggen_web
from regietafel.web import verdelingen as verdelingen_web

urlpatterns = [
    path("", views.puzzel_pagina, name="puzzel"),
    path("bonus/", regels.bonus_pagina, name="bonus"),
    path("bijlage1/", regels.bijlage1_pagina, name="bijlage1"),
    path("gemeenten/<str:cbs_code>/", gemeenten.gemeente_pagina, name="gemeente"),
    path(
        "gemeenten/<str:cbs_code>/aanbod/<int:pk>/",
        gemeenten.aanbod_wijzigen,
        name="aanbod-wijzigen",
    ),
    path("gemeenten/<str:cbs_code>/locaties/nieuw/", locaties.nieuw, name="locatie-nieuw"),
    path("locaties/", locaties.register, name="locaties"),
    path("locaties/<int:pk>/bewerken/", locaties.bewerken, name="locatie-bewerken"),
    path("locaties/<int:pk>/beeindigen/", locaties.beeindigen, name="locatie-beeindigen"),
    path("oplossen/", oplossen.oplossen_pagina, name="oplossen"),
    path("oplossen/vergelijken/", oplossen.scenario_vergelijken, name="scenario-vergelijken"),
    path(
        "oplossen/scenarios/<int:pk>/concept/",
        oplossen.scenario_naar_concept,
        name="scenario-concept",
    ),
    path("dashboard/", dashboard.dashboard_pagina, name="dashboard"),
    path("capaciteit/", dashboard.capaciteit_pagina, name="capaciteit"),
    path("oekraine/", dashboard.oekraine_pagina, name="oekraine"),
    path("statushouders/", dashboard.statushouders_pagina, name="statushouders"),
    path(
        "statushouders/<str:periode>/<str:cbs_code>/",
        dashboard.statushouders_invoer,
        name="statushouders-invoer",
    ),
    path("rapporten/", rapporten.rapporten_pagina, name="rapporten"),
    path("rapporten/teksten/", rapporten.verslagteksten_pagina, name="verslagteksten"),
    path("rapporten/aanvragen/", rapporten.aanvragen, name="rapport-aanvragen"),
    path("rapporten/<uuid:pk>/", rapporten.opdracht_pagina, name="rapport-opdracht"),
    path("rapporten/<uuid:pk>/downloaden/", rapporten.downloaden, name="rapport-downloaden"),
    # Running the cycle (issue 6): route map, consultation, versions, PRT meetings.
    path("cyclus/", cyclus_web.cyclus_pagina, name="cyclus"),
    path("cyclus/stappen/<int:pk>/", cyclus_web.stap_wijzigen, name="routekaart-stap"),
    path("consultatie/", cyclus_web.consultatie_pagina, name="consultatie"),
    path(
        "consultatie/<str:cbs_code>/",
        cyclus_web.consultatie_antwoord,
        name="consultatie-antwoord",
    ),
    path("verdelingen/", verdelingen_web.verdelingen_pagina, name="verdelingen"),
    path(
        "verdelingen/vergelijken/",
        verdelingen_web.verdelingen_vergelijken,
        name="verdelingen-vergelijken",
    ),
    path("verdelingen/<int:pk>/", verdelingen_web.verdeling_pagina, name="verdeling"),
    path(
        "verdelingen/<int:pk>/bewerken/",
        verdelingen_web.verdeling_bewerken,
        name="verdeling-bewerken",
    ),
    path(
        "verdelingen/<int:pk>/bekrachtigen/",
        verdelingen_web.verdeling_bekrachtigen,
        name="verdeling-bekrachtigen",
    ),
    path("overleggen/", overleggen_web.overleggen_pagina, name="overleggen"),
    path("overleggen/<int:pk>/", overleggen_web.overleg_pagina, name="overleg"),
    path(
        "overleggen/<int:pk>/actielijst.docx",
        overleggen_web.actielijst_download,
        name="actielijst-docx",
    ),
    path("acties/<int:pk>/status/", overleggen_web.actie_status, name="actie-status"),
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("importeren/", importeren_web.importeren_pagina, name="importeren"),
    path("importeren/bevestigen/", importeren_web.bevestigen, name="import-bevestigen"),
    path("api/v1/", include("regietafel.api.urls")),
    path("admin/", admin.site.urls),
]
