"""Solver scenarios through the API: `/scenarios?provincie=&cyclus=` (every role that reads
the province internally, as the solver page) and POST `/scenarios` (only the province),
which solves and saves through services.oplossen.bewaar_scenario, as the page does."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from regietafel.api.keuze import (
    CYCLUS_PATROON,
    PER_CYCLUS,
    PerCyclusSerializer,
    gefilterd,
    gekozen_cyclus,
)
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import CODE_PATROON, Tekst, geldig
from regietafel.api.views import CYCLUS, PROVINCIE
from regietafel.domain.solver_invoer import Instellingen
from regietafel.puzzel.oplossen import (
    NaamBestaatAl,
    NietOpgelost,
    bewaar_scenario,
    leesbare_scenarios_nieuwste_eerst,
)
from regietafel.scenarios.models import Scenario
from regietafel.services.leesrechten import is_provincie


class ScenarioSerializer(PerCyclusSerializer):
    naam = serializers.CharField(help_text="De naam van het scenario.")
    parameters = serializers.JSONField(help_text="De parameters van de oplosser.")
    resultaat = serializers.JSONField(
        help_text="De uitkomst: per categorie en jaar de extra plaatsen per gemeente."
    )
    aangemaaktOp = serializers.DateTimeField(source="aangemaakt_op", help_text="Bewaard op.")  # noqa: N815

    class Meta:
        model = Scenario
        fields = ["id", "provincie", "cyclus", "naam", "parameters", "resultaat", "aangemaaktOp"]


class NieuwScenarioSerializer(serializers.Serializer):
    provincie = serializers.RegexField(CODE_PATROON, help_text="De provinciecode.")
    cyclus = serializers.RegexField(CYCLUS_PATROON, help_text="De cyclus.")
    naam = Tekst(max_length=200, help_text="Een naam die in de cyclus nog niet bestaat.")
    alleenOnderEigenAantal = serializers.BooleanField(  # noqa: N815
        required=False,
        default=True,
        help_text="Alleen gemeenten onder hun eigen aantal krijgen extra plaatsen "
        "(standaard, zoals de pagina).",
    )


@extend_schema_view(
    get=extend_schema(
        summary="Scenario's van de oplosser",
        description="De bewaarde scenario's met hun parameters en uitkomst, nieuwste eerst. "
        "Voor wie de provincie intern leest.",
        parameters=[PROVINCIE, CYCLUS],
    )
)
class ScenarioLijst(generics.ListCreateAPIView):
    """De bewaarde scenario's van de oplosser."""

    serializer_class = ScenarioSerializer

    @extend_schema(
        summary="Scenario berekenen en bewaren",
        description="Alleen de provincie. Lost de puzzel op met de parameters en bewaart "
        "naam, parameters en uitkomst; een bestaande naam is een 400.",
        request=NieuwScenarioSerializer,
        responses={201: ScenarioSerializer},
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        t = met_rol(request)
        if not is_provincie(t):
            raise exceptions.PermissionDenied("Alleen de provincie bewaart scenario's.")
        d = geldig(NieuwScenarioSerializer, request.data)
        k = gekozen_cyclus(request, d["provincie"], alleen_ingelogd=True, cyclus=d["cyclus"])
        instellingen = Instellingen(alleen_onder_eigen_aantal=d["alleenOnderEigenAantal"])
        try:
            s = bewaar_scenario(t, request.user, k.provincie, k.cyclus, d["naam"], instellingen)
        except (NaamBestaatAl, NietOpgelost) as fout:
            raise exceptions.ValidationError({"naam": [str(fout)]}) from None
        return Response(ScenarioSerializer(s).data, status=status.HTTP_201_CREATED)

    def get_queryset(self) -> QuerySet[Scenario]:
        t = met_rol(self.request)
        return gefilterd(self.request, leesbare_scenarios_nieuwste_eerst(t), PER_CYCLUS)
