"""/api/v1/puzzels/{code}?cyclus= and /api/v1/bijlagen1/{code}?cyclus=: the figures of the
public puzzle page and of Bijlage 1, from the same services as the pages
(services.puzzel.puzzel, services.regels.bijlage1), with the same reading rules: everyone
for a published cycle, as published; the province's own users in every cycle
(api.keuze). Bijlage 1's location list is shown as the reader may read it: without the
remarks of a location that is not public yet (services.openbaarheid, ADR 0012)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.keuze import CYCLUS, gekozen_cyclus
from regietafel.api.serializers import NOG_NIET_BEKEND_UITLEG
from regietafel.domain.puzzel import AsielRegel
from regietafel.publicaties.openbaarheid import openbaar_vanaf
from regietafel.puzzel.regels import bijlage1
from regietafel.puzzel.services import SALDOSTATUSSEN, puzzel, saldostatus


def _aantal(help_text: str, **kwargs: Any) -> serializers.IntegerField:
    return serializers.IntegerField(
        allow_null=True, help_text=f"{help_text}; {NOG_NIET_BEKEND_UITLEG}", **kwargs
    )


class AanbodJaarSerializer(serializers.Serializer):
    jaar = serializers.IntegerField(help_text="Het jaar van het aanbod, bijvoorbeeld 2026.")
    plaatsen = _aantal("Het aanbod (plaatsen) in dat jaar")
    saldo = _aantal("Aanbod min opgave: negatief is een tekort, positief een overschot")
    status = serializers.ChoiceField(
        choices=SALDOSTATUSSEN,
        help_text="tekort, overschot, sluitend, of onbekend als aanbod of opgave ontbreekt.",
    )


class AsielSerializer(serializers.Serializer):
    opgave = _aantal("Het indicatieve aantal (de opgave)")
    realisatie = _aantal("De gerealiseerde plaatsen")
    aanbod = serializers.SerializerMethodField(help_text="Aanbod en saldo per jaar.")

    @extend_schema_field(AanbodJaarSerializer(many=True))
    def get_aanbod(self, a: AsielRegel) -> list[dict[str, Any]]:
        return [
            {"jaar": j, "plaatsen": p, "saldo": a.saldo(j), "status": saldostatus(a.saldo(j))}
            for j, p in a.aanbod.items()
        ]


class PuzzelOekraineSerializer(serializers.Serializer):
    opgave = _aantal(
        "De Oekraïne-opgave van de gemeente: de provinciale opgave naar inwoners verdeeld "
        "met de afronding van de cyclus (dezelfde als op de puzzelpagina)"
    )
    realisatie = _aantal("De gerealiseerde plaatsen")
    ambitie = _aantal("De ambitie van de gemeente")


class PuzzelRegelSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(  # noqa: N815 - API field names
        source="cbs_code", allow_null=True, help_text="CBS-code; null in de totaalregel."
    )
    naam = serializers.CharField(help_text="De gemeente, of 'Totaal'.")
    inwoners = serializers.IntegerField(help_text="Het aantal inwoners.")
    oekraine = PuzzelOekraineSerializer(help_text="Opvang van ontheemden uit Oekraïne.")
    asielRegulier = AsielSerializer(  # noqa: N815
        source="asiel_regulier", help_text="Reguliere asielopvang."
    )
    amv = AsielSerializer(help_text="Opvang van alleenstaande minderjarige vreemdelingen.")


class SignaleringSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Het soort signalering, bijvoorbeeld som_wijkt_af.")
    melding = serializers.CharField(help_text="De melding in het Nederlands.")
    gemeente = serializers.CharField(allow_null=True, help_text="CBS-code, of null.")
    veld = serializers.CharField(allow_null=True, help_text="Het betrokken veld, of null.")


class PuzzelSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    gepubliceerd = serializers.BooleanField(
        help_text="Of de cyclus gepubliceerd is; dan zijn dit de cijfers zoals gepubliceerd."
    )
    jaren = serializers.ListField(child=serializers.IntegerField(), help_text="De jaren.")
    gemeenten = PuzzelRegelSerializer(many=True, source="puzzel.regels")
    totaal = PuzzelRegelSerializer(source="puzzel.totaal", help_text="De totalen.")
    signaleringen = SignaleringSerializer(
        many=True, source="puzzel.signaleringen", help_text="Gevonden onvolkomenheden."
    )


PUZZEL_VOORBEELD = OpenApiExample(
    "Drenthe 2025-2026",
    value={
        "provincie": "drenthe",
        "cyclus": "2025-2026",
        "gepubliceerd": True,
        "jaren": [2025, 2026],
        "gemeenten": [
            {
                "cbsCode": "GM0106",
                "naam": "Assen",
                "inwoners": 69000,
                "oekraine": {"opgave": 293, "realisatie": 310, "ambitie": None},
                "asielRegulier": {
                    "opgave": 359,
                    "realisatie": 0,
                    "aanbod": [{"jaar": 2026, "plaatsen": 300, "saldo": -59, "status": "tekort"}],
                },
                "amv": {"opgave": 31, "realisatie": 0, "aanbod": []},
            }
        ],
        "totaal": {
            "cbsCode": None,
            "naam": "Totaal",
            "inwoners": 500000,
            "oekraine": {"opgave": 5722, "realisatie": 5800, "ambitie": None},
            "asielRegulier": {"opgave": 2691, "realisatie": 66, "aanbod": []},
            "amv": {"opgave": 229, "realisatie": 0, "aanbod": []},
        },
        "signaleringen": [],
    },
    response_only=True,
)


class PuzzelDetail(APIView):
    """De puzzel van een provincie in een cyclus."""

    @extend_schema(
        summary="Puzzel van een cyclus",
        description="Per gemeente en in totaal: de Oekraïne-opgave, de opgave, realisatie en "
        "het aanbod per jaar voor reguliere asielopvang en AMV, met het saldo (tekort of "
        "overschot), en de signaleringen. Dezelfde cijfers als de puzzelpagina; voor een "
        "gepubliceerde cyclus zoals gepubliceerd. Het publiek leest alleen gepubliceerde "
        "cycli (anders 404).",
        parameters=[CYCLUS],
        responses={200: PuzzelSerializer},
        examples=[PUZZEL_VOORBEELD],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code)
        p = puzzel(k.provincie, k.cyclus)
        data = {
            "provincie": k.provincie,
            "cyclus": k.cyclus,
            "gepubliceerd": k.gepubliceerd,
            "jaren": list(p.jaren),
            "puzzel": p,
        }
        return Response(PuzzelSerializer(data).data)


class Bijlage1CijfersSerializer(serializers.Serializer):
    opgaveRegulier = _aantal(  # noqa: N815
        "Opgave regulier (incl. AMV)", source="opgave_regulier"
    )
    ingevuldRegulier = serializers.IntegerField(  # noqa: N815
        source="ingevuld_regulier", help_text="Ingevuld regulier (duurzame plaatsen)."
    )
    nogInTeVullenRegulier = _aantal(  # noqa: N815
        "Nog in te vullen regulier", source="nog_in_te_vullen_regulier"
    )
    opgaveAmv = _aantal("Opgave AMV", source="opgave_amv")  # noqa: N815
    ingevuldAmv = _aantal("Ingevuld AMV", source="ingevuld_amv")  # noqa: N815
    nogInTeVullenAmv = serializers.IntegerField(  # noqa: N815
        source="nog_in_te_vullen_amv", help_text="Nog in te vullen AMV."
    )


class Bijlage1LocatieSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    gemeente = serializers.CharField(help_text="De naam van de gemeente.")
    gemeenteTotaal = serializers.IntegerField(  # noqa: N815
        source="gemeente_totaal",
        allow_null=True,
        help_text="Het totaal van de gemeente, alleen op haar eerste regel (anders null).",
    )
    plaatsen = serializers.IntegerField(help_text="Het aantal plaatsen.")
    regulier = serializers.IntegerField(allow_null=True, help_text="Reguliere plaatsen.")
    bijzonder = serializers.IntegerField(allow_null=True, help_text="Bijzondere plaatsen.")
    bijzonderSoort = serializers.CharField(  # noqa: N815
        source="bijzonder_soort", help_text="Het soort bijzondere plaatsen."
    )
    amv = serializers.IntegerField(allow_null=True, help_text="AMV-plaatsen.")
    van = serializers.DateField(allow_null=True, help_text="Beschikbaar van.")
    tot = serializers.DateField(allow_null=True, help_text="Beschikbaar tot.")
    onbepaaldeTijd = serializers.BooleanField(  # noqa: N815
        source="onbepaalde_tijd", help_text="Voor onbepaalde tijd."
    )
    opmerking = serializers.CharField(
        help_text="Bijzonderheden; leeg zolang de locatie nog niet openbaar is, behalve voor "
        "de eigen gemeente, de provincie en het ministerie."
    )


class NietMeetellendSerializer(serializers.Serializer):
    locatie = Bijlage1LocatieSerializer(source="regel")
    reden = serializers.CharField(help_text="Waarom de locatie niet meetelt.")


class Bijlage1Serializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    cijfers = Bijlage1CijfersSerializer(source="bijlage.cijfers", help_text="De zes cijfers.")
    locaties = Bijlage1LocatieSerializer(many=True, source="bijlage.locaties")
    nietMeetellend = NietMeetellendSerializer(  # noqa: N815
        many=True, source="bijlage.niet_meetellend"
    )
    openbaarVanaf = serializers.CharField(  # noqa: N815
        source="openbaar_vanaf",
        help_text="Vanaf welke fase de gegevens van een locatie openbaar zijn.",
    )


class Bijlage1Detail(APIView):
    """Bijlage 1 van een provincie in een cyclus."""

    @extend_schema(
        summary="Bijlage 1 van een cyclus",
        description="De zes cijfers van Bijlage 1 en de locatielijst in het format van het "
        "ministerie, zoals de pagina Bijlage 1. Openbaar voor een gepubliceerde cyclus; de "
        "bijzonderheden van een locatie die nog niet openbaar is, zijn leeg.",
        parameters=[CYCLUS],
        responses={200: Bijlage1Serializer},
        examples=[
            OpenApiExample(
                "De zes cijfers",
                value={
                    "provincie": "drenthe",
                    "cyclus": "2025-2026",
                    "cijfers": {
                        "opgaveRegulier": 3059,
                        "ingevuldRegulier": 1385,
                        "nogInTeVullenRegulier": 1674,
                        "opgaveAmv": 211,
                        "ingevuldAmv": 98,
                        "nogInTeVullenAmv": 113,
                    },
                    "locaties": [],
                    "nietMeetellend": [],
                    "openbaarVanaf": "Collegebesluit",
                },
                response_only=True,
            )
        ],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code)
        data = {
            "provincie": k.provincie,
            "cyclus": k.cyclus,
            "bijlage": bijlage1(k.provincie, k.cyclus, k.lezer),
            "openbaar_vanaf": openbaar_vanaf(k.provincie, k.cyclus).label,
        }
        return Response(Bijlage1Serializer(data).data)
