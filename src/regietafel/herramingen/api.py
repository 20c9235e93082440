"""/api/v1/herramingen: the versions of the capaciteitsbesluit per province and cycle, read
per role (every logged-in role reads its provinces; the ministry reads all; the public
none). A revision is imported in the web app or on the command line, not here."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import generics, serializers

from regietafel.api.rechten import met_rol
from regietafel.api.serializers import ApiModelSerializer
from regietafel.api.views import CYCLUS, PROVINCIE, _filters
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.herramingen.services import leesbare_herramingen


class AantallenSerializer(serializers.Serializer):
    """The indicative numbers of one municipality in a version."""

    cbsCode = serializers.CharField()  # noqa: N815 - API names are lowerCamelCase
    regulier = serializers.IntegerField()
    amv = serializers.IntegerField()


@extend_schema_field(AantallenSerializer(many=True))
class AantallenVeld(serializers.Field):
    def to_representation(self, value: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
        return [
            {"cbsCode": code, "regulier": a["regulier"], "amv": a["amv"]}
            for code, a in sorted(value.items())
        ]


class HerramingSerializer(ApiModelSerializer):
    """One version of the capaciteitsbesluit; the highest `nummer` is the current one."""

    provincie = serializers.CharField(source="provincie_cyclus.provincie.code")
    cyclus = serializers.CharField(source="provincie_cyclus.cyclus.naam")
    datumBesluit = serializers.DateField(source="datum_besluit", allow_null=True)  # noqa: N815
    landelijkeBehoefte = serializers.IntegerField(source="landelijke_behoefte")  # noqa: N815
    aantallen = AantallenVeld()
    importId = serializers.IntegerField(source="import_log_id", allow_null=True)  # noqa: N815
    geimporteerdOp = serializers.DateTimeField(source="geimporteerd_op")  # noqa: N815
    geimporteerdDoor = serializers.CharField(  # noqa: N815
        source="geimporteerd_door.username", allow_null=True, default=None
    )

    class Meta:
        model = Capaciteitsbesluitversie
        fields = [
            "id",
            "provincie",
            "cyclus",
            "nummer",
            "datumBesluit",
            "omschrijving",
            "landelijkeBehoefte",
            "aantallen",
            "bestandsnaam",
            "sha256",
            "importId",
            "geimporteerdOp",
            "geimporteerdDoor",
        ]


@extend_schema_view(
    get=extend_schema(
        summary="Versies van het capaciteitsbesluit (herramingen)", parameters=[PROVINCIE, CYCLUS]
    )
)
class HerramingLijst(generics.ListAPIView):
    """De versies van het capaciteitsbesluit van de provincies die u mag lezen, per
    provincie en cyclus oplopend genummerd."""

    serializer_class = HerramingSerializer

    def get_queryset(self) -> QuerySet[Capaciteitsbesluitversie]:
        t = met_rol(self.request)
        f = _filters(self.request, ["provincie", "cyclus"])
        return leesbare_herramingen(t, f.get("provincie"), f.get("cyclus"))
