"""The Dutch descriptions of the OpenAPI document: of every schema, property and path
parameter that its serializer does not describe itself (with `help_text`), one place for
the words a client reads. The serializers' docstrings are English (for developers); the
document shows these instead. api.schema.nl_api_regels applies them."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

SCHEMAS = {
    "Aanbod": "Het aanbod van een gemeente: opvangplaatsen per categorie en jaar.",
    "Aantallen": "De indicatieve aantallen van één gemeente in een versie van het besluit.",
    "Bonus": "De SPUK-bonussen van een provincie in een cyclus; wat nog niet bekend is, is null.",
    "BonusGemeente": "SPUK 1, 2 en 3 en de keuze van één gemeente.",
    "BonusTotalen": "De totalen van de SPUK-bonussen van de provincie.",
    "BonusVergelijking": "De vergelijking tussen SPUK 1 en SPUK 3 van één gemeente.",
    "Bron": "Een bron van cijfers: document, import of invoer.",
    "Cijferbron": "De bron en peildatum van één opgeslagen cijfer.",
    "Cyclus": "Een cyclus van de Spreidingswet met de landelijke behoefte en de bedragen.",
    "FaseZetRequest": "Een locatie één fase verder: de fase, de datum en de bron.",
    "Faseovergang": "Een bereikte fase van een locatie, met wie haar wanneer invoerde.",
    "Gemeente": "Een gemeente, met CBS-code en inwoners.",
    "GemeenteToezicht": "De stand van één gemeente op de toezichtladder.",
    "Herraming": "Een versie van het capaciteitsbesluit; het hoogste nummer is de huidige.",
    "Import": "Eén import in het logboek: bestand, soort, wie en wanneer.",
    "Ladder": "De toezichtladder van de provincie: de stappen en hun drempels.",
    "Locatie": "Een opvanglocatie. Een wijziging noemt de versie waarop zij is gebaseerd.",
    "LocatieFasen": "De fasen die een locatie heeft bereikt en de fasen die kunnen volgen.",
    "LocatieGroep": "Een groep locaties met hun plaatsen.",
    "NullEnum": "Geen waarde (null): nog niet bekend.",
    "LocatieRequest": "Een opvanglocatie. Een wijziging noemt de versie waarop zij is gebaseerd.",
    "Onleesbaar": "Een veld van een bron dat niet te lezen was.",
    "Opgave": "De opgave van een gemeente: indicatief aantal, realisatie en ambitie.",
    "PatchedAanbodWijzigingRequest": "Een wijziging van het aanbod: het nieuwe aantal "
    "plaatsen, gebaseerd op `versie`, met een reden.",
    "PatchedLocatieRequest": "Een wijziging van een opvanglocatie; `versie` is verplicht.",
    "Provincie": "Een provincie.",
    "Realisatie": "De realisatie van een cyclus: welke plaatsen er op tijd echt zijn.",
    "RealisatieLocatie": "Een locatie in de realisatie.",
    "RealisatieRegel": "Een locatie in de pijplijn met haar fase en data.",
    "Stap": "Een stap van de toezichtladder.",
    "Toezicht": "De toezichtladder huisvesting statushouders van een provincie in een halfjaar.",
    "ToezichtHalfjaar": "De taakstelling en realisatie van een gemeente in één halfjaar.",
    "Uitruil": "Een uitruil: A neemt `aantalA` van `categorieA` over van B, B neemt "
    "`aantalB` van `categorieB` over van A.",
    "UitruilBevestiging": "Een bevestiging van een uitruil door een partij.",
    "UitruilBevestigingRequest": "Een bevestiging, gebaseerd op `versie`.",
    "UitruilVoorstelRequest": "Een voorstel van een uitruil; geen perioden: de hele cyclus.",
    "JaarAanbod": "Het aanbod en het saldo van een provincie in één jaar.",
    "JaarTotaal": "Het landelijke aanbod in één jaar.",
    "LandelijkOverzicht": "De provincies naast elkaar in een cyclus, met de landelijke totalen.",
    "LandelijkeProvincie": "Eén provincie in het landelijk overzicht.",
    "LandelijkeTotalen": "De landelijke totalen van de getoonde provincies.",
    "Reserve": "De reserve-noodopvang van een provincie: plaatsen per status.",
    "Asieltoezicht": "Het toezicht op de realisatie van het verdeelbesluit asiel per gemeente.",
    "AsieltoezichtGemeente": "Eén gemeente in het toezicht op het verdeelbesluit asiel.",
    "Conceptbesluit": "Het concept van het verdeelbesluit: de aantallen per gemeente.",
    "ConceptbesluitGemeente": "Eén gemeente in het conceptbesluit, met de uitleg.",
    "VastgesteldBesluit": "Een vastgesteld verdeelbesluit met zijn aantallen per gemeente.",
    "VastgesteldBesluitGemeente": "Eén gemeente in een vastgesteld verdeelbesluit.",
    "VastleggenRequest": "Het vastleggen van een verdeelbesluit, gebaseerd op `versie`.",
    "Verdeelbesluit": "Het verdeelbesluit van een provincie in een cyclus: concept, besluit, "
    "versies en toezicht.",
    # the figure resources of issue 19 (api.puzzel, api.cyclus, api.overleggen, ...)
    "AanbodJaar": "Het aanbod van een gemeente in één jaar, met het saldo en de status.",
    "AanvraagRequest": "Een aanvraag van een rapport: provincie, cyclus en formaat.",
    "Actie": "Een actie uit een PRT-overleg, met eigenaar, deadline en status.",
    "Agendapunt": "Een agendapunt van een PRT-overleg.",
    "Antwoord": "Het antwoord van een gemeente op de consultatie.",
    "AntwoordInvoerRequest": "Het antwoord van een gemeente op de consultatie, gebaseerd op "
    "`versie` (0: nog geen antwoord).",
    "Asiel": "Opgave, realisatie en aanbod van een gemeente voor één asielcategorie.",
    "Bijlage1": "Bijlage 1 van het provinciaal verslag: de cijfers en de locaties die meetellen.",
    "Bijlage1Cijfers": "De opgave, wat is ingevuld en wat nog in te vullen is, regulier en AMV.",
    "Bijlage1Locatie": "Een locatie in Bijlage 1.",
    "Capaciteit": "De beschikbare opvangplaatsen per maand en gemeente, met de opgave.",
    "CapaciteitLocatie": "Een locatie die meetelt in de capaciteit.",
    "CapaciteitMaand": "De plaatsen in één maand, in totaal en per gemeente.",
    "Consultatie": "De consultatie van de gemeenten in een cyclus, met hun antwoorden.",
    "ConsultatieRegel": "Eén gemeente in de consultatie: de status en haar antwoord.",
    "Deel": "Het deel van een rapportopdracht voor één provincie.",
    "Gerapporteerd": "De realisatie zoals gerapporteerd, met de bron.",
    "GooLocatie": "Een locatie voor gemeentelijke opvang van ontheemden uit Oekraïne (GOO).",
    "Kwartaal": "De GOO-plaatsen die in een kwartaal eindigen, worden omgezet of onbekend zijn.",
    "Mutatie": "Een verandering van het aantal plaatsen op een datum.",
    "NietMeetellend": "Een locatie die niet meetelt in Bijlage 1, met de reden.",
    "NieuwScenarioRequest": "Een nieuw scenario van de oplosser.",
    "NieuweActieRequest": "Een nieuwe actie van een PRT-overleg.",
    "Oekraine": "De opvang van ontheemden uit Oekraïne in een provincie.",
    "OekraineGemeente": "De Oekraïne-opgave, realisatie en ambitie van één gemeente.",
    "Opdracht": "Een rapportopdracht: de voortgang en, als zij klaar is, de download.",
    "Overleg": "Een PRT-overleg met agenda, besluiten en acties.",
    "PatchedActieWijzigingRequest": "Een nieuwe status van een actie, gebaseerd op `versie`.",
    "Puzzel": "De puzzel van een provincie in een cyclus: opgave tegen aanbod per gemeente.",
    "PuzzelOekraine": "De Oekraïne-kolommen van de puzzel voor één gemeente.",
    "PuzzelRegel": "Eén gemeente in de puzzel.",
    "Routekaart": "De routekaart van een cyclus: de stappen en waar we nu staan.",
    "RoutekaartStap": "Een stap van de routekaart.",
    "Scenario": "Een bewaard scenario van de oplosser met zijn uitkomst.",
    "Signalering": "Een signalering: een tegenstrijdigheid in de gegevens.",
    "StabieleKeuze": "Een stabiele keuze tussen SPUK 1 en SPUK 3.",
    "StatushouderGemeente": "De huisvesting van statushouders door één gemeente in een halfjaar.",
    "StatushouderTotaal": "De huisvesting van statushouders in de hele provincie.",
    "Statushouders": "De huisvesting van statushouders in een provincie in een halfjaar.",
    "Verdelingsversie": "Een versie van de verdeling, met de kolommen per gemeente.",
    "VersieRij": "Eén gemeente in een versie van de verdeling.",
    "Waarschuwingen": "Locaties waarvan de beschikbaarheid afloopt of verlopen is.",
}

VELDEN = {
    "aandeelProcent": "Het aandeel plaatsen dat op de realisatiedatum in gebruik is, in procenten.",
    "aantalA": "Het aantal plaatsen dat gemeente A overneemt.",
    "aantalB": "Het aantal plaatsen dat gemeente B overneemt (0: niets terug).",
    "aantalRijen": "Het aantal rijen van het bestand.",
    "aantallen": "De indicatieve aantallen per gemeente.",
    "akkoordA": "Of gemeente A de uitruil heeft bevestigd.",
    "akkoordB": "Of gemeente B de uitruil heeft bevestigd.",
    "ambitie": "De ambitie van de gemeente (plaatsen); null: niet opgegeven.",
    "amv": "Het aantal voor alleenstaande minderjarige vreemdelingen (AMV).",
    "beschikbaarTot": "Tot wanneer de plaatsen beschikbaar zijn; null: onbepaald.",
    "beschikbaarVan": "Vanaf wanneer de plaatsen beschikbaar zijn.",
    "bestandsnaam": "De naam van het ingelezen bestand.",
    "bron": "Waar het gegeven vandaan komt, bijvoorbeeld een besluit van B&W.",
    "categorie": "De categorie: regulier of amv.",
    "categorieA": "De categorie die gemeente A overneemt.",
    "categorieB": "De categorie die gemeente B overneemt.",
    "cbsCode": "De CBS-code van de gemeente, bijvoorbeeld GM0106.",
    "code": "De provinciecode, bijvoorbeeld drenthe.",
    "count": "Het aantal resultaten op alle pagina's samen.",
    "cyclus": "De cyclus, bijvoorbeeld 2025-2026.",
    "datum": "De datum waarop de fase is bereikt.",
    "datumBesluit": "De datum van het besluit.",
    "detail": "Wat er mis is, in het Nederlands.",
    "duurzamePlaatsen": "Het aantal duurzame plaatsen.",
    "fase": "De fase van de locatie in de pijplijn.",
    "fasen": "De bereikte fasen, oudste eerst.",
    "gebruiker": "Wie importeerde.",
    "geimporteerdDoor": "Wie de versie importeerde.",
    "geimporteerdOp": "Wanneer de versie werd geïmporteerd.",
    "gemeente": "De CBS-code van de gemeente, bijvoorbeeld GM0106.",
    "gemeenteA": "De CBS-code van gemeente A.",
    "gemeenteB": "De CBS-code van gemeente B.",
    "gemeenteNaam": "De naam van de gemeente.",
    "gemeenten": "De gemeenten van de provincie.",
    "geplandInGebruik": "Wanneer de plaatsen in gebruik zouden komen.",
    "halfjaar": "Het halfjaar, bijvoorbeeld 2025-2.",
    "halfjarenOnbekend": "Het aantal halfjaren zonder cijfers.",
    "halfjarenOnderOpRij": "Het aantal halfjaren op rij onder de taakstelling.",
    "historie": "De halfjaren van de gemeente, oudste eerst.",
    "id": "Het kenmerk.",
    "importId": "Het kenmerk van de import waarmee de versie binnenkwam.",
    "inGebruikOpRealisatiedatum": "De plaatsen die op de realisatiedatum in gebruik zijn.",
    "ingevoerdDoor": "Wie de fase invoerde.",
    "ingevoerdOp": "Wanneer de fase werd ingevoerd.",
    "instance": "De URL van het verzoek waarop de fout slaat.",
    "invalidParams": "Per ongeldig veld of parameter: de naam, een code en de reden.",
    "inwoners": "Het aantal inwoners.",
    "inwonersPeiljaar": "Het jaar waarin de inwoners zijn geteld.",
    "jaar": "Het jaar.",
    "jaren": "De jaren van de cyclus.",
    "keuze": "SPUK 1 of SPUK 3; null: nog niet bekend.",
    "ladder": "De toezichtladder van de provincie.",
    "landelijkeBehoefte": "De landelijke behoefte aan opvangplaatsen.",
    "locatie": "Het kenmerk van de locatie.",
    "locaties": "De locaties.",
    "moment": "Wanneer de bron werd vastgelegd.",
    "naam": "De naam.",
    "next": "De URL van de volgende pagina; null op de laatste.",
    "nummer": "Het volgnummer van de versie (1 is het eerste besluit).",
    "omschrijving": "De omschrijving.",
    "onbepaaldeTijd": "Of de locatie voor onbepaalde tijd is.",
    "onderOpRij": "Het aantal halfjaren op rij onder de taakstelling, tot en met dit halfjaar.",
    "ontbreektTekst": "Wat nog niet bekend is, in een zin; leeg als alles bekend is.",
    "oordeel": "Onder de taakstelling, op koers, of onbekend.",
    "opgave": "De opgave (indicatief aantal plaatsen).",
    "opmerking": "Bijzonderheden van de locatie.",
    "peildatum": "De datum waarop de cijfers gelden.",
    "percentage": "De realisatie als percentage van de taakstelling.",
    "periodenA": "De jaren van de overname door A; leeg: de hele cyclus.",
    "periodenB": "De jaren van de overname door B; leeg: de hele cyclus.",
    "plaatsen": "Het aantal opvangplaatsen.",
    "previous": "De URL van de vorige pagina; null op de eerste.",
    "provincie": "De provinciecode, bijvoorbeeld drenthe.",
    "realisatie": "Het aantal gerealiseerde plaatsen.",
    "realisatiedatum": "De datum waarop de opgave gerealiseerd moet zijn.",
    "reden": "Waarom (in de historie).",
    "regulier": "Het aantal reguliere plaatsen.",
    "results": "De resultaten op deze pagina.",
    "sesScore": "De sociaal-economische statusscore van de gemeente.",
    "sha256": "De SHA-256 van het bestand.",
    "soort": "De soort.",
    "stap": "De stap van de toezichtladder waarop de gemeente staat.",
    "stappen": "De stappen van de ladder.",
    "status": "De status.",
    "taakstelling": "De taakstelling (personen).",
    "teRealiseren": "Wat nog te realiseren is (personen).",
    "tekst": "De tekst die niet te lezen was.",
    "tijdstip": "Wanneer.",
    "titel": "De titel van de bron.",
    "title": "De soort fout, in het Nederlands.",
    "toelichting": "Een toelichting bij de uitruil.",
    "totalen": "De totalen van de provincie.",
    "type": "Een URI die de soort fout aanduidt; about:blank: de HTTP-status zegt het.",
    "vergelijking": "Per gemeente SPUK 1 tegen SPUK 3.",
    "verdelingsversie": "De versie van de verdeling waarin de uitruil is bekrachtigd; null: "
    "nog niet.",
    "verouderd": "Of de bron ouder is dan de gevraagde leeftijd.",
    "versie": "Het versienummer voor optimistische gelijktijdigheid: noem het bij een "
    "wijziging; is het intussen veranderd, dan volgt 409.",
    "veld": "Het veld.",
    "volgendeFasen": "De fasen die hierna kunnen volgen.",
    "volgendeStap": "De volgende stap van de ladder.",
    "werkelijkInGebruik": "Wanneer de plaatsen werkelijk in gebruik kwamen.",
    "wijzigingen": "Het aantal gewijzigde gegevens.",
}

# Where one name means something else in one schema.
PER_SCHEMA = {
    "Cyclus.naam": "De naam van de cyclus, bijvoorbeeld 2025-2026.",
    "Provincie.naam": "De naam van de provincie.",
    "Gemeente.naam": "De naam van de gemeente.",
    "Gemeente.provincie": "De provinciecode van de gemeente.",
    "Locatie.naam": "De naam van de locatie; leeg zolang zij niet openbaar is (afgeschermd).",
    "Locatie.soort": "De soort opvang.",
    "Locatie.status": "De status van de locatie.",
    "Import.soort": "De soort import.",
    "Bron.soort": "De soort bron.",
    "Probleem.status": "De HTTP-status.",
    "Import.tijdstip": "Wanneer de import plaatsvond.",
    "Herraming.omschrijving": "De omschrijving van de versie.",
    "Stap.naam": "De naam van de stap.",
    "Stap.omschrijving": "Wat de stap inhoudt.",
    "RealisatieLocatie.soort": "De soort opvang.",
    "RealisatieRegel.soort": "De soort opvang.",
    "LocatieGroep.plaatsen": "De plaatsen van deze locaties samen.",
    "Bijlage1.nietMeetellend": "De locaties die niet meetellen, met de reden.",
    "Asieltoezicht.besluitVersie": "De versie van het besluit waarop het toezicht rust.",
    "Asieltoezicht.standaardladder": "Of de provincie de standaardladder gebruikt.",
    "AsieltoezichtGemeente.besloten": "Het besloten aantal plaatsen.",
    "AsieltoezichtGemeente.inGebruikOpPeildatum": "De plaatsen in gebruik op de peildatum.",
    "AsieltoezichtGemeente.tekort": "Het tekort aan plaatsen.",
    "AsieltoezichtGemeente.tekortSinds": "Sinds wanneer er een tekort is.",
    "AsieltoezichtGemeente.maandenTekort": "Het aantal maanden met een tekort.",
    "ConceptbesluitGemeente.uitleg": "Hoe het aantal tot stand kwam.",
    "VastgesteldBesluit.vastgelegdOp": "Wanneer het besluit werd vastgelegd.",
    "Verdeelbesluit.provincialeVerdeling": "De provinciale verdeling waarop het besluit rust.",
    "Verdeelbesluit.versies": "De vastgestelde versies van het besluit.",
    "LandelijkOverzicht.provincies": "De provincies, elk met opgave, aanbod en SPUK.",
    "LandelijkeProvincie.sluitend": "Of de puzzel van de provincie in elk jaar sluit.",
    "LandelijkeProvincie.verslagOntvangenDatum": "Wanneer het provinciaal verslag is ontvangen.",
    "LandelijkeTotalen.aanbod": "Het landelijke aanbod per jaar.",
    "LandelijkeTotalen.sluitend": "Het aantal provincies waarvan de puzzel sluit.",
    "LandelijkeTotalen.nietSluitend": "Het aantal provincies waarvan de puzzel niet sluit.",
    "LandelijkeTotalen.zonderOpgave": "De provincies zonder opgave in deze cyclus.",
    "Reserve.verkend": "Plaatsen in verkenning.",
    "Reserve.toegezegd": "Toegezegde plaatsen.",
    "Reserve.geactiveerd": "Geactiveerde plaatsen.",
    "Reserve.beeindigd": "Beëindigde plaatsen.",
}

# The path parameters, by name.
PADPARAMETERS = {
    "id": "Het kenmerk (id), zoals de lijst het noemt.",
    "code": "De provinciecode, bijvoorbeeld drenthe.",
    "naam": "De naam van de cyclus, bijvoorbeeld 2025-2026.",
    "cbsCode": "De CBS-code van de gemeente, bijvoorbeeld GM0106.",
}
QUERYPARAMETERS = {"categorie": "De categorie: regulier of amv."}


def beschrijf_schemas(schemas: dict[str, Any]) -> None:
    """Every component and its properties in Dutch, where the serializer says nothing."""
    for naam, schema in schemas.items():
        if naam in SCHEMAS:
            schema["description"] = SCHEMAS[naam]
        elif naam.startswith("Paginated"):
            schema["description"] = "Eén pagina van een lijst (page, pageSize)."
        eigenschappen = schema.get("properties", {})
        for veld, eigenschap in eigenschappen.items():
            tekst = PER_SCHEMA.get(f"{naam}.{veld}") or VELDEN.get(veld)
            if not tekst or eigenschap.get("description"):
                continue
            if "$ref" in eigenschap:  # OpenAPI 3.0: nothing beside a $ref, so wrap it
                eigenschappen[veld] = {"allOf": [eigenschap], "description": tekst}
            else:
                eigenschap["description"] = tekst


def _type_van(schemas: dict[str, Any], eigenschap: dict[str, Any]) -> str | None:
    """The type of a nullable oneOf/allOf of references, from the first one with a type."""
    for ref in eigenschap.get("oneOf", []) + eigenschap.get("allOf", []):
        naam = ref.get("$ref", "").rsplit("/", 1)[-1]
        if schemas.get(naam, {}).get("type"):
            return str(schemas[naam]["type"])
    return None


def geef_nullable_een_type(schemas: dict[str, Any]) -> None:
    """OpenAPI 3.0 allows `nullable` only beside a `type`: drf-spectacular's nullable
    references (an enum or null, a nested object or null) get their referent's type, so
    that validators check the examples against them."""
    for schema in schemas.values():
        for eigenschap in schema.get("properties", {}).values():
            soort = _type_van(schemas, eigenschap)
            if eigenschap.get("nullable") and "type" not in eigenschap and soort:
                eigenschap["type"] = soort


def beschrijf_parameters(operatie: dict[str, Any]) -> None:
    """The path parameters and the plain query filters of an operation in Dutch."""
    for p in operatie.get("parameters", []):
        soort = PADPARAMETERS if p["in"] == "path" else QUERYPARAMETERS
        if not p.get("description") and p["name"] in soort:
            p["description"] = soort[p["name"]]


@cache
def _voorbeelden() -> dict[str, Any]:
    """The examples of openapi_voorbeelden.json: an answer per read (from the Drenthe dataset), and
    a request and its answer per write."""
    tekst = files("regietafel.api").joinpath("openapi_voorbeelden.json").read_text(encoding="utf-8")
    return dict(json.loads(tekst))


def _voorbeeld(inhoud: dict[str, Any], waarde: Any, samenvatting: str) -> None:
    """The example of a JSON media, unless its view gives one itself (OpenApiExample)."""
    if "application/json" in inhoud and not inhoud["application/json"].get("examples"):
        inhoud["application/json"]["examples"] = {
            "voorbeeld": {"summary": samenvatting, "value": waarde}
        }


def voeg_voorbeelden_toe(pad: str, methode: str, operatie: dict[str, Any]) -> None:
    """The example request and answer of an operation, where openapi_voorbeelden.json has them."""
    v = _voorbeelden()
    if methode == "get":
        verzoek, antwoord = None, v["get"].get(pad)
    else:
        schrijven = v["schrijven"].get(pad, {}).get(methode, {})
        verzoek, antwoord = schrijven.get("verzoek"), schrijven.get("antwoord")
    if verzoek is not None and "requestBody" in operatie:
        _voorbeeld(operatie["requestBody"]["content"], verzoek, "Een verzoek")
    for code, response in operatie.get("responses", {}).items():
        if antwoord is not None and code.startswith("2"):
            _voorbeeld(response.get("content", {}), antwoord, "Een antwoord (Drenthe)")


def _naam(media: dict[str, Any]) -> str:
    return str(media.get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]


def _antwoorden(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON media of every 2xx answer in the document."""
    return [
        response["content"]["application/json"]
        for operaties in result.get("paths", {}).values()
        for op in operaties.values()
        if isinstance(op, dict)
        for code, response in op.get("responses", {}).items()
        if code.startswith("2") and "application/json" in response.get("content", {})
    ]


def vul_voorbeelden_aan(result: dict[str, Any]) -> None:
    """An answer without an example of its own gets the example another operation gives
    for the same schema (a created resource as its GET shows it), or, for a page of a list,
    a page with that one resource."""
    bekend = {}
    for media in _antwoorden(result):
        if media.get("examples") and _naam(media):
            bekend.setdefault(_naam(media), next(iter(media["examples"].values()))["value"])
    for media in _antwoorden(result):
        naam = _naam(media)
        lijst = naam.removeprefix("Paginated").removesuffix("List")
        if media.get("examples") or not naam:
            continue
        if naam in bekend:
            _voorbeeld({"application/json": media}, bekend[naam], "Een antwoord (Drenthe)")
        elif naam.startswith("Paginated") and lijst in bekend:
            pagina = {"count": 1, "next": None, "previous": None, "results": [bekend[lijst]]}
            _voorbeeld({"application/json": media}, pagina, "Een antwoord (Drenthe)")
