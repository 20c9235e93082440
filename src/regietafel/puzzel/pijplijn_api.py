"""/api/v1/locaties/{id}/fasen: a location's phases, and moving it to its next phase;
/api/v1/realisaties/{provincie}: the realisation timing of a province in a cycle.

Reading is for every logged-in role that may read the province (the public gets 401);
moving a phase is for the province and the municipality itself, through the same service
as the web app (the pipeline's rules, the location's `versie`, the audit trail)."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.fouten import VersieConflict
from regietafel.api.keuze import CYCLUS_PATROON
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import MAX_VERSIE, Tekst, geldig
from regietafel.domain.pijplijn import FASEN, Fasefout
from regietafel.locaties.services import locaties_met_provincie
from regietafel.puzzel.pijplijn import (
    Tijdlijn,
    realisatie_als_dict,
    realisatie_overzicht,
    tijdlijn,
    zet_fase,
)
from regietafel.services.keuzes import huidige_cyclus
from regietafel.services.toegang import Toegang, mag_bewerken, mag_lezen
from regietafel.services.wijzigingen import Conflict

FASE_WAARDEN = [f.value for f in FASEN]


class FaseovergangSerializer(serializers.Serializer):
    fase = serializers.ChoiceField(choices=FASE_WAARDEN)
    datum = serializers.DateField()
    bron = serializers.CharField()
    ingevoerdDoor = serializers.CharField(source="door")  # noqa: N815
    ingevoerdOp = serializers.DateTimeField(source="op")  # noqa: N815


class LocatieFasenSerializer(serializers.Serializer):
    locatie = serializers.IntegerField(source="locatie.pk")
    fase = serializers.ChoiceField(choices=FASE_WAARDEN, allow_null=True)
    versie = serializers.IntegerField(source="locatie.versie")
    volgendeFasen = serializers.ListField(  # noqa: N815
        source="volgende", child=serializers.ChoiceField(choices=FASE_WAARDEN)
    )
    fasen = FaseovergangSerializer(source="regels", many=True)


class FaseZetSerializer(serializers.Serializer):
    """A move to the next phase, reached on `datum`, known from `bron`, based on `versie`."""

    fase = serializers.ChoiceField(choices=FASE_WAARDEN)
    datum = serializers.DateField()
    bron = Tekst(max_length=300)
    versie = serializers.IntegerField(min_value=1, max_value=MAX_VERSIE)


def _fasen(t: Tijdlijn) -> dict[str, Any]:
    data: dict[str, Any] = LocatieFasenSerializer(t).data
    return data


class LocatieFasen(APIView):
    """De fasen van één opvanglocatie; een volgende fase zetten mag de provincie en de eigen
    gemeente."""

    def _locatie(self, request: Request, pk: int) -> tuple[Toegang, Any]:
        t = met_rol(request)
        locatie = get_object_or_404(locaties_met_provincie(), pk=pk)
        if not mag_lezen(t, locatie.gemeente.provincie.code, gepubliceerd=False):
            raise exceptions.NotFound("Deze locatie bestaat niet of u mag haar niet lezen.")
        return t, locatie

    @extend_schema(summary="Fasen van een opvanglocatie", responses={200: LocatieFasenSerializer})
    def get(self, request: Request, pk: int) -> Response:
        t, locatie = self._locatie(request, pk)
        return Response(_fasen(tijdlijn(locatie, t)))

    @extend_schema(
        summary="Volgende fase zetten",
        description="Eén fase tegelijk vooruit (of 'beeindigd'), met de datum waarop de fase "
        "is bereikt en de bron. Noem de versie van de locatie; is zij intussen gewijzigd, dan "
        "volgt 409. Een fase terug, overslaan of herhalen geeft 400 met de reden.",
        request=FaseZetSerializer,
        responses={201: LocatieFasenSerializer},
    )
    def post(self, request: Request, pk: int) -> Response:
        t, locatie = self._locatie(request, pk)
        g = locatie.gemeente
        if not mag_bewerken(t, g.provincie.code, g.cbs_code):
            raise exceptions.PermissionDenied("U mag de fase van deze locatie niet wijzigen.")
        d = geldig(FaseZetSerializer, request.data)
        try:
            locatie = zet_fase(
                t, request.user, locatie, d["fase"], d["datum"], d["bron"], d["versie"]
            )
        except Fasefout as fout:
            raise serializers.ValidationError({fout.veld: [str(fout)]}) from None
        except Conflict as c:
            _, huidig = self._locatie(request, pk)
            raise VersieConflict(c, _fasen(tijdlijn(huidig))) from None
        return Response(_fasen(tijdlijn(locatie)), status=status.HTTP_201_CREATED)


class RealisatieLocatieSerializer(serializers.Serializer):
    gemeente = serializers.CharField(help_text="CBS-code")
    gemeenteNaam = serializers.CharField()  # noqa: N815
    naam = serializers.CharField()
    soort = serializers.CharField()
    plaatsen = serializers.IntegerField()
    beschikbaarTot = serializers.DateField(allow_null=True)  # noqa: N815


class RealisatieRegelSerializer(RealisatieLocatieSerializer):
    fase = serializers.ChoiceField(choices=FASE_WAARDEN)
    geplandInGebruik = serializers.DateField(allow_null=True)  # noqa: N815
    werkelijkInGebruik = serializers.DateField(allow_null=True)  # noqa: N815
    inGebruikOpRealisatiedatum = serializers.BooleanField()  # noqa: N815


class LocatieGroepSerializer(serializers.Serializer):
    plaatsen = serializers.IntegerField()
    locaties = RealisatieLocatieSerializer(many=True)


class RealisatieSerializer(serializers.Serializer):
    provincie = serializers.CharField()
    cyclus = serializers.CharField()
    peildatum = serializers.DateField()
    realisatiedatum = serializers.DateField(allow_null=True)
    plaatsen = serializers.IntegerField(help_text="plaatsen van de locaties in de pijplijn")
    inGebruikOpRealisatiedatum = serializers.IntegerField()  # noqa: N815
    aandeelProcent = serializers.FloatField(allow_null=True)  # noqa: N815
    nietInGebruik = LocatieGroepSerializer(help_text="nog niet in gebruik op de peildatum")  # noqa: N815
    aflopendVoorRealisatiedatum = LocatieGroepSerializer(  # noqa: N815
        help_text="contracten die aflopen vóór de realisatiedatum"
    )
    locaties = RealisatieRegelSerializer(many=True)


class RealisatieFilterSerializer(serializers.Serializer):
    cyclus = serializers.RegexField(CYCLUS_PATROON, required=False)
    peildatum = serializers.DateField(required=False)


class RealisatieDetail(APIView):
    """De realisatie van een provincie in een cyclus, zoals bekend op een peildatum."""

    @extend_schema(
        summary="Realisatie van een cyclus",
        description="Het aandeel plaatsen dat op de realisatiedatum in gebruik is, de plaatsen "
        "die op de peildatum nog niet in gebruik zijn, de contracten die vóór de "
        "realisatiedatum aflopen, en per locatie de geplande tegenover de werkelijke datum "
        "van 'in gebruik'.",
        parameters=[
            OpenApiParameter(
                "cyclus",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                description="cyclus, bijvoorbeeld 2025-2026 (standaard: de huidige cyclus)",
                pattern=CYCLUS_PATROON,
            ),
            OpenApiParameter(
                "peildatum",
                OpenApiTypes.DATE,
                OpenApiParameter.QUERY,
                description="jjjj-mm-dd (standaard: vandaag)",
            ),
        ],
        responses={200: RealisatieSerializer},
    )
    def get(self, request: Request, code: str) -> Response:
        t = met_rol(request)
        if not mag_lezen(t, code, gepubliceerd=False):
            raise exceptions.PermissionDenied("U mag de cijfers van deze provincie niet lezen.")
        d = geldig(RealisatieFilterSerializer, request.query_params)
        o = realisatie_overzicht(
            code,
            d.get("cyclus") or huidige_cyclus(code) or "",
            d.get("peildatum"),
            lezer=t,
        )
        return Response(RealisatieSerializer(realisatie_als_dict(o)).data)
