"""The minister's distribution decision (*verdeelbesluit*) per province and cycle: the
concept computed from the provincial distribution, the decisions the ministry records
(each version frozen, a correction is the next one), the difference from the province's
distribution, and the supervision evidence of the asylum task after the decision, per
province and for the whole country at once (`toezicht_landelijk`).

Who may do what (ADR 0017): the ministry (and a superuser) records decisions; whoever reads
the province internally reads the concept and the supervision evidence; a recorded decision
is a public ministerial decision, so everyone reads it and its difference from the
provincial distribution.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain import invoer as inv
from regietafel.domain import model as d
from regietafel.domain import opmaak
from regietafel.domain.cellen import normaliseer_naam
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.invoerregels import ImportSoort, InvoerFout
from regietafel.domain.plaatsen import uitsluiting
from regietafel.domain.routekaart import Invoerfout, StapStatus, Verschil
from regietafel.domain.solver_invoer import CATEGORIE_NAAM, CATEGORIEEN
from regietafel.domain.verdeelbesluit import (
    Asieltoezicht,
    Conceptbesluit,
    asieltoezicht_van,
    conceptbesluit,
    provinciale_waarden,
    standaardladder_asiel,
    verschillen,
)
from regietafel.gebruikers.models import Rol
from regietafel.importen.services import BestandFout, lees_cellen
from regietafel.locaties.models import Locatie
from regietafel.provincies.models import Gemeente
from regietafel.reports.verdeelbesluit import VastgesteldInvoer, VerdeelbesluitInvoer
from regietafel.routekaart.services import markeer_stap
from regietafel.services import klok
from regietafel.services.opslag import laad_actuele_gegevens, laad_gegevens, provincie_cyclus
from regietafel.services.toegang import Toegang, leest_intern
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.verdeelbesluiten.models import Asieltoezichtladder, Verdeelbesluit
from regietafel.verdelingen.services import (
    bekrachtigde_versie,
    controleer_waarden,
    gegevens_volgens_versie,
)

__all__ = ["Conflict", "GeenToegang", "Invoerfout"]

Waarden = dict[str, dict[str, dict[str, int | None]]]
CATEGORIE_LABEL = {c.value: CATEGORIE_NAAM[c] for c in CATEGORIEEN}


def mag_besluiten(t: Toegang) -> bool:
    """May this user record the minister's decision? The ministry and a superuser."""
    return t.alles or t.rol is Rol.MINISTERIE


@dataclass(frozen=True)
class ProvincialeVerdeling:
    """The distribution the province reported: its figures and where they come from."""

    gegevens: d.CyclusGegevens
    bron: str

    @property
    def waarden(self) -> Waarden:
        return provinciale_waarden(self.gegevens)


def provinciale_verdeling(provincie: str, cyclus: str) -> ProvincialeVerdeling:
    """The ratified version of the province's distribution when there is one (with the
    inputs frozen at its ratification), else its figures as published, else as they are
    now."""

    versie = bekrachtigde_versie(provincie, cyclus)
    if versie is not None:
        assert versie.bekrachtigd_op is not None
        gegevens = gegevens_volgens_versie(laad_actuele_gegevens(provincie, cyclus), versie)
        bron = (
            f"bekrachtigde verdeling, versie {versie.nummer} van "
            f"{opmaak.datum(versie.bekrachtigd_op)}"
        )
        return ProvincialeVerdeling(gegevens, bron)
    pc = provincie_cyclus(provincie, cyclus)
    if pc.gepubliceerd:
        return ProvincialeVerdeling(
            laad_gegevens(provincie, cyclus), "verdeling zoals gepubliceerd"
        )
    return ProvincialeVerdeling(
        laad_actuele_gegevens(provincie, cyclus), "huidige verdeling (nog niet bekrachtigd)"
    )


def concept(provincie: str, cyclus: str) -> tuple[ProvincialeVerdeling, Conceptbesluit]:
    """The concept decision from the province's distribution."""
    verdeling = provinciale_verdeling(provincie, cyclus)
    return verdeling, conceptbesluit(verdeling.gegevens)


def besluiten(provincie: str, cyclus: str) -> list[Verdeelbesluit]:
    """Every recorded version of the decision, newest first."""
    return list(
        Verdeelbesluit.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        )
        .select_related("vastgelegd_door")
        .order_by("-nummer")
    )


def laatste_besluit(provincie: str, cyclus: str) -> Verdeelbesluit | None:
    """The decision in force: the latest recorded version, or None (*nog niet vastgelegd*)."""
    return (
        Verdeelbesluit.objects.filter(
            provincie_cyclus__provincie__code=provincie, provincie_cyclus__cyclus__naam=cyclus
        )
        .order_by("-nummer")
        .first()
    )


def _controleer(pc: ProvincieCyclus, waarden: Mapping[str, Any]) -> Waarden:
    """`waarden` checked against the province's municipalities and the cycle's years, and
    complete: the decision names a number for every municipality, category and year."""

    schoon = controleer_waarden(pc, waarden)
    jaren = [str(j) for j in pc.cyclus.jaren]
    for code, naam in Gemeente.objects.filter(provincie=pc.provincie).values_list(
        "cbs_code", "naam"
    ):
        for cat, label in CATEGORIE_LABEL.items():
            for jaar in jaren:
                if schoon.get(code, {}).get(cat, {}).get(jaar) is None:
                    veld = f"{code}_{cat}_{jaar}"
                    raise Invoerfout(
                        veld, "", "verplicht", f"het aantal van {naam}, {label} {jaar}"
                    )
    return schoon


@transaction.atomic
def leg_besluit_vast(
    t: Toegang,
    door: AbstractBaseUser,
    provincie: str,
    cyclus: str,
    *,
    datum: date,
    bron: str,
    waarden: Mapping[str, Any],
    versie: int,
    toelichting: str = "",
) -> Verdeelbesluit:
    """Record the decision actually taken as the next version. `versie` is the number of
    the latest version the user saw (0: none); when someone recorded one since, Conflict.
    Bad input raises Invoerfout (field, value, Dutch message); nothing is written then."""
    if not mag_besluiten(t):
        raise GeenToegang("Alleen het ministerie legt het verdeelbesluit vast.")
    pc = provincie_cyclus(provincie, cyclus)
    if not bron.strip():
        raise Invoerfout("bron", "", "verplicht", "de bron (kenmerk van het besluit)")
    if datum > klok.vandaag():
        raise Invoerfout("datum", opmaak.datum(datum), "datum_in_toekomst")
    schoon = _controleer(pc, waarden)
    # Lock the province's cycle, so that two recordings never get the same number.
    list(ProvincieCyclus.objects.select_for_update().filter(pk=pc.pk))
    laatste = Verdeelbesluit.objects.filter(provincie_cyclus=pc).order_by("-nummer").first()
    hoogste = laatste.nummer if laatste else 0
    if versie != hoogste:
        if laatste is None:
            raise Conflict("iemand anders", None, {"versie": hoogste})
        wie = laatste.vastgelegd_door.get_username()
        raise Conflict(wie, laatste.vastgelegd_op, {"versie": hoogste})
    verdeling, c = concept(provincie, cyclus)
    besluit = Verdeelbesluit(
        provincie_cyclus=pc,
        nummer=hoogste + 1,
        datum=datum,
        bron=bron.strip(),
        toelichting=toelichting.strip(),
        waarden=schoon,
        provinciaal=verdeling.waarden,
        provinciaal_bron=verdeling.bron,
        concept=c.waarden,
        vastgelegd_op=klok.nu(),
        vastgelegd_door=door,
    )
    besluit._history_user = door  # type: ignore[attr-defined]
    besluit.save()
    # Only this step: the minister decides for a province whether or not it reported.
    markeer_stap(pc, "verdeelbesluit", StapStatus.AFGEROND, door)
    return besluit


# ------------------------------------------------------------------------------ the page


@dataclass(frozen=True)
class BesluitRegel:
    """One municipality on the page: per cell (category, year) the provincial number, the
    concept, the decided number and the difference decided − provincial."""

    cbs_code: str
    naam: str
    cellen: tuple[tuple[int | None, int | None, int | None, int | None], ...]
    uitleg: tuple[str, ...]


@dataclass(frozen=True)
class BesluitOverzicht:
    """Everything the page, the CLI, the API and the document show of a province's
    decision. `concept` None: the reader may not see it (the public). `besluit` None: *nog
    niet vastgelegd*. With a decision the provincial figures are those frozen with it."""

    provincie: str
    provincie_naam: str
    cyclus: str
    koppen: tuple[tuple[str, str], ...]  # (category, year)
    regels: tuple[BesluitRegel, ...]
    provinciaal_bron: str
    sluitend: bool | None  # None: not known while a target is not yet known
    concept_rest: int | None
    concept_zichtbaar: bool
    besluit: Verdeelbesluit | None
    versies: tuple[Verdeelbesluit, ...]
    verschillen: tuple[Verschil, ...]

    def kop_tekst(self, kop: tuple[str, str]) -> str:
        """A column head: ``AMV 2025``."""
        return f"{CATEGORIE_LABEL[kop[0]]} {kop[1]}"

    @property
    def kop_teksten(self) -> list[str]:
        return [self.kop_tekst(k) for k in self.koppen]


def overzicht(provincie: str, cyclus: str, lezer: Toegang) -> BesluitOverzicht:
    """The decision of `provincie` in `cyclus` as `lezer` may read it."""
    verdeling, c = concept(provincie, cyclus)
    versies = tuple(besluiten(provincie, cyclus))
    besluit = versies[0] if versies else None
    provinciaal = besluit.provinciaal if besluit else verdeling.waarden
    concept_waarden = besluit.concept if besluit else c.waarden
    zichtbaar = leest_intern(lezer, provincie)
    gegevens = verdeling.gegevens
    koppen = tuple((cat, str(j)) for cat in CATEGORIE_LABEL for j in gegevens.cyclus.jaren)
    regels = []
    for g in gegevens.gemeenten:
        cellen = []
        for cat, jaar in koppen:
            p = provinciaal.get(g.cbs_code, {}).get(cat, {}).get(jaar)
            k = concept_waarden.get(g.cbs_code, {}).get(cat, {}).get(jaar) if zichtbaar else None
            b = besluit.waarden.get(g.cbs_code, {}).get(cat, {}).get(jaar) if besluit else None
            verschil = b - p if b is not None and p is not None else None
            cellen.append((p, k, b, verschil))
        uitleg = c.uitleg(g.cbs_code) if zichtbaar and besluit is None else ()
        regels.append(BesluitRegel(g.cbs_code, g.naam, tuple(cellen), uitleg))
    return BesluitOverzicht(
        provincie=provincie,
        provincie_naam=gegevens.provincie.naam,
        cyclus=cyclus,
        koppen=koppen,
        regels=tuple(regels),
        provinciaal_bron=besluit.provinciaal_bron if besluit else verdeling.bron,
        sluitend=c.sluitend,
        concept_rest=c.rest,
        concept_zichtbaar=zichtbaar,
        besluit=besluit,
        versies=versies,
        verschillen=verschillen(provinciaal, besluit.waarden) if besluit else (),
    )


def overzicht_als_dict(o: BesluitOverzicht) -> dict[str, Any]:
    """The stable JSON shape of `regietafel verdeelbesluit --json` and the API."""
    b = o.besluit
    return {
        "provincie": o.provincie,
        "cyclus": o.cyclus,
        "provincialeVerdeling": o.provinciaal_bron,
        "concept": (
            {
                "sluitend": o.sluitend,
                "rest": o.concept_rest,
                "gemeenten": [
                    {
                        "cbsCode": r.cbs_code,
                        "naam": r.naam,
                        "aantallen": _cellen(o, r, 1),
                        "uitleg": list(r.uitleg),
                    }
                    for r in o.regels
                ],
            }
            if o.concept_zichtbaar
            else None
        ),
        "besluit": (
            {
                "versie": b.nummer,
                "datum": b.datum.isoformat(),
                "bron": b.bron,
                "toelichting": b.toelichting,
                "vastgelegdOp": b.vastgelegd_op.isoformat(),
                "gemeenten": [
                    {
                        "cbsCode": r.cbs_code,
                        "naam": r.naam,
                        "aantallen": _cellen(o, r, 2),
                        "provinciaal": _cellen(o, r, 0),
                        "verschil": _cellen(o, r, 3),
                    }
                    for r in o.regels
                ],
            }
            if b is not None
            else None
        ),
        "versies": [v.nummer for v in o.versies],
    }


def _cellen(o: BesluitOverzicht, r: BesluitRegel, i: int) -> dict[str, dict[str, int | None]]:
    uit: dict[str, dict[str, int | None]] = {}
    for (cat, jaar), cel in zip(o.koppen, r.cellen, strict=True):
        uit.setdefault(cat, {})[jaar] = cel[i]
    return uit


# --------------------------------------------------------------------------- supervision


@dataclass(frozen=True)
class ToezichtStand:
    """The supervision evidence of one province after its decision, or `toezicht` None
    while no decision is recorded."""

    provincie: str
    provincie_naam: str
    cyclus: str
    besluit: Verdeelbesluit | None
    toezicht: Asieltoezicht | None
    standaardladder: bool


def toezicht(provincie: str, cyclus: str, peildatum: date | None = None) -> ToezichtStand:
    """The supervision evidence of one province (from its stored data as it is now)."""
    pc = provincie_cyclus(provincie, cyclus)
    return toezicht_landelijk(cyclus, peildatum, [pc.pk])[provincie]


def toezicht_landelijk(
    cyclus: str, peildatum: date | None = None, alleen: list[int] | None = None
) -> dict[str, ToezichtStand]:
    """The supervision evidence of every province of `cyclus` (or the provinces-in-cycle
    whose keys are in `alleen`), keyed by province code, in a constant number of queries:
    the provinces, the decisions, the ladders, the municipalities and the locations with
    their phases are each read once for all."""
    dag = peildatum or klok.vandaag()
    c = Cyclus.objects.filter(naam=cyclus).first()
    if c is None:
        return {}
    dc = c.to_domain()
    pcs = ProvincieCyclus.objects.filter(cyclus=c).select_related("provincie")
    if alleen is not None:
        pcs = pcs.filter(pk__in=alleen)
    pcs_lijst = list(pcs)
    provincies = [pc.provincie_id for pc in pcs_lijst]
    laatste: dict[int, Verdeelbesluit] = {}
    for b in Verdeelbesluit.objects.filter(provincie_cyclus__in=pcs_lijst).order_by("nummer"):
        laatste[b.provincie_cyclus_id] = b  # the highest number wins
    ladders = {
        r.provincie_cyclus_id: r.to_domain()
        for r in Asieltoezichtladder.objects.filter(provincie_cyclus__in=pcs_lijst)
    }
    gemeenten: dict[int, list[d.Gemeente]] = {}
    for g in Gemeente.objects.filter(provincie_id__in=provincies).order_by("naam"):
        gemeenten.setdefault(g.provincie_id, []).append(g.to_domain())
    locaties: dict[int, list[d.Locatie]] = {}
    for loc in (
        Locatie.objects.filter(gemeente__provincie_id__in=provincies)
        .select_related("gemeente")
        .prefetch_related("fasen")
    ):
        domein = loc.to_domain()
        if uitsluiting(domein, dc) is None:
            locaties.setdefault(loc.gemeente.provincie_id, []).append(domein)
    uit = {}
    for pc in pcs_lijst:
        besluit = laatste.get(pc.pk)
        ladder = ladders.get(pc.pk)
        t = None
        if besluit is not None:
            t = asieltoezicht_van(
                dc,
                gemeenten.get(pc.provincie_id, []),
                locaties.get(pc.provincie_id, []),
                besluit.waarden,
                ladder or standaardladder_asiel(),
                dag,
            )
        uit[pc.provincie.code] = ToezichtStand(
            pc.provincie.code, pc.provincie.naam, cyclus, besluit, t, ladder is None
        )
    return uit


def toezicht_als_dict(s: ToezichtStand) -> dict[str, Any]:
    """The supervision evidence as plain data (camelCase, ISO dates)."""
    t = s.toezicht
    return {
        "provincie": s.provincie,
        "cyclus": s.cyclus,
        "besluitVersie": s.besluit.nummer if s.besluit else None,
        "standaardladder": s.standaardladder,
        "jaar": t.jaar if t else None,
        "realisatiedatum": t.realisatiedatum.isoformat() if t and t.realisatiedatum else None,
        "peildatum": t.peildatum.isoformat() if t else None,
        "gemeenten": [
            {
                "cbsCode": g.cbs_code,
                "naam": g.naam,
                "besloten": g.besloten,
                "inGebruikOpRealisatiedatum": g.op_realisatiedatum,
                "inGebruikOpPeildatum": g.op_peildatum,
                "tekort": g.tekort,
                "tekortSinds": g.tekort_sinds.isoformat() if g.tekort_sinds else None,
                "maandenTekort": g.maanden,
                "stap": g.stap.naam if g.stap else None,
            }
            for g in (t.gemeenten if t else ())
        ],
    }


# ------------------------------------------------------------------------------ documents


def verdeelbesluit_invoer(provincie: str, cyclus: str, datum: date | None = None) -> Any:
    """What the verdeelbesluit document of one province shows (reports.verdeelbesluit)."""

    # The document is the ministry's and the province's: it shows the concept too.
    o = overzicht(provincie, cyclus, Toegang(rol=None, alles=True))
    s = toezicht(provincie, cyclus)
    b = o.besluit
    return VerdeelbesluitInvoer(
        provincie=o.provincie_naam,
        cyclus=cyclus,
        datum=datum or klok.vandaag(),
        koppen=tuple((CATEGORIE_LABEL[c], j) for c, j in o.koppen),
        regels=tuple((r.naam, r.cellen, r.uitleg) for r in o.regels),
        provinciaal_bron=o.provinciaal_bron,
        sluitend=o.sluitend,
        concept_rest=o.concept_rest,
        besluit=None if b is None else VastgesteldInvoer(b.nummer, b.datum, b.bron, b.toelichting),
        toezicht=s.toezicht,
        standaardladder=s.standaardladder,
    )


def asieltoezicht_voor_verslag(provincie: str, cyclus: str) -> tuple[Asieltoezicht, bool] | None:
    """The supervision evidence for the provincial report's section, with whether the
    default ladder is used; None while no decision is recorded."""
    s = toezicht(provincie, cyclus)
    return None if s.toezicht is None else (s.toezicht, s.standaardladder)


# -------------------------------------------------------------------------- from a file


class BesluitbestandFout(RegietafelFout, ValueError):
    """A decision file that cannot be used: every problem, each naming row and column."""

    def __init__(self, meldingen: list[str]) -> None:
        super().__init__(" ".join(meldingen))
        self.meldingen = meldingen


def waarden_uit_bestand(provincie: str, cyclus: str, inhoud: bytes, bestandsnaam: str) -> Waarden:
    """The decided numbers from a CSV or XLSX file with the columns of the offers import
    (CBS-code or Gemeente, Categorie, Jaar, Plaatsen), read by the import's own readers
    (services.importeren, domain.invoer). Any problem raises BesluitbestandFout with all of
    them; the file is used whole or not at all. Whether every cell is there is checked
    when the decision is recorded (`leg_besluit_vast`)."""

    pc = provincie_cyclus(provincie, cyclus)
    try:
        gelezen = inv.lees_tabel(ImportSoort.AANBOD, lees_cellen(inhoud, bestandsnaam))
    except BestandFout as fout:
        raise BesluitbestandFout([fout.fout.melding]) from None
    fouten = list(gelezen.fouten)
    gemeenten = list(Gemeente.objects.filter(provincie=pc.provincie))
    per_code = {g.cbs_code: g for g in gemeenten}
    per_naam = {normaliseer_naam(g.naam): g for g in gemeenten}
    jaren = {int(j) for j in pc.cyclus.jaren}
    waarden: Waarden = {}
    gezien: dict[tuple[str, str, int], int] = {}
    for r in gelezen.regels:
        veld = "cbs_code" if r.gemeente.cbs_code else "gemeente"
        g = per_code.get(r.gemeente.cbs_code or "") or per_naam.get(
            normaliseer_naam(r.gemeente.naam or "")
        )
        if g is None:
            code = "onbekende_gemeente"
            fouten.append(InvoerFout(code, r.rij, gelezen.kolom(veld), r.gemeente.tekst()))
            continue
        if r.jaar not in jaren:
            fouten.append(
                InvoerFout("jaar_buiten_cyclus", r.rij, gelezen.kolom("jaar"), str(r.jaar), cyclus)
            )
            continue
        if r.plaatsen is None:
            fouten.append(InvoerFout("verplicht", r.rij, gelezen.kolom("plaatsen")))
            continue
        sleutel = (g.cbs_code, r.categorie.value, r.jaar)
        if sleutel in gezien:
            detail = str(gezien[sleutel])
            fouten.append(InvoerFout("dubbele_rij", r.rij, None, "", detail))
            continue
        gezien[sleutel] = r.rij
        waarden.setdefault(g.cbs_code, {}).setdefault(r.categorie.value, {})[str(r.jaar)] = (
            r.plaatsen
        )
    if fouten:
        raise BesluitbestandFout([f.melding for f in fouten])
    return waarden
