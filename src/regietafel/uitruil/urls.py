"""The pages of exchanges between municipalities (issue 11)."""

from django.urls import path

from regietafel.uitruil import views

urlpatterns = [
    path("uitruil/", views.uitruil_pagina, name="uitruilen"),
    path("uitruil/<int:pk>/bevestigen/", views.uitruil_bevestigen, name="uitruil-bevestigen"),
    path("uitruil/<int:pk>/bekrachtigen/", views.uitruil_bekrachtigen, name="uitruil-bekrachtigen"),
]
