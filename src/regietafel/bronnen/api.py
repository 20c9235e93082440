"""/api/v1/bronnen: the source and reference date (*peildatum*) of every stored figure of a
province's cycle, and whether it is stale. Read per role like the figures themselves."""

from __future__ import annotations

from typing import Any

from django.core.validators import RegexValidator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, generics, serializers

from regietafel.api.serializers import CODE_PATROON
from regietafel.bronnen.services import bron_als_dict, bronnenoverzicht
from regietafel.domain.bronnen import BronFout
from regietafel.publicaties.openbaarheid import verborgen_locaties
from regietafel.services.opslag import NietGevonden, provincie_cyclus
from regietafel.services.toegang import leest_intern, mag_lezen, toegang


class BronSerializer(serializers.Serializer):
    soort = serializers.ChoiceField(choices=["document", "import", "persoon"])
    omschrijving = serializers.CharField()
    titel = serializers.CharField(allow_null=True)
    datum = serializers.DateField(allow_null=True, help_text="datum van het document")
    bestandsnaam = serializers.CharField(allow_null=True)
    sha256 = serializers.CharField(allow_null=True)
    persoon = serializers.CharField(
        allow_null=True, help_text="wie importeerde of invoerde; niet voor het publiek"
    )
    moment = serializers.DateTimeField(allow_null=True)


class CijferbronSerializer(serializers.Serializer):
    gemeente = serializers.CharField(allow_null=True, help_text="CBS-code; leeg: de provincie")
    gemeenteNaam = serializers.CharField()  # noqa: N815
    cijfer = serializers.CharField(help_text="kolom van de puzzel, bijv. amv.aanbod.2025")
    omschrijving = serializers.CharField()
    bron = BronSerializer()
    peildatum = serializers.DateField()
    verouderd = serializers.BooleanField()
    stand = serializers.ChoiceField(
        choices=["actueel", "verouderd", "vast", "gepubliceerd"],
        help_text="actueel, verouderd, vast (vast voor de cyclus) of gepubliceerd "
        "(zoals gepubliceerd of bekrachtigd)",
    )


OUDER_DAN_MAX = 36500


class BronnenFilter(serializers.Serializer):
    _code = RegexValidator(CODE_PATROON, message="Geen geldige code.")
    provincie = serializers.CharField(validators=[_code])
    cyclus = serializers.CharField(validators=[_code])
    ouderDan = serializers.IntegerField(  # noqa: N815
        required=False, min_value=1, max_value=OUDER_DAN_MAX
    )


def _param(naam: str, beschrijving: str, soort: Any = OpenApiTypes.STR, **kw: Any) -> Any:
    return OpenApiParameter(naam, soort, OpenApiParameter.QUERY, description=beschrijving, **kw)


@extend_schema_view(
    get=extend_schema(
        summary="Bronnen van de cijfers",
        parameters=[
            _param(
                "provincie",
                "provinciecode, bijvoorbeeld drenthe",
                required=True,
                pattern=CODE_PATROON,
            ),
            _param("cyclus", "cyclus, bijvoorbeeld 2025-2026", required=True, pattern=CODE_PATROON),
            _param(
                "ouderDan",
                "cijfers met een oudere peildatum (in dagen) heten verouderd; standaard de "
                "norm van de provincie (180 dagen)",
                {"type": "integer", "minimum": 1, "maximum": OUDER_DAN_MAX},
            ),
        ],
    )
)
class BronnenLijst(generics.ListAPIView):
    """Per opgeslagen cijfer van een provincie in een cyclus: de bron (document, import of
    persoon), de peildatum en of het cijfer verouderd is."""

    serializer_class = CijferbronSerializer

    def get_queryset(self) -> list[dict[str, Any]]:  # type: ignore[override]
        f = BronnenFilter(data=self.request.query_params)
        f.is_valid(raise_exception=True)
        provincie, cyclus = f.validated_data["provincie"], f.validated_data["cyclus"]
        try:
            pc = provincie_cyclus(provincie, cyclus)
        except NietGevonden as fout:
            raise exceptions.NotFound(str(fout)) from None
        t = toegang(self.request.user)
        if not mag_lezen(t, provincie, pc.gepubliceerd):
            if not self.request.user.is_authenticated:
                raise exceptions.NotAuthenticated("Log in of geef een token mee.")
            raise exceptions.PermissionDenied("U mag de cijfers van deze provincie niet lezen.")
        try:
            o = bronnenoverzicht(
                provincie,
                cyclus,
                f.validated_data.get("ouderDan"),
                met_personen=leest_intern(t, provincie),
                verborgen=verborgen_locaties(t, provincie, cyclus),
            )
        except BronFout as fout:
            raise serializers.ValidationError({"ouderDan": [str(fout)]}) from None
        return [
            {
                "gemeente": c.cbs_code or None,
                "gemeenteNaam": c.gemeente,
                "cijfer": c.kolom,
                "omschrijving": c.omschrijving,
                "bron": bron_als_dict(h.bron),
                "peildatum": h.peildatum,
                "verouderd": stand == "verouderd",
                "stand": stand.value,
            }
            for c, h, stand in o.cijfers
        ]
