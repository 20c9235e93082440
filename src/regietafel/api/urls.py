"""/api/v1/: plural Dutch resource names, no trailing slashes (NL API Design Rules)."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from regietafel.api import (
    bonus,
    bronnen,
    herramingen,
    landelijk,
    pijplijn,
    toezicht,
    uitruil,
    views,
)

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
    path("uitruilen", uitruil.UitruilLijst.as_view(), name="api-uitruilen"),
    path("uitruilen/<int:pk>", uitruil.UitruilDetail.as_view(), name="api-uitruil"),
    path(
        "uitruilen/<int:pk>/bevestiging",
        uitruil.UitruilBevestiging.as_view(),
        name="api-uitruil-bevestiging",
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
