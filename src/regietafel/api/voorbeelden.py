"""Response examples of the API's figure resources (issue 19), taken from Drenthe's seed
and cut to one row per list; kept here so that the views stay readable. Spectral checks
every example against its schema (`oas3-valid-media-example`)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample

ACTIE = {"id": 9, "overleg": 2, "omschrijving": "Brief versturen", "eigenaar": "Secretaris",
         "deadline": "2026-03-01", "status": "open", "afgerondDatum": None,
         "teruggetrokkenDatum": None, "versie": 1}  # fmt: skip


def _voorbeeld(naam: str, waarde: Any) -> OpenApiExample:
    return OpenApiExample(naam, value=waarde, response_only=True)


OEKRAINE = _voorbeeld("Drenthe 2025-2026", {
    "afronding": "half_up", "eindeTijdelijkeBescherming": "2027-03-04", "opgave": 5722,
    "somOpgaven": 5720,
    "gemeenten": [{"cbsCode": "GM1680", "naam": "Aa en Hunze", "opgave": 293,
                   "realisatie": 403, "ambitie": 430, "gooPlaatsen": 0}],
    "kwartalen": [{"kwartaal": "2027-K1", "eindigt": 40, "omgezet": 10, "onbekend": 0}],
    "locaties": [{"cbsCode": "GM0114", "naam": "De Meerstede", "plaatsen": 50,
                  "beschikbaarVan": "2023-01-01", "geplandeEinde": None,
                  "transformeerbaar": True, "opmerking": ""}],
})  # fmt: skip
STATUSHOUDERS = _voorbeeld("Drenthe 2025-2", {
    "provincie": "drenthe", "periode": "2025-2",
    "gemeenten": [{"cbsCode": "GM0114", "naam": "Emmen", "taakstelling": 40,
                   "achterstandVooraf": 0, "teRealiseren": 40, "realisatie": 31, "saldo": 9,
                   "percentage": "78", "opKoers": False}],
    "provincieTotaal": {"taakstelling": 40, "teRealiseren": 40, "realisatie": 31,
                        "percentage": "78", "opKoers": False, "aantal": 1},
    "gerapporteerd": {"percentage": 116.0, "opKoers": 6, "aantal": 12,
                      "bron": "Actielijst PRT Drenthe, 5 februari 2026"},
})  # fmt: skip
ROUTEKAART = _voorbeeld("Drenthe 2027-2028", {
    "provincie": "drenthe", "cyclus": "2027-2028", "peildatum": "2026-12-01",
    "waarStaanWe": "Nu: stap 8, Verdeelbesluit van de minister",
    "stappen": [{"id": 1, "nummer": 1, "code": "capaciteitsbesluit",
                 "wat": "Ontvangst en duiding capaciteitsbesluit",
                 "verantwoordelijke": "ministerie en provincie", "begin": "2026-02-01",
                 "deadline": "2026-02-28", "wettelijk": False, "status": "klaar",
                 "teLaat": False, "nu": False}],
})  # fmt: skip
CONSULTATIE = _voorbeeld("Emmen heeft geantwoord", {
    "provincie": "drenthe", "cyclus": "2027-2028", "geopend": True,
    "antwoordVoor": "2027-04-01", "toelichting": "", "jaren": [2027, 2028], "beantwoord": 1,
    "gemeenten": [{"cbsCode": "GM0114", "naam": "Emmen", "status": "beantwoord",
                   "statusTekst": "beantwoord",
                   "antwoord": {"voortzetten": "ja", "aanbod": {"amv": {"2027": 12}},
                                "opmerking": "", "ontvangenDatum": "2027-03-12",
                                "perBrief": False,
                                "ingevoerdOp": "2027-03-12T10:00:00+01:00", "versie": 1}}],
})  # fmt: skip
VERDELINGSVERSIE = _voorbeeld("Concept 1", {
    "id": 5, "provincie": "drenthe", "cyclus": "2027-2028", "nummer": 1,
    "bron": "de puzzel (huidig aanbod)", "toelichting": "",
    "aangemaaktOp": "2027-05-01T09:00:00+02:00", "bekrachtigdDatum": None, "vergadering": "",
    "kolommen": ["regulier 2027", "amv 2027"],
    "gemeenten": [{"cbsCode": "GM0114", "naam": "Emmen", "cellen": [495, 51]}],
})  # fmt: skip
OVERLEG = _voorbeeld("PRT 5 februari 2026", {
    "id": 2, "provincie": "drenthe", "datum": "2026-02-05",
    "titel": "Provinciale regietafel asiel", "deelnemers": ["COA", "Gemeente Emmen"],
    "agendapunten": [{"onderwerp": "Opvang", "inhoud": "Stand van zaken", "doorWie": "COA"}],
    "besluiten": ["Concept 2 gaat naar de gemeenten"], "acties": [ACTIE],
    "overgenomenActies": [],
})  # fmt: skip
ACTIE_VOORBEELD = _voorbeeld("Open actie", ACTIE)
OPDRACHT = _voorbeeld("Klaar", {
    "id": "9df1a7bf-90cf-47fd-82d6-89721a42e8c5", "provincie": "drenthe",
    "cyclus": "2025-2026", "formaat": "csv", "soort": "De puzzel (CSV)",
    "aangevraagd": "2026-12-01T17:17:48+01:00", "status": "klaar", "procent": 100,
    "stap": "Klaar", "fout": "", "delen": [],
    "download": "/api/v1/rapportopdrachten/9df1a7bf-90cf-47fd-82d6-89721a42e8c5/bestand",
})  # fmt: skip


def _met_type(knoop: Any) -> None:
    """Give every nullable reference (`allOf` + `nullable`) the type `object`, in place."""
    if isinstance(knoop, dict):
        if knoop.get("nullable") and "allOf" in knoop and "type" not in knoop:
            knoop["type"] = "object"
        for waarde in knoop.values():
            _met_type(waarde)
    elif isinstance(knoop, list):
        for waarde in knoop:
            _met_type(waarde)


def nullable_objecten(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Post-processing hook: a nested resource that may be null (an answer not yet given)
    is `{"allOf": [ref], "nullable": true}`, which is valid OpenAPI 3.0 but which the
    example check cannot read without a type; `type: object` says what it is."""
    _met_type(result)
    return result
