"""The inputs of a province for a cycle, and the cycle's national rule amounts, entered in
the web app ("Invoer provincie").

The province enters its Ukrainian target, the SPUK 3 pot and its own amount, and per
municipality the realisation per category and the Ukrainian realisation and ambition. Only
a superuser (`Toegang.alles`) enters the cycle's rule amounts, which are national. Every
write here checks access, names the version it was based on (a concurrent change is a
`Conflict`, never overwritten), is recorded by django-simple-history with who, when, the
old and the new value, and gives each changed figure the person as its source with the
peildatum entered. Bad input raises `Ongeldig` before anything is written.

A published province keeps the figures it was published with (frozen copies, ADR 0007):
a change here reaches its public pages only when it is published again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from regietafel.bronnen.services import leg_vast
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain import bronnen as b
from regietafel.domain.cellen import GROOTSTE_BEDRAG
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.invoerregels import GEGEVENS, Bereik
from regietafel.domain.model import Categorie
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services import klok
from regietafel.services.opslag import NietGevonden, provincie_cyclus
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import (
    Conflict,
    GeenToegang,
    claim_nieuw_of_versie,
    claim_versie,
)


def _titels(bereik: Bereik) -> dict[str, str]:
    return {g.sleutel: g.titel for g in GEGEVENS if g.bereik is bereik}


# The figures of the page, with their Dutch labels (domain.invoer.GEGEVENS, which the
# `provinciecijfers` import reads too): the province's own figures of a cycle
# (ProvincieCyclus), ...
PROVINCIEVELDEN: dict[str, str] = _titels(Bereik.PROVINCIE)
VERPLICHT = {g.sleutel for g in GEGEVENS if g.verplicht}  # the others may be empty: not known
# ... a municipality's figures: field -> (category of its Opgave row, field of that row) ...
GEMEENTEVELDEN: dict[str, tuple[Categorie, str]] = {
    "asiel_regulier_realisatie": (Categorie.ASIEL_REGULIER, "realisatie"),
    "amv_realisatie": (Categorie.AMV, "realisatie"),
    "oekraine_realisatie": (Categorie.OEKRAINE, "realisatie"),
    "oekraine_ambitie": (Categorie.OEKRAINE, "ambitie"),
}
GEMEENTELABELS: dict[str, str] = _titels(Bereik.GEMEENTE)
# ... and the cycle's national rule amounts; the bedragen live in Cyclus.regels.
REGELVELDEN: dict[str, str] = _titels(Bereik.CYCLUS)
IN_REGELS = {"spuk1_bedrag_per_plaats", "spuk2_bedrag_per_plaats"}


class Ongeldig(RegietafelFout, ValueError):
    """Bad input for one field: the field, its value and a code; the Dutch message is made
    from the code in domain.fouten, so the form and any other caller say the same thing."""

    thema = "cyclusinvoer"

    def __init__(self, veld: str, code: str, waarde: object = "", label: str = "") -> None:
        super().__init__(code=code, veld=veld, waarde=waarde)
        self.label = label or veld

    def parameters(self) -> dict[str, object]:
        return {"label": self.label, "waarde": self.waarde}


def cyclusnamen() -> list[str]:
    """The names of every stored cycle."""
    return list(Cyclus.objects.values_list("naam", flat=True))


def provinciecycli() -> QuerySet[ProvincieCyclus]:
    """Every province in every cycle it takes part in, by province and cycle (read when
    used)."""
    return ProvincieCyclus.objects.select_related("provincie", "cyclus").order_by(
        "provincie__naam", "cyclus__naam"
    )


def controleer_aantal(veld: str, label: str, waarde: Any, *, verplicht: bool = False) -> int | None:
    """`waarde` as a stored figure (None: not yet known), or Ongeldig."""
    if waarde is None or waarde == "":
        if verplicht:
            raise Ongeldig(veld, "verplicht", label=label)
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise Ongeldig(veld, "geen_getal", waarde, label)
    if waarde < 0:
        raise Ongeldig(veld, "negatief", waarde, label)
    if waarde > GROOTSTE_BEDRAG:
        raise Ongeldig(veld, "te_groot", waarde, label)
    return waarde


def _peildatum(peildatum: date | None) -> date:
    vandaag = klok.vandaag()
    if peildatum is None:
        return vandaag
    if peildatum > vandaag:
        raise Ongeldig(
            "peildatum", "peildatum_in_toekomst", peildatum.strftime("%d-%m-%Y"), "Peildatum"
        )
    return peildatum


def _herkomst(gebruiker: Any, peildatum: date) -> b.Herkomst:
    naam = gebruiker.get_username() if gebruiker is not None else "het systeem"
    return b.Herkomst(b.ingevoerd_door(naam, klok.nu()), peildatum)


def invoer_herkomst(gebruiker: Any, peildatum: date | None = None) -> b.Herkomst:
    """The source of figures `gebruiker` enters now, with `peildatum` (empty: today); a
    peildatum in the future is Ongeldig."""
    return _herkomst(gebruiker, _peildatum(peildatum))


def bewaar_met_reden(obj: Any, gebruiker: Any, reden: str) -> None:
    """Save `obj` with who changed it and why in its history record (no source: the
    caller records it, with the peildatum entered)."""
    obj._history_user = gebruiker
    obj._change_reason = reden.strip() or None
    obj.save()


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class GemeenteInvoer:
    """A municipality's figures as the page shows them; `versies` per category (0: no row
    yet)."""

    cbs_code: str
    naam: str
    waarden: Mapping[str, int | None]
    versies: Mapping[str, int]


@dataclass(frozen=True)
class Invoeroverzicht:
    """What the page "Invoer provincie" shows for one province and cycle."""

    provincie: str
    provincie_naam: str
    cyclus: str
    gepubliceerd: bool
    provincie_waarden: Mapping[str, int | None]
    provincie_versie: int
    regel_waarden: Mapping[str, int | None]
    regel_versie: int
    gemeenten: tuple[GemeenteInvoer, ...]


def regelwaarden(c: Cyclus) -> dict[str, int | None]:
    """The cycle's national amounts (REGELVELDEN); None: not yet known."""
    return {v: (c.regels.get(v) if v in IN_REGELS else getattr(c, v)) for v in REGELVELDEN}


def invoer_overzicht(provincie: str, cyclus: str) -> Invoeroverzicht:
    """The stored inputs of `provincie` in `cyclus`, or NietGevonden."""
    pc = provincie_cyclus(provincie, cyclus)
    opgaven: dict[tuple[int, str], Opgave] = {
        (o.gemeente_id, o.categorie): o
        for o in Opgave.objects.filter(cyclus=pc.cyclus, gemeente__provincie=pc.provincie)
    }
    gemeenten = []
    for g in Gemeente.objects.filter(provincie=pc.provincie).order_by("naam"):
        waarden: dict[str, int | None] = {}
        versies: dict[str, int] = {}
        for veld, (categorie, kolom) in GEMEENTEVELDEN.items():
            o = opgaven.get((g.pk, categorie.value))
            waarden[veld] = None if o is None else getattr(o, kolom)
            versies[categorie.value] = 0 if o is None else o.versie
        gemeenten.append(GemeenteInvoer(g.cbs_code, g.naam, waarden, versies))
    return Invoeroverzicht(
        provincie=pc.provincie.code,
        provincie_naam=pc.provincie.naam,
        cyclus=pc.cyclus.naam,
        gepubliceerd=pc.gepubliceerd,
        provincie_waarden={v: getattr(pc, v) for v in PROVINCIEVELDEN},
        provincie_versie=pc.versie,
        regel_waarden=regelwaarden(pc.cyclus),
        regel_versie=pc.cyclus.versie,
        gemeenten=tuple(gemeenten),
    )


# ---------------------------------------------------------------------------- writing


@transaction.atomic
def bewaar_provincie(
    t: Toegang,
    gebruiker: Any,
    provincie: str,
    cyclus: str,
    waarden: Mapping[str, Any],
    versie: int,
    peildatum: date | None = None,
    reden: str = "",
) -> ProvincieCyclus:
    """Set the province's Ukrainian target, SPUK 3 pot and amount in `cyclus`."""
    if not mag_bewerken(t, provincie):
        raise GeenToegang("U mag de gegevens van deze provincie niet wijzigen.")
    nieuw = {
        v: controleer_aantal(v, label, waarden.get(v), verplicht=v in VERPLICHT)
        for v, label in PROVINCIEVELDEN.items()
    }
    dag = _peildatum(peildatum)
    pc: ProvincieCyclus = claim_versie(
        ProvincieCyclus, provincie_cyclus(provincie, cyclus).pk, versie, list(PROVINCIEVELDEN)
    )
    gewijzigd = [v for v, w in nieuw.items() if getattr(pc, v) != w]
    for v, w in nieuw.items():
        setattr(pc, v, w)
    bewaar_met_reden(pc, gebruiker, reden)
    leg_vast(pc, _herkomst(gebruiker, dag), gewijzigd)
    return pc


@transaction.atomic
def bewaar_gemeenten(
    t: Toegang,
    gebruiker: Any,
    provincie: str,
    cyclus: str,
    wijzigingen: Mapping[str, Mapping[str, Any]],
    versies: Mapping[str, Mapping[str, int]],
    peildatum: date | None = None,
    reden: str = "",
) -> int:
    """Set the changed figures of the municipalities: `wijzigingen` maps a CBS code to
    {field of GEMEENTEVELDEN: value}, `versies` a CBS code to {category: the version the
    user saw, 0 for none yet}. All or nothing. Returns the number of rows written."""
    if not mag_bewerken(t, provincie):
        raise GeenToegang("U mag de gegevens van deze provincie niet wijzigen.")
    per_rij: dict[tuple[str, Categorie], dict[str, int | None]] = {}
    for cbs_code, velden in wijzigingen.items():
        for veld, waarde in velden.items():
            if veld not in GEMEENTEVELDEN:
                raise ValueError(f"onbekend veld {veld}")
            categorie, kolom = GEMEENTEVELDEN[veld]
            label = f"{GEMEENTELABELS[veld]} ({cbs_code})"
            per_rij.setdefault((cbs_code, categorie), {})[kolom] = controleer_aantal(
                f"{cbs_code}-{veld}", label, waarde
            )
    dag = _peildatum(peildatum)
    pc = provincie_cyclus(provincie, cyclus)
    gemeenten = {
        g.cbs_code: g
        for g in Gemeente.objects.filter(provincie=pc.provincie, cbs_code__in=wijzigingen)
    }
    herkomst = _herkomst(gebruiker, dag)
    aantal = 0
    for (cbs_code, categorie), nieuw in per_rij.items():
        g = gemeenten.get(cbs_code)
        if g is None:
            raise NietGevonden(f"'{cbs_code}' is geen gemeente van {pc.provincie.naam}.")
        versie = versies.get(cbs_code, {}).get(categorie.value, 0)
        o = _claim_opgave(g, pc.cyclus, categorie, versie, list(nieuw))
        gewijzigd = [v for v, w in nieuw.items() if getattr(o, v) != w]
        if o.pk is None and all(w is None for w in nieuw.values()):
            continue  # nothing entered for a row that does not exist yet
        for v, w in nieuw.items():
            setattr(o, v, w)
        try:
            with transaction.atomic():
                bewaar_met_reden(o, gebruiker, reden)
        except IntegrityError:  # someone created the row in the meantime
            raise Conflict("iemand anders", None, {}) from None
        leg_vast(o, herkomst, gewijzigd)
        aantal += 1
    return aantal


def _claim_opgave(
    g: Gemeente, cyclus: Cyclus, categorie: Categorie, versie: int, velden: list[str]
) -> Opgave:
    bestaand = Opgave.objects.filter(gemeente=g, cyclus=cyclus, categorie=categorie.value).first()
    opgave: Opgave | None = claim_nieuw_of_versie(Opgave, bestaand, versie, velden)
    return opgave or Opgave(gemeente=g, cyclus=cyclus, categorie=categorie.value)


@transaction.atomic
def bewaar_regels(
    t: Toegang,
    gebruiker: Any,
    cyclus: str,
    waarden: Mapping[str, Any],
    versie: int,
    peildatum: date | None = None,
    reden: str = "",
) -> Cyclus:
    """Set the cycle's national rule amounts once the ministry publishes them (a
    superuser only). Empty is "not yet known", never 0."""
    if not t.alles:
        raise GeenToegang(
            "Alleen een beheerder mag de landelijke bedragen van een cyclus wijzigen."
        )
    nieuw = {v: controleer_aantal(v, label, waarden.get(v)) for v, label in REGELVELDEN.items()}
    dag = _peildatum(peildatum)
    try:
        pk = Cyclus.objects.get(naam=cyclus).pk
    except Cyclus.DoesNotExist:
        raise NietGevonden(f"Er is geen cyclus '{cyclus}'.") from None
    try:
        c: Cyclus = claim_versie(Cyclus, pk, versie, [])
    except Conflict as fout:
        fout.huidige = regelwaarden(Cyclus.objects.get(pk=pk))  # not the whole rules JSON
        raise
    oud = regelwaarden(c)
    gewijzigd = [v for v, w in nieuw.items() if oud[v] != w]
    c.regels = {**c.regels, **{v: nieuw[v] for v in IN_REGELS}}
    c.amv_landelijk = nieuw["amv_landelijk"]
    bewaar_met_reden(c, gebruiker, reden)
    leg_vast(c, _herkomst(gebruiker, dag), gewijzigd)
    return c


CODE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@transaction.atomic
def nieuwe_provincie_in_cyclus(
    t: Toegang,
    gebruiker: Any,
    code: str,
    naam: str,
    cyclus: str,
    oekraine_opgave: Any,
    peildatum: date | None = None,
    reden: str = "",
) -> ProvincieCyclus:
    """Let a province take part in `cyclus` (an administrator only): the province is made
    when its `code` is new, and its cycle gets the Ukrainian target `oekraine_opgave` (the
    other inputs follow on "Invoer provincie" and in the imports). Ongeldig for bad input,
    NietGevonden for an unknown cycle; nothing is written then."""
    if not t.alles:
        raise GeenToegang("Alleen een beheerder mag een provincie aan een cyclus toevoegen.")
    code, naam = code.strip(), naam.strip()
    if not CODE.match(code) or len(code) > 50:
        raise Ongeldig("code", "geen_code", code, "Code")
    if not naam or len(naam) > 100:
        raise Ongeldig("naam", "tekst_verplicht", label="Naam")
    opgave = controleer_aantal(
        "oekraine_opgave", PROVINCIEVELDEN["oekraine_opgave"], oekraine_opgave, verplicht=True
    )
    herkomst = invoer_herkomst(gebruiker, peildatum)
    c = Cyclus.objects.filter(naam=cyclus).first()
    if c is None:
        raise Ongeldig("cyclus", "onbekende_cyclus", cyclus, "Cyclus")
    provincie, nieuw = Provincie.objects.get_or_create(code=code, defaults={"naam": naam})
    if not nieuw and provincie.naam != naam:
        raise Ongeldig("naam", "andere_naam", provincie.naam, "Naam")
    if ProvincieCyclus.objects.filter(provincie=provincie, cyclus=c).exists():
        raise Ongeldig("cyclus", "al_in_cyclus", provincie.naam, "Cyclus")
    pc = ProvincieCyclus(provincie=provincie, cyclus=c, oekraine_opgave=opgave)
    bewaar_met_reden(pc, gebruiker, reden)
    leg_vast(pc, herkomst, ["oekraine_opgave"])
    return pc
