"""/api/v1/bonussen/{provincie}?cyclus=: the SPUK incentives of a province in a cycle.

An amount, pot or choice that is not yet known is null, never 0, and `ontbreekt` names the
missing parameters (docs/regels.md). Reading is for every role that may read the province's
figures in that cycle; the public only for published cycles."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.keuze import LOPENDE_CYCLUS, gevraagde_cyclus, niet_gevonden
from regietafel.api.serializers import NOG_NIET_BEKEND_UITLEG, onbekend_getal
from regietafel.domain.onbekend import PARAMETERS
from regietafel.domain.spuk import Keuze
from regietafel.puzzel.regels import bonus
from regietafel.services.keuzes import huidige_cyclus
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import mag_lezen, toegang

KEUZES = [k.value for k in Keuze]


class BonusGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code")  # noqa: N815
    naam = serializers.CharField()
    spuk1 = onbekend_getal("SPUK 1 dat wordt uitgekeerd (0 bij SPUK 3), euro")
    spuk2 = onbekend_getal("SPUK 2, euro")
    spuk3 = onbekend_getal("SPUK 3-aandeel dat wordt uitgekeerd (0 bij SPUK 1), euro")
    keuze = serializers.ChoiceField(
        choices=KEUZES, allow_null=True, help_text=f"SPUK 1 of SPUK 3; {NOG_NIET_BEKEND_UITLEG}"
    )
    totaal = onbekend_getal("SPUK 1, 2 en 3 samen, euro")


class BonusVergelijkingSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code")  # noqa: N815
    naam = serializers.CharField()
    duurzamePlaatsen = serializers.IntegerField(source="duurzame_plaatsen")  # noqa: N815
    indicatief = serializers.IntegerField(
        allow_null=True, help_text=f"indicatief aantal incl. AMV; {NOG_NIET_BEKEND_UITLEG}"
    )
    spuk1 = onbekend_getal("SPUK 1 als de gemeente die aanvraagt, euro")
    spuk3 = onbekend_getal("SPUK 3-aandeel als de gemeente in de pot blijft, euro")
    keuze = serializers.ChoiceField(choices=KEUZES, allow_null=True)


class BonusTotalenSerializer(serializers.Serializer):
    spuk1 = onbekend_getal("euro", source="spuk1_totaal")
    spuk2 = onbekend_getal("euro", source="spuk2_totaal")
    spuk3 = onbekend_getal("euro", source="spuk3_totaal")
    gemeenten = onbekend_getal(
        "wat de gemeenten samen kunnen aanvragen, euro", source="gemeenten_totaal"
    )
    provincie = onbekend_getal("het bedrag voor de provincie, euro", source="provincie_bedrag")
    totaal = onbekend_getal("gemeenten en provincie samen, euro")


class StabieleKeuzeSerializer(serializers.Serializer):
    spuk1Gemeenten = serializers.ListField(  # noqa: N815
        source="spuk1_gemeenten",
        child=serializers.CharField(),
        help_text="CBS-codes van de gemeenten die in deze stabiele keuze SPUK 1 aanvragen.",
    )
    spuk1Totaal = serializers.IntegerField(  # noqa: N815
        source="spuk1_totaal", help_text="SPUK 1 van die gemeenten samen, euro."
    )
    spuk3Totaal = serializers.IntegerField(  # noqa: N815
        source="spuk3_totaal", help_text="SPUK 3 van de andere gemeenten samen, euro."
    )


class BonusSerializer(serializers.Serializer):
    ontbreekt = serializers.ListField(
        child=serializers.ChoiceField(choices=list(PARAMETERS)),
        help_text="de parameters die nog niet bekend zijn; leeg als alles bekend is",
    )
    ontbreektTekst = serializers.CharField(source="ontbreekt_tekst")  # noqa: N815
    gemeenten = BonusGemeenteSerializer(many=True)
    vergelijking = BonusVergelijkingSerializer(many=True)
    totalen = BonusTotalenSerializer(source="*")
    spuk3Pot = onbekend_getal("de SPUK 3-pot, euro", source="pot")  # noqa: N815
    spuk3Uitbetaald = serializers.BooleanField(  # noqa: N815
        source="spuk3_uitbetaald",
        allow_null=True,
        help_text=f"of de drempel voor SPUK 3 is gehaald; {NOG_NIET_BEKEND_UITLEG}",
    )
    realisatieAandeel = serializers.CharField(  # noqa: N815
        source="realisatie_aandeel",
        allow_null=True,
        help_text=f"ingevuld / opgave als breuk (1385/897); {NOG_NIET_BEKEND_UITLEG}",
    )
    spuk1Gemeenten = serializers.ListField(  # noqa: N815
        source="voorstel.spuk1_gemeenten",
        child=serializers.CharField(),
        allow_null=True,
        default=None,
        help_text=f"CBS-codes van de gemeenten die SPUK 1 aanvragen; {NOG_NIET_BEKEND_UITLEG}",
    )
    stabieleKeuzes = StabieleKeuzeSerializer(  # noqa: N815
        source="stabiele_keuzes",
        many=True,
        help_text="De eerste stabiele keuzes (waarbij geen gemeente meer krijgt door te "
        "wisselen), minste SPUK 1-aanvragers eerst.",
    )
    aantalStabieleKeuzes = serializers.IntegerField(  # noqa: N815
        source="aantal_stabiele_keuzes", help_text="Hoeveel stabiele keuzes er zijn."
    )
    volledigOpgesomd = serializers.BooleanField(  # noqa: N815
        source="volledig_opgesomd", help_text="Of stabieleKeuzes ze allemaal noemt."
    )
    reden = serializers.CharField(help_text="Waarom deze keuze, in het Nederlands.")


class BonusDetail(APIView):
    """De stimuleringsregelingen (SPUK 1, 2 en 3) van een provincie in een cyclus."""

    @extend_schema(
        summary="SPUK-bonussen van een cyclus",
        description="Per gemeente SPUK 1, 2 en 3 en de keuze tussen SPUK 1 en SPUK 3, de "
        "totalen en waarom. Een bedrag, pot of keuze die nog niet bekend is, is null (nooit "
        "0); `ontbreekt` noemt wat ontbreekt.",
        parameters=[LOPENDE_CYCLUS],
        responses={200: BonusSerializer},
    )
    def get(self, request: Request, code: str) -> Response:
        t = toegang(request.user)
        cyclus = gevraagde_cyclus(request) or huidige_cyclus(code, lezer=t) or ""
        pc = provincie_cyclus(code, cyclus)
        if not mag_lezen(t, code, pc.gepubliceerd):
            raise niet_gevonden(code, cyclus)
        return Response(BonusSerializer(bonus(code, cyclus)).data)
