"""/api/v1/uitruilen: exchanges between municipalities, read per role, proposed and
confirmed through services.uitruil (the same rights and version check as the web app)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from django.core.validators import RegexValidator
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from regietafel.api.fouten import VersieConflict
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import (
    CODE_PATROON,
    MAX_AANTAL,
    MAX_VERSIE,
    ApiModelSerializer,
    Tekst,
    geldig,
)
from regietafel.api.views import CYCLUS, PROVINCIE, _filters
from regietafel.domain.uitruil import CATEGORIE_NAMEN, UitruilFout, Voorstel
from regietafel.services.opslag import NietGevonden
from regietafel.services.wijzigingen import Conflict
from regietafel.uitruil.models import Uitruil
from regietafel.uitruil.services import bevestig, leesbare_uitruilen, stel_voor

CATEGORIEEN = [c.value for c in CATEGORIE_NAMEN]
_CODE = RegexValidator(CODE_PATROON, message="Geen geldige code.")
_PERIODE = RegexValidator(
    r"^\d{4}(-[12])?$", message="Schrijf een jaar (2026) of halfjaar (2026-1)."
)


class UitruilSerializer(ApiModelSerializer):
    """An exchange: A takes `aantalA` of `categorieA` from B; B takes `aantalB` of
    `categorieB` from A in return."""

    provincie = serializers.CharField(source="provincie_cyclus.provincie.code")
    cyclus = serializers.CharField(source="provincie_cyclus.cyclus.naam")
    status = serializers.SerializerMethodField()
    gemeenteA = serializers.CharField(source="gemeente_a.cbs_code")  # noqa: N815 - API names
    categorieA = serializers.CharField(source="categorie_a")  # noqa: N815
    aantalA = serializers.IntegerField(source="aantal_a")  # noqa: N815
    periodenA = serializers.ListField(source="perioden_a", child=serializers.CharField())  # noqa: N815
    gemeenteB = serializers.CharField(source="gemeente_b.cbs_code")  # noqa: N815
    categorieB = serializers.CharField(source="categorie_b")  # noqa: N815
    aantalB = serializers.IntegerField(source="aantal_b")  # noqa: N815
    periodenB = serializers.ListField(source="perioden_b", child=serializers.CharField())  # noqa: N815
    akkoordA = serializers.DateTimeField(source="akkoord_a_op", allow_null=True)  # noqa: N815
    akkoordB = serializers.DateTimeField(source="akkoord_b_op", allow_null=True)  # noqa: N815
    verdelingsversie = serializers.IntegerField(
        source="verdelingsversie.nummer", allow_null=True, default=None
    )

    class Meta:
        model = Uitruil
        fields = [
            "id",
            "provincie",
            "cyclus",
            "status",
            "gemeenteA",
            "categorieA",
            "aantalA",
            "periodenA",
            "gemeenteB",
            "categorieB",
            "aantalB",
            "periodenB",
            "toelichting",
            "akkoordA",
            "akkoordB",
            "verdelingsversie",
            "versie",
        ]

    def get_status(self, u: Uitruil) -> str:
        """voorgesteld, bevestigd or bekrachtigd."""
        return u.to_domain().status.value


class UitruilVoorstelSerializer(serializers.Serializer):
    """A proposal; an empty list of periods is the whole cycle."""

    provincie = serializers.CharField(validators=[_CODE])
    cyclus = serializers.CharField(validators=[_CODE])
    gemeenteA = serializers.CharField(validators=[_CODE])  # noqa: N815
    categorieA = serializers.ChoiceField(choices=CATEGORIEEN)  # noqa: N815
    aantalA = serializers.IntegerField(min_value=1, max_value=MAX_AANTAL)  # noqa: N815
    periodenA = serializers.ListField(  # noqa: N815
        child=serializers.CharField(validators=[_PERIODE]), required=False, default=list
    )
    gemeenteB = serializers.CharField(validators=[_CODE])  # noqa: N815
    categorieB = serializers.ChoiceField(choices=CATEGORIEEN)  # noqa: N815
    aantalB = serializers.IntegerField(min_value=1, max_value=MAX_AANTAL)  # noqa: N815
    periodenB = serializers.ListField(  # noqa: N815
        child=serializers.CharField(validators=[_PERIODE]), required=False, default=list
    )
    toelichting = Tekst(max_length=2000, required=False, allow_blank=True, default="")


class UitruilBevestigingSerializer(serializers.Serializer):
    versie = serializers.IntegerField(min_value=1, max_value=MAX_VERSIE)


def _api_veld(veld: str) -> str:
    """``aantal_a`` -> ``aantalA``."""
    kop, _, kant = veld.partition("_")
    return kop + kant.upper()


def _voorstel(d: dict[str, Any]) -> Voorstel:
    """The proposal in the API's fields (``aantalA``), its lists of periods as the domain's
    text."""
    waarden = {veld.name: d[_api_veld(veld.name)] for veld in fields(Voorstel)}
    for perioden in ("perioden_a", "perioden_b"):
        waarden[perioden] = ", ".join(waarden[perioden])
    return Voorstel(**waarden)


def _uitruilen(request: Request) -> QuerySet[Uitruil]:
    return leesbare_uitruilen(met_rol(request))


@extend_schema_view(
    get=extend_schema(summary="Uitruilen tussen gemeenten", parameters=[PROVINCIE, CYCLUS]),
    post=extend_schema(
        summary="Uitruil voorstellen",
        request=UitruilVoorstelSerializer,
        responses={201: UitruilSerializer},
        description="Een gemeente stelt alleen een uitruil voor waarbij zij zelf partij is "
        "(anders 403); haar eigen kant geldt dan als bevestigd.",
    ),
)
class UitruilLijst(generics.ListCreateAPIView):
    """De uitruilen van de provincies die u mag lezen."""

    serializer_class = UitruilSerializer

    def get_queryset(self) -> QuerySet[Uitruil]:
        f = _filters(self.request, ["provincie", "cyclus"])
        return leesbare_uitruilen(met_rol(self.request), f.get("provincie"), f.get("cyclus"))

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        met_rol(request)
        d = geldig(UitruilVoorstelSerializer, request.data)
        try:
            u = stel_voor(d["provincie"], d["cyclus"], _voorstel(d), request.user, d["toelichting"])
        except NietGevonden as fout:
            raise exceptions.ValidationError({"cyclus": str(fout)}) from None
        except UitruilFout as fout:
            raise exceptions.ValidationError({_api_veld(fout.veld): str(fout)}) from None
        return Response(UitruilSerializer(u).data, status=status.HTTP_201_CREATED)


@extend_schema_view(get=extend_schema(summary="Eén uitruil"))
class UitruilDetail(generics.RetrieveAPIView):
    """Eén uitruil."""

    serializer_class = UitruilSerializer

    def get_queryset(self) -> QuerySet[Uitruil]:
        return _uitruilen(self.request)


@extend_schema_view(
    post=extend_schema(
        summary="Uitruil bevestigen",
        request=UitruilBevestigingSerializer,
        responses={200: UitruilSerializer},
        description="De gemeente van een partij bevestigt. Noem de versie waarop de "
        "bevestiging is gebaseerd; is de uitruil intussen gewijzigd, dan volgt 409.",
    )
)
class UitruilBevestiging(generics.GenericAPIView):
    """De bevestiging van een uitruil door een partij."""

    serializer_class = UitruilBevestigingSerializer

    def get_queryset(self) -> QuerySet[Uitruil]:
        return _uitruilen(self.request)

    def post(self, request: Request, pk: int) -> Response:
        u = self.get_object()
        versie = geldig(UitruilBevestigingSerializer, request.data)["versie"]
        try:
            bevestig(u, request.user, versie)
        except Conflict as c:
            huidig = UitruilSerializer(self.get_object()).data
            raise VersieConflict(c, huidig) from None
        except UitruilFout as fout:
            raise exceptions.ValidationError({_api_veld(fout.veld): str(fout)}) from None
        return Response(UitruilSerializer(self.get_object()).data)
