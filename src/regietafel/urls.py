"""The root URL table: every feature's pages (its urls.py), the API and the admin."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

# Order matters where routes overlap: consultatie's "consultatie/brieven/" before cycli's
# "consultatie/<str:cbs_code>/".
FEATURES = (
    "puzzel",
    "bronnen",
    "opgaven",
    "locaties",
    "dashboard",
    "oekraine",
    "statushouders",
    "verdeelbesluiten",
    "verslagen",
    "publicaties",
    "consultatie",
    "cycli",
    "verdelingen",
    "overleggen",
    "uitruil",
    "berichten",
    "importen",
    "provincies",
    "herramingen",
    "landelijk",
    "noodopvang",
)

urlpatterns = [
    *(path("", include(f"regietafel.{feature}.urls")) for feature in FEATURES),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/v1/", include("regietafel.api.urls")),
    path("admin/", admin.site.urls),
]
