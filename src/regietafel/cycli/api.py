"""Running the cycle through the API: the route map (`/routekaarten/{code}`), the
consultation and the answers (`/consultaties/{code}`, an answer written with PUT
`/consultaties/{code}/antwoorden/{cbsCode}`) and the distribution versions
(`/verdelingsversies`). The same services and access rules as the pages (web.cyclus,
web.verdelingen): only a role that reads the province internally; an answer is written by
the municipality for itself or by its province, through services.consultatie.beantwoord
(the same checks as the form, the history), with `versie` as optimistic lock."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import exceptions, generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api import voorbeelden
from regietafel.api.fouten import VersieConflict
from regietafel.api.gewijzigd import GEWIJZIGD_SINDS, gewijzigd_sinds
from regietafel.api.keuze import (
    CYCLUS,
    PER_CYCLUS,
    Gekozen,
    PerCyclusSerializer,
    gefilterd,
    gekozen_cyclus,
)
from regietafel.api.rechten import met_rol
from regietafel.api.serializers import CODE_PATROON, MAX_AANTAL, MAX_VERSIE, Tekst, geldig
from regietafel.api.views import CYCLUS as CYCLUS_LIJST
from regietafel.api.views import PROVINCIE
from regietafel.consultatie.services import (
    ConsultatieRegel,
    Voortzetten,
    antwoord_van,
    beantwoord,
    consultatie_overzicht,
    consultatie_van,
)
from regietafel.domain.routekaart import Invoerfout
from regietafel.routekaart.services import routekaart_overzicht
from regietafel.services.kerngegevens import gemeente_van
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import Conflict
from regietafel.verdelingen.models import Verdelingsversie
from regietafel.verdelingen.services import (
    leesbare_versies,
    leesbare_versies_op_volgorde,
    versie_tabel,
)

# ------------------------------------------------------------------------------ route map


class RoutekaartStapSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk", help_text="Het kenmerk van de stap.")
    nummer = serializers.IntegerField(source="stap.nummer", help_text="Het stapnummer.")
    code = serializers.CharField(source="stap.code", help_text="De code van de stap.")
    wat = serializers.CharField(source="stap.wat", help_text="Wat er in deze stap gebeurt.")
    verantwoordelijke = serializers.CharField(
        source="stap.verantwoordelijke", help_text="Wie de stap zet."
    )
    begin = serializers.DateField(source="stap.begin", help_text="Begin van de stap.")
    deadline = serializers.DateField(source="stap.deadline", help_text="Deadline van de stap.")
    wettelijk = serializers.BooleanField(
        source="stap.wettelijk", help_text="Of de deadline wettelijk is."
    )
    status = serializers.CharField(source="status.value", help_text="De vastgelegde status.")
    teLaat = serializers.BooleanField(source="te_laat", help_text="Of de stap te laat is.")  # noqa: N815
    nu = serializers.BooleanField(help_text="Of de stap nu loopt.")


class RoutekaartSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    peildatum = serializers.DateField(source="stand.peildatum", help_text="Vandaag.")
    waarStaanWe = serializers.CharField(  # noqa: N815
        source="waar_staan_we", help_text="Waar de cyclus nu staat, in één zin."
    )
    stappen = RoutekaartStapSerializer(many=True, source="regels", help_text="De stappen.")


class RoutekaartDetail(APIView):
    """De routekaart van een provincie in een cyclus."""

    @extend_schema(
        summary="Routekaart van een cyclus",
        description="De stappen van de routekaart met hun status, welke te laat zijn en "
        "waar de cyclus nu staat, zoals de pagina Cyclus. Voor wie de provincie intern leest.",
        parameters=[CYCLUS],
        responses={200: RoutekaartSerializer},
        examples=[voorbeelden.ROUTEKAART],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code, alleen_ingelogd=True)
        return Response(RoutekaartSerializer(routekaart_overzicht(k.provincie, k.cyclus)).data)


# --------------------------------------------------------------------------- consultation


class AntwoordSerializer(serializers.Serializer):
    voortzetten = serializers.ChoiceField(
        choices=Voortzetten.values, help_text="Huidige afspraken voortzetten: ja, nee, deels."
    )
    aanbod = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField(allow_null=True)),
        help_text="Het aanbod per categorie (asiel_regulier, amv) en jaar; null is leeg.",
    )
    opmerking = serializers.CharField(help_text="Opmerkingen.")
    ontvangenDatum = serializers.DateField(source="ontvangen_op", help_text="Ontvangen op.")  # noqa: N815
    perBrief = serializers.BooleanField(  # noqa: N815
        source="per_brief", help_text="Per brief ontvangen en door de provincie ingevoerd."
    )
    ingevoerdOp = serializers.DateTimeField(source="ingevoerd_op", help_text="Ingevoerd op.")  # noqa: N815
    versie = serializers.IntegerField(help_text="De versie, voor een volgende wijziging.")


class ConsultatieRegelSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="gemeente.cbs_code", help_text="CBS-code.")  # noqa: N815
    naam = serializers.CharField(source="gemeente.naam", help_text="De gemeente.")
    status = serializers.CharField(
        source="status.value", help_text="gevraagd, beantwoord, te_laat of verlopen."
    )
    statusTekst = serializers.CharField(  # noqa: N815
        source="status_tekst", help_text="De status zoals de pagina haar toont."
    )
    antwoord = AntwoordSerializer(allow_null=True, help_text="Het antwoord, of null.")


class ConsultatieSerializer(serializers.Serializer):
    provincie = serializers.CharField(help_text="De provinciecode.")
    cyclus = serializers.CharField(help_text="De cyclus.")
    geopend = serializers.BooleanField(help_text="Of de consultatie geopend is.")
    antwoordVoor = serializers.DateField(  # noqa: N815
        allow_null=True, help_text="Antwoord van de gemeenten voor deze datum; null: niet geopend."
    )
    toelichting = serializers.CharField(help_text="De toelichting bij de vraag.")
    jaren = serializers.ListField(child=serializers.IntegerField(), help_text="De jaren.")
    beantwoord = serializers.IntegerField(help_text="Hoeveel gemeenten hebben geantwoord.")
    gemeenten = ConsultatieRegelSerializer(many=True, help_text="Per gemeente.")


def _consultatie(k: Gekozen, regels: list[ConsultatieRegel] | None = None) -> dict[str, Any]:
    o = consultatie_overzicht(k.provincie, k.cyclus)
    c = o.consultatie
    return {
        "provincie": k.provincie,
        "cyclus": k.cyclus,
        "geopend": c is not None,
        "antwoordVoor": c.antwoord_voor if c else None,
        "toelichting": c.toelichting if c else "",
        "jaren": list(o.jaren),
        "beantwoord": o.beantwoord,
        "gemeenten": list(o.regels) if regels is None else regels,
        "_regels": o.regels,
    }


class ConsultatieDetail(APIView):
    """De consultatie van de gemeenten in een cyclus."""

    @extend_schema(
        summary="Consultatie en antwoorden",
        description="Wie gevraagd is, wie (op tijd of te laat) antwoordde en wie ontbreekt, "
        "met elk antwoord, zoals de pagina Consultatie. Met gewijzigdSinds alleen de "
        "gemeenten waarvan het antwoord sindsdien is ingevoerd. Voor wie de provincie "
        "intern leest.",
        parameters=[CYCLUS, GEWIJZIGD_SINDS],
        responses={200: ConsultatieSerializer},
        examples=[voorbeelden.CONSULTATIE],
    )
    def get(self, request: Request, code: str) -> Response:
        k = gekozen_cyclus(request, code, alleen_ingelogd=True)
        sinds = gewijzigd_sinds(request)
        data = _consultatie(k)
        if sinds is not None:
            data["gemeenten"] = [
                r for r in data["_regels"] if r.antwoord and r.antwoord.ingevoerd_op >= sinds
            ]
        return Response(ConsultatieSerializer(data).data)


class AntwoordInvoerSerializer(serializers.Serializer):
    voortzetten = serializers.ChoiceField(
        choices=Voortzetten.values, help_text="Huidige afspraken voortzetten: ja, nee, deels."
    )
    aanbod = serializers.DictField(
        child=serializers.DictField(
            child=serializers.IntegerField(min_value=0, max_value=MAX_AANTAL, allow_null=True)
        ),
        required=False,
        default=dict,
        help_text="Het aanbod per categorie (asiel_regulier, amv) en jaar van de cyclus, "
        'bijvoorbeeld {"amv": {"2026": 12}}; null laat een jaar leeg.',
    )
    opmerking = Tekst(
        required=False, default="", allow_blank=True, max_length=5000, help_text="Opmerkingen."
    )
    ontvangenDatum = serializers.DateField(  # noqa: N815
        required=False,
        allow_null=True,
        default=None,
        help_text="Alleen voor de provincie: wanneer de brief ontving (standaard vandaag).",
    )
    versie = serializers.IntegerField(
        min_value=0,
        max_value=MAX_VERSIE,
        help_text="De versie van het antwoord waarop dit is gebaseerd; 0 als er nog geen "
        "antwoord was. Is het intussen gewijzigd, dan volgt 409 met het huidige antwoord.",
    )


class AntwoordDetail(APIView):
    """Het antwoord van één gemeente op de consultatie."""

    @extend_schema(
        summary="Antwoord van een gemeente geven",
        description="De gemeente antwoordt voor zichzelf; de provincie voert een antwoord "
        "in dat per brief binnenkwam. Dezelfde controles als het formulier; het aanbod van "
        "het antwoord wordt het aanbod van de gemeente (met historie).",
        parameters=[
            CYCLUS,
            OpenApiParameter(
                "code",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description="De provinciecode.",
                pattern=CODE_PATROON,
            ),
            OpenApiParameter(
                "cbsCode",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description="De CBS-code van de gemeente.",
                pattern=CODE_PATROON,
            ),
        ],
        request=AntwoordInvoerSerializer,
        responses={200: AntwoordSerializer},
        examples=[
            OpenApiExample(
                "Antwoord van Emmen",
                value={"voortzetten": "ja", "aanbod": {"amv": {"2026": 12}}, "versie": 0},
                request_only=True,
            )
        ],
    )
    def put(self, request: Request, code: str, cbsCode: str) -> Response:  # noqa: N803
        t = met_rol(request)
        k = gekozen_cyclus(request, code, alleen_ingelogd=True)
        gemeente = gemeente_van(k.provincie, cbsCode)
        if gemeente is None:
            raise exceptions.NotFound(f"Geen gemeente '{cbsCode}' in provincie '{k.provincie}'.")
        if not mag_bewerken(t, k.provincie, gemeente.cbs_code):
            raise exceptions.PermissionDenied("U mag alleen voor uw eigen gemeente antwoorden.")
        c = consultatie_van(k.provincie, k.cyclus)
        if c is None:
            raise exceptions.NotFound("De consultatie van deze cyclus is nog niet geopend.")
        d = geldig(AntwoordInvoerSerializer, request.data)
        try:
            a = beantwoord(
                request.user,
                c,
                gemeente,
                d["voortzetten"],
                d["aanbod"],
                d["opmerking"],
                d["ontvangenDatum"],
                versie=d["versie"],
            )
        except Invoerfout as fout:
            raise exceptions.ValidationError({fout.veld: [str(fout)]}) from None
        except Conflict as conflict:
            huidig = antwoord_van(c, gemeente)
            raise VersieConflict(
                conflict, AntwoordSerializer(huidig).data if huidig else {}
            ) from None
        return Response(AntwoordSerializer(a).data)


# ------------------------------------------------------------------ distribution versions


class VersieRijSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(help_text="CBS-code.")  # noqa: N815
    naam = serializers.CharField(help_text="De gemeente.")
    cellen = serializers.ListField(
        child=serializers.IntegerField(allow_null=True),
        help_text="Plaatsen per kolom (zie kolommen); null is leeg.",
    )


class VerdelingsversieSerializer(PerCyclusSerializer):
    nummer = serializers.IntegerField(help_text="Het versienummer (1, 2, ...).")
    bron = serializers.CharField(help_text="Waar de versie vandaan komt.")
    toelichting = serializers.CharField(help_text="De toelichting.")
    aangemaaktOp = serializers.DateTimeField(source="aangemaakt_op", help_text="Gemaakt op.")  # noqa: N815
    bekrachtigdDatum = serializers.DateField(  # noqa: N815
        source="bekrachtigd_op", allow_null=True, help_text="Bekrachtigd op; null: een concept."
    )
    vergadering = serializers.CharField(help_text="De vergadering die bekrachtigde.")
    kolommen = serializers.SerializerMethodField(help_text="De kolommen: categorie en jaar.")
    gemeenten = serializers.SerializerMethodField(help_text="Per gemeente de cellen.")

    class Meta:
        model = Verdelingsversie
        fields = [
            "id",
            "provincie",
            "cyclus",
            "nummer",
            "bron",
            "toelichting",
            "aangemaaktOp",
            "bekrachtigdDatum",
            "vergadering",
            "kolommen",
            "gemeenten",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_kolommen(self, v: Verdelingsversie) -> list[str]:
        return list(versie_tabel(v)[0])

    @extend_schema_field(VersieRijSerializer(many=True))
    def get_gemeenten(self, v: Verdelingsversie) -> list[dict[str, Any]]:
        return [
            {"cbsCode": r.cbs_code, "naam": r.gemeente, "cellen": list(r.cellen)}
            for r in versie_tabel(v)[1]
        ]


@extend_schema_view(
    get=extend_schema(
        summary="Verdelingsversies",
        description="De versies van de verdeling per provincie en cyclus, zoals de pagina "
        "Verdelingen. Voor wie de provincie intern leest.",
        parameters=[PROVINCIE, CYCLUS_LIJST, GEWIJZIGD_SINDS],
    )
)
class VerdelingsversieLijst(generics.ListAPIView):
    """De genummerde verdelingsversies (concepten en bekrachtigd)."""

    serializer_class = VerdelingsversieSerializer

    def get_queryset(self) -> QuerySet[Verdelingsversie]:
        qs = leesbare_versies_op_volgorde(met_rol(self.request))
        return gefilterd(self.request, qs, PER_CYCLUS)


@extend_schema_view(
    get=extend_schema(summary="Eén verdelingsversie", examples=[voorbeelden.VERDELINGSVERSIE])
)
class VerdelingsversieDetail(generics.RetrieveAPIView):
    """Eén verdelingsversie."""

    serializer_class = VerdelingsversieSerializer

    def get_queryset(self) -> QuerySet[Verdelingsversie]:
        return leesbare_versies(met_rol(self.request))
