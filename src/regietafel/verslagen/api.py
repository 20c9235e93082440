"""Reports through the API as a task resource (issue 19): POST `/rapportopdrachten` queues
a document as the Documenten page does (services.rapporten.vraag_rapport_aan) and answers
202 with a Location; GET `/rapportopdrachten/{id}` shows its status and progress, per
province for the documents of all provinces (services.rapporten.voortgang_van, the same
as the progress page), and the download link when it is ready; GET
`/rapportopdrachten/{id}/bestand` is the file. Official documents: the province for its
own, the ministry for every one; a job is its requester's own (another's is 404)."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api import voorbeelden
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import CODE_PATROON, geldig
from regietafel.services.keuzes import beschikbare_cycli
from regietafel.services.leesrechten import is_provincie_of_ministerie
from regietafel.verslagen.opdrachten import bijgewerkt, eigen_opdracht, inhoud_van, is_klaar
from regietafel.verslagen.services import (
    ALLE,
    FORMATEN,
    NIET_VOOR_ALLE,
    SOORTEN,
    ZIP,
    mag_aanvragen,
    mime_van,
    voortgang_van,
)
from regietafel.verslagen.taken import vraag_rapport_aan


class DeelSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De naam van de provincie.")
    status = serializers.CharField(help_text="wacht, bezig, klaar of mislukt.")
    procent = serializers.IntegerField(help_text="Hoe ver, in procenten.")
    stap = serializers.CharField(help_text="Waar de taak nu mee bezig is.")


class OpdrachtSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text="Het kenmerk van de opdracht.")
    provincie = serializers.CharField(help_text="De provinciecode, of 'alle'.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    formaat = serializers.ChoiceField(choices=list(SOORTEN), help_text="Welk document.")
    soort = serializers.CharField(help_text="Het document in woorden.")
    aangevraagd = serializers.DateTimeField(help_text="Wanneer aangevraagd.")
    status = serializers.CharField(help_text="wacht, bezig, klaar of mislukt.")
    procent = serializers.IntegerField(help_text="Hoe ver, in procenten.")
    stap = serializers.CharField(help_text="Waar de taak nu mee bezig is.")
    fout = serializers.CharField(help_text="Wat er misging (alleen bij mislukt).")
    delen = DeelSerializer(many=True, help_text="Per provincie, bij 'alle'.")
    download = serializers.CharField(
        allow_null=True, help_text="De link naar het bestand als het klaar is, anders null."
    )


def _resource(o: Any) -> dict[str, object]:
    v = voortgang_van(o)
    klaar = is_klaar(o)
    return {
        "id": o.pk,
        "provincie": o.provincie,
        "cyclus": o.cyclus,
        "formaat": o.formaat,
        "soort": SOORTEN.get(o.formaat, o.formaat),
        "aangevraagd": o.aangevraagd,
        "status": v.status,
        "procent": v.procent,
        "stap": v.stap,
        "fout": o.fout,
        "delen": list(v.delen),
        "download": reverse("api-rapportopdracht-bestand", args=[o.pk]) if klaar else None,
    }


class AanvraagSerializer(serializers.Serializer):
    provincie = serializers.RegexField(CODE_PATROON, help_text="De provinciecode, of 'alle'.")
    cyclus = serializers.RegexField(CODE_PATROON, help_text="De cyclus.")
    formaat = serializers.ChoiceField(choices=list(SOORTEN), help_text="Welk document.")


class OpdrachtLijst(APIView):
    """Een document aanvragen."""

    # Asking for a document changes no data (ADR 0018): a `lezen` token may do it.
    post_leest_alleen = True

    @extend_schema(
        summary="Document aanvragen",
        description="Zet een document in de wachtrij (zoals de pagina Documenten). Antwoord "
        "202 met in Location de opdracht, die de voortgang toont.",
        request=AanvraagSerializer,
        responses={202: OpdrachtSerializer},
        examples=[
            OpenApiExample(
                "Verslag als PDF",
                request_only=True,
                value={"provincie": "drenthe", "cyclus": "2025-2026", "formaat": "pdf"},
            )
        ],
    )
    def post(self, request: Request) -> Response:
        t = met_rol(request)
        if not is_provincie_of_ministerie(t):
            raise exceptions.PermissionDenied(
                "Alleen de provincie en het ministerie vragen officiële documenten aan."
            )
        d = geldig(AanvraagSerializer, request.data)
        if not mag_aanvragen(t, d["provincie"]):
            raise exceptions.PermissionDenied("U mag dit document niet aanvragen.")
        if d["provincie"] == ALLE and d["formaat"] in NIET_VOOR_ALLE:
            raise exceptions.ValidationError({"formaat": ["Dit document is er per provincie."]})
        if d["provincie"] != ALLE and not any(
            (k.provincie_code, k.cyclus) == (d["provincie"], d["cyclus"])
            for k in beschikbare_cycli(d["provincie"])
        ):
            raise exceptions.NotFound(
                f"Geen gegevens voor provincie '{d['provincie']}' in cyclus '{d['cyclus']}'."
            )
        o = vraag_rapport_aan(request.user, d["provincie"], d["cyclus"], d["formaat"])
        antwoord = Response(OpdrachtSerializer(_resource(o)).data, status=status.HTTP_202_ACCEPTED)
        antwoord["Location"] = reverse("api-rapportopdracht", args=[o.pk])
        return antwoord


def _eigen(request: Request, pk: str) -> Any:
    t = met_rol(request)
    opdracht = eigen_opdracht(pk, request.user.pk)
    if opdracht is None or not mag_aanvragen(t, opdracht.provincie):
        raise exceptions.NotFound("Onbekende opdracht.")
    return opdracht


class OpdrachtDetail(APIView):
    """De voortgang van een aangevraagd document."""

    @extend_schema(
        summary="Voortgang van een document",
        description="Status en voortgang (per provincie bij 'alle'), en de downloadlink "
        "zodra het klaar is. Alleen uw eigen opdrachten.",
        responses={200: OpdrachtSerializer},
        examples=[voorbeelden.OPDRACHT],
    )
    def get(self, request: Request, pk: str) -> Response:
        return Response(OpdrachtSerializer(_resource(bijgewerkt(_eigen(request, pk)))).data)


class ElkBestand(BaseContentNegotiation):
    """The file is what it is (PDF, Word, ...): an `Accept` naming its type is no reason for
    a 406; an error is problem+json whatever was asked."""

    def select_parser(self, request: Request, parsers: Any) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(self, request: Request, renderers: Any, format_suffix: Any = None) -> Any:
        return renderers[0], renderers[0].media_type


class OpdrachtBestand(APIView):
    """Het gemaakte bestand."""

    content_negotiation_class = ElkBestand

    @extend_schema(
        summary="Document downloaden",
        description="Het bestand (PDF, Word, Excel of ZIP) zodra het klaar is; anders 404.",
        responses={
            (200, mime.split(";")[0]): OpenApiResponse(
                OpenApiTypes.BINARY, description="Het bestand."
            )
            for mime in [*FORMATEN.values(), ZIP]
        },
    )
    def get(self, request: Request, pk: str) -> HttpResponse:
        o = _eigen(request, pk)
        if not is_klaar(o):
            raise exceptions.NotFound("Dit document is nog niet klaar.")
        antwoord = HttpResponse(inhoud_van(o), content_type=mime_van(o.bestandsnaam))
        antwoord["Content-Disposition"] = f'attachment; filename="{o.bestandsnaam}"'
        return antwoord
