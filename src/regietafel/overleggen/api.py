"""PRT meetings through the API: `/overleggen` (with agenda, decisions, actions and the
actions carried over), a new action with POST `/overleggen/{id}/acties`, and an action's
status with PATCH `/acties/{id}` (with `versie`). Reading as the meeting pages: a role that
reads the province internally; writing only the province, through services.overleggen
(the same checks as the forms, the history)."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import exceptions, generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api import voorbeelden
from regietafel.api.fouten import VersieConflict
from regietafel.api.gewijzigd import GEWIJZIGD_SINDS
from regietafel.api.keuze import PER_PROVINCIE, gefilterd
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import MAX_VERSIE, Tekst, geldig
from regietafel.api.views import PROVINCIE
from regietafel.domain.routekaart import Invoerfout
from regietafel.overleggen.models import Actie, Overleg
from regietafel.overleggen.services import (
    ActieStatus,
    huidige_actie,
    leesbaar_overleg,
    leesbare_actie,
    leesbare_overleggen,
    leesbare_overleggen_nieuwste_eerst,
    voeg_actie_toe,
    zet_actiestatus,
)
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import Conflict


class ActieSerializer(serializers.ModelSerializer):
    overleg = serializers.IntegerField(source="overleg_id", help_text="Het overleg van de actie.")
    omschrijving = serializers.CharField(help_text="Wat er moet gebeuren.")
    eigenaar = serializers.CharField(help_text="Wie de actie heeft (organisatie).")
    deadline = serializers.DateField(allow_null=True, help_text="Uiterlijk; null: geen.")
    status = serializers.CharField(help_text="open of afgerond.")
    afgerondDatum = serializers.DateField(  # noqa: N815
        source="afgerond_op", allow_null=True, help_text="Afgerond op; null: nog open."
    )
    teruggetrokkenDatum = serializers.DateField(  # noqa: N815
        source="teruggetrokken_op",
        allow_null=True,
        help_text="Teruggetrokken op (dan niet meer op de actielijst); null: niet.",
    )
    versie = serializers.IntegerField(help_text="De versie, voor een volgende wijziging.")

    class Meta:
        model = Actie
        fields = [
            "id",
            "overleg",
            "omschrijving",
            "eigenaar",
            "deadline",
            "status",
            "afgerondDatum",
            "teruggetrokkenDatum",
            "versie",
        ]


class AgendapuntSerializer(serializers.Serializer):
    onderwerp = serializers.CharField(help_text="Het onderwerp.")
    inhoud = serializers.CharField(help_text="De inhoud.")
    doorWie = serializers.CharField(source="door_wie", help_text="Door wie.")  # noqa: N815


class OverlegSerializer(serializers.ModelSerializer):
    provincie = serializers.CharField(source="provincie.code", help_text="De provinciecode.")
    datum = serializers.DateField(help_text="De datum van het overleg.")
    titel = serializers.CharField(help_text="De titel.")
    deelnemers = serializers.ListField(
        child=serializers.CharField(), help_text="De deelnemende organisaties."
    )
    agendapunten = AgendapuntSerializer(many=True, help_text="De agenda.")
    besluiten = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="tekst", help_text="De besluiten."
    )
    acties = ActieSerializer(many=True, help_text="De acties van dit overleg.")
    overgenomenActies = ActieSerializer(  # noqa: N815
        many=True, source="overgenomen_acties", help_text="Open acties uit eerdere overleggen."
    )

    class Meta:
        model = Overleg
        fields = [
            "id",
            "provincie",
            "datum",
            "titel",
            "deelnemers",
            "agendapunten",
            "besluiten",
            "acties",
            "overgenomenActies",
        ]


@extend_schema_view(
    get=extend_schema(
        summary="PRT-overleggen",
        description="De overleggen van de provinciale regietafel met agenda, besluiten en "
        "acties, nieuwste eerst. Voor wie de provincie intern leest.",
        parameters=[PROVINCIE, GEWIJZIGD_SINDS],
    )
)
class OverlegLijst(generics.ListAPIView):
    """De PRT-overleggen."""

    serializer_class = OverlegSerializer

    def get_queryset(self) -> QuerySet[Overleg]:
        qs = leesbare_overleggen_nieuwste_eerst(met_rol(self.request))
        return gefilterd(self.request, qs, PER_PROVINCIE)


@extend_schema_view(get=extend_schema(summary="Eén PRT-overleg", examples=[voorbeelden.OVERLEG]))
class OverlegDetail(generics.RetrieveAPIView):
    """Eén PRT-overleg."""

    serializer_class = OverlegSerializer

    def get_queryset(self) -> QuerySet[Overleg]:
        return leesbare_overleggen(met_rol(self.request))


class NieuweActieSerializer(serializers.Serializer):
    omschrijving = Tekst(max_length=5000, help_text="Wat er moet gebeuren.")
    eigenaar = Tekst(max_length=200, help_text="Wie de actie heeft (organisatie).")
    deadline = serializers.DateField(
        required=False, allow_null=True, default=None, help_text="Uiterlijk (ISO 8601)."
    )


def _mag_schrijven(t: Toegang, provincie: str) -> None:
    """Only the province records its meetings (before the body is read: who may not write
    learns nothing from its validation)."""
    if not mag_bewerken(t, provincie):
        raise exceptions.PermissionDenied("Alleen de provincie legt PRT-overleggen vast.")


def _invoerfout(fout: Invoerfout) -> exceptions.ValidationError:
    return exceptions.ValidationError({fout.veld: [str(fout)]})


class OverlegActies(APIView):
    """Een actie toevoegen aan een overleg."""

    @extend_schema(
        summary="Actie toevoegen",
        description="Alleen de provincie. De actie komt ook op de lijst van een later "
        "overleg dat al gepland is.",
        request=NieuweActieSerializer,
        responses={201: ActieSerializer},
        examples=[
            OpenApiExample(
                "Nieuwe actie",
                value={
                    "omschrijving": "Locatie Emmen verkennen",
                    "eigenaar": "Gemeente Emmen",
                    "deadline": "2026-05-01",
                },
                request_only=True,
            )
        ],
    )
    def post(self, request: Request, pk: int) -> Response:
        t = met_rol(request)
        overleg = leesbaar_overleg(t, pk)
        if overleg is None:
            raise exceptions.NotFound("Niet gevonden: er is geen overleg met dit kenmerk.")
        _mag_schrijven(t, overleg.provincie.code)
        d = geldig(NieuweActieSerializer, request.data)
        try:
            a = voeg_actie_toe(
                overleg, request.user, d["omschrijving"], d["eigenaar"], d["deadline"]
            )
        except Invoerfout as fout:
            raise _invoerfout(fout) from None
        return Response(ActieSerializer(a).data, status=status.HTTP_201_CREATED)


class ActieWijzigingSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ActieStatus.values, help_text="open of afgerond.")
    versie = serializers.IntegerField(
        min_value=1,
        max_value=MAX_VERSIE,
        help_text="De versie waarop de wijziging is gebaseerd; is de actie intussen "
        "gewijzigd, dan volgt 409 met de huidige actie.",
    )


class ActieDetail(APIView):
    """Eén actie van een PRT-overleg."""

    def _actie(self, request: Request, pk: int) -> Actie:
        t = met_rol(request)
        gevonden = leesbare_actie(t, pk)
        if gevonden is None:
            raise exceptions.NotFound("Niet gevonden: er is geen actie met dit kenmerk.")
        return gevonden

    @extend_schema(
        summary="Eén actie",
        responses={200: ActieSerializer},
        examples=[voorbeelden.ACTIE_VOORBEELD],
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(ActieSerializer(self._actie(request, pk)).data)

    @extend_schema(
        summary="Actie afronden of heropenen",
        description="Alleen de provincie. Een afgeronde actie gaat niet meer mee naar een "
        "volgend overleg.",
        request=ActieWijzigingSerializer,
        responses={200: ActieSerializer},
        examples=[
            OpenApiExample("Afronden", value={"status": "afgerond", "versie": 1}, request_only=True)
        ],
    )
    def patch(self, request: Request, pk: int) -> Response:
        actie = self._actie(request, pk)
        _mag_schrijven(toegang(request.user), actie.overleg.provincie.code)
        d = geldig(ActieWijzigingSerializer, request.data)
        try:
            actie = zet_actiestatus(actie, request.user, d["status"], d["versie"])
        except Invoerfout as fout:  # a withdrawn action
            raise _invoerfout(fout) from None
        except Conflict as conflict:
            huidig = ActieSerializer(huidige_actie(pk)).data
            raise VersieConflict(conflict, huidig) from None
        return Response(ActieSerializer(actie).data)
