"""/api/v1/verdeelbesluiten/{provincie}?cyclus=: the minister's verdeelbesluit of a province.

GET: the recorded decision (public: a ministerial decision) with its difference from the
provincial distribution, and for who reads the province internally also the concept with
the legal rule's explanation and the supervision evidence. POST: the ministry records the
decision actually taken as the next version (ADR 0017)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.fouten import VersieConflict
from regietafel.api.keuze import LOPENDE_CYCLUS, gevraagde_cyclus, niet_gevonden
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import MAX_AANTAL, MAX_VERSIE, geldig
from regietafel.domain.routekaart import Invoerfout
from regietafel.services.keuzes import huidige_cyclus
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.toegang import Toegang, leest_intern, mag_lezen, toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.verdeelbesluiten import services as vb


def _aantallen(help_text: str) -> serializers.DictField:
    return serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField(allow_null=True)),
        help_text=help_text,
    )


PER_CEL = "per categorie (asiel_regulier, amv) en jaar het aantal plaatsen; null: onbekend"


class ConceptbesluitGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField()  # noqa: N815
    naam = serializers.CharField()
    aantallen = _aantallen(PER_CEL)
    uitleg = serializers.ListField(child=serializers.CharField())


class ConceptbesluitSerializer(serializers.Serializer):
    sluitend = serializers.BooleanField(
        allow_null=True,
        help_text="de provinciale verdeling sluit; null: nog niet bekend (de opgave is nog "
        "niet bekend)",
    )
    rest = serializers.IntegerField(
        allow_null=True,
        help_text="plaatsen die de wettelijke regel toevoegt; null: nog niet bekend",
    )
    gemeenten = ConceptbesluitGemeenteSerializer(many=True)


class VastgesteldBesluitGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField()  # noqa: N815
    naam = serializers.CharField()
    aantallen = _aantallen(PER_CEL)
    provinciaal = _aantallen("de provinciale verdeling, vastgelegd met het besluit")
    verschil = _aantallen("besluit min provinciaal; null waar een van beide onbekend is")


class VastgesteldBesluitSerializer(serializers.Serializer):
    versie = serializers.IntegerField()
    datum = serializers.DateField()
    bron = serializers.CharField()
    toelichting = serializers.CharField(allow_blank=True)
    vastgelegdOp = serializers.DateTimeField()  # noqa: N815
    gemeenten = VastgesteldBesluitGemeenteSerializer(many=True)


class AsieltoezichtGemeenteSerializer(serializers.Serializer):
    cbsCode = serializers.CharField()  # noqa: N815
    naam = serializers.CharField()
    besloten = serializers.IntegerField()
    inGebruikOpRealisatiedatum = serializers.IntegerField()  # noqa: N815
    inGebruikOpPeildatum = serializers.IntegerField()  # noqa: N815
    tekort = serializers.IntegerField()
    tekortSinds = serializers.DateField(allow_null=True)  # noqa: N815
    maandenTekort = serializers.IntegerField()  # noqa: N815
    stap = serializers.CharField(allow_null=True)


class AsieltoezichtSerializer(serializers.Serializer):
    besluitVersie = serializers.IntegerField(allow_null=True)  # noqa: N815
    standaardladder = serializers.BooleanField()
    jaar = serializers.IntegerField(allow_null=True)
    realisatiedatum = serializers.DateField(allow_null=True)
    peildatum = serializers.DateField(allow_null=True)
    gemeenten = AsieltoezichtGemeenteSerializer(many=True)


class VerdeelbesluitSerializer(serializers.Serializer):
    provincie = serializers.CharField()
    cyclus = serializers.CharField()
    provincialeVerdeling = serializers.CharField()  # noqa: N815
    concept = ConceptbesluitSerializer(
        allow_null=True, help_text="null voor wie het niet mag lezen"
    )
    besluit = VastgesteldBesluitSerializer(allow_null=True, help_text="null: nog niet vastgelegd")
    versies = serializers.ListField(child=serializers.IntegerField())
    toezicht = AsieltoezichtSerializer(
        allow_null=True,
        help_text="het bewijs voor het toezicht, niet het besluit; null voor wie het niet "
        "mag lezen",
    )


class VastleggenSerializer(serializers.Serializer):
    datum = serializers.DateField(help_text="de datum van het besluit")
    bron = serializers.CharField(max_length=300, allow_blank=True, help_text="kenmerk")
    toelichting = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    versie = serializers.IntegerField(
        min_value=0, max_value=MAX_VERSIE, help_text="de laatste versie die u zag (0: nog geen)"
    )
    aantallen = serializers.DictField(
        child=serializers.DictField(
            child=serializers.DictField(
                child=serializers.IntegerField(min_value=0, max_value=MAX_AANTAL)
            )
        ),
        help_text="per CBS-code, categorie en jaar het besloten aantal plaatsen",
    )


def _cyclus(request: Request, code: str) -> str:
    cyclus = gevraagde_cyclus(request) or huidige_cyclus(code) or ""
    provincie_cyclus(code, cyclus)
    return cyclus


def _antwoord(code: str, cyclus: str, t: Toegang) -> dict[str, Any]:
    data = vb.overzicht_als_dict(vb.overzicht(code, cyclus, t))
    data["toezicht"] = (
        vb.toezicht_als_dict(vb.toezicht(code, cyclus)) if leest_intern(t, code) else None
    )
    return data


class VerdeelbesluitDetail(APIView):
    """Het verdeelbesluit van een provincie in een cyclus."""

    @extend_schema(
        summary="Verdeelbesluit van een provincie",
        description="Het vastgelegde besluit van de minister met het verschil per gemeente "
        "ten opzichte van de provinciale verdeling (openbaar), en voor wie de provincie mag "
        "lezen ook het concept en het bewijs voor het toezicht op de asieltaak.",
        parameters=[LOPENDE_CYCLUS],
        responses={200: VerdeelbesluitSerializer},
    )
    def get(self, request: Request, code: str) -> Response:
        cyclus = _cyclus(request, code)
        t = toegang(request.user)
        pc = provincie_cyclus(code, cyclus)
        if not mag_lezen(t, code, pc.gepubliceerd) and vb.laatste_besluit(code, cyclus) is None:
            raise niet_gevonden(code, cyclus)
        return Response(VerdeelbesluitSerializer(_antwoord(code, cyclus, t)).data)

    @extend_schema(
        summary="Verdeelbesluit vastleggen",
        description="Het ministerie legt het genomen besluit vast als nieuwe versie; een "
        "vastgelegde versie verandert nooit meer. Noem de laatste versie die u zag; is er "
        "intussen een nieuwere vastgelegd, dan volgt 409.",
        parameters=[LOPENDE_CYCLUS],
        request=VastleggenSerializer,
        responses={201: VerdeelbesluitSerializer},
    )
    def post(self, request: Request, code: str) -> Response:
        t = met_rol(request)
        if not vb.mag_besluiten(t):
            raise exceptions.PermissionDenied("Alleen het ministerie legt het verdeelbesluit vast.")
        cyclus = _cyclus(request, code)
        d = geldig(VastleggenSerializer, request.data)
        try:
            vb.leg_besluit_vast(
                t,
                request.user,
                code,
                cyclus,
                datum=d["datum"],
                bron=d["bron"],
                waarden=d["aantallen"],
                versie=d["versie"],
                toelichting=d.get("toelichting", ""),
            )
        except Invoerfout as fout:
            raise serializers.ValidationError({fout.veld: [str(fout)]}) from None
        except Conflict as c:
            raise VersieConflict(c, _antwoord(code, cyclus, t)) from None
        data = VerdeelbesluitSerializer(_antwoord(code, cyclus, t)).data
        return Response(data, status=status.HTTP_201_CREATED)
