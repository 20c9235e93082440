"""/api/v1/: plural Dutch resource names, no trailing slashes (NL API Design Rules).

The shared resources are routed here; every feature routes its own in its api_urls.py.
"""

from django.apps import apps
from django.urls import URLResolver, include, path, re_path
from django.utils.module_loading import module_has_submodule
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from regietafel.api import views


def _feature_routes() -> list[URLResolver]:
    """Every installed feature's api_urls.py, in the order of INSTALLED_APPS."""
    return [
        path("", include(f"{feature.name}.api_urls"))
        for feature in apps.get_app_configs()
        if module_has_submodule(feature.module, "api_urls")
    ]


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
    *_feature_routes(),
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
