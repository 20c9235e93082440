"""A test-only URLconf: the site's URLs plus a view that fails, to see the 500 page."""

from django.urls import path

from regietafel.urls import urlpatterns as site


def _faalt(request):
    raise RuntimeError("opzettelijke fout voor de test")


urlpatterns = [*site, path("test-fout/", _faalt)]
