"""Post-processing of the OpenAPI document for the NL API Design Rules: the `API-Version`
header on every 2xx/3xx response and `application/problem+json` for every error."""

from __future__ import annotations

from typing import Any

from regietafel.api.middleware import API_VERSIE, PROBLEEM

FOUTEN = {
    "400": "Ongeldige invoer of parameters",
    "401": "Niet ingelogd",
    "403": "Geen toegang",
    "404": "Niet gevonden",
    "406": "Niet aanvaardbaar (Accept)",
    "500": "Fout op de server",
}
SCHRIJFFOUTEN = {
    "409": "Versieconflict: intussen door een ander gewijzigd",
    "413": "Verzoek te groot (meer dan DATA_UPLOAD_MAX_MEMORY_SIZE, standaard 2,5 MB)",
    "415": "Mediatype niet ondersteund",
}
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
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["name", "code", "reason"],
            },
        },
        "huidig": {"type": "object", "additionalProperties": True},
    },
    "required": ["status", "title", "detail"],
}
API_VERSION_HEADER = {
    "description": "De volledige versie van de API (semver).",
    "schema": {"type": "string", "example": API_VERSIE},
}


def nl_api_regels(result: dict[str, Any], generator: Any, request: Any, public: bool) -> Any:
    result["components"].setdefault("schemas", {})["Probleem"] = PROBLEEM_SCHEMA
    for operaties in result.get("paths", {}).values():
        for methode, op in operaties.items():
            if methode not in {"get", "put", "patch", "post", "delete"}:
                continue
            responses = op.setdefault("responses", {})
            for code, response in responses.items():
                if code.startswith(("2", "3")):
                    response.setdefault("headers", {})["API-Version"] = API_VERSION_HEADER
            fouten = dict(FOUTEN)
            if methode != "get":
                fouten.update(SCHRIJFFOUTEN)
            for code, beschrijving in fouten.items():
                responses[code] = {
                    "description": beschrijving,
                    "content": {PROBLEEM: {"schema": {"$ref": "#/components/schemas/Probleem"}}},
                }
    return result
