"""Post-processing of the OpenAPI document for the NL API Design Rules: the `API-Version`
header on every 2xx/3xx response and `application/problem+json` for every error."""

from __future__ import annotations

import copy
from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import force_instance

from regietafel.api.beschrijvingen import (
    beschrijf_parameters,
    beschrijf_schemas,
    geef_nullable_een_type,
    voeg_voorbeelden_toe,
    vul_voorbeelden_aan,
)
from regietafel.api.middleware import API_VERSIE, PROBLEEM


class RegietafelSchema(AutoSchema):
    """drf-spectacular's AutoSchema, with the fields a PATCH body must have.

    drf-spectacular makes every field of a PATCH body optional (DRF's partial update), but
    some writes check more: a serializer names those fields in `verplicht_bij_patch`."""

    def _get_request_for_media_type(self, serializer: Any, direction: str = "request") -> Any:
        schema, verplicht = super()._get_request_for_media_type(serializer, direction)
        velden = getattr(force_instance(serializer), "verplicht_bij_patch", ())
        if self.method == "PATCH" and velden and schema:
            gedeeltelijk = copy.copy(force_instance(serializer))
            gedeeltelijk.partial = True
            component = self.resolve_serializer(gedeeltelijk, direction)
            component.schema["required"] = sorted(velden)
            verplicht = True
        return schema, verplicht


FOUTEN = {
    "400": "Ongeldige invoer of parameters",
    "401": "Niet ingelogd",
    "403": "Geen toegang",
    "404": "Niet gevonden",
    "406": "Niet aanvaardbaar (Accept)",
    "429": "Te veel mislukte pogingen met een token; wacht het aantal seconden van Retry-After",
    "500": "Fout op de server",
}
SCHRIJFFOUTEN = {
    "409": "Versieconflict: intussen door een ander gewijzigd",
    "413": "Verzoek te groot (meer dan DATA_UPLOAD_MAX_MEMORY_SIZE, standaard 2,5 MB)",
    "415": "Mediatype niet ondersteund",
}
# The fields of an entry of invalidParams (api.fouten), all text.
ONGELDIGE_PARAMETER = ("name", "code", "reason")
PROBLEEM_SCHEMA = {
    "type": "object",
    "description": "Een fout volgens RFC 9457 (application/problem+json).",
    "properties": {
        "type": {"type": "string", "example": "about:blank"},
        "title": {"type": "string", "example": "Niet gevonden"},
        "status": {"type": "integer", "example": 404},
        "detail": {"type": "string", "example": "Deze bron bestaat niet."},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {veld: {"type": "string"} for veld in ONGELDIGE_PARAMETER},
                "required": list(ONGELDIGE_PARAMETER),
            },
        },
    },
    "required": ["status", "title", "detail"],
}


def conflict_schema(bron: str) -> dict[str, Any]:
    """The 409 of a write whose answer is the schema `bron`: a problem with `huidig`, the
    resource as its GET shows it now, and who changed it when."""
    return {
        **PROBLEEM_SCHEMA,
        "description": "Een versieconflict (RFC 9457): de bron is intussen gewijzigd.",
        "properties": {
            **PROBLEEM_SCHEMA["properties"],
            "huidig": {
                "allOf": [{"$ref": f"#/components/schemas/{bron}"}],
                "description": "De bron zoals zij nu is opgeslagen (gelijk aan de GET).",
            },
            "gewijzigdDoor": {
                "type": "string",
                "description": "Wie de bron het laatst wijzigde.",
                "example": "gemeente-emmen",
            },
            "gewijzigdOp": {
                "type": "string",
                "format": "date-time",
                "nullable": True,
                "description": "Wanneer de bron het laatst werd gewijzigd.",
            },
        },
        "required": [*PROBLEEM_SCHEMA["required"], "huidig", "gewijzigdDoor", "gewijzigdOp"],
    }


def _bron_van_antwoord(responses: dict[str, Any]) -> str | None:
    """The component name of an operation's 2xx answer, if it is one."""
    for code, response in responses.items():
        if code.startswith("2"):
            for inhoud in response.get("content", {}).values():
                ref = inhoud.get("schema", {}).get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    return str(ref.rsplit("/", 1)[1])
    return None


API_VERSION_HEADER = {
    "description": "De volledige versie van de API (semver).",
    "schema": {"type": "string", "example": API_VERSIE},
}


def nl_api_regels(result: dict[str, Any], generator: Any, request: Any, public: bool) -> Any:
    schemas = result["components"].setdefault("schemas", {})
    schemas["Probleem"] = copy.deepcopy(PROBLEEM_SCHEMA)
    for pad, operaties in result.get("paths", {}).items():
        for methode, op in operaties.items():
            if methode not in {"get", "put", "patch", "post", "delete"}:
                continue
            beschrijf_parameters(op)
            voeg_voorbeelden_toe(pad, methode, op)
            responses = op.setdefault("responses", {})
            for code, response in responses.items():
                if code.startswith(("2", "3")):
                    response.setdefault("headers", {})["API-Version"] = API_VERSION_HEADER
            fouten = dict(FOUTEN)
            if methode != "get":
                fouten.update(SCHRIJFFOUTEN)
            bron = _bron_van_antwoord(responses) if methode != "get" else None
            for code, beschrijving in fouten.items():
                naam = "Probleem"
                if code == "409" and bron is not None:
                    naam = f"{bron}Versieconflict"
                    schemas[naam] = copy.deepcopy(conflict_schema(bron))
                responses[code] = {
                    "description": beschrijving,
                    "content": {PROBLEEM: {"schema": {"$ref": f"#/components/schemas/{naam}"}}},
                }
    beschrijf_schemas(schemas)
    geef_nullable_een_type(schemas)
    vul_voorbeelden_aan(result)
    return result
