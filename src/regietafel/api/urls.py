"""/api/v1/: plural Dutch resource names, no trailing slashes (NL API Design Rules)."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from regietafel.api import views
from regietafel.bronnen import api as bronnen
from regietafel.cycli import api as cyclus_api
from regietafel.dashboard import api as dashboard_api
from regietafel.herramingen import api as herramingen
from regietafel.landelijk import api as landelijk
from regietafel.overleggen import api as overleggen_api
from regietafel.puzzel import api as puzzel_api
from regietafel.puzzel import bonus_api as bonus
from regietafel.puzzel import pijplijn_api as pijplijn
from regietafel.scenarios import api as scenarios_api
from regietafel.statushouders import toezicht_api as toezicht
from regietafel.uitruil import api as uitruil
from regietafel.verdeelbesluiten import api as verdeelbesluiten
from regietafel.verslagen import api as rapporten_api

urlpatterns = [
    path("provincies", views.ProvincieLijst.as_view(), name="api-provincies"),
    path("provincies/<slug:code>", views.ProvincieDetail.as_view(), name="api-provincie"),
    path("gemeenten", views.GemeenteLijst.as_view(), name="api-gemeenten"),
    re_path(
        r"^gemeenten/(?P<cbsCode>[A-Za-z0-9]{1,10})$",
        views.GemeenteDetail.as_view(),
        name="api-gemeente",
    ),
    path("cycli", views.CyclusLijst.as_view(), name="api-cycli"),
    re_path(r"^cycli/(?P<naam>[0-9-]{1,20})$", views.CyclusDetail.as_view(), name="api-cyclus"),
    path("opgaven", views.OpgaveLijst.as_view(), name="api-opgaven"),
    path("aanbod", views.AanbodLijst.as_view(), name="api-aanbod"),
    path("aanbod/<int:pk>", views.AanbodDetail.as_view(), name="api-aanbod-detail"),
    path("locaties", views.LocatieLijst.as_view(), name="api-locaties"),
    path("locaties/<int:pk>", views.LocatieDetail.as_view(), name="api-locatie"),
    path("importen", views.ImportLijst.as_view(), name="api-importen"),
    path("herramingen", herramingen.HerramingLijst.as_view(), name="api-herramingen"),
    path("locaties/<int:pk>/fasen", pijplijn.LocatieFasen.as_view(), name="api-locatie-fasen"),
    path("realisaties/<slug:code>", pijplijn.RealisatieDetail.as_view(), name="api-realisatie"),
    path("bronnen", bronnen.BronnenLijst.as_view(), name="api-bronnen"),
    path("bonussen/<slug:code>", bonus.BonusDetail.as_view(), name="api-bonus"),
    path(
        "toezichtladders/<slug:code>",
        toezicht.ToezichtladderDetail.as_view(),
        name="api-toezichtladder",
    ),
    path(
        "verdeelbesluiten/<slug:code>",
        verdeelbesluiten.VerdeelbesluitDetail.as_view(),
        name="api-verdeelbesluit",
    ),
    path("uitruilen", uitruil.UitruilLijst.as_view(), name="api-uitruilen"),
    path("uitruilen/<int:pk>", uitruil.UitruilDetail.as_view(), name="api-uitruil"),
    path(
        "uitruilen/<int:pk>/bevestiging",
        uitruil.UitruilBevestiging.as_view(),
        name="api-uitruil-bevestiging",
    ),
    # The figures of the web pages (issue 19): api/puzzel.py, api/dashboard.py.
    path("puzzels/<slug:code>", puzzel_api.PuzzelDetail.as_view(), name="api-puzzel"),
    path("bijlagen1/<slug:code>", puzzel_api.Bijlage1Detail.as_view(), name="api-bijlage1"),
    path("capaciteit/<slug:code>", dashboard_api.CapaciteitDetail.as_view(), name="api-capaciteit"),
    path("oekraine/<slug:code>", dashboard_api.OekraineDetail.as_view(), name="api-oekraine"),
    path(
        "statushouders/<slug:code>",
        dashboard_api.StatushoudersDetail.as_view(),
        name="api-statushouders",
    ),
    # Running the cycle (issue 19): api/cyclus.py, api/overleggen.py.
    path("routekaarten/<slug:code>", cyclus_api.RoutekaartDetail.as_view(), name="api-routekaart"),
    path(
        "consultaties/<slug:code>", cyclus_api.ConsultatieDetail.as_view(), name="api-consultatie"
    ),
    re_path(
        r"^consultaties/(?P<code>[-a-zA-Z0-9_]+)/antwoorden/(?P<cbsCode>[A-Za-z0-9]{1,10})$",
        cyclus_api.AntwoordDetail.as_view(),
        name="api-consultatie-antwoord",
    ),
    path(
        "verdelingsversies",
        cyclus_api.VerdelingsversieLijst.as_view(),
        name="api-verdelingsversies",
    ),
    path(
        "verdelingsversies/<int:pk>",
        cyclus_api.VerdelingsversieDetail.as_view(),
        name="api-verdelingsversie",
    ),
    path("overleggen", overleggen_api.OverlegLijst.as_view(), name="api-overleggen"),
    path("overleggen/<int:pk>", overleggen_api.OverlegDetail.as_view(), name="api-overleg"),
    path(
        "overleggen/<int:pk>/acties",
        overleggen_api.OverlegActies.as_view(),
        name="api-overleg-acties",
    ),
    path("acties/<int:pk>", overleggen_api.ActieDetail.as_view(), name="api-actie"),
    # The solver and the documents (issue 19): api/scenarios.py, api/rapporten.py.
    path("scenarios", scenarios_api.ScenarioLijst.as_view(), name="api-scenarios"),
    path("rapportopdrachten", rapporten_api.OpdrachtLijst.as_view(), name="api-rapportopdrachten"),
    path(
        "rapportopdrachten/<uuid:pk>",
        rapporten_api.OpdrachtDetail.as_view(),
        name="api-rapportopdracht",
    ),
    path(
        "rapportopdrachten/<uuid:pk>/bestand",
        rapporten_api.OpdrachtBestand.as_view(),
        name="api-rapportopdracht-bestand",
    ),
    path(
        "landelijke-overzichten",
        landelijk.LandelijkOverzicht.as_view(),
        name="api-landelijk-overzicht",
    ),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="api-openapi"),
    # The split view serves Swagger UI's start script from a URL, as the CSP has no inline
    # scripts; the page's own template gives its <style> the nonce.
    path(
        "docs",
        SpectacularSwaggerSplitView.as_view(
            url_name="api-openapi", template_name="regietafel/api_docs.html"
        ),
        name="api-docs",
    ),
]
