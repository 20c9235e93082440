"""The pages of the consultation letters."""

from django.urls import path

from regietafel.consultatie import brieven_views as brieven

urlpatterns = [
    path("consultatie/brieven/", brieven.consultatie_brieven, name="consultatie-brieven"),
]
