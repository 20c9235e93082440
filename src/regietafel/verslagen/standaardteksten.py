"""The default texts of the provincial report, used until a province writes its own.

Placeholders: ``{provincie}``, ``{cyclus}``, ``{jaren}`` ("2025 en 2026"),
``{aantal_gemeenten}``. A blank line starts a new paragraph; lines starting with ``- `` form
a list; ``**...**`` is bold.
"""

from __future__ import annotations

from collections.abc import Mapping

SLEUTELS = [
    ("inleiding", "Inleiding"),
    ("huidige_situatie", "Huidige situatie"),
    ("verdeling", "Verdeling opvangopgaven"),
    ("conclusie", "Conclusie (aanvulling op de berekende conclusie)"),
    ("verzoeken", "Verzoeken en adviezen"),
]

STANDAARD = {
    "inleiding": (
        "Zoals aangegeven in artikel 4 lid 2 van de Wet 'gemeentelijke taak mogelijk maken "
        "asielopvangvoorzieningen' (Spreidingswet), brengt de commissaris van de Koning verslag "
        "uit over de verdeling van de asielopvangplaatsen in de provincie. Dit verslag bevat de "
        "resultaten van het overleg dat in de provincie {provincie} is gevoerd om de opgave "
        "voor {jaren} in te vullen. Naast de asielopvangopgave is hierin ook de "
        "(inspannings)opgave voor de Oekraïense ontheemden betrokken."
    ),
    "huidige_situatie": (
        "De afgelopen tijd is er vooral gewerkt aan de invulling en verdeling van opvangplekken "
        "voor {jaren}. Alle gemeenten in {provincie} nemen op dit moment hun "
        "verantwoordelijkheid in de opvang van zowel asielzoekers als Oekraïense ontheemden. "
        "Het onderstaande overzicht laat per gemeente de opgave en het aanbod zien."
    ),
    "verdeling": (
        "Aan de provinciale regietafel (PRT) {provincie} is afgesproken dat:\n\n"
        "- we voortbouwen op wat in de provincie al is gerealiseerd;\n"
        "- alle gemeenten een evenredige bijdrage leveren in de realisatie van de opgaven "
        "binnen de asiel- en vluchtelingenketen;\n"
        "- we eerst op basis van vrijwilligheid tot een passende verdeling willen komen. Komt "
        "deze niet vrijwillig tot stand, dan is het wettelijk kader van de Spreidingswet "
        "leidend.\n\n"
        "De colleges van burgemeester en wethouders van de {aantal_gemeenten} gemeenten is "
        "gevraagd om, aan de hand van een (indicatieve) taakstelling, per opgave aan te geven "
        "wat zij kunnen leveren. De inbreng van de gemeenten is afgezet tegen de provinciale "
        "opgaven. Dit heeft geleid tot de volgende verdeling."
    ),
    "conclusie": "",
    "verzoeken": (
        "Om de voorzieningen voor asielzoekers, statushouders en Oekraïense ontheemden passend "
        "en duurzaam te kunnen realiseren, vragen we de minister aandacht te geven aan de "
        "volgende punten:\n\n"
        "- **Ruimte voor kleinschalige opvang.** Meer flexibiliteit in regelgeving en "
        "financiering om opvang in kleinere eenheden te kunnen realiseren.\n"
        "- **Zekerheid over financiering.** Duurzame plekken vragen om een zekere financiering "
        "van het COA voor de hele looptijd.\n"
        "- **Ondersteuning bij de bouwopgave.** Om ook statushouders te kunnen huisvesten zijn "
        "meer woningen nodig."
    ),
}


class _Veilig(dict[str, str]):
    def __missing__(self, sleutel: str) -> str:
        return "{" + sleutel + "}"


def invullen(tekst: str, waarden: Mapping[str, str]) -> str:
    """`tekst` with its placeholders filled in; unknown placeholders stay as written."""
    return tekst.format_map(_Veilig(waarden))
