"""The verdeelbesluit of one province as a document (DOCX and tagged PDF through the same
writers as the report), and the section *Toezicht op de asieltaak* that the provincial
report also carries once a decision is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from regietafel.domain import opmaak
from regietafel.domain.onbekend import zijn_nog_niet_bekend
from regietafel.domain.opmaak import datum_lang
from regietafel.domain.tekst import nl_aantal
from regietafel.domain.verdeelbesluit import Asieltoezicht
from regietafel.reports.document import (
    Alinea,
    Blok,
    Cel,
    Document,
    Opsomming,
    Sectie,
    Tabel,
)

BEWIJS = (
    "Dit is het bewijs, niet het besluit: Regietafel zet de besloten aantallen naast de "
    "plaatsen die in gebruik zijn en leidt daaruit de stap van de toezichtladder af. Of en "
    "welke stap de provincie zet, beslissen Gedeputeerde Staten."
)

Cellen = tuple[tuple[int | None, int | None, int | None, int | None], ...]


@dataclass(frozen=True)
class VastgesteldInvoer:
    """The recorded decision: its version, date, source and explanation."""

    nummer: int
    datum: date
    bron: str
    toelichting: str


@dataclass(frozen=True)
class VerdeelbesluitInvoer:
    """What the document shows, computed by services.verdeelbesluiten. `koppen` are
    (category label, year) per column and `regels` (municipality, cells) with per cell the
    provincial number, the concept, the decided number and the difference."""

    provincie: str
    cyclus: str
    datum: date
    koppen: tuple[tuple[str, str], ...]
    regels: tuple[tuple[str, Cellen, tuple[str, ...]], ...]
    provinciaal_bron: str
    sluitend: bool | None  # None: not known while a target is not yet known
    concept_rest: int | None
    besluit: VastgesteldInvoer | None
    toezicht: Asieltoezicht | None
    standaardladder: bool


def _verschil(n: int | None) -> str:
    return "–" if n is None else opmaak.saldo(n)


def _tabel_per_jaar(v: VerdeelbesluitInvoer, jaar: str) -> Tabel:
    """One table per year: per category the provincial number, the decision (or the
    concept) and the difference."""
    kolommen = [i for i, (_, j) in enumerate(v.koppen) if j == jaar]
    tweede = "Besluit" if v.besluit else "Concept"
    kop = (
        (Cel(""), *(Cel(v.koppen[i][0], 3) for i in kolommen)),
        (Cel("Gemeente"), *(c for _ in kolommen for c in (Cel("Provinciaal"), Cel(tweede),
                                                          Cel("Verschil")))),
    )  # fmt: skip
    rijen = []
    for naam, cellen, _ in v.regels:
        rij = [naam]
        for i in kolommen:
            p, k, b, verschil = cellen[i]
            if v.besluit is None:
                verschil = None if p is None or k is None else k - p
            rij += [opmaak.getal(p), opmaak.getal(b if v.besluit else k), _verschil(verschil)]
        rijen.append(tuple(rij))
    return Tabel(
        titel=f"Verdeelbesluit per gemeente, {jaar}",
        kop=kop,
        rijen=tuple(rijen),
        getallen=frozenset(range(1, 1 + 3 * len(kolommen))),
    )


def _besluit_alineas(v: VerdeelbesluitInvoer) -> tuple[Blok, ...]:
    b = v.besluit
    if b is None:
        if v.sluitend is None or v.concept_rest is None:
            concept = (
                f"Of de provinciale verdeling sluit, is {opmaak.NOG_NIET_BEKEND}: "
                f"{zijn_nog_niet_bekend(('opgave',))}."
            )
        elif v.sluitend:
            concept = "De provinciale verdeling sluit; het concept neemt haar over zoals zij is."
        else:
            concept = (
                f"De provinciale verdeling sluit niet; het concept geeft "
                f"{nl_aantal(v.concept_rest, 'plaats', 'plaatsen')} volgens de wettelijke regel "
                "aan de gemeenten onder hun eigen indicatieve aantal, naar rato van wat zij "
                "tekortkomen."
            )
        return (
            Alinea("**Het besluit van de minister is nog niet vastgelegd.** " + concept),
            Alinea(f"Provinciale verdeling: {v.provinciaal_bron}."),
        )
    blokken: list[Blok] = [
        Alinea(
            f"Op {datum_lang(b.datum)} heeft de minister de verdeling van de asielopvang in "
            f"{v.provincie} voor cyclus {v.cyclus} vastgesteld ({b.bron}; versie {b.nummer})."
        ),
        Alinea(
            f"Het verschil per gemeente is ten opzichte van de provinciale verdeling: "
            f"{v.provinciaal_bron}. De cijfers zijn vastgelegd met het besluit en veranderen "
            "niet als later andere cijfers worden ingevoerd."
        ),
    ]
    if b.toelichting:
        blokken.append(Alinea(b.toelichting))
    return tuple(blokken)


def asieltoezicht_sectie(t: Asieltoezicht, standaardladder: bool, niveau: int = 2) -> Sectie:
    """*Toezicht op de asieltaak*: who falls short of the decided number, since when, and
    the step of the ladder that implies; first of all that it is evidence, not a decision."""
    blokken: list[Blok] = [Alinea(BEWIJS)]
    if t.realisatiedatum is None:
        blokken.append(Alinea("De realisatiedatum van deze cyclus is niet ingesteld."))
    else:
        blokken.append(
            Alinea(
                f"Het besloten aantal voor {t.jaar} (regulier en AMV samen) is gezet naast de "
                f"plaatsen in gebruik op de realisatiedatum ({datum_lang(t.realisatiedatum)}) "
                f"en op {datum_lang(t.peildatum)}."
            )
        )
    kort = [g for g in t.gemeenten if g.tekort]
    if kort:
        blokken.append(
            Tabel(
                titel="Gemeenten met een tekort aan plaatsen",
                kop=(
                    (
                        Cel("Gemeente"),
                        Cel("Besloten"),
                        Cel("In gebruik"),
                        Cel("Tekort"),
                        Cel("Tekort sinds"),
                        Cel("Stap"),
                    ),
                ),
                rijen=tuple(
                    (
                        g.naam,
                        opmaak.getal(g.besloten),
                        opmaak.getal(g.op_peildatum),
                        opmaak.getal(g.tekort),
                        f"{g.tekort_sinds.day}-{g.tekort_sinds.month}-{g.tekort_sinds.year} "
                        f"({nl_aantal(g.maanden, 'maand', 'maanden')})"
                        if g.tekort_sinds
                        else "–",
                        g.stap.naam if g.stap else "geen",
                    )
                    for g in kort
                ),
                getallen=frozenset({1, 2, 3}),
            )  # fmt: skip
        )
    else:
        blokken.append(Alinea("Geen gemeente heeft minder plaatsen in gebruik dan besloten."))
    herkomst = "de standaardladder" if standaardladder else "de ladder van de provincie"
    blokken.append(Alinea(f"De toezichtladder voor de asieltaak ({herkomst}):"))
    blokken.append(
        Opsomming(
            tuple(
                f"{s.naam}: vanaf {nl_aantal(s.drempel, 'maand', 'maanden')} tekort"
                for s in t.ladder.stappen
            ),
            genummerd=True,
        )
    )
    return Sectie("toezicht-asieltaak", "Toezicht op de asieltaak", tuple(blokken), niveau=niveau)


def verdeelbesluit_document(v: VerdeelbesluitInvoer) -> Document:
    """The decision of one province: what was decided (or the concept), per municipality
    and year the difference from the provincial distribution, and the supervision."""
    jaren = sorted({j for _, j in v.koppen})
    secties = [
        Sectie("besluit", "Het besluit", _besluit_alineas(v)),
        Sectie(
            "per-gemeente",
            "Per gemeente",
            tuple(_tabel_per_jaar(v, j) for j in jaren),
            liggend=True,
        ),
    ]
    uitleg = [f"{naam}: {u}" for naam, _, us in v.regels for u in us]
    if v.besluit is None and uitleg:
        secties.append(
            Sectie(
                "wettelijke-regel",
                "Uitleg van de wettelijke regel",
                (Opsomming(tuple(uitleg)),),
                niveau=2,
            )
        )
    if v.toezicht is not None:
        secties.append(asieltoezicht_sectie(v.toezicht, v.standaardladder, niveau=1))
    return Document(
        titel=f"Verdeelbesluit {v.provincie}",
        ondertitel=f"Verdeling van de asielopvang, cyclus {v.cyclus}",
        auteur="Ministerie van Asiel en Migratie",
        onderwerp=f"Spreidingswet: verdeelbesluit {v.provincie}, cyclus {v.cyclus}",
        datum=v.datum,
        secties=tuple(secties),
        trefwoorden=("Spreidingswet", "verdeelbesluit", v.provincie, v.cyclus),
    )
