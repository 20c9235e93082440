"""API routes (below /api/v1/) of the location pipeline, the bonuses and the figures of
the puzzle pages (issue 19).
"""

from django.urls import path

from regietafel.puzzel import api
from regietafel.puzzel import bonus_api as bonus
from regietafel.puzzel import pijplijn_api as pijplijn

urlpatterns = [
    path("locaties/<int:pk>/fasen", pijplijn.LocatieFasen.as_view(), name="api-locatie-fasen"),
    path("realisaties/<slug:code>", pijplijn.RealisatieDetail.as_view(), name="api-realisatie"),
    path("bonussen/<slug:code>", bonus.BonusDetail.as_view(), name="api-bonus"),
    path("puzzels/<slug:code>", api.PuzzelDetail.as_view(), name="api-puzzel"),
    path("bijlagen1/<slug:code>", api.Bijlage1Detail.as_view(), name="api-bijlage1"),
]
