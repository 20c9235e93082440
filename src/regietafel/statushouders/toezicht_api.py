"""/api/v1/toezichtladders/{provincie}: a province's supervision ladder for status holders
with, per municipality, the half years below target in a row and the step they imply.
Read by every logged-in role that may read the province; the public gets 401."""

from __future__ import annotations

from django.core.validators import RegexValidator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from regietafel.api.rechten import met_rol
from regietafel.domain.statushouders import PeriodeFout
from regietafel.services.opslag import NietGevonden
from regietafel.services.toegang import leest_intern
from regietafel.statushouders.toezicht_services import toezicht, toezicht_als_dict

# The serializers rename the stable dict of services.toezicht (snake_case) to the API's
# lowerCamelCase and describe it for the OpenAPI document.


class StapSerializer(serializers.Serializer):
    naam = serializers.CharField()
    omschrijving = serializers.CharField()
    drempel = serializers.IntegerField(help_text="vanaf dit aantal halfjaren op rij onder")


class LadderSerializer(serializers.Serializer):
    standaard = serializers.BooleanField(help_text="de provincie heeft geen eigen ladder")
    versie = serializers.IntegerField()
    stappen = StapSerializer(many=True)


class ToezichtHalfjaarSerializer(serializers.Serializer):
    halfjaar = serializers.CharField(help_text="bijvoorbeeld 2025-2")
    taakstelling = serializers.IntegerField(allow_null=True)
    teRealiseren = serializers.IntegerField(source="te_realiseren", allow_null=True)  # noqa: N815
    realisatie = serializers.IntegerField(allow_null=True)
    percentage = serializers.IntegerField(allow_null=True)
    oordeel = serializers.ChoiceField(choices=["onder", "op_koers", "onbekend"])
    onderOpRij = serializers.IntegerField(source="onder_op_rij")  # noqa: N815


class GemeenteToezichtSerializer(serializers.Serializer):
    cbsCode = serializers.CharField(source="cbs_code")  # noqa: N815
    naam = serializers.CharField()
    halfjarenOnderOpRij = serializers.IntegerField(source="halfjaren_onder_op_rij")  # noqa: N815
    halfjarenOnbekend = serializers.IntegerField(source="halfjaren_onbekend")  # noqa: N815
    stap = StapSerializer(allow_null=True)
    volgendeStap = StapSerializer(source="volgende_stap", allow_null=True)  # noqa: N815
    historie = ToezichtHalfjaarSerializer(many=True)


class ToezichtSerializer(serializers.Serializer):
    provincie = serializers.CharField()
    halfjaar = serializers.CharField()
    ladder = LadderSerializer()
    gemeenten = GemeenteToezichtSerializer(many=True)


class ToezichtFilterSerializer(serializers.Serializer):
    halfjaar = serializers.CharField(
        required=False,
        validators=[RegexValidator(r"^\d{4}-[12]$", message="Schrijf het halfjaar als 2025-2.")],
    )


class ToezichtladderDetail(APIView):
    """De toezichtladder van een provincie met per gemeente de stap."""

    @extend_schema(
        summary="Toezichtladder statushouders",
        description="Per gemeente het aantal halfjaren op rij onder de taakstelling tot en "
        "met het gekozen halfjaar (standaard het laatste) en de stap van het interbestuurlijk "
        "toezicht die daarbij hoort, met de halfjaren erachter.",
        parameters=[
            OpenApiParameter(
                "halfjaar",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                description="halfjaar, bijvoorbeeld 2025-2 (standaard: het laatste)",
                pattern=r"^\d{4}-[12]$",
            )
        ],
        responses={200: ToezichtSerializer},
    )
    def get(self, request: Request, code: str) -> Response:
        if not leest_intern(met_rol(request), code):
            raise exceptions.PermissionDenied("U mag de cijfers van deze provincie niet lezen.")
        f = ToezichtFilterSerializer(data=request.query_params)
        f.is_valid(raise_exception=True)
        try:
            o = toezicht(code, f.validated_data.get("halfjaar"))
        except PeriodeFout as fout:
            raise serializers.ValidationError({"halfjaar": [str(fout)]}) from None
        except NietGevonden as fout:
            raise exceptions.NotFound(str(fout)) from None
        return Response(ToezichtSerializer(toezicht_als_dict(o)).data)
