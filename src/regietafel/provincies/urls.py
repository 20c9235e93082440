"""The pages of adding a province."""

from django.urls import path

from regietafel.provincies import views

urlpatterns = [
    path("importeren/provincie/", views.provincie_nieuw, name="provincie-nieuw"),
]
