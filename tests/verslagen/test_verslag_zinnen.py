"""Every sentence of the provincial report and of its two letters reads naturally whatever
the figures: zero, one, many or not yet known. Hypothesis draws small provinces (two or
three municipalities: every province has several, and the default texts say "de N
gemeenten"; figures of 0, 1, 2 or many, or unknown; locations that are or are
not in use, whose contract does or does not end before the realisation date; a
realisation date or none; none, one or all municipalities on the supervision ladder),
renders the report and both letters as document models, and checks the text: no "1
plaatsen", no "0 plaatsen … loopt", no double spaces, no empty slot. No database."""

import re
from dataclasses import replace
from datetime import date
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from regietafel.data import lees_dataset
from regietafel.domain.balans import bereken_balans
from regietafel.domain.bijlage1 import bereken_bijlage1
from regietafel.domain.model import (
    Categorie,
    Gemeente,
    GemeenteCijfers,
    Locatie,
    LocatieSoort,
    LocatieStatus,
    ProvincieOpgave,
)
from regietafel.domain.pijplijn import Fase, Faseovergang
from regietafel.domain.plaatsen import cyclusgegevens
from regietafel.domain.puzzel import bereken_puzzel
from regietafel.domain.realisatie import realisatie
from regietafel.domain.spuk import bereken_spuk
from regietafel.domain.statushouders import Periode
from regietafel.domain.toezicht import (
    GemeenteToezicht,
    Oordeel,
    ToezichtHalfjaar,
    Toezichtladder,
)
from regietafel.reports.aanbiedingsbrieven import aanbiedingsbrief, collegebrief
from regietafel.reports.document import (
    Alinea,
    Document,
    Grafiek,
    Kerncijfers,
    Opsomming,
    Tabel,
)
from regietafel.reports.realisatie import RealisatieInvoer, realisatie_zinnen
from regietafel.reports.toezicht import ToezichtInvoer
from regietafel.reports.verslag import VerslagInvoer, verslag_document
from regietafel.verslagen.standaardteksten import STANDAARD, invullen

DRENTHE = lees_dataset()
JAREN = DRENTHE.cyclus.jaren
REALISATIEDATUM = date(2025, 7, 1)
PEILDATUM = date(2024, 10, 31)
CODES = ("GM0001", "GM0002", "GM0003")

# 0, 1, 2 and many; None is "not yet known".
AANTAL = st.sampled_from([0, 1, 2, 37, 1352])
MISSCHIEN = st.one_of(st.none(), AANTAL)


@st.composite
def locaties(draw, code):
    uit = []
    for _ in range(draw(st.integers(0, 2))):
        in_gebruik = draw(st.booleans())
        tot = draw(st.sampled_from([None, date(2024, 12, 31), date(2030, 1, 1)]))
        fasen = (
            (Faseovergang(Fase.IN_GEBRUIK, date(2020, 1, 1), "raadsbesluit"),)
            if in_gebruik
            else (Faseovergang(Fase.IDEE, date(2024, 1, 1), "overleg"),)
        )
        uit.append(
            Locatie(
                cbs_code=code,
                plaatsen=draw(st.sampled_from([1, 2, 40])),
                soort=draw(st.sampled_from([LocatieSoort.REGULIER, LocatieSoort.AMV])),
                status=LocatieStatus.GEREALISEERD if in_gebruik else LocatieStatus.GEPLAND,
                beschikbaar_van=date(2020, 1, 1),
                beschikbaar_tot=tot,
                onbepaalde_tijd=tot is None,
                fasen=fasen,
            )
        )
    return uit


@st.composite
def provincies(draw):
    codes = CODES[: draw(st.integers(2, 3))]
    gemeenten, cijfers, alle_locaties = [], {}, []
    for code in codes:
        gemeenten.append(Gemeente(code, f"Gemeente {code[-1]}", draw(AANTAL) + 1, 2023))
        alle_locaties += draw(locaties(code))
        cijfers[code] = GemeenteCijfers(
            cbs_code=code,
            opgave={Categorie.ASIEL_REGULIER: draw(MISSCHIEN), Categorie.AMV: draw(MISSCHIEN)},
            realisatie={
                Categorie.ASIEL_REGULIER: draw(MISSCHIEN),
                Categorie.AMV: draw(MISSCHIEN),
                Categorie.OEKRAINE: draw(MISSCHIEN),
            },
            oekraine_ambitie=draw(MISSCHIEN),
            aanbod={
                (cat, jaar): draw(MISSCHIEN)
                for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV)
                for jaar in JAREN
            },
        )
    regels = replace(
        DRENTHE.cyclus.regels,
        realisatiedatum=draw(st.sampled_from([None, REALISATIEDATUM])),
        spuk1_bedrag_per_plaats=draw(st.sampled_from([None, 0, 12000])),
    )
    return cyclusgegevens(
        provincie=DRENTHE.provincie,
        cyclus=replace(DRENTHE.cyclus, regels=regels),
        provincie_opgave=ProvincieOpgave(
            oekraine_opgave=draw(AANTAL),
            spuk3_pot=draw(st.sampled_from([None, 0, 1_000_000])),
            provincie_bedrag=draw(st.sampled_from([None, 0, 400_000])),
        ),
        gemeenten=tuple(gemeenten),
        cijfers=cijfers,
        locaties=alle_locaties,
    )


def _toezicht(draw, codes):
    periode = Periode(2026, 1)
    ladder = Toezichtladder()
    gemeenten = []
    for code in codes:
        onder = draw(st.sampled_from([0, 1, 2]))
        oordeel = draw(st.sampled_from(list(Oordeel)))
        stap = ladder.stappen[onder - 1] if onder else None
        historie = (ToezichtHalfjaar(periode, None, None, None, None, oordeel, onder),)
        gemeenten.append(GemeenteToezicht(code, historie, onder, 0, stap, None))
    namen = {c: f"Gemeente {c[-1]}" for c in codes}
    return ToezichtInvoer(periode, ladder, tuple(gemeenten), namen)


@st.composite
def invoer(draw):
    g = draw(provincies())
    waarden = {"provincie": "Drenthe", "cyclus": "2025-2026", "jaren": "2025 en 2026",
               "aantal_gemeenten": str(len(g.gemeenten)), "hoofdstad": "Assen",
               "verdeelbesluit_uiterlijk": "1 februari 2025"}  # fmt: skip
    namen = {gem.cbs_code: gem.naam for gem in g.gemeenten}
    return VerslagInvoer(
        provincie="Drenthe",
        cyclus="2025-2026",
        jaren=JAREN,
        puzzel=bereken_puzzel(g),
        bijlage1=bereken_bijlage1(g),
        spuk=bereken_spuk(g),
        teksten={k: invullen(t, waarden) for k, t in STANDAARD.items()},
        datum=PEILDATUM,
        toezicht=_toezicht(draw, [gem.cbs_code for gem in g.gemeenten]),
        realisatie=RealisatieInvoer(
            realisatie(g.locaties, g.cyclus.regels.realisatiedatum, PEILDATUM), namen, {}
        ),
        balans=bereken_balans(g),
    )


def zinnen(doc: Document) -> list[str]:
    """The prose of a document: paragraphs, list items, key-figure labels, headings, table
    titles, the chart's title and text alternative, and the letterhead (not the table
    cells: a "0" there is a figure)."""
    uit = [doc.titel, doc.ondertitel]
    for s in doc.secties:
        uit.append(s.kop)
        for b in s.blokken:
            if isinstance(b, Alinea):
                uit.append(b.tekst)
            elif isinstance(b, Opsomming):
                uit += b.punten
            elif isinstance(b, Kerncijfers):
                uit += [label for label, _waarde in b.paren]
            elif isinstance(b, Tabel):
                uit.append(b.titel)
            elif isinstance(b, Grafiek):
                uit += [b.titel, b.alt]
    if doc.brief is not None:
        uit += [doc.brief.aanhef, doc.brief.plaats_datum, *doc.brief.aan]
    return [z.replace("**", "") for z in uit if z]


TELWOORDEN = r"(plaatsen|gemeenten|cijfers|halfjaren|locaties|contracten)"
FOUTEN = {
    "1 met meervoud": re.compile(rf"(?<![\d.,])1 {TELWOORDEN}\b"),
    "0 met een telwoord": re.compile(rf"(?<![\d.,])0 {TELWOORDEN}\b"),
    "0 plaatsen … loopt": re.compile(r"\b0 plaatsen[^.]*loopt"),
    "1 van de … bieden/staan": re.compile(
        r"(bieden|staan) 1 van de|(?<![\d.])1 van de \d+ gemeenten (bieden|staan)"
    ),
    "dubbele spatie": re.compile(r"\S {2,}\S"),
    "lege plek": re.compile(
        r"\(\s*\)|\s[,.;:](?!\d)|[{}]|\bNone\b|\(nog niet bekend\)|€ nog|[,;:]\s*[.,;:]"
        r"|nog niet bekend (plaats|plaatsen|gemeenten)|^\s|\s$"
    ),
}


def fouten(tekst: str) -> list[str]:
    return [naam for naam, patroon in FOUTEN.items() if patroon.search(tekst)]


def _zonder_tekening(_rijen, _jaar, formaat="svg"):
    """The chart's drawing is no sentence (its text alternative is); skipping it makes an
    example ten times faster."""
    return "" if formaat == "svg" else b""


@given(invoer())
def test_elke_zin_van_het_verslag_en_de_brieven_leest_goed(v):
    with patch("regietafel.reports.verslag.opgave_aanbod_grafiek", _zonder_tekening):
        for maak in (verslag_document, aanbiedingsbrief, collegebrief):
            for zin in zinnen(maak(v)):
                assert fouten(zin) == [], (maak.__name__, zin)


def test_de_controle_vindt_de_fouten_die_zij_zoekt():
    """The checks above can fail: each finds the sentence it is there for."""
    assert fouten("Op 1-7-2027 zijn 0 plaatsen nog niet in gebruik; van 0 plaatsen loopt het "
                  "contract af.") == ["0 met een telwoord", "0 plaatsen … loopt"]  # fmt: skip
    assert fouten("er ontbreken 1 plaatsen") == ["1 met meervoud"]
    assert fouten("staan 1 van de 12 gemeenten op een stap") == ["1 van de … bieden/staan"]
    assert fouten("de gemeenten bieden  samen") == ["dubbele spatie"]
    assert fouten("Of SPUK 3 (nog niet bekend) wordt uitgekeerd") == ["lege plek"]
    assert fouten("de opgave van  .") == ["dubbele spatie", "lege plek"]
    assert fouten("met 1.352 plaatsen meer, 11 plaatsen en 21 gemeenten") == []


def test_de_realisatiezinnen_van_cyclus_2_zonder_nul_en_met_enkelvoud():
    """The issue's sentence of cycle 2: nothing ends, everything is in use."""
    loc = Locatie("GM0001", 40, LocatieSoort.REGULIER, LocatieStatus.GEREALISEERD,
                  date(2020, 1, 1), None, True)  # fmt: skip
    x = realisatie([loc], date(2027, 7, 1), date(2026, 10, 31))
    assert realisatie_zinnen(x) == (
        "Op de realisatiedatum van 1-7-2027 is naar verwachting 100% van de plaatsen in "
        "gebruik (40 van 40). Op 31-10-2026 zijn alle plaatsen in gebruik."
    )
    een = replace(loc, plaatsen=1, status=LocatieStatus.GEPLAND)
    aflopend = replace(loc, plaatsen=1, beschikbaar_tot=date(2026, 12, 31), onbepaalde_tijd=False)
    x = realisatie([loc, een, aflopend], date(2027, 7, 1), date(2026, 10, 31))
    assert realisatie_zinnen(x).endswith(
        "Op 31-10-2026 is 1 plaats nog niet in gebruik; van 1 plaats loopt het contract af "
        "vóór de realisatiedatum."
    )
    assert realisatie_zinnen(realisatie([loc], None, date(2026, 10, 31))) == (
        "De realisatiedatum van deze cyclus is nog niet bekend, en daarmee ook hoeveel "
        "plaatsen er op die datum in gebruik zijn. Op 31-10-2026 zijn alle plaatsen in gebruik."
    )
    assert realisatie_zinnen(realisatie([], date(2027, 7, 1), date(2026, 10, 31))) == (
        "Op 31-10-2026 zijn er nog geen locaties die op de realisatiedatum van 1-7-2027 in "
        "gebruik kunnen zijn."
    )
