"""The pages of the puzzle, its rules, the location pipeline and the solver."""

from django.urls import path

from regietafel.puzzel import oplossen_views as oplossen
from regietafel.puzzel import pijplijn_views as pijplijn
from regietafel.puzzel import regels_views as regels
from regietafel.puzzel import views

urlpatterns = [
    path("", views.puzzel_pagina, name="puzzel"),
    path("bonus/", regels.bonus_pagina, name="bonus"),
    path("bijlage1/", regels.bijlage1_pagina, name="bijlage1"),
    # The location pipeline and realisation timing (issue 11).
    path("locaties/<int:pk>/fasen/", pijplijn.locatie_fasen, name="locatie-fasen"),
    path("realisatie/", pijplijn.realisatie_pagina, name="realisatie"),
    path("oplossen/", oplossen.oplossen_pagina, name="oplossen"),
    path("oplossen/vergelijken/", oplossen.scenario_vergelijken, name="scenario-vergelijken"),
    path(
        "oplossen/scenarios/<int:pk>/concept/",
        oplossen.scenario_naar_concept,
        name="scenario-concept",
    ),
]
