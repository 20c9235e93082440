"""/api/v1/capaciteit/{code}, /api/v1/oekraine/{code} and /api/v1/statushouders/{code}: the
figures of the pages behind the dashboard, from the same services and in the shape of
their documented JSON (`regietafel capaciteit --json` etc.), with the same reading rules
as the pages: a role that reads the province internally (api.keuze). Locations are shown
as the reader may read them (services.capaciteit with `lezer`)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api import voorbeelden
from regietafel.api.keuze import CYCLUS, gekozen_cyclus, intern_leesbare_provincie
from regietafel.api.serializers import NOG_NIET_BEKEND_UITLEG
from regietafel.domain.model import Afronding
from regietafel.domain.oekraine import EINDE_TIJDELIJKE_BESCHERMING
from regietafel.domain.statushouders import PeriodeFout
from regietafel.locaties.capaciteit import capaciteit, capaciteit_als_dict
from regietafel.oekraine.services import AFRONDINGEN, oekraine, oekraine_als_dict
from regietafel.services.opslag import NietGevonden
from regietafel.statushouders.services import statushouders, statushouders_als_dict


def _aantal(help_text: str, **kwargs: Any) -> serializers.IntegerField:
    return serializers.IntegerField(
        allow_null=True, help_text=f"{help_text}; {NOG_NIET_BEKEND_UITLEG}", **kwargs
    )


def _datum(source: str, help_text: str) -> serializers.DateField:
    """A date that may be unknown (null)."""
    return serializers.DateField(source=source, allow_null=True, help_text=help_text)


def _per_gemeente(help_text: str, **kwargs: Any) -> serializers.DictField:
    return serializers.DictField(
        child=serializers.IntegerField(allow_null=True),
        help_text=f"{help_text}, per CBS-code.",
        **kwargs,
    )


# ------------------------------------------------------------------------------ capacity


class CapaciteitLocatieSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    gemeente = serializers.CharField(help_text="De naam van de gemeente.")
    naam = serializers.CharField(
        help_text="De naam van de locatie; leeg zolang zij voor u nog niet openbaar is."
    )
    plaatsen = serializers.IntegerField(help_text="Het aantal plaatsen.")
    soort = serializers.CharField(help_text="Het soort locatie.")
    status = serializers.CharField(help_text="De status van de locatie.")
    beschikbaarVan = _datum("beschikbaar_van", "Beschikbaar van.")  # noqa: N815
    beschikbaarTot = _datum("beschikbaar_tot", "Beschikbaar tot.")  # noqa: N815
    onbepaaldeTijd = serializers.BooleanField(  # noqa: N815
        source="onbepaalde_tijd", help_text="Voor onbepaalde tijd."
    )


class CapaciteitMaandSerializer(serializers.Serializer):
    maand = serializers.CharField(help_text="De maand (JJJJ-MM), bijvoorbeeld 2026-01.")
    totaal = serializers.IntegerField(help_text="Plaatsen op de eerste dag van de maand.")
    laagsteTotaal = serializers.IntegerField(  # noqa: N815
        source="laagste_totaal", help_text="Het laagste aantal plaatsen in de maand."
    )
    perGemeente = _per_gemeente("Plaatsen", source="per_gemeente")  # noqa: N815
    laagstePerGemeente = _per_gemeente(  # noqa: N815
        "Het laagste aantal plaatsen in de maand", source="laagste_per_gemeente"
    )


class MutatieSerializer(serializers.Serializer):
    datum = serializers.DateField(help_text="De dag waarop het aantal plaatsen verandert.")
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    gemeente = serializers.CharField(help_text="De naam van de gemeente.")
    verschil = serializers.IntegerField(help_text="Plaatsen erbij (positief) of eraf.")
    totaalNa = serializers.IntegerField(  # noqa: N815
        source="totaal_na", help_text="Het totaal van de provincie daarna."
    )


class WaarschuwingenSerializer(serializers.Serializer):
    peildatum = serializers.DateField(help_text="De peildatum.")
    horizonDagen = serializers.IntegerField(  # noqa: N815
        source="horizon_dagen", help_text="Hoeveel dagen vooruit gekeken is."
    )
    aflopend = CapaciteitLocatieSerializer(many=True, help_text="Contracten die aflopen.")
    verlopen = CapaciteitLocatieSerializer(many=True, help_text="Verlopen contracten.")


class CapaciteitSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    van = serializers.DateField(help_text="Begin van de periode.")
    tot = serializers.DateField(help_text="Einde van de periode.")
    opgave = _aantal("De asielopgave van de provincie")
    opgavePerGemeente = _per_gemeente("De opgave", source="opgave_per_gemeente")  # noqa: N815
    gemeenten = serializers.DictField(
        child=serializers.CharField(), help_text="De naam van elke gemeente, per CBS-code."
    )
    maanden = CapaciteitMaandSerializer(many=True, help_text="De capaciteit per maand.")
    mutaties = MutatieSerializer(many=True, help_text="Elke verandering van de capaciteit.")
    tekortVanaf = _datum(  # noqa: N815
        "tekort_vanaf", "De eerste dag onder de opgave, of null als die er niet is."
    )
    geplandOnbekendeDag = CapaciteitLocatieSerializer(  # noqa: N815
        many=True, source="gepland_zonder_datum", help_text="Geplande locaties zonder datum."
    )
    waarschuwingen = WaarschuwingenSerializer(help_text="Aflopende en verlopen contracten.")


class CapaciteitFilter(serializers.Serializer):
    peildatum = serializers.DateField(required=False)
    horizon = serializers.IntegerField(required=False, min_value=1, max_value=3660)


def _gefilterd(klasse: type[serializers.Serializer], request: Request) -> dict[str, Any]:
    f = klasse(
        data={k: request.query_params[k] for k in klasse().fields if k in request.query_params}
    )
    f.is_valid(raise_exception=True)
    return dict(f.validated_data)


PEILDATUM = OpenApiParameter(
    "peildatum",
    OpenApiTypes.DATE,
    OpenApiParameter.QUERY,
    description="De peildatum van de waarschuwingen (ISO 8601), standaard vandaag.",
)
HORIZON = OpenApiParameter(
    "horizon",
    OpenApiTypes.INT,
    OpenApiParameter.QUERY,
    description="Hoeveel dagen vooruit een aflopend contract gemeld wordt (1 tot en met 3660).",
)


class CapaciteitDetail(APIView):
    """De capaciteit van een provincie in de tijd."""

    @extend_schema(
        summary="Capaciteit in de tijd",
        description="De plaatsen per maand en per gemeente tegenover de opgave, de "
        "veranderingen, en de aflopende contracten: de cijfers van de pagina Capaciteit. "
        "Voor wie de provincie intern leest.",
        parameters=[CYCLUS, PEILDATUM, HORIZON],
        responses={200: CapaciteitSerializer},
        examples=[
            OpenApiExample(
                "Eén maand",
                value={
                    "provincie": "drenthe",
                    "cyclus": "2025-2026",
                    "van": "2025-01-01",
                    "tot": "2027-01-01",
                    "opgave": 2691,
                    "opgavePerGemeente": {"GM0106": 360},
                    "gemeenten": {"GM0106": "Assen"},
                    "maanden": [
                        {
                            "maand": "2025-01",
                            "totaal": 3855,
                            "laagsteTotaal": 3855,
                            "perGemeente": {"GM0106": 1000},
                            "laagstePerGemeente": {"GM0106": 1000},
                        }
                    ],
                    "mutaties": [],
                    "tekortVanaf": None,
                    "geplandOnbekendeDag": [],
                    "waarschuwingen": {
                        "peildatum": "2026-01-01",
                        "horizonDagen": 90,
                        "aflopend": [],
                        "verlopen": [],
                    },
                },
                response_only=True,
            )
        ],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code, alleen_ingelogd=True)
        f = _gefilterd(CapaciteitFilter, request)
        o = capaciteit(k.provincie, k.cyclus, f.get("peildatum"), f.get("horizon"), lezer=k.lezer)
        return Response(CapaciteitSerializer(capaciteit_als_dict(o)).data)


# ------------------------------------------------------------------------------- Ukraine


class OekraineGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    naam = serializers.CharField(help_text="De naam van de gemeente.")
    opgave = serializers.IntegerField(help_text="De berekende Oekraïne-opgave.")
    realisatie = _aantal("De gerealiseerde plaatsen")
    ambitie = _aantal("De ambitie")
    gooPlaatsen = serializers.IntegerField(  # noqa: N815
        source="goo_plaatsen", help_text="De plaatsen in gemeentelijke opvanglocaties (GOO)."
    )


class KwartaalSerializer(serializers.Serializer):
    kwartaal = serializers.CharField(help_text="Het kwartaal, bijvoorbeeld 2026-K1.")
    eindigt = serializers.IntegerField(help_text="Plaatsen die eindigen.")
    omgezet = serializers.IntegerField(help_text="Plaatsen die worden omgezet (transformatie).")
    onbekend = serializers.IntegerField(help_text="Plaatsen waarvan dat nog niet bekend is.")


class GooLocatieSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    naam = serializers.CharField(help_text="De naam van de GOO-locatie.")
    plaatsen = serializers.IntegerField(help_text="Het aantal plaatsen.")
    beschikbaarVan = _datum("beschikbaar_van", "Beschikbaar van.")  # noqa: N815
    geplandeEinde = _datum("geplande_einde", "Het geplande einde.")  # noqa: N815
    transformeerbaar = serializers.BooleanField(
        allow_null=True, help_text="Of de locatie kan worden omgezet; null: onbekend."
    )
    opmerking = serializers.CharField(help_text="Bijzonderheden.")


class OekraineSerializer(serializers.Serializer):
    afronding = serializers.ChoiceField(
        choices=[a.value for a in AFRONDINGEN], help_text="De gebruikte afronding."
    )
    eindeTijdelijkeBescherming = serializers.DateField(  # noqa: N815
        source="einde_tijdelijke_bescherming", help_text="Het einde van de bescherming."
    )
    opgave = serializers.IntegerField(help_text="De provinciale Oekraïne-opgave.")
    somOpgaven = serializers.IntegerField(  # noqa: N815
        source="som_opgaven", help_text="De som van de opgaven van de gemeenten."
    )
    gemeenten = OekraineGemeenteSerializer(many=True)
    kwartalen = KwartaalSerializer(many=True, help_text="Afbouw per kwartaal.")
    locaties = GooLocatieSerializer(many=True, help_text="De GOO-locaties.")


class OekraineFilter(serializers.Serializer):
    afronding = serializers.ChoiceField(choices=[a.value for a in AFRONDINGEN], required=False)
    einde = serializers.DateField(required=False)


class OekraineDetail(APIView):
    """Oekraïne: opgave per gemeente, GOO-locaties en afbouw."""

    @extend_schema(
        summary="Oekraïne-opvang",
        description="De Oekraïne-opgave per gemeente met de gekozen afronding, de "
        "GOO-locaties, en wat per kwartaal eindigt of wordt omgezet na de tijdelijke "
        "bescherming: de cijfers van de pagina Oekraïne. Voor wie de provincie intern leest.",
        parameters=[
            CYCLUS,
            OpenApiParameter(
                "afronding",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                enum=[a.value for a in AFRONDINGEN],
                description="De afronding van de opgave per gemeente (standaard die van de "
                "cyclus).",
            ),
            OpenApiParameter(
                "einde",
                OpenApiTypes.DATE,
                OpenApiParameter.QUERY,
                description="Het einde van de tijdelijke bescherming (ISO 8601), standaard "
                f"{EINDE_TIJDELIJKE_BESCHERMING.isoformat()}.",
            ),
        ],
        responses={200: OekraineSerializer},
        examples=[voorbeelden.OEKRAINE],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code, alleen_ingelogd=True)
        f = _gefilterd(OekraineFilter, request)
        afronding = Afronding(f["afronding"]) if "afronding" in f else None
        o = oekraine(k.provincie, k.cyclus, afronding, f.get("einde", EINDE_TIJDELIJKE_BESCHERMING))
        data = {**oekraine_als_dict(o), "locaties": o.locaties}
        return Response(OekraineSerializer(data).data)


# ------------------------------------------------------------------------- status holders


class StatushouderGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code", help_text="CBS-code.")  # noqa: N815
    naam = serializers.CharField(help_text="De naam van de gemeente.")
    taakstelling = _aantal("De taakstelling van het halfjaar")
    achterstandVooraf = _aantal(  # noqa: N815
        "De achterstand (of voorsprong) uit eerdere halfjaren", source="achterstand_vooraf"
    )
    teRealiseren = _aantal("Taakstelling plus achterstand", source="te_realiseren")  # noqa: N815
    realisatie = _aantal("Het aantal gehuisveste statushouders")
    saldo = _aantal("Naar het volgende halfjaar: te realiseren min gehuisvest")
    percentage = serializers.CharField(
        allow_null=True, help_text="De realisatie als percentage, zoals de pagina het toont."
    )
    opKoers = serializers.BooleanField(  # noqa: N815
        source="op_koers", allow_null=True, help_text="Of de gemeente op koers ligt."
    )


class StatushouderTotaalSerializer(serializers.Serializer):
    taakstelling = _aantal("De taakstelling van de provincie")
    teRealiseren = _aantal("Te realiseren", source="te_realiseren")  # noqa: N815
    realisatie = _aantal("Gehuisvest")
    percentage = serializers.CharField(allow_null=True, help_text="Als percentage.")
    opKoers = serializers.BooleanField(  # noqa: N815
        source="op_koers", allow_null=True, help_text="Of de provincie op koers ligt."
    )
    aantal = serializers.IntegerField(allow_null=True, help_text="Gemeenten op koers.")


class GerapporteerdSerializer(serializers.Serializer):
    percentage = serializers.FloatField(allow_null=True, help_text="Het gerapporteerde percentage.")
    opKoers = serializers.IntegerField(  # noqa: N815
        source="op_koers", allow_null=True, help_text="Gemeenten op koers volgens de bron."
    )
    aantal = serializers.IntegerField(allow_null=True, help_text="Het aantal gemeenten.")
    bron = serializers.CharField(help_text="De bron van de rapportage.")


class StatushoudersSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    periode = serializers.CharField(help_text="Het halfjaar, bijvoorbeeld 2025-2.")
    gemeenten = StatushouderGemeenteSerializer(many=True)
    provincieTotaal = StatushouderTotaalSerializer(  # noqa: N815
        source="provincie_totaal", allow_null=True, help_text="De provincie als geheel."
    )
    gerapporteerd = GerapporteerdSerializer(
        allow_null=True, help_text="Wat de bron zelf rapporteerde, of null."
    )


class PeriodeFilter(serializers.Serializer):
    periode = serializers.RegexField(r"^[0-9]{4}-[12]$", required=False)


class StatushoudersDetail(APIView):
    """Statushouders in één halfjaar."""

    @extend_schema(
        summary="Huisvesting van statushouders",
        description="Per gemeente de taakstelling, de meegenomen achterstand, de realisatie "
        "en het percentage in één halfjaar: de cijfers van de pagina Statushouders. Niet "
        "per cyclus. Voor wie de provincie intern leest.",
        parameters=[
            OpenApiParameter(
                "periode",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                pattern=r"^[0-9]{4}-[12]$",
                description="Het halfjaar, bijvoorbeeld 2025-2; standaard het laatste.",
            )
        ],
        responses={200: StatushoudersSerializer},
        examples=[voorbeelden.STATUSHOUDERS],
    )
    def get(self, request: Request, code: str) -> Response:
        intern_leesbare_provincie(request, code)
        periode = _gefilterd(PeriodeFilter, request).get("periode")
        try:
            o = statushouders(code, periode)
        except (NietGevonden, PeriodeFout) as fout:
            raise exceptions.NotFound(str(fout)) from None
        return Response(StatushoudersSerializer(statushouders_als_dict(o)).data)
