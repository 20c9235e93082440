"""The REST API, version 1: read per role, write offers and locations through
services.wijzigingen (the same access checks and optimistic concurrency as the web app)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, generics, status
from rest_framework.request import Request
from rest_framework.response import Response

from regietafel.api import serializers as s
from regietafel.api.fouten import VersieConflict
from regietafel.api.rechten import met_rol
from regietafel.locaties.services import leesbare_locaties, locaties_voor_filters, voeg_locatie_toe
from regietafel.publicaties.openbaarheid import locaties_voor
from regietafel.services.kerngegevens import (
    aanbod_voor,
    cycli,
    gemeenten_voor,
    importen_voor,
    leesbaar_aanbod,
    opgaven_voor,
    provincies_voor,
)
from regietafel.services.leesrechten import is_provincie_of_gemeente, is_provincie_of_ministerie
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import Conflict, bewaar_locatie, wijzig_aanbod


def _toegang(request: Request) -> Toegang:
    return toegang(request.user)


def _filters(request: Request, velden: list[str]) -> dict[str, str]:
    """The list filters given in the query string, validated (a 400 on anything odd)."""
    f = s.FilterSerializer(
        data={k: request.query_params[k] for k in velden if k in request.query_params}
    )
    f.is_valid(raise_exception=True)
    return dict(f.validated_data)


def _param(naam: str, beschrijving: str) -> OpenApiParameter:
    return OpenApiParameter(
        naam,
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        description=beschrijving,
        pattern=s.CODE_PATROON,
    )


PROVINCIE = _param("provincie", "provinciecode, bijvoorbeeld drenthe")
CYCLUS = _param("cyclus", "cyclus, bijvoorbeeld 2025-2026")
GEMEENTE = _param("gemeente", "CBS-code, bijvoorbeeld GM0106")
CATEGORIE = OpenApiParameter(
    "categorie", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=s.CATEGORIE_KEUZES
)


@extend_schema_view(get=extend_schema(summary="Provincies", parameters=[]))
class ProvincieLijst(generics.ListAPIView):
    """De provincies die u mag lezen."""

    serializer_class = s.ProvincieSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return provincies_voor(_toegang(self.request))


@extend_schema_view(get=extend_schema(summary="Eén provincie"))
class ProvincieDetail(generics.RetrieveAPIView):
    """Eén provincie, op code (bijvoorbeeld drenthe)."""

    serializer_class = s.ProvincieSerializer
    lookup_field = "code"

    def get_queryset(self) -> QuerySet[Any]:
        return provincies_voor(_toegang(self.request))


@extend_schema_view(get=extend_schema(summary="Gemeenten", parameters=[PROVINCIE]))
class GemeenteLijst(generics.ListAPIView):
    """De gemeenten van de provincies die u mag lezen."""

    serializer_class = s.GemeenteSerializer

    def get_queryset(self) -> QuerySet[Any]:
        f = _filters(self.request, ["provincie"])
        return gemeenten_voor(_toegang(self.request), f.get("provincie"))


@extend_schema_view(get=extend_schema(summary="Eén gemeente"))
class GemeenteDetail(generics.RetrieveAPIView):
    """Eén gemeente, op CBS-code."""

    serializer_class = s.GemeenteSerializer
    lookup_field = "cbs_code"
    lookup_url_kwarg = "cbsCode"

    def get_queryset(self) -> QuerySet[Any]:
        return gemeenten_voor(_toegang(self.request))


@extend_schema_view(get=extend_schema(summary="Cycli van de wet"))
class CyclusLijst(generics.ListAPIView):
    """De cycli van de Spreidingswet met de landelijke behoefte."""

    serializer_class = s.CyclusSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return cycli()


@extend_schema_view(get=extend_schema(summary="Eén cyclus"))
class CyclusDetail(generics.RetrieveAPIView):
    """Eén cyclus, op naam (bijvoorbeeld 2025-2026)."""

    serializer_class = s.CyclusSerializer
    lookup_field = "naam"

    def get_queryset(self) -> QuerySet[Any]:
        return cycli()


CIJFERFILTERS = [PROVINCIE, CYCLUS, GEMEENTE, CATEGORIE]


class _Cijferlijst(generics.ListAPIView):
    """Figures per municipality as `cijfers_voor` reads them, filtered by CIJFERFILTERS."""

    cijfers_voor: Callable[[Toegang, dict[str, str]], QuerySet[Any]]

    def get_queryset(self) -> QuerySet[Any]:
        filters = _filters(self.request, [p.name for p in CIJFERFILTERS])
        return type(self).cijfers_voor(_toegang(self.request), filters)


@extend_schema_view(get=extend_schema(summary="Opgaven", parameters=CIJFERFILTERS))
class OpgaveLijst(_Cijferlijst):
    """De opgaven (indicatieve aantallen), realisatie en ambitie per gemeente."""

    serializer_class = s.OpgaveSerializer
    cijfers_voor = staticmethod(opgaven_voor)


@extend_schema_view(get=extend_schema(summary="Aanbod", parameters=CIJFERFILTERS))
class AanbodLijst(_Cijferlijst):
    """Het aanbod per gemeente, categorie en jaar."""

    serializer_class = s.AanbodSerializer
    cijfers_voor = staticmethod(aanbod_voor)


@extend_schema_view(
    get=extend_schema(summary="Eén aanbod"),
    patch=extend_schema(
        summary="Aanbod wijzigen",
        request=s.AanbodWijzigingSerializer,
        responses={200: s.AanbodSerializer},
        description="Noem de versie waarop de wijziging is gebaseerd; is het aanbod intussen "
        "gewijzigd, dan volgt 409 met de huidige waarde.",
    ),
)
class AanbodDetail(generics.RetrieveAPIView):
    """Eén aanbod; wijzigen mag de provincie en de eigen gemeente."""

    serializer_class = s.AanbodSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Any]:
        return leesbaar_aanbod(_toegang(self.request))

    def patch(self, request: Request, pk: int) -> Response:
        t = met_rol(request)
        aanbod = self.get_object()
        g = aanbod.gemeente
        if not mag_bewerken(t, g.provincie.code, g.cbs_code):
            raise exceptions.PermissionDenied("U mag het aanbod van deze gemeente niet wijzigen.")
        d = s.geldig(s.AanbodWijzigingSerializer, request.data)
        try:
            aanbod = wijzig_aanbod(t, request.user, aanbod, d["plaatsen"], d["versie"], d["reden"])
        except Conflict as c:
            huidig = s.AanbodSerializer(self.get_object()).data
            raise VersieConflict(c, huidig) from None
        return Response(s.AanbodSerializer(aanbod).data)


class _LocatiesVoorLezer:
    """Every location this view answers is shown as its reader may read it: without the
    name and remarks of one that is not yet public (services.openbaarheid)."""

    request: Request

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        if args and "data" not in kwargs:
            locaties_voor(toegang(self.request.user), args[0] if kwargs.get("many") else [args[0]])
        return super().get_serializer(*args, **kwargs)  # type: ignore[misc]


@extend_schema_view(
    get=extend_schema(summary="Opvanglocaties", parameters=[PROVINCIE, GEMEENTE]),
    post=extend_schema(summary="Opvanglocatie toevoegen", responses={201: s.LocatieSerializer}),
)
class LocatieLijst(_LocatiesVoorLezer, generics.ListCreateAPIView):
    """De opvanglocaties; toevoegen mag de provincie en de eigen gemeente."""

    serializer_class = s.LocatieSerializer

    def get_queryset(self) -> QuerySet[Any]:
        t = met_rol(self.request)
        return locaties_voor_filters(t, _filters(self.request, ["provincie", "gemeente"]))

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        t = met_rol(request)
        if not is_provincie_of_gemeente(t):
            raise exceptions.PermissionDenied("U mag geen locaties toevoegen.")
        invoer = self.get_serializer(data=request.data)
        invoer.is_valid(raise_exception=True)
        d = dict(invoer.validated_data)
        reden = d.pop("reden", "")
        d.pop("versie", None)
        locatie = voeg_locatie_toe(t, request.user, d, reden)
        return Response(self.get_serializer(locatie).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(summary="Eén opvanglocatie"),
    put=extend_schema(summary="Opvanglocatie vervangen"),
    patch=extend_schema(summary="Opvanglocatie wijzigen"),
)
class LocatieDetail(_LocatiesVoorLezer, generics.RetrieveUpdateAPIView):
    """Eén opvanglocatie; wijzigen mag de provincie en de eigen gemeente."""

    serializer_class = s.LocatieSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return leesbare_locaties(met_rol(self.request))

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        t = met_rol(request)
        locatie = self.get_object()
        g = locatie.gemeente
        if not mag_bewerken(t, g.provincie.code, g.cbs_code):
            raise exceptions.PermissionDenied("U mag de locaties van deze gemeente niet wijzigen.")
        invoer = self.get_serializer(
            locatie, data=request.data, partial=kwargs.get("partial", False)
        )
        invoer.is_valid(raise_exception=True)
        d = dict(invoer.validated_data)
        reden = d.pop("reden", "")
        versie = d.pop("versie")
        d.pop("gemeente", None)
        for veld, waarde in d.items():
            setattr(locatie, veld, waarde)
        try:
            bewaar_locatie(t, request.user, locatie, versie, reden)
        except Conflict as c:
            huidig = self.get_serializer(self.get_object()).data
            raise VersieConflict(c, huidig) from None
        return Response(self.get_serializer(locatie).data)


@extend_schema_view(get=extend_schema(summary="Importen (auditlog)", parameters=[PROVINCIE]))
class ImportLijst(generics.ListAPIView):
    """Het logboek van importen van de provincies die u bewerkt (provincie) of leest
    (ministerie)."""

    serializer_class = s.ImportSerializer

    def get_queryset(self) -> QuerySet[Any]:
        t = met_rol(self.request)
        if not is_provincie_of_ministerie(t):
            raise exceptions.PermissionDenied(
                "Alleen de provincie en het ministerie zien de importen."
            )
        f = _filters(self.request, ["provincie"])
        return importen_voor(t, f.get("provincie"))
