"""The API's resources: field names in lowerCamelCase, dates in ISO 8601."""

from __future__ import annotations

from typing import Any

from django.core.validators import RegexValidator
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import Field
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from regietafel.cycli.models import Cyclus
from regietafel.domain.onbekend import onbekend_in_cyclus
from regietafel.importen.models import Import
from regietafel.locaties.models import Locatie
from regietafel.locaties.soorten import SOORTEN, STATUSSEN
from regietafel.opgaven.models import CATEGORIEEN, Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.puzzel.services import opgaven_in_de_puzzel
from regietafel.services.kerngegevens import alle_gemeenten
from regietafel.services.wijzigingen import HOOGSTE_VERSIE

MAX_AANTAL = 1_000_000
# A change is based on a version that can still move on by one (the column's maximum is
# HOOGSTE_VERSIE on PostgreSQL), so a larger one is a 400, never an overflow.
MAX_VERSIE = HOOGSTE_VERSIE - 1
# A code in a query filter (provincie, cyclus, gemeente): checked, and so documented.
CODE_PATROON = r"^[A-Za-z0-9_-]{1,50}$"


class ApiModelSerializer(serializers.ModelSerializer):
    """A ModelSerializer whose integer bounds are the same on every database.

    DRF takes a model field's bounds from the connection: 64-bit on SQLite, 32-bit on
    PostgreSQL, so the OpenAPI document differed between them. This one takes Django's
    portable ranges (those every database holds, PostgreSQL's), or the model's own
    stricter bound."""

    def build_standard_field(self, field_name: str, model_field: Field) -> Any:
        klasse, kwargs = super().build_standard_field(field_name, model_field)
        bereik = BaseDatabaseOperations.integer_field_ranges.get(model_field.get_internal_type())
        if bereik is not None and {"min_value", "max_value"} & set(kwargs):
            laag, hoog = bereik
            kwargs["min_value"] = max(kwargs.get("min_value", laag), laag)
            kwargs["max_value"] = min(kwargs.get("max_value", hoog), hoog)
        return klasse, kwargs


def geldig(serializer: type[serializers.Serializer], data: Any) -> Any:
    """`data` as `serializer` validates it; a 400 that names every invalid field otherwise."""
    invoer = serializer(data=data)
    invoer.is_valid(raise_exception=True)
    return invoer.validated_data


def _geen_surrogaten(tekst: str) -> None:
    if any("\ud800" <= c <= "\udfff" for c in tekst):
        raise serializers.ValidationError("De tekst bevat ongeldige tekens.")


class Tekst(serializers.CharField):
    """Text that PostgreSQL can store: no NUL characters (DRF) and no lone surrogates."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators.append(_geen_surrogaten)


class ProvincieSerializer(ApiModelSerializer):
    class Meta:
        model = Provincie
        fields = ["code", "naam"]


class GemeenteSerializer(ApiModelSerializer):
    cbsCode = serializers.CharField(source="cbs_code")  # noqa: N815 - API field names
    provincie = serializers.CharField(source="provincie.code")
    inwonersPeiljaar = serializers.IntegerField(source="inwoners_peiljaar")  # noqa: N815
    sesScore = serializers.DecimalField(  # noqa: N815
        source="ses_score", max_digits=8, decimal_places=4, allow_null=True
    )

    class Meta:
        model = Gemeente
        fields = ["cbsCode", "naam", "provincie", "inwoners", "inwonersPeiljaar", "sesScore"]


NOG_NIET_BEKEND_UITLEG = "null: nog niet bekend (nooit 0 voor onbekend)"


def onbekend_getal(help_text: str, **kwargs: Any) -> serializers.IntegerField:
    """A whole number (an amount in euro, a national figure) that is null while it is not
    yet known; the schema says so."""
    return serializers.IntegerField(
        allow_null=True, help_text=f"{help_text}; {NOG_NIET_BEKEND_UITLEG}", **kwargs
    )


class CyclusSerializer(ApiModelSerializer):
    jaren = serializers.ListField(child=serializers.IntegerField())
    landelijkeBehoefte = serializers.IntegerField(source="landelijke_behoefte")  # noqa: N815
    amvLandelijk = onbekend_getal("het landelijke AMV-deel", source="amv_landelijk")  # noqa: N815
    spuk1BedragPerPlaats = onbekend_getal(  # noqa: N815
        "SPUK 1 in euro per duurzame plaats",
        source="regels.spuk1_bedrag_per_plaats",
        default=None,
    )
    spuk2BedragPerPlaats = onbekend_getal(  # noqa: N815
        "SPUK 2 in euro per bijzondere plaats",
        source="regels.spuk2_bedrag_per_plaats",
        default=None,
    )
    ontbreekt = serializers.SerializerMethodField(
        help_text="De velden hierboven die nog niet bekend zijn (veldnamen uit docs/regels.md)."
    )

    class Meta:
        model = Cyclus
        fields = [
            "naam",
            "jaren",
            "landelijkeBehoefte",
            "amvLandelijk",
            "spuk1BedragPerPlaats",
            "spuk2BedragPerPlaats",
            "ontbreekt",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_ontbreekt(self, cyclus: Cyclus) -> list[str]:
        return list(onbekend_in_cyclus(cyclus.to_domain()))


class OpgaveSerializer(ApiModelSerializer):
    gemeente = serializers.CharField(source="gemeente.cbs_code")
    cyclus = serializers.CharField(source="cyclus.naam")
    geldendeOpgave = serializers.SerializerMethodField(  # noqa: N815
        help_text="De opgave zoals de puzzel hem toont (voor een gepubliceerde cyclus zoals "
        "gepubliceerd). Voor Oekraïne berekend: de provinciale opgave naar inwoners verdeeld "
        "met de afronding van de cyclus, terwijl `opgave` daar leeg blijft; voor de andere "
        f"categorieën het indicatieve aantal; {NOG_NIET_BEKEND_UITLEG}"
    )

    class Meta:
        model = Opgave
        fields = [
            "id",
            "gemeente",
            "cyclus",
            "categorie",
            "opgave",
            "realisatie",
            "ambitie",
            "geldendeOpgave",
            "versie",
        ]
        extra_kwargs = {
            "opgave": {
                "help_text": "Het indicatieve aantal van het ministerie, zoals opgeslagen; "
                "null als het nog niet bekend is, en altijd voor Oekraïne, waarvan de opgave "
                "wordt berekend (zie geldendeOpgave)."
            }
        }

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_geldendeOpgave(self, o: Opgave) -> int | None:  # noqa: N802
        # One puzzle per province and cycle on a page, shared by its rows (the context is
        # the list's).
        puzzels = self.context.setdefault("puzzels", {})
        sleutel = (o.gemeente.provincie.code, o.cyclus.naam)
        if sleutel not in puzzels:
            puzzels[sleutel] = opgaven_in_de_puzzel(*sleutel)
        return puzzels[sleutel].get((o.gemeente.cbs_code, o.categorie))


class AanbodSerializer(ApiModelSerializer):
    gemeente = serializers.CharField(source="gemeente.cbs_code")
    cyclus = serializers.CharField(source="cyclus.naam")

    class Meta:
        model = Aanbod
        fields = ["id", "gemeente", "cyclus", "categorie", "jaar", "plaatsen", "versie"]


class AanbodWijzigingSerializer(serializers.Serializer):
    """A change of an offer: the new number of places, based on `versie`. The view checks
    it whole (not partial), so its fields are required in the PATCH body too."""

    verplicht_bij_patch = ("plaatsen", "versie")

    plaatsen = serializers.IntegerField(min_value=0, max_value=MAX_AANTAL, allow_null=True)
    versie = serializers.IntegerField(min_value=1, max_value=MAX_VERSIE)
    reden = Tekst(max_length=100, required=False, allow_blank=True, default="")


class OnleesbaarSerializer(serializers.Serializer):
    veld = serializers.CharField()
    tekst = serializers.CharField()


class CbsCodeVeld(serializers.SlugRelatedField):
    """A municipality by CBS code. A code with a NUL byte cannot exist, and PostgreSQL
    refuses to even look it up, so it is rejected as invalid input first."""

    def to_internal_value(self, data: object) -> object:
        if isinstance(data, str) and "\x00" in data:
            self.fail("does_not_exist", slug_name=self.slug_field, value="(ongeldige tekens)")
        return super().to_internal_value(data)


class LocatieSerializer(ApiModelSerializer):
    """A reception location. `versie` is required to change an existing one."""

    verplicht_bij_patch = ("versie",)

    gemeente = CbsCodeVeld(slug_field="cbs_code", queryset=alle_gemeenten(), help_text="CBS-code")
    naam = Tekst(max_length=200, required=False, allow_blank=True, default="")
    plaatsen = serializers.IntegerField(min_value=0, max_value=MAX_AANTAL)
    soort = serializers.ChoiceField(choices=SOORTEN)
    status = serializers.ChoiceField(choices=STATUSSEN)
    beschikbaarVan = serializers.DateField(  # noqa: N815
        source="beschikbaar_van", required=False, allow_null=True, default=None
    )
    beschikbaarTot = serializers.DateField(  # noqa: N815
        source="beschikbaar_tot", required=False, allow_null=True, default=None
    )
    onbepaaldeTijd = serializers.BooleanField(  # noqa: N815
        source="onbepaalde_tijd", required=False, default=False
    )
    opmerking = Tekst(max_length=2000, required=False, allow_blank=True, default="")
    geplandInGebruik = serializers.DateField(  # noqa: N815
        source="gepland_in_gebruik", required=False, allow_null=True, default=None
    )
    fase = serializers.CharField(
        read_only=True, help_text="de laatste fase; wijzigen via /locaties/{id}/fasen"
    )
    onleesbaar = serializers.SerializerMethodField(
        help_text="Cellen van de bron die niet als hun type te lezen waren (bijv. '28' als datum)."
    )
    afgeschermd = serializers.SerializerMethodField(
        help_text="true: de locatie heeft de fase waarin haar naam en bijzonderheden openbaar "
        "worden nog niet bereikt, en u bent niet haar gemeente, provincie of het ministerie; "
        "naam en opmerking zijn dan leeg. Zie docs/api.md."
    )
    versie = serializers.IntegerField(min_value=1, max_value=MAX_VERSIE, required=False)
    reden = Tekst(max_length=100, required=False, allow_blank=True, write_only=True, default="")

    class Meta:
        model = Locatie
        fields = [
            "id",
            "gemeente",
            "naam",
            "plaatsen",
            "soort",
            "status",
            "beschikbaarVan",
            "beschikbaarTot",
            "onbepaaldeTijd",
            "opmerking",
            "geplandInGebruik",
            "fase",
            "onleesbaar",
            "afgeschermd",
            "versie",
            "reden",
        ]

    @extend_schema_field(OnleesbaarSerializer(many=True))
    def get_onleesbaar(self, locatie: Locatie) -> list[dict[str, str]]:
        return [{"veld": veld, "tekst": tekst} for veld, tekst in locatie.onleesbaar]

    def get_afgeschermd(self, locatie: Locatie) -> bool:
        """Set by services.openbaarheid.locaties_voor on the locations the reader sees."""
        return bool(getattr(locatie, "afgeschermd", False))

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        van = data.get("beschikbaar_van", getattr(self.instance, "beschikbaar_van", None))
        tot = data.get("beschikbaar_tot", getattr(self.instance, "beschikbaar_tot", None))
        onbepaald = data.get("onbepaalde_tijd", getattr(self.instance, "onbepaalde_tijd", False))
        if van and tot and tot < van:
            raise serializers.ValidationError(
                {"beschikbaarTot": "De einddatum ligt vóór de begindatum."}
            )
        if onbepaald and tot:
            raise serializers.ValidationError(
                {"beschikbaarTot": "Geen einddatum bij een locatie voor onbepaalde tijd."}
            )
        if self.instance is not None:
            if "versie" not in data:
                raise serializers.ValidationError(
                    {"versie": "Noem de versie waarop de wijziging is gebaseerd."}
                )
            gemeente = data.get("gemeente")
            if gemeente is not None and gemeente.pk != self.instance.gemeente_id:
                raise serializers.ValidationError(
                    {"gemeente": "Een locatie kan niet naar een andere gemeente."}
                )
        return data


class ImportSerializer(ApiModelSerializer):
    gebruiker = serializers.CharField(source="gebruiker.username", allow_null=True, default=None)
    aantalRijen = serializers.IntegerField(source="aantal_rijen")  # noqa: N815

    class Meta:
        model = Import
        fields = [
            "id",
            "soort",
            "bestandsnaam",
            "sha256",
            "provincie",
            "cyclus",
            "gebruiker",
            "tijdstip",
            "aantalRijen",
            "wijzigingen",
        ]


CATEGORIE_KEUZES = [c for c, _ in CATEGORIEEN]


class FilterSerializer(serializers.Serializer):
    """The query parameters of the lists: codes only, so nothing odd reaches the database."""

    _code = RegexValidator(CODE_PATROON, message="Geen geldige code.")
    provincie = serializers.CharField(required=False, validators=[_code])
    cyclus = serializers.CharField(required=False, validators=[_code])
    gemeente = serializers.CharField(required=False, validators=[_code])
    categorie = serializers.ChoiceField(choices=CATEGORIE_KEUZES, required=False)
