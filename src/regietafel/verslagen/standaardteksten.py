"""The default texts of the provincial report and of its two covering letters (to the
minister, and to the municipal executives), used until a province writes its own.

Placeholders: ``{provincie}``, ``{cyclus}``, ``{jaren}`` ("2025 en 2026"),
``{aantal_gemeenten}``, ``{hoofdstad}`` (the seat of the province, where the letters are
signed) and ``{verdeelbesluit_uiterlijk}`` (the minister's deadline from the cycle's route
map, written out). A blank line starts a new paragraph; lines starting with ``- `` form a list,
lines starting with ``1. `` a numbered one; ``**...**`` is bold.

The letters' figures are not among these texts: Regietafel words them from the balance
between the ``…_opening`` and the ``…_slot`` of each letter.
"""

from __future__ import annotations

from collections.abc import Mapping

VERSLAG = "verslag"
AANBIEDINGSBRIEF = "aanbiedingsbrief"
COLLEGEBRIEF = "collegebrief"
BRIEVEN = "brieven"  # what both letters share

# The documents whose texts a province edits, in the order of the editing page.
GROEPEN = [
    (VERSLAG, "Provinciaal verslag"),
    (AANBIEDINGSBRIEF, "Aanbiedingsbrief aan de minister"),
    (COLLEGEBRIEF, "Brief aan de colleges van burgemeester en wethouders"),
    (BRIEVEN, "Beide brieven"),
]

# key, label, document; keys in KORT are one line on the editing page.
ONDERDELEN = [
    ("inleiding", "Inleiding", VERSLAG),
    ("huidige_situatie", "Huidige situatie", VERSLAG),
    ("verdeling", "Verdeling opvangopgaven", VERSLAG),
    ("conclusie", "Conclusie (aanvulling op de berekende conclusie)", VERSLAG),
    ("verzoeken", "Verzoeken en adviezen", VERSLAG),
    ("aanbiedingsbrief_aan", "Geadresseerde", AANBIEDINGSBRIEF),
    ("aanbiedingsbrief_kenmerk", "Ons kenmerk", AANBIEDINGSBRIEF),
    ("aanbiedingsbrief_onderwerp", "Onderwerp", AANBIEDINGSBRIEF),
    ("aanbiedingsbrief_aanhef", "Aanhef", AANBIEDINGSBRIEF),
    ("aanbiedingsbrief_opening", "Tekst vóór de cijfers", AANBIEDINGSBRIEF),
    ("aanbiedingsbrief_slot", "Tekst na de cijfers", AANBIEDINGSBRIEF),
    ("collegebrief_aan", "Geadresseerde", COLLEGEBRIEF),
    ("collegebrief_kenmerk", "Ons kenmerk", COLLEGEBRIEF),
    ("collegebrief_onderwerp", "Onderwerp", COLLEGEBRIEF),
    ("collegebrief_aanhef", "Aanhef", COLLEGEBRIEF),
    ("collegebrief_opening", "Tekst vóór de cijfers", COLLEGEBRIEF),
    ("collegebrief_slot", "Tekst na de cijfers", COLLEGEBRIEF),
    ("brief_plaats", "Plaats (vóór de datum)", BRIEVEN),
    ("brief_behandeld_door", "Behandeld door", BRIEVEN),
    ("brief_ondertekening", "Afsluiting en ondertekening", BRIEVEN),
]
_GROEPNAAM = dict(GROEPEN)
# Key and label, the label naming its letter (as the admin lists them).
SLEUTELS = [
    (sleutel, label if document == VERSLAG else f"{_GROEPNAAM[document]}: {label[0].lower()}"
     f"{label[1:]}")
    for sleutel, label, document in ONDERDELEN
]  # fmt: skip
KORT = {
    "aanbiedingsbrief_kenmerk",
    "aanbiedingsbrief_onderwerp",
    "aanbiedingsbrief_aanhef",
    "collegebrief_kenmerk",
    "collegebrief_onderwerp",
    "collegebrief_aanhef",
    "brief_plaats",
    "brief_behandeld_door",
}

# The seats of the provinces, where the CdK signs; a province not listed has no default.
HOOFDSTEDEN = {
    "Drenthe": "Assen",
    "Flevoland": "Lelystad",
    "Fryslân": "Leeuwarden",
    "Friesland": "Leeuwarden",
    "Gelderland": "Arnhem",
    "Groningen": "Groningen",
    "Limburg": "Maastricht",
    "Noord-Brabant": "'s-Hertogenbosch",
    "Noord-Holland": "Haarlem",
    "Overijssel": "Zwolle",
    "Utrecht": "Utrecht",
    "Zeeland": "Middelburg",
    "Zuid-Holland": "Den Haag",
}

WET = "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"

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
        "Aan de colleges van burgemeester en wethouders van de {aantal_gemeenten} gemeenten is "
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
    # The covering letter of the CdK to the minister (seed: 31 October 2024).
    "aanbiedingsbrief_aan": "De minister van Asiel en Migratie\nPostbus 20301\n2500 EH Den Haag",
    "aanbiedingsbrief_kenmerk": "",
    "aanbiedingsbrief_onderwerp": f"Provinciaal verslag {WET}",
    "aanbiedingsbrief_aanhef": "Excellentie,",
    "aanbiedingsbrief_opening": (
        f"Hierbij bied ik u mijn verslag aan zoals van mij gevraagd wordt in de {WET} "
        "(Spreidingswet). Zoals deze wet voorschrijft doe ik dit in mijn rol als Rijksorgaan "
        "en na het voeren van vele gesprekken met de gemeenten in {provincie}. Conform de wet "
        "slaat u bij het nemen van uw verdeelbesluit acht op dit verslag en streeft u naar een "
        "zo evenwichtig mogelijke verdeling van de opvang van asielzoekers over het "
        "grondgebied van Nederland.\n\n"
        "Het verslag over {jaren} is bijgevoegd, met in Bijlage 1 het format van het "
        "ministerie en in Bijlage 2 de aanspraak van de gemeenten op de bonusregelingen. In het "
        "kort:"
    ),
    "aanbiedingsbrief_slot": (
        "**Tot slot**\n\n"
        "De systematiek van overleg aan de provinciale regietafel is een goed instrument om "
        "alle opgaven, van opvang tot huisvesting, in samenhang te bezien en tot resultaten te "
        "komen. Rust in het opvanglandschap en in de wet- en regelgeving hieromtrent is daarbij "
        "van groot belang. Ik verzoek u:\n\n"
        "1. alles wat in uw vermogen ligt eraan bij te dragen om de voorwaarden voor het tot "
        "stand brengen van stabiele opvangvoorzieningen te verbeteren;\n"
        "2. de feiten en omstandigheden uit het verslag mee te wegen bij het nemen van uw "
        "verdeelbesluit."
    ),
    # The letter of the CdK to the municipal executives (seed: 1 November 2024).
    "collegebrief_aan": (
        "De colleges van burgemeester en wethouders van de gemeenten in {provincie}"
    ),
    "collegebrief_kenmerk": "",
    "collegebrief_onderwerp": f"Provinciaal verslag {WET}",
    "collegebrief_aanhef": "Geacht college,",
    "collegebrief_opening": (
        f"De {WET} (Spreidingswet) is op 1 februari 2024 in werking getreden. Primair doel van "
        "deze wet is om te voorzien in voldoende asielopvangplekken die evenwichtig zijn "
        "verdeeld over ons land.\n\n"
        "Op basis van deze wet brengt de commissaris van de Koning verslag uit aan de minister "
        "van Asiel en Migratie over de verdeling van de asielopvangplaatsen in de provincie. "
        "Bijgevoegd treft u het verslag aan. Dit verslag bevat de resultaten van het overleg "
        "dat aan de provinciale regietafel {provincie} is gevoerd met vertegenwoordigers van "
        "gemeenten, provincie, COA, Nidos en het ministerie, om de asielopgave voor {jaren} in "
        "te vullen. Naast de asielopgave is ook de (inspannings)opgave voor de Oekraïense "
        "ontheemden hierin betrokken."
    ),
    "collegebrief_slot": (
        "Ik verzoek u vriendelijk dit verslag ter informatie door te zenden aan uw "
        "gemeenteraad.\n\n"
        "**Vervolg**\n\n"
        "Het is nu aan de minister van Asiel en Migratie om, op basis van de provinciale "
        "verslagen, uiterlijk {verdeelbesluit_uiterlijk} een verdeelbesluit te nemen. "
        "Uitgangspunt daarbij is dat bij provincies die tot een sluitende en uitvoerbare "
        "verdeling zijn gekomen, deze wordt overgenomen.\n\n"
        "Aan de provinciale regietafel blijven we het gesprek voeren over hoe we elkaar in de "
        "uitvoering van deze opgaven optimaal kunnen ondersteunen."
    ),
    "brief_plaats": "{hoofdstad}",
    "brief_behandeld_door": "",
    "brief_ondertekening": "Hoogachtend,\n\n\nDe commissaris van de Koning in {provincie}",
}


class _Veilig(dict[str, str]):
    def __missing__(self, sleutel: str) -> str:
        return "{" + sleutel + "}"


def invullen(tekst: str, waarden: Mapping[str, str]) -> str:
    """`tekst` with its placeholders filled in; unknown placeholders stay as written, and so
    does a text whose braces are not placeholders ("{" on its own)."""
    try:
        return tekst.format_map(_Veilig(waarden))
    except (ValueError, IndexError, AttributeError, KeyError):
        return tekst
