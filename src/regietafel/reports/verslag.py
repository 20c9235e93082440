"""The *provinciaal verslag*: the CdK's report to the minister, as a document model.

Structured like Drenthe's report of 31 October 2024 ("Het verslag van Drenthe in het
kader van de Spreidingswet"): Inleiding, Huidige situatie (with the chart), Verdeling
opvangopgaven (with the puzzle), Conclusie (computed from the figures), Financiële
regelingen (SPUK), Verzoeken en adviezen, Bijlage 1 (the ministry's format) and Bijlage 2
(the bonus schemes per municipality). The figures come in computed (`VerslagInvoer`); this
module only words and lays them out. Texts that a province writes itself come in as
`teksten`, keyed as in `regietafel.verslagen.standaardteksten`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from regietafel.domain import opmaak
from regietafel.domain.balans import Balans
from regietafel.domain.bijlage1 import Bijlage1, Bijlage1Locatie
from regietafel.domain.model import Categorie, Locatie, LocatieSoort
from regietafel.domain.puzzel import AsielRegel, Puzzel, PuzzelRegel
from regietafel.domain.spuk import KEUZE_TEKST, Keuze, SpukUitkomst
from regietafel.domain.tekst import nl_aantal
from regietafel.domain.verdeelbesluit import Asieltoezicht
from regietafel.reports.bronnen import bronnen_sectie
from regietafel.reports.document import (
    Alinea,
    Blok,
    Cel,
    Document,
    Grafiek,
    Kerncijfers,
    Opsomming,
    Sectie,
    Tabel,
)
from regietafel.reports.grafiek import (
    grafiek_tekst,
    grafiek_titel,
    grafiekrijen,
    opgave_aanbod_grafiek,
)
from regietafel.reports.realisatie import RealisatieInvoer, realisatie_sectie
from regietafel.reports.toezicht import ToezichtInvoer, toezicht_sectie
from regietafel.reports.verdeelbesluit import asieltoezicht_sectie


@dataclass(frozen=True)
class VerslagInvoer:
    """Everything the report shows, computed before it is written."""

    provincie: str  # the province's name
    cyclus: str
    jaren: tuple[int, ...]
    puzzel: Puzzel
    bijlage1: Bijlage1
    spuk: SpukUitkomst
    teksten: Mapping[str, str]
    datum: date
    toezicht: ToezichtInvoer | None = None  # None: no status-holder half years stored
    # The asylum task after the minister's decision, and whether the default ladder is used.
    asieltoezicht: tuple[Asieltoezicht, bool] | None = None
    uitruilen: tuple[str, ...] = ()  # the confirmed exchanges, one sentence each
    bronnen: tuple[str, ...] = ()  # where the figures come from, a sentence per source
    realisatie: RealisatieInvoer | None = None  # realisation timing on the report's date
    balans: Balans | None = None  # the balance the conclusion is worded from
    # Not empty: a working version of a published cycle's report, labelled as such.
    werkversie: str = ""


SOORT_BIJZONDER = {LocatieSoort.TGO: "TGO", LocatieSoort.NO: "NO"}
# Told how far a writer is (a fraction from 0 to 1) and what it is doing.
Stapmelder = Callable[[float, str], None]


def datum_nl(d: date | None) -> str:
    """A date as ``1-3-2017``, the way the report writes it."""
    return "" if d is None else opmaak.datum(d)


def tot_tekst(loc: Locatie) -> str:
    return "onbep. tijd" if loc.onbepaalde_tijd else datum_nl(loc.beschikbaar_tot)


def van_tekst(loc: Locatie) -> str:
    """The start date; a cell that could not be read is shown as published, marked."""
    onleesbaar = dict(loc.onleesbaar).get("beschikbaar_van")
    if loc.beschikbaar_van is None and onleesbaar:
        return f"{onleesbaar} (?)"
    return datum_nl(loc.beschikbaar_van)


def _g(n: int | None) -> str:
    return "" if n is None else opmaak.getal(n)


def verslag_document(v: VerslagInvoer, voortgang: Stapmelder | None = None) -> Document:
    """The report as a document model, ready for the DOCX and PDF writers. `voortgang`
    hears each section by its name before it is built, with the fraction of the work done
    (the chart of "Huidige situatie" takes about as long as all other sections together)."""
    jaren = " en ".join(str(j) for j in v.jaren)
    titel = f"Het verslag van {v.provincie} in het kader van de Spreidingswet"
    bouwers: list[tuple[str, Callable[[], Sectie | None]]] = [
        ("Inleiding", lambda: Sectie("inleiding", "Inleiding", alineas(v.teksten["inleiding"]))),
        (
            "Huidige situatie",
            lambda: Sectie(
                "huidige-situatie",
                "Huidige situatie",
                (*alineas(v.teksten["huidige_situatie"]), _grafiek(v)),
            ),
        ),
        (
            "Verdeling opvangopgaven",
            lambda: Sectie(
                "verdeling",
                "Verdeling opvangopgaven",
                (
                    *alineas(v.teksten["verdeling"]),
                    Alinea(f"De verdeling over {jaren}:"),
                    _puzzeltabel(v.puzzel, v.provincie),
                    *_uitruil(v),
                ),
                nieuwe_pagina=True,
                liggend=True,
            ),
        ),
        ("Conclusie", lambda: Sectie("conclusie", "Conclusie", _conclusie(v), niveau=2)),
        ("Realisatie", lambda: realisatie_sectie(v.realisatie) if v.realisatie else None),
        (
            "Financiële regelingen",
            lambda: Sectie("financieel", "Financiële regelingen", _financieel(v), niveau=2),
        ),
        (
            "Toezicht huisvesting statushouders",
            lambda: toezicht_sectie(v.toezicht) if v.toezicht else None,
        ),
        (
            "Toezicht op de asieltaak",
            lambda: asieltoezicht_sectie(*v.asieltoezicht) if v.asieltoezicht else None,
        ),
        (
            "Verzoeken en adviezen",
            lambda: Sectie(
                "verzoeken", "Verzoeken en adviezen", alineas(v.teksten["verzoeken"]), niveau=2
            ),
        ),
        (
            "Bijlage 1",
            lambda: Sectie(
                "bijlage-1",
                f"Bijlage 1 Format provinciale verslag {v.provincie}",
                _bijlage1(v),
                nieuwe_pagina=True,
            ),
        ),
        (
            "Bijlage 2",
            lambda: Sectie(
                "bijlage-2",
                "Bijlage 2 Aanspraak bonusregelingen",
                _bijlage2(v),
                nieuwe_pagina=True,
            ),
        ),
        ("Bronnen", lambda: bronnen_sectie(v.bronnen) if v.bronnen else None),
    ]
    gewicht = {"Huidige situatie": 6}
    totaal, gedaan = sum(gewicht.get(naam, 1) for naam, _ in bouwers), 0
    secties = []
    for naam, bouw in bouwers:
        if voortgang is not None:
            voortgang(gedaan / totaal, naam)
        gedaan += gewicht.get(naam, 1)
        sectie = bouw()
        if sectie is not None:
            secties.append(sectie)
    return Document(
        titel=titel,
        ondertitel=f"Provinciaal verslag aan de minister van Asiel en Migratie, cyclus {v.cyclus}",
        auteur=f"Provincie {v.provincie}",
        onderwerp=(
            f"Spreidingswet: verdeling van de asielopvang in {v.provincie}, cyclus {v.cyclus}"
        ),
        datum=v.datum,
        secties=tuple(secties),
        trefwoorden=("Spreidingswet", "provinciaal verslag", v.provincie, v.cyclus),
        werkversie=v.werkversie,
    )


def alineas(tekst: str) -> tuple[Blok, ...]:
    """Paragraphs from plain text: a blank line separates paragraphs; lines that start with
    "- " form a bulleted list, lines that start with "1. " a numbered one."""
    blokken: list[Blok] = []
    for stuk in (s.strip() for s in tekst.replace("\r\n", "\n").split("\n\n")):
        if not stuk:
            continue
        regels = [r.strip() for r in stuk.split("\n") if r.strip()]
        if all(r.startswith("- ") for r in regels):
            blokken.append(Opsomming(tuple(r[2:].strip() for r in regels)))
        elif all(r[:1].isdigit() and ". " in r[:4] for r in regels):
            blokken.append(Opsomming(tuple(r.split(". ", 1)[1] for r in regels), genummerd=True))
        else:
            blokken.append(Alinea(" ".join(regels)))
    return tuple(blokken)


def _grafiek(v: VerslagInvoer) -> Grafiek:
    jaar = v.jaren[0]
    rijen = grafiekrijen(v.puzzel, jaar)
    svg = opgave_aanbod_grafiek(rijen, jaar, "svg")
    png = opgave_aanbod_grafiek(rijen, jaar, "png")
    assert isinstance(svg, str) and isinstance(png, bytes)
    return Grafiek(titel=grafiek_titel(jaar), svg=svg, png=png, alt=grafiek_tekst(rijen, jaar))


def _puzzelcellen(r: PuzzelRegel, jaren: Sequence[int]) -> tuple[str, ...]:
    cellen = [r.naam, _g(r.inwoners), _g(r.oekraine.opgave), _g(r.oekraine.realisatie),
              _g(r.oekraine.ambitie)]  # fmt: skip
    a: AsielRegel
    for a in (r.asiel_regulier, r.amv):
        cellen += [_g(a.opgave), _g(a.realisatie), *(_g(a.aanbod[j]) for j in jaren)]
    return tuple(cellen)


def _puzzeltabel(p: Puzzel, provincie: str) -> Tabel:
    jaren = p.jaren
    n = 2 + len(jaren)
    kop1 = (Cel(""), Cel(""), Cel("Oekraïne", 3), Cel("Asielopvang (regulier)", n),
            Cel("Asielopvang (AMV)", n))  # fmt: skip
    aanbod = [Cel(f"aanbod {j}") for j in jaren]
    kop2 = (Cel("Gemeente"), Cel("Inwoners"), Cel("opgave"), Cel("realisatie"), Cel("ambitie"),
            Cel("opgave"), Cel("realisatie"), *aanbod, Cel("opgave"), Cel("realisatie"),
            *aanbod)  # fmt: skip
    kolommen = len(kop2)
    return Tabel(
        titel=f"De puzzel van {provincie}: opgave, realisatie en aanbod per gemeente",
        kop=(kop1, kop2),
        rijen=tuple(_puzzelcellen(r, jaren) for r in p.regels),
        voet=(_puzzelcellen(p.totaal, jaren),),
        getallen=frozenset(range(1, kolommen)),
        breed=True,
        kolombreedtes=(2.6, 1.3, *([1.0] * (kolommen - 2))),
    )


def _uitruil(v: VerslagInvoer) -> tuple[Blok, ...]:
    """The exchanges the municipalities agreed on, below the distribution table."""
    if not v.uitruilen:
        return ()
    return (
        Alinea(
            "**Uitruil tussen gemeenten.** Gemeenten hebben onderling opgave uitgeruild; de "
            "opgave van de provincie per categorie blijft daarbij gelijk."
        ),
        Opsomming(v.uitruilen),
    )


CATEGORIE_NAAM = {
    Categorie.ASIEL_REGULIER: "asielopvang regulier (inclusief bijzondere opvangvormen)",
    Categorie.AMV: "opvang van alleenstaande minderjarige vreemdelingen (AMV)",
}


def _balans(v: VerslagInvoer, categorie: Categorie, jaar: int) -> tuple[str, str]:
    """One category and year of the province's balance: its state ("gehaald", "tekort" or
    "onbekend") and the sentence that says it, from the same sums as the totals row of the
    puzzle (offers minus tasks, unknown cells left out)."""
    assert v.balans is not None
    p = v.balans.van_provincie(categorie, jaar)
    rijen = [b for b in v.balans.gemeenten if b.categorie is categorie and b.jaar == jaar]
    opgave_bekend = bool(rijen) and all(b.opgave is not None for b in rijen)
    begin = f"{jaar}, {CATEGORIE_NAAM[categorie]}: "
    if rijen and p.onbekend_aanbod == len(rijen):  # no offer known: the puzzle shows none
        return "onbekend", f"{begin}het aanbod van de gemeenten is {opmaak.NOG_NIET_BEKEND}."
    aanbod = f"de gemeenten bieden samen {_plaatsen(p.aanbod)}"
    onbekend = (
        f"; van {nl_aantal(p.onbekend_aanbod, 'gemeente', 'gemeenten')} is het aanbod "
        f"{opmaak.NOG_NIET_BEKEND}"
        if p.onbekend_aanbod
        else ""
    )
    if not opgave_bekend:
        return "onbekend", (
            f"{begin}de opgave is {opmaak.NOG_NIET_BEKEND} (niet alle indicatieve aantallen "
            f"van het ministerie zijn ingevoerd); {aanbod}{onbekend}."
        )
    verschil = p.aanbod - p.opgave
    if p.opgave == 0:
        return "gehaald", f"{begin}er is geen opgave en {aanbod}{onbekend}."
    kern = f"{begin}{aanbod} tegenover een opgave van {opmaak.getal(p.opgave)}"
    if verschil >= 0:
        meer = f", met {_plaatsen(verschil)} meer dan gevraagd" if verschil else ""
        return "gehaald", f"{kern}: de opgave wordt gehaald{meer}."
    ontbreken = f"{'ontbreekt' if verschil == -1 else 'ontbreken'}"
    if p.onbekend_aanbod:
        return "tekort", (
            f"{kern}: met het bekende aanbod {ontbreken} nog {_plaatsen(-verschil)}{onbekend}."
        )
    return "tekort", (
        f"{kern}: de opgave wordt niet gehaald, er {ontbreken} {_plaatsen(-verschil)} "
        f"({opmaak.procent(Fraction(p.aanbod, p.opgave))} van de opgave is aangeboden)."
    )


def _plaatsen(n: int) -> str:
    return nl_aantal(n, "plaats", "plaatsen")


def _balanszinnen(v: VerslagInvoer) -> tuple[tuple[str, str], ...]:
    """`_balans` per category (regular, AMV) and per year of the cycle."""
    return tuple(
        _balans(v, cat, jaar)
        for cat in (Categorie.ASIEL_REGULIER, Categorie.AMV)
        for jaar in v.jaren
    )


def _onder_eigen_aantal(v: VerslagInvoer, jaar: int) -> list[str]:
    """The municipalities whose offer in `jaar` falls short of their own indicative number
    in a category (known figures only)."""
    assert v.balans is not None
    namen: list[str] = []
    for b in v.balans.gemeenten:
        if b.jaar == jaar and (b.tekort or 0) > 0 and b.naam not in namen:
            namen.append(b.naam)
    return namen


def oekraine_alineas(v: VerslagInvoer) -> tuple[Blok, ...]:
    """The Ukrainian task (an obligation of effort) against what is realised and aimed at,
    when the task and the ambition are known."""
    o = v.puzzel.totaal.oekraine
    if not (o.opgave and o.ambitie is not None):
        return ()
    return (
        Alinea(
            f"Voor de opvang van Oekraïense ontheemden (een inspanningsverplichting) is de "
            f"provinciale opgave {opmaak.getal(o.opgave)}; "
            + _oekraine_gerealiseerd(o.realisatie)
            + f" en de ambitie is {opmaak.getal(o.ambitie)} "
            f"({opmaak.procent(Fraction(o.ambitie, o.opgave))} van de opgave)."
        ),
    )


def _oekraine_gerealiseerd(n: int | None) -> str:
    if n is None:
        return f"het aantal gerealiseerde plaatsen is {opmaak.NOG_NIET_BEKEND}"
    if n == 0:
        return "er zijn nog geen plaatsen gerealiseerd"
    return f"gerealiseerd {'is' if n == 1 else 'zijn'} {_plaatsen(n)}"


def resultaat_blokken(v: VerslagInvoer) -> tuple[Blok, ...]:
    """The outcome for the covering letters, worded from the same balance as the report's
    conclusion: whether the municipalities together meet the statutory asylum tasks of the
    cycle, per category and year what they offer against the task, and Ukraine."""
    jaren = " en ".join(str(j) for j in v.jaren)
    zinnen = _balanszinnen(v) if v.balans is not None else ()
    standen = {stand for stand, _zin in zinnen}
    wat = f"de wettelijke asielopgaven voor {jaren}"
    if not zinnen or ("onbekend" in standen and "tekort" not in standen):
        kop = f"Of de gemeenten in {v.provincie} samen genoeg plaatsen bieden voor {wat}, is "
        kop += f"{opmaak.NOG_NIET_BEKEND}."
    elif standen == {"gehaald"}:
        kop = (
            f"De gemeenten in {v.provincie} bieden samen genoeg plaatsen voor {wat}: in "
            f"{v.provincie} worden deze opgaven gerealiseerd."
        )
    else:
        kop = f"De gemeenten in {v.provincie} bieden samen nog niet genoeg plaatsen voor {wat}."
    blokken: list[Blok] = [Alinea(kop)]
    if zinnen:
        blokken.append(Opsomming(tuple(zin for _stand, zin in zinnen)))
    return (*blokken, *oekraine_alineas(v))


def _conclusie(v: VerslagInvoer) -> tuple[Blok, ...]:
    blokken: list[Blok] = []
    if v.balans is not None:
        blokken.append(
            Alinea(
                "De opgave tegenover het aanbod van de gemeenten, per categorie en per jaar "
                "(de totalen van de puzzel):"
            )
        )
        blokken.append(Opsomming(tuple(zin for _stand, zin in _balanszinnen(v))))
        for jaar in v.jaren:
            onder = _onder_eigen_aantal(v, jaar)
            if onder:
                blokken.append(Alinea(_onder_eigen_aantal_zin(onder, len(v.puzzel.regels), jaar)))
    blokken += oekraine_alineas(v)
    blokken += alineas(v.teksten.get("conclusie", ""))
    return tuple(blokken)


def _onder_eigen_aantal_zin(onder: Sequence[str], gemeenten: int, jaar: int) -> str:
    """Which of the `gemeenten` municipalities offer less than their own indicative number."""
    slot = "; de opgave is als totaal benaderd."
    if len(onder) == 1:
        return f"{onder[0]} biedt in {jaar} minder dan haar eigen indicatieve aantal{slot}"
    wie = f"Alle {gemeenten}" if len(onder) == gemeenten else f"{len(onder)} van de {gemeenten}"
    return (
        f"{wie} gemeenten bieden in {jaar} minder dan hun eigen indicatieve aantal "
        f"({_opsomming(onder)}){slot}"
    )


def _opsomming(namen: Sequence[str]) -> str:
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def _bedragzin(bedrag: int | None, bekend: str, onbekend: str) -> str:
    """`bekend` with the amount in bold (``{bedrag}``), or `onbekend` when it is not yet
    known: an unknown is never written as € 0."""
    return onbekend if bedrag is None else bekend.format(bedrag=f"**{opmaak.bedrag(bedrag)}**")


def _spuk3_zin(v: VerslagInvoer) -> str:
    s = v.spuk
    pot = "" if s.pot is None else f" ({opmaak.bedrag(s.pot)})"
    if s.spuk3_uitbetaald is None:
        wat = "Of SPUK 3" if s.pot is not None else "Of en hoeveel SPUK 3"
        return (
            f"{wat}{pot} wordt uitgekeerd, is {opmaak.NOG_NIET_BEKEND}: de opgave van de "
            f"provincie is {opmaak.NOG_NIET_BEKEND}."
        )
    if not s.spuk3_uitbetaald:
        return f"SPUK 3{pot} wordt niet uitgekeerd: de provincie haalt de drempel niet."
    return _bedragzin(
        s.pot,
        "Via SPUK 3 kan totaal {bedrag} verdeeld worden. Afhankelijk van de bijdrage aan de "
        "asielopvang kunnen de betreffende gemeenten hiervan gebruik maken.",
        "Hoeveel via SPUK 3 verdeeld kan worden, is nog niet bekend.",
    )


def _financieel(v: VerslagInvoer) -> tuple[Blok, ...]:
    s = v.spuk
    namen = {g.cbs_code: g.naam for g in s.gemeenten}
    if s.voorstel is None:
        keuze = f"Welke gemeenten beter SPUK 1 aanvragen dan SPUK 3, is nog niet bekend. {s.reden}"
    else:
        spuk1 = [namen[k] for k in s.voorstel.spuk1_gemeenten]
        wie = _opsomming(spuk1) if spuk1 else "geen enkele gemeente"
        keuze = (
            f"Voor {wie} is het financieel gunstiger om SPUK 1 aan te vragen in plaats van SPUK 3."
        )
    blokken: list[Blok] = [
        Alinea(
            f"De gemeenten in de provincie {v.provincie} kunnen in aanmerking komen voor "
            f"verschillende bonusregelingen uit de wet, te weten:"
        ),
        Opsomming(
            (
                "Specifieke uitkering voor duurzame opvangplekken (SPUK 1).",
                "Specifieke uitkering voor bijzondere opvangplekken (SPUK 2).",
                "Specifieke uitkering 75% van de provinciale opgave (SPUK 3).",
            ),
            genummerd=True,
        ),
        *((Alinea(s.ontbreekt_tekst),) if s.ontbreekt else ()),
        Alinea(
            _bedragzin(
                s.gemeenten_totaal,
                f"Met elkaar kunnen de gemeenten van {v.provincie}, voor 2 jaar {{bedrag}} "
                "aanvragen.",
                f"Wat de gemeenten van {v.provincie} met elkaar voor 2 jaar kunnen aanvragen, "
                "is nog niet bekend.",
            )
            + " "
            + _bedragzin(
                s.provincie_bedrag,
                "Voor de provincie is het bedrag berekend op {bedrag}.",
                "Het bedrag voor de provincie is nog niet bekend.",
            )
        ),
        Alinea(
            f"In bijlage 2 is aangegeven welke gemeenten in aanmerking komen voor welke "
            f"regelingen. Daarbij is rekening gehouden met het feit dat regeling 1 en regeling "
            f"3 niet gestapeld kunnen worden. {keuze} "
            + _bedragzin(
                s.spuk1_totaal,
                "Totaal kan via SPUK 1 {bedrag} aangevraagd worden.",
                "Hoeveel via SPUK 1 aangevraagd kan worden, is nog niet bekend.",
            )
        ),
        Alinea(
            "De gemeenten die een AMV-voorziening realiseren komen in aanmerking voor SPUK 2. "
            + _bedragzin(
                s.spuk2_totaal,
                f"Totaal kan voor {v.provincie} {{bedrag}} aangevraagd worden bij het aantal "
                "voorgenomen bedden.",
                "Hoeveel via SPUK 2 aangevraagd kan worden, is nog niet bekend.",
            )
            + " "
            + _spuk3_zin(v)
        ),
        Tabel(
            titel="De bonusregelingen samengevat",
            kop=((Cel("Regeling"), Cel("Bedrag")),),
            rijen=(
                ("SPUK 1: duurzame opvangplekken", opmaak.bedrag(s.spuk1_totaal)),
                ("SPUK 2: bijzondere opvangplekken (AMV)", opmaak.bedrag(s.spuk2_totaal)),
                ("SPUK 3: 75%-regeling", opmaak.bedrag(s.spuk3_totaal)),
            ),
            voet=(
                ("Totaal gemeenten", opmaak.bedrag(s.gemeenten_totaal)),
                ("Provincie", opmaak.bedrag(s.provincie_bedrag)),
            ),
            getallen=frozenset({1}),
            kolombreedtes=(3, 1),
        ),
    ]
    return tuple(blokken)


def bijlage1_locatierijen(locaties: Sequence[Bijlage1Locatie]) -> tuple[tuple[str, ...], ...]:
    """Bijlage 1's second table as text cells, a row per location; the municipality's name
    and total places on its first row. A date cell that could not be read shows "(?)"."""
    rijen = []
    for r in locaties:
        eerste = r.gemeente_totaal is not None
        van = r.van_tekst + (" (?)" if r.van is None and r.van_tekst else "")
        tot = r.tot_tekst + (" (?)" if r.tot is None and r.tot_tekst and not r.onbepaalde_tijd
                             else "")  # fmt: skip
        rijen.append(
            (
                r.gemeente if eerste else "",
                _g(r.gemeente_totaal),
                _g(r.regulier),
                f"{opmaak.getal(r.bijzonder)} {r.bijzonder_soort}"
                if r.bijzonder is not None
                else "",
                _g(r.amv),
                van,
                tot,
                r.opmerking,
            )
        )
    return tuple(rijen)


def _bijlage1(v: VerslagInvoer) -> tuple[Blok, ...]:
    blokken: list[Blok] = [Alinea(f"Provincie: **{v.provincie}**")]
    b = v.bijlage1.cijfers
    blokken.append(
        Kerncijfers(
            (
                (
                    "Provinciale **asielopvangopgave regulier** (inclusief bijzondere "
                    "opvangvormen)",
                    opmaak.getal(b.opgave_regulier),
                ),
                ("Aantal ingevulde asielopvangplekken regulier", opmaak.getal(b.ingevuld_regulier)),
                (
                    "Nog in te vullen asielopvangplekken regulier",
                    opmaak.getal(b.nog_in_te_vullen_regulier),
                ),
                ("Provinciale **asielopvangopgave amv**", opmaak.getal(b.opgave_amv)),
                ("Aantal ingevulde asielopvangplekken amv", opmaak.getal(b.ingevuld_amv)),
                ("Nog in te vullen asielopvangplekken amv", opmaak.getal(b.nog_in_te_vullen_amv)),
            )  # fmt: skip
        )
    )
    blokken.append(
        Alinea("Overzicht gemeenten die te kennen hebben gegeven asielopvang mogelijk te maken:")
    )
    rijen = bijlage1_locatierijen(v.bijlage1.locaties)
    blokken.append(
        Tabel(
            titel="Locaties per gemeente (beschikbaar tot: op basis van het contract met het COA)",
            kop=(
                tuple(
                    Cel(k)
                    for k in (
                        "Gemeente",
                        "Totaal aantal plekken",
                        "Aantal regulier",
                        "Aantal bijzonder",
                        "AMV",
                        "Beschikbaar van",
                        "Beschikbaar tot",
                        "Bijzonderheden",
                    )  # fmt: skip
                ),
            ),
            rijen=rijen,
            voet=(
                (
                    "Totaal",
                    opmaak.getal(sum(r.plaatsen for r in v.bijlage1.locaties)),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),  # fmt: skip
            ),
            getallen=frozenset({1, 2, 3, 4}),
            kolombreedtes=(2.3, 1.3, 1.2, 1.3, 0.9, 1.6, 1.6, 3.4),
        )
    )
    if any("(?)" in " ".join(r) for r in rijen):
        blokken.append(
            Alinea(
                "Een waarde met (?) kon niet gelezen worden als datum en is overgenomen zoals "
                "aangeleverd; Regietafel signaleert dit bij de locatie."
            )
        )
    return tuple(blokken)


def _bijlage2_rijen(
    v: VerslagInvoer,
    codes: Sequence[str],
    bedrag: dict[str, int | None],
    opmerking: dict[str, str],
) -> tuple[tuple[str, ...], ...]:
    """Per municipality: its total places and its first location's dates (as the report
    shows them), a remark, and the amount."""
    eerste: dict[str, Bijlage1Locatie] = {}
    for r in v.bijlage1.locaties:
        eerste.setdefault(r.cbs_code, r)
    rijen = []
    for code in codes:
        r = eerste.get(code)
        if r is None:
            continue
        rijen.append(
            (
                r.gemeente,
                _g(r.gemeente_totaal),
                r.van_tekst,
                r.tot_tekst,
                opmerking.get(code, r.opmerking),
                opmaak.bedrag(bedrag.get(code, 0)),
            )
        )
    return tuple(rijen)


def _spuktabel(titel: str, rijen: tuple[tuple[str, ...], ...], bedrag_totaal: int | None) -> Tabel:
    koppen = ("Gemeente", "Aantal plekken", "Beschikbaar van", "Beschikbaar tot",
              "Bijzonderheden", "Bedrag")  # fmt: skip
    plaatsen = sum(int(r[1].replace(".", "") or 0) for r in rijen)
    return Tabel(
        titel=titel,
        kop=(tuple(Cel(k) for k in koppen),),
        rijen=rijen,
        voet=(("Totaal", opmaak.getal(plaatsen), "", "", "", opmaak.bedrag(bedrag_totaal)),),
        getallen=frozenset({1, 5}),
        kolombreedtes=(2.3, 1.2, 1.5, 1.5, 3.4, 1.6),
    )


def _bijlage2(v: VerslagInvoer) -> tuple[Blok, ...]:
    s = v.spuk
    spuk1 = [g.cbs_code for g in s.gemeenten if g.keuze is Keuze.SPUK1]
    alle = [g.cbs_code for g in s.gemeenten]
    return (
        Alinea(
            f"De gemeenten in de provincie {v.provincie} kunnen in aanmerking komen voor de "
            f"verschillende bonusregelingen uit de wet. In onderstaande overzichten wordt "
            f"aangegeven welke gemeenten in aanmerking komen voor welke regelingen. Daarbij is "
            f"rekening gehouden met het feit dat regeling 1 en regeling 3 niet gestapeld "
            f"kunnen worden."
        ),
        Alinea(
            "**SPUK 1: duurzame plaatsen** (langer dan 5 jaar beschikbaar, bovenop de "
            f"indicatieve verdeling): totaal **{opmaak.bedrag(s.spuk1_totaal)}**."
        ),
        _spuktabel(
            "SPUK 1 per gemeente",
            _bijlage2_rijen(v, spuk1, {g.cbs_code: g.spuk1 for g in s.gemeenten}, {}),
            s.spuk1_totaal,
        ),
        Alinea(
            f"**SPUK 3: 75%-regeling provincie**: {opmaak.bedrag(s.spuk3_totaal)}, naar "
            f"rato van de plaatsen verdeeld onder de gemeenten die geen SPUK 1 aanvragen."
        ),
        _spuktabel(
            "SPUK 3 per gemeente",
            _bijlage2_rijen(
                v,
                alle,
                {g.cbs_code: g.spuk3 for g in s.gemeenten},
                {k: "komt in aanmerking voor SPUK 1" for k in spuk1},
            ),
            s.spuk3_totaal,
        ),
        Alinea(f"**De keuze tussen SPUK 1 en SPUK 3.** {s.reden}"),
        Tabel(
            titel="SPUK 1 en SPUK 3 per gemeente: wat elk zou opleveren, en de keuze",
            kop=(
                tuple(
                    Cel(k)
                    for k in (
                        "Gemeente",
                        "Duurzame plaatsen",
                        "Indicatief aantal",
                        "SPUK 1",
                        "SPUK 3",
                        "SPUK 2",
                        "Keuze",
                    )
                ),
            ),  # fmt: skip
            rijen=tuple(
                (
                    c.naam,
                    opmaak.getal(c.duurzame_plaatsen),
                    _g(c.indicatief),
                    opmaak.bedrag(c.spuk1),
                    opmaak.bedrag(c.spuk3),
                    opmaak.bedrag(s.van(c.cbs_code).spuk2),
                    KEUZE_TEKST[c.keuze],
                )  # fmt: skip
                for c in s.vergelijking
            ),
            getallen=frozenset({1, 2, 3, 4, 5}),
            kolombreedtes=(2.3, 1.3, 1.3, 1.5, 1.5, 1.5, 1.0),
        ),
    )
