"""The pages of the reports, and those of published cycles (issue 17)."""

from django.urls import path

from regietafel.verslagen import views

urlpatterns = [
    path("rapporten/", views.rapporten_pagina, name="rapporten"),
    path("rapporten/teksten/", views.verslagteksten_pagina, name="verslagteksten"),
    path("rapporten/aanvragen/", views.aanvragen, name="rapport-aanvragen"),
    path("rapporten/<uuid:pk>/", views.opdracht_pagina, name="rapport-opdracht"),
    path("rapporten/<uuid:pk>/downloaden/", views.downloaden, name="rapport-downloaden"),
    path("rapporten/<uuid:pk>/opnieuw/", views.opnieuw, name="rapport-opnieuw"),
    # The report and the puzzle of a published cycle, for everyone.
    path(
        "gepubliceerd/<str:provincie>/<str:cyclus>/<str:bestand>",
        views.gepubliceerd_downloaden,
        name="gepubliceerd-downloaden",
    ),
]
