"""/api/v1/landelijke-overzichten?cyclus=: the national overview, every province of a cycle
side by side (services.landelijk), read-only.

The same access as the page `/landelijk/`: the ministry reads every province; everyone
else the provinces it may read (the public: those whose cycle is published, as published).
The reserve emergency places are in only for the provinces whose register the reader may
read (ADR 0016). A figure not yet entered is null, never 0."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.keuze import LOPENDE_CYCLUS, gevraagde_cyclus
from regietafel.api.serializers import onbekend_getal
from regietafel.landelijk.services import landelijk_overzicht, overzicht_als_dict
from regietafel.services.toegang import toegang


class JaarAanbodSerializer(serializers.Serializer):
    jaar = serializers.IntegerField()
    aanbod = serializers.IntegerField(help_text="regulier en AMV samen")
    saldo = onbekend_getal("aanbod min opgave: negatief is een tekort")


class ReserveSerializer(serializers.Serializer):
    verkend = serializers.IntegerField()
    toegezegd = serializers.IntegerField()
    geactiveerd = serializers.IntegerField()
    beeindigd = serializers.IntegerField()


class LandelijkeProvincieSerializer(serializers.Serializer):
    code = serializers.CharField()
    naam = serializers.CharField()
    gegevens = serializers.BooleanField(help_text="false: geen (leesbare) gegevens in de cyclus")
    opgaveRegulier = onbekend_getal("opgave regulier", required=False)  # noqa: N815
    opgaveAmv = onbekend_getal("opgave AMV", required=False)  # noqa: N815
    opgave = onbekend_getal("opgave incl. AMV", required=False)
    jaren = JaarAanbodSerializer(many=True, required=False)
    sluitend = serializers.BooleanField(allow_null=True, required=False)
    nietSluitendIn = serializers.ListField(  # noqa: N815
        child=serializers.ChoiceField(choices=["asiel_regulier", "amv"]),
        required=False,
        help_text="de categorieën met een tekort (sluitend is per categorie)",
    )
    inGebruikOpRealisatiedatum = serializers.IntegerField(required=False)  # noqa: N815
    realisatiedatum = serializers.DateField(allow_null=True, required=False)
    spukGemeenten = onbekend_getal("SPUK voor de gemeenten, euro", required=False)  # noqa: N815
    spukProvincie = onbekend_getal("bedrag voor de provincie, euro", required=False)  # noqa: N815
    verslagOntvangenDatum = serializers.DateField(allow_null=True, required=False)  # noqa: N815
    reserveNoodopvang = ReserveSerializer(  # noqa: N815
        required=False, help_text="plaatsen per status; telt nergens mee voor de opgave"
    )


class JaarTotaalSerializer(serializers.Serializer):
    jaar = serializers.IntegerField()
    plaatsen = serializers.IntegerField()


class LandelijkeTotalenSerializer(serializers.Serializer):
    landelijkeBehoefte = serializers.IntegerField()  # noqa: N815
    provincies = serializers.IntegerField(help_text="getoonde provincies met gegevens")
    opgaveRegulier = onbekend_getal("som")  # noqa: N815
    opgaveAmv = onbekend_getal("som")  # noqa: N815
    opgave = onbekend_getal("som van de opgaven incl. AMV")
    verschilMetLandelijkeBehoefte = onbekend_getal("opgave min landelijke behoefte")  # noqa: N815
    afrondingsverschil = serializers.BooleanField(
        help_text="het verschil is niet meer dan de afronding per gemeente (niet gecorrigeerd)"
    )
    aanbod = JaarTotaalSerializer(many=True)
    sluitend = serializers.IntegerField()
    nietSluitend = serializers.IntegerField()  # noqa: N815
    inGebruikOpRealisatiedatum = serializers.IntegerField()  # noqa: N815
    spukTotaal = onbekend_getal("euro")  # noqa: N815
    zonderOpgave = serializers.ListField(child=serializers.CharField())  # noqa: N815


class LandelijkOverzichtSerializer(serializers.Serializer):
    cyclus = serializers.CharField()
    peildatum = serializers.DateField()
    provincies = LandelijkeProvincieSerializer(many=True)
    totalen = LandelijkeTotalenSerializer()


class LandelijkOverzicht(APIView):
    """Het landelijk overzicht: alle provincies van een cyclus naast elkaar."""

    @extend_schema(
        summary="Landelijk overzicht van een cyclus",
        description="Per provincie de opgave, het aanbod en het saldo per jaar, of de "
        "verdeling sluitend is, de plaatsen in gebruik op de realisatiedatum, de SPUK en "
        "wanneer het verslag is ontvangen; en de landelijke totalen tegenover de landelijke "
        "behoefte. Wat nog niet is ingevoerd is null.",
        parameters=[LOPENDE_CYCLUS],
        responses={200: LandelijkOverzichtSerializer},
    )
    def get(self, request: Request) -> Response:
        o = landelijk_overzicht(toegang(request.user), gevraagde_cyclus(request))
        return Response(overzicht_als_dict(o))
