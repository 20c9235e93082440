from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from regietafel.berichten import views as berichten_web
from regietafel.bronnen import views as bronnen_web
from regietafel.consultatie import brieven_views as consultatiebrieven
from regietafel.cycli import invoer_views as invoer_web
from regietafel.cycli import views as cyclus_web
from regietafel.dashboard import mijn_gemeente_views as mijn_gemeente_web
from regietafel.dashboard import views as dashboard
from regietafel.herramingen import views as herramingen_web
from regietafel.importen import gegevensbestand_views as gegevensbestand_web
from regietafel.importen import views as importeren_web
from regietafel.landelijk import views as landelijk_web
from regietafel.locaties import views as locaties
from regietafel.noodopvang import views as noodopvang_web
from regietafel.oekraine import goo_views as goo_web
from regietafel.opgaven import views as gemeenten
from regietafel.overleggen import views as overleggen_web
from regietafel.provincies import views as provincies_web
from regietafel.publicaties import views as publicatie_web
from regietafel.puzzel import oplossen_views as oplossen
from regietafel.puzzel import pijplijn_views as pijplijn_web
from regietafel.puzzel import regels_views as regels
from regietafel.puzzel import views
from regietafel.statushouders import toezicht_views as toezicht_web
from regietafel.statushouders import views as statushouders_web
from regietafel.uitruil import views as uitruil_web
from regietafel.verdeelbesluiten import views as verdeelbesluiten_web
from regietafel.verdelingen import views as verdelingen_web
from regietafel.verslagen import views as rapporten

urlpatterns = [
    path("", views.puzzel_pagina, name="puzzel"),
    path("bonus/", regels.bonus_pagina, name="bonus"),
    path("bijlage1/", regels.bijlage1_pagina, name="bijlage1"),
    path("bronnen/", bronnen_web.bronnen_pagina, name="bronnen"),
    path("gemeenten/<str:cbs_code>/", gemeenten.gemeente_pagina, name="gemeente"),
    path(
        "gemeenten/<str:cbs_code>/aanbod/<int:pk>/",
        gemeenten.aanbod_wijzigen,
        name="aanbod-wijzigen",
    ),
    path("gemeenten/<str:cbs_code>/aanbod/nieuw/", gemeenten.aanbod_nieuw, name="aanbod-nieuw"),
    path("gemeenten/<str:cbs_code>/locaties/nieuw/", locaties.nieuw, name="locatie-nieuw"),
    path("locaties/", locaties.register, name="locaties"),
    path("locaties/<int:pk>/bewerken/", locaties.bewerken, name="locatie-bewerken"),
    path("locaties/<int:pk>/beeindigen/", locaties.beeindigen, name="locatie-beeindigen"),
    # The location pipeline and realisation timing (issue 11).
    path("locaties/<int:pk>/fasen/", pijplijn_web.locatie_fasen, name="locatie-fasen"),
    path("realisatie/", pijplijn_web.realisatie_pagina, name="realisatie"),
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
    # GOO locations and half years of status holders (issue 15).
    path("oekraine/goo/nieuw/", goo_web.nieuw, name="goo-nieuw"),
    path("oekraine/goo/<int:pk>/", goo_web.bewerken, name="goo-bewerken"),
    path("oekraine/goo/<int:pk>/verwijderen/", goo_web.verwijderen, name="goo-verwijderen"),
    path("statushouders/", dashboard.statushouders_pagina, name="statushouders"),
    path("statushouders/halfjaar/", statushouders_web.halfjaar, name="statushouders-halfjaar"),
    path(
        "statushouders/<str:periode>/<str:cbs_code>/",
        dashboard.statushouders_invoer,
        name="statushouders-invoer",
    ),
    # The status-holder supervision ladder (issue 11).
    path("toezicht/ladder/", toezicht_web.toezichtladder_pagina, name="toezichtladder"),
    path(
        "toezicht/gemeenten/<str:cbs_code>/",
        toezicht_web.toezicht_gemeente,
        name="toezicht-gemeente",
    ),
    # The minister's verdeelbesluit and the supervision of the asylum task (issue 16).
    path("verdeelbesluit/", verdeelbesluiten_web.verdeelbesluit_pagina, name="verdeelbesluit"),
    path(
        "verdeelbesluit/vastleggen/",
        verdeelbesluiten_web.verdeelbesluit_vastleggen,
        name="verdeelbesluit-vastleggen",
    ),
    path("rapporten/", rapporten.rapporten_pagina, name="rapporten"),
    path("rapporten/teksten/", rapporten.verslagteksten_pagina, name="verslagteksten"),
    path("rapporten/aanvragen/", rapporten.aanvragen, name="rapport-aanvragen"),
    path("rapporten/<uuid:pk>/", rapporten.opdracht_pagina, name="rapport-opdracht"),
    path("rapporten/<uuid:pk>/downloaden/", rapporten.downloaden, name="rapport-downloaden"),
    path("rapporten/<uuid:pk>/opnieuw/", rapporten.opnieuw, name="rapport-opnieuw"),
    # The report and the puzzle of a published cycle, for everyone (issue 17).
    path(
        "gepubliceerd/<str:provincie>/<str:cyclus>/<str:bestand>",
        rapporten.gepubliceerd_downloaden,
        name="gepubliceerd-downloaden",
    ),
    # Running the cycle (issue 6): route map, consultation, versions, PRT meetings.
    path("cyclus/", cyclus_web.cyclus_pagina, name="cyclus"),
    path("cyclus/publiceren/", publicatie_web.publiceren, name="cyclus-publiceren"),
    path("cyclus/invoer/", invoer_web.invoer_pagina, name="cyclus-invoer"),
    path("cyclus/stappen/<int:pk>/", cyclus_web.stap_wijzigen, name="routekaart-stap"),
    path("consultatie/", cyclus_web.consultatie_pagina, name="consultatie"),
    path(
        "consultatie/brieven/", consultatiebrieven.consultatie_brieven, name="consultatie-brieven"
    ),
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
    path(
        "overleggen/<int:pk>/<str:soort>/<int:item_pk>/",
        overleggen_web.overleg_item,
        name="overleg-item",
    ),
    path("acties/<int:pk>/status/", overleggen_web.actie_status, name="actie-status"),
    # Exchanges between municipalities (issue 11).
    path("uitruil/", uitruil_web.uitruil_pagina, name="uitruilen"),
    path("uitruil/<int:pk>/bevestigen/", uitruil_web.uitruil_bevestigen, name="uitruil-bevestigen"),
    path(
        "uitruil/<int:pk>/bekrachtigen/",
        uitruil_web.uitruil_bekrachtigen,
        name="uitruil-bekrachtigen",
    ),
    # Mijn gemeente and e-mail (issue 18).
    path("mijn-gemeente/", mijn_gemeente_web.mijn_gemeente_pagina, name="mijn-gemeente"),
    path("berichten/", berichten_web.berichten_pagina, name="berichten"),
    path("berichten/adressen/", berichten_web.provincie_adressen, name="provincie-adressen"),
    path(
        "gemeenten/<str:cbs_code>/contactadressen/",
        berichten_web.gemeente_adressen,
        name="gemeente-adressen",
    ),
    path(
        "overleggen/<int:pk>/versturen/",
        berichten_web.actielijst_versturen,
        name="actielijst-versturen",
    ),
    path("inloggen/", mijn_gemeente_web.Inloggen.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("importeren/", importeren_web.importeren_pagina, name="importeren"),
    path("importeren/bevestigen/", importeren_web.bevestigen, name="import-bevestigen"),
    path("importeren/sjabloon/<str:soort>/", importeren_web.sjabloon, name="import-sjabloon"),
    path("importeren/provincie/", provincies_web.provincie_nieuw, name="provincie-nieuw"),
    path(
        "importeren/gegevensbestand/",
        gegevensbestand_web.gegevensbestand_pagina,
        name="gegevensbestand",
    ),
    path(
        "importeren/gegevensbestand/bevestigen/",
        gegevensbestand_web.gegevensbestand_bevestigen,
        name="gegevensbestand-bevestigen",
    ),
    path("herramingen/", herramingen_web.herramingen_pagina, name="herramingen"),
    path("herramingen/bevestigen/", herramingen_web.bevestigen, name="herraming-bevestigen"),
    path(
        "herramingen/vergelijken/",
        herramingen_web.herramingen_vergelijken,
        name="herramingen-vergelijken",
    ),
    # The national overview and the reserve emergency places (issue 16, ADR 0016).
    path("landelijk/", landelijk_web.landelijk_pagina, name="landelijk"),
    path("noodopvang/", noodopvang_web.register_pagina, name="noodopvang"),
    path("noodopvang/nieuw/", noodopvang_web.nieuw, name="noodopvang-nieuw"),
    path("noodopvang/<int:pk>/", noodopvang_web.bewerken, name="noodopvang-bewerken"),
    path("api/v1/", include("regietafel.api.urls")),
    path("admin/", admin.site.urls),
]
