"""The pages of publishing a cycle."""

from django.urls import path

from regietafel.publicaties import views

urlpatterns = [
    path("cyclus/publiceren/", views.publiceren, name="cyclus-publiceren"),
]
