"""The pages of the location register."""

from django.urls import path

from regietafel.locaties import views

urlpatterns = [
    path("gemeenten/<str:cbs_code>/locaties/nieuw/", views.nieuw, name="locatie-nieuw"),
    path("locaties/", views.register, name="locaties"),
    path("locaties/<int:pk>/bewerken/", views.bewerken, name="locatie-bewerken"),
    path("locaties/<int:pk>/beeindigen/", views.beeindigen, name="locatie-beeindigen"),
]
