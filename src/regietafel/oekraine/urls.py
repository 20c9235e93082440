"""The pages of GOO locations (issue 15)."""

from django.urls import path

from regietafel.oekraine import goo_views as goo

urlpatterns = [
    path("oekraine/goo/nieuw/", goo.nieuw, name="goo-nieuw"),
    path("oekraine/goo/<int:pk>/", goo.bewerken, name="goo-bewerken"),
    path("oekraine/goo/<int:pk>/verwijderen/", goo.verwijderen, name="goo-verwijderen"),
]
