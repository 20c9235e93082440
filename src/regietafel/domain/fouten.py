"""The one base of Regietafel's errors, and the one table of their Dutch messages.

Every error the application raises on purpose derives from `RegietafelFout`. It carries a
stable machine `code`, the `veld` (field) and `waarde` (value) it is about and a free
`detail`; its `soort` (kind) says what the web, the API and the CLI make of it: the HTTP
status of the page or the problem+json answer, and the CLI's exit code. The Dutch message
is made here, from `BERICHTEN`, so the three interfaces say the same thing.

A code's message can be a template over the error's fields ("{waarde} valt niet in deze
cyclus.") or just "{detail}" for an error whose raise site writes the whole sentence. The
codes of a feature whose short codes would clash with another's ("verplicht" means one
thing for a source and another for a route map) are written `thema.code` in the table; the
error keeps the short `code` and names its `thema`.

Pure: no Django, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import ClassVar


class Soort(Enum):
    """The kind of an error: what an interface answers. `status` is the HTTP status of the
    web page and the API's problem+json; `exitcode` is what the CLI exits with."""

    ONGELDIG = ("ongeldig", 400, 2)  # bad input: a field, a file, a choice
    NIET_AANGEMELD = ("niet_aangemeld", 401, 1)  # no valid login or API token
    GEEN_TOEGANG = ("geen_toegang", 403, 1)  # the user may not do this
    NIET_GEVONDEN = ("niet_gevonden", 404, 2)  # the province, cycle or record does not exist
    CONFLICT = ("conflict", 409, 1)  # the state forbids it: changed meanwhile, ratified
    NIET_UITVOERBAAR = ("niet_uitvoerbaar", 422, 1)  # valid input, but it cannot be done
    TE_VEEL_POGINGEN = ("te_veel_pogingen", 429, 1)  # too many failed attempts
    ONDERBROKEN = ("onderbroken", 500, 1)  # the work stopped before it finished

    def __init__(self, code: str, status: int, exitcode: int) -> None:
        self.code = code
        self.status = status
        self.exitcode = exitcode


# The Dutch message of each code, formatted with the error's `parameters()`.
BERICHTEN: dict[str, str] = {
    # The generic codes: the raise site writes the sentence (`detail`).
    "ongeldig": "{detail}",
    "niet_aangemeld": "{detail}",
    "geen_toegang": "{detail}",
    "niet_gevonden": "{detail}",
    "conflict": "{detail}",
    "niet_uitvoerbaar": "{detail}",
    "te_veel_pogingen": "Te veel mislukte pogingen; probeer het over {waarde} s opnieuw.",
    "onderbroken": "{detail}",
    # A computation that needs figures not yet known (domain.onbekend).
    "niet_berekenbaar": "{detail}",
    # A record changed by someone else after the user opened it (services.wijzigingen).
    "gewijzigd": "Dit gegeven is intussen gewijzigd door {door}. "
    "Uw wijziging is niet opgeslagen; bekijk de huidige waarde en probeer het opnieuw.",
    # Reports (services.rapporten).
    "onbekend_formaat": "Onbekend formaat '{waarde}': kies uit {detail}.",
    "onbekend_document": "Onbekend document '{waarde}': kies uit {detail}.",
    # Versions and decisions that no longer change (verdelingen, verdeelbesluiten).
    "versie_bekrachtigd": "Versie{nr} is bekrachtigd en kan niet meer worden gewijzigd of "
    "verwijderd. Maak een nieuw concept.",
    "besluit_vastgesteld": "Verdeelbesluit{nr} is vastgesteld en verandert niet meer. "
    "Leg een correctie vast als nieuwe versie.",
    # A cycle's inputs (services.cyclusinvoer); `label` is the field's label.
    "cyclusinvoer.verplicht": "{label}: vul een getal in.",
    "cyclusinvoer.geen_getal": "{label}: '{waarde}' is geen heel getal. Schrijf bijvoorbeeld 1000.",
    "cyclusinvoer.negatief": "{label}: het getal kan niet negatief zijn ({waarde}).",
    "cyclusinvoer.te_groot": "{label}: {waarde} is te groot.",
    "cyclusinvoer.peildatum_in_toekomst": "{label}: de peildatum {waarde} ligt in de toekomst.",
    "cyclusinvoer.geen_code": "{label}: '{waarde}' is geen geldige code. Gebruik kleine "
    "letters, cijfers en streepjes, bijvoorbeeld noord-brabant.",
    "cyclusinvoer.tekst_verplicht": "{label}: vul een naam in.",
    "cyclusinvoer.andere_naam": "{label}: de provincie met deze code heet al {waarde}.",
    "cyclusinvoer.al_in_cyclus": "{label}: {waarde} doet al mee aan deze cyclus.",
    "cyclusinvoer.onbekende_cyclus": "{label}: er is geen cyclus '{waarde}'.",
    "cyclusinvoer.te_weinig_inwoners": "{label}: {waarde} is minder dan de inwoners van de "
    "gemeenten van de provincie samen.",
    # Sources of figures (domain.bronnen).
    "bronnen.verplicht": "Vul {veld} in.",
    "bronnen.geen_datum": "{veld}: '{waarde}' is geen datum; schrijf d-m-jjjj.",
    "bronnen.geen_hash": "{veld}: '{waarde}' is geen SHA-256 (64 hexadecimale tekens).",
    "bronnen.geen_dagen": "{veld}: '{waarde}' is geen aantal dagen; vul een heel getal van 1 "
    "of meer in.",
    "bronnen.onbekende_groep": "{veld}: '{waarde}' is geen bekende groep cijfers.",
    "bronnen.onbekende_keuze": "{veld}: '{waarde}' staat niet in de lijst; kies een van de "
    "waarden.",
    "bronnen.dubbele_groep": "{veld}: de cijfers '{waarde}' staan al bij een andere bron.",
    "bronnen.peildatum_na_document": "{veld}: de peildatum {waarde} ligt na de datum van het "
    "document.",
    # Exchanges (domain.uitruil).
    "uitruil.dezelfde_gemeente": "Een uitruil is tussen twee verschillende gemeenten; "
    "{waarde} staat aan beide kanten.",
    "uitruil.buiten_provincie": "'{waarde}' is geen gemeente van deze provincie.",
    "uitruil.onbekende_categorie": "'{waarde}' is geen categorie voor een uitruil; kies "
    "asielopvang regulier, AMV of statushouders.",
    "uitruil.dezelfde_categorie": "Beide kanten ruilen {waarde}; in ruil neemt de andere "
    "gemeente een andere categorie over.",
    "uitruil.geen_aantal": "'{waarde}' is geen aantal; vul een heel getal groter dan 0 in.",
    "uitruil.geen_periode": "'{waarde}' is geen periode; schrijf jaren (2025, 2026) of, voor "
    "statushouders, halfjaren (2025-2, 2026-1).",
    "uitruil.periode_buiten_cyclus": "{waarde} valt niet in deze cyclus.",
    "uitruil.geen_partij": "Uw gemeente is geen partij bij deze uitruil; u kunt alleen een "
    "uitruil voorstellen of bevestigen waarbij uw eigen gemeente partij is.",
    "uitruil.al_akkoord": "{waarde} heeft deze uitruil al bevestigd.",
    "uitruil.niet_bevestigd": "De uitruil is nog niet door beide gemeenten bevestigd; "
    "bekrachtigen kan pas daarna.",
    "uitruil.al_bekrachtigd": "De uitruil is al bekrachtigd en verandert niet meer.",
    "uitruil.onbekende_versie": "Verdelingsversie {waarde} hoort niet bij deze provincie en "
    "cyclus.",
    "uitruil.versie_niet_bekrachtigd": "Verdelingsversie {waarde} is nog niet bekrachtigd; "
    "bekrachtig eerst de verdeling.",
    # The route map, consultation, versions and meetings (domain.routekaart).
    "routekaart.verplicht": "Vul {veld} in.",
    "routekaart.geen_datum": "'{waarde}' is geen datum; schrijf dd-mm-jjjj.",
    "routekaart.datum_in_verleden": "De datum {waarde} ligt in het verleden.",
    "routekaart.datum_in_toekomst": "De datum {waarde} ligt in de toekomst.",
    "routekaart.geen_aantal": "'{waarde}' is geen aantal plaatsen; vul een heel getal van 0 "
    "of meer in.",
    "routekaart.onbekende_keuze": "'{waarde}' is geen geldige keuze voor {veld}.",
    "routekaart.onbekende_gemeente": "'{waarde}' is geen gemeente van deze provincie.",
    "routekaart.onbekend_jaar": "{waarde} is geen jaar van deze cyclus.",
    "routekaart.al_geopend": "De consultatie van deze cyclus is al geopend.",
    "routekaart.niet_geopend": "De consultatie van deze cyclus is nog niet geopend.",
    "routekaart.al_bekrachtigd": "Versie {waarde} is al bekrachtigd en kan niet meer veranderen.",
    "routekaart.al_gepubliceerd": "Deze cyclus is al gepubliceerd op {waarde}; wat toen "
    "gepubliceerd is, blijft zo.",
    "routekaart.cyclus_bestaat": "Cyclus {waarde} is voor deze provincie al begonnen.",
    "routekaart.geen_vorige_cyclus": "Deze provincie heeft geen cyclus {waarde} om de "
    "volgende uit te maken.",
    "routekaart.besluit_ontbreekt": "Cyclus {waarde} heeft nog geen capaciteitsbesluit: de "
    "opgaven van de gemeenten zijn niet bekend, dus er is nog geen verslag om te publiceren. "
    "Lees eerst het capaciteitsbesluit in (Importeren of Herramingen).",
    "routekaart.dezelfde_versie": "Kies twee verschillende versies om te vergelijken.",
    "routekaart.teruggetrokken": "Dit is op {waarde} teruggetrokken en kan niet meer veranderen.",
    "routekaart.geen_emailadres": "Regel {veld}: '{waarde}' is geen e-mailadres.",
    # The escalation ladder of the supervision (domain.toezicht).
    "toezicht.geen_stappen": "De ladder heeft minstens één stap nodig.",
    "toezicht.naam_verplicht": "Stap {stap}: vul de naam in.",
    "toezicht.naam_dubbel": "Stap {stap}: de naam '{waarde}' komt al eerder voor.",
    "toezicht.geen_drempel": "Stap {stap}: het aantal halfjaren '{waarde}' is geen positief "
    "heel getal (1 of meer).",
    "toezicht.niet_oplopend": "Stap {stap}: het aantal halfjaren ({waarde}) moet hoger zijn "
    "dan dat van de stap ervoor.",
    # The phases of a location in the pipeline (domain.pijplijn).
    "pijplijn.onbekende_fase": "'{waarde}' is geen fase; kies uit {fasen}.",
    "pijplijn.terug": "Fase: een locatie gaat niet terug. Zij is al in fase '{huidige}'; "
    "'{waarde}' komt daarvóór.",
    "pijplijn.herhaald": "Fase: de locatie is al in fase '{waarde}'.",
    "pijplijn.overgeslagen": "Fase: een locatie gaat één fase tegelijk vooruit. Na "
    "'{huidige}' komt '{volgende}' (of 'beëindigd'), niet '{waarde}'.",
    "pijplijn.beeindigd": "Fase: de locatie is beëindigd; daarna volgt geen fase meer.",
    "pijplijn.datum_voor_vorige": "Datum: {waarde} ligt vóór de datum van de vorige fase "
    "('{huidige}' op {vorige}).",
    "pijplijn.datum_in_toekomst": "Datum: {waarde} ligt in de toekomst; leg een fase vast als "
    "zij bereikt is.",
    "pijplijn.bron_verplicht": "Bron: vul in waar de fase uit blijkt, bijvoorbeeld "
    "'raadsbesluit 12-3-2025', een document of wie het meldt.",
    # The solver's input and outcome (domain.puzzel_solver).
    "solver.negatief": "{gemeente}: {veld} mag niet negatief zijn (nu {waarde}).",
    "solver.eenheid": "{gemeente}: de eenheid moet minstens 1 zijn (nu {waarde}).",
    "solver.dubbel": "{gemeente} komt meer dan eens voor.",
    "solver.highs": "De optimalisatie kon {probleem} niet oplossen: de solver (HiGHS) vond "
    "geen bewezen optimale verdeling over de eenheden (melding: {melding}). Er bestaat wel een "
    "verdeling binnen de maxima en eenheden, maar de optimalisatie kan die nu niet "
    "voorstellen. Pas een eenheid of maximum aan en reken opnieuw.",
}


def berichten(thema: str) -> dict[str, str]:
    """The messages of one feature, by their short code (``berichten("uitruil")``)."""
    voor = f"{thema}."
    return {
        sleutel[len(voor) :]: tekst
        for sleutel, tekst in BERICHTEN.items()
        if sleutel.startswith(voor)
    }


class RegietafelFout(Exception):
    """An error of Regietafel: a stable `code`, the `veld` and `waarde` it is about and a
    free `detail`. `str()` is the Dutch message from `BERICHTEN`; `soort` decides the HTTP
    status and the CLI's exit code. A subclass sets its own `soort`, default `code` and
    `thema`, and adds fields to `parameters()` where its messages use them.

    ``RegietafelFout("Geen gegevens voor ...")`` is an error whose message is its detail."""

    soort: ClassVar[Soort] = Soort.ONGELDIG
    thema: ClassVar[str] = ""  # the prefix of the codes in BERICHTEN ("uitruil")
    code: str = "ongeldig"
    veld: str = ""
    waarde: object = ""
    detail: str = ""

    def __init__(
        self, detail: str = "", *, code: str = "", veld: str = "", waarde: object = ""
    ) -> None:
        super().__init__(detail)
        self.detail, self.veld, self.waarde = detail, veld, waarde
        self.code = code or type(self).code

    @property
    def sleutel(self) -> str:
        """The key of this error's message in BERICHTEN."""
        return f"{self.thema}.{self.code}" if self.thema else self.code

    def parameters(self) -> dict[str, object]:
        """The values the message template is formatted with."""
        return {"veld": self.veld, "waarde": self.waarde, "detail": self.detail}

    def __str__(self) -> str:
        return BERICHTEN[self.sleutel].format(**self.parameters())


@dataclass(frozen=True)
class Veldfout(RegietafelFout):
    """Bad input: the field, the value and a code, given in that order. A subclass sets its
    `thema`; the Dutch message is made from the code in BERICHTEN, so the web app, the CLI
    and the API say the same thing."""

    veld: str
    waarde: object
    code: str
