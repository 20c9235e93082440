"""The pages of importing data: files, templates and the data file."""

from django.urls import path

from regietafel.importen import gegevensbestand_views as gegevensbestand
from regietafel.importen import views

urlpatterns = [
    path("importeren/", views.importeren_pagina, name="importeren"),
    path("importeren/bevestigen/", views.bevestigen, name="import-bevestigen"),
    path("importeren/sjabloon/<str:soort>/", views.sjabloon, name="import-sjabloon"),
    path(
        "importeren/gegevensbestand/",
        gegevensbestand.gegevensbestand_pagina,
        name="gegevensbestand",
    ),
    path(
        "importeren/gegevensbestand/bevestigen/",
        gegevensbestand.gegevensbestand_bevestigen,
        name="gegevensbestand-bevestigen",
    ),
]
