"""The location pipeline and realisation timing: move a location to its next phase, show
its timeline, count offers by phase and report the realisation of a cycle.

A move goes through the location's `versie` (the optimistic-concurrency gate of
services.wijzigingen): of two moves based on the same version exactly one succeeds. It is a
change of the location itself (its current phase), so django-simple-history records it with
who, when and the source as the reason, and it shows in the municipality's history.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from regietafel.domain import opmaak
from regietafel.domain import pijplijn as p
from regietafel.domain.model import Categorie, LocatieStatus
from regietafel.domain.realisatie import FaseTelling, Realisatie, realisatie, telling_per_fase
from regietafel.locaties.models import Locatie
from regietafel.locaties.services import locaties_van
from regietafel.locaties.soorten import soortnaam, soortnamen
from regietafel.provincies.models import Gemeente
from regietafel.publicaties.openbaarheid import gegevens_voor, locaties_voor
from regietafel.reports.realisatie import RealisatieInvoer
from regietafel.services import klok
from regietafel.services.opslag import bewaar_fasen, laad_actuele_gegevens, laad_gegevens
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, inzage_locatiedetails, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang, bewaar_met_historie, claim_versie


@transaction.atomic
def zet_fase(
    t: Toegang,
    gebruiker: AbstractBaseUser,
    locatie: Locatie,
    fase: p.Fase | str,
    datum: date,
    bron: str,
    versie: int,
) -> Locatie:
    """Move `locatie` to `fase` on `datum`, known from `bron`, based on `versie`.

    Raises GeenToegang, Conflict (someone changed the location since `versie`) or Fasefout
    (the move breaks a rule of the pipeline); in each case nothing is written.
    """
    g = locatie.gemeente
    if not mag_bewerken(t, g.provincie.code, g.cbs_code):
        raise GeenToegang("U mag de fase van de locaties van deze gemeente niet wijzigen.")
    nieuw = p.Faseovergang(
        fase if isinstance(fase, p.Fase) else p.lees_fase(fase), datum, bron.strip()
    )
    huidig: Locatie = claim_versie(Locatie, locatie.pk, versie, ["fase", "status"])
    # Checked on the claimed row, so the rules hold against the latest history; a refusal
    # rolls the claim back with the rest of the transaction.
    fasen = tuple(f.to_domain() for f in huidig.fasen.all())
    historie = p.na_overgang(fasen, nieuw, klok.vandaag())
    bewaar_fasen(huidig, historie[-1:], gebruiker)
    huidig.fase = nieuw.fase.value
    if nieuw.fase is p.Fase.IN_GEBRUIK:
        huidig.status = LocatieStatus.GEREALISEERD.value
    reden = f"Fase {nieuw.fase.label} op {opmaak.datum(nieuw.datum)}; bron: {historie[-1].bron}"
    bewaar_met_historie(huidig, gebruiker, reden[:100])
    return huidig


@dataclass(frozen=True)
class TijdlijnRegel:
    """One phase on a location's timeline."""

    fase: p.Fase
    datum: date
    bron: str
    door: str
    op: datetime


@dataclass(frozen=True)
class Tijdlijn:
    """A location's phases, oldest first, and the phases it may move to next."""

    locatie: Locatie
    regels: tuple[TijdlijnRegel, ...]
    volgende: tuple[p.Fase, ...]

    @property
    def fase(self) -> p.Fase | None:
        return self.regels[-1].fase if self.regels else None


def tijdlijn(locatie: Locatie, lezer: Toegang | None = None, cyclus: str | None = None) -> Tijdlijn:
    """The timeline of one location; for a `lezer` who may not read the location's details
    yet (services.openbaarheid, the setting of `cyclus`), without the sources of its phases
    and with the location's name and remarks emptied."""
    regels = tuple(
        TijdlijnRegel(
            p.Fase(f.fase),
            f.datum,
            f.bron,
            f.ingevoerd_door.get_username() if f.ingevoerd_door else "systeem (import)",
            f.ingevoerd_op,
        )
        for f in locatie.fasen.select_related("ingevoerd_door")
    )
    historie = tuple(p.Faseovergang(r.fase, r.datum, r.bron) for r in regels)
    if lezer is not None and locaties_voor(lezer, [locatie], cyclus)[0].afgeschermd:  # type: ignore[attr-defined]
        regels = tuple(replace(r, bron="") for r in regels)
    return Tijdlijn(locatie, regels, p.volgende_fasen(historie))


def tijdlijnen(
    gemeente: Gemeente, lezer: Toegang | None = None, cyclus: str | None = None
) -> list[Tijdlijn]:
    """The timelines of a municipality's locations, in their listed order, as `lezer` may
    read them (see `tijdlijn`)."""
    return [tijdlijn(loc, lezer, cyclus) for loc in locaties_van(gemeente)]


@dataclass(frozen=True)
class RealisatieOverzicht:
    """The realisation timing of a province in a cycle, with the names to show it."""

    provincie: str
    provincie_naam: str
    cyclus: str
    realisatie: Realisatie
    namen: dict[str, str]

    # For the pages: (municipality name, kind of location as users write it, the row).

    def _naam_soort(self, loc: Any) -> tuple[str, str]:
        return self.namen.get(loc.cbs_code, loc.cbs_code), soortnaam(loc.soort)

    @property
    def niet_in_gebruik(self) -> list[tuple[str, str, Any]]:
        return [(*self._naam_soort(loc), loc) for loc in self.realisatie.niet_in_gebruik]

    @property
    def aflopend(self) -> list[tuple[str, str, Any]]:
        r = self.realisatie.aflopend_voor_realisatiedatum
        return [(*self._naam_soort(loc), loc) for loc in r]

    @property
    def regels(self) -> list[tuple[str, str, Any]]:
        return [(*self._naam_soort(x.locatie), x) for x in self.realisatie.locaties]


def realisatie_overzicht(
    provincie: str,
    cyclus: str,
    peildatum: date | None = None,
    *,
    zoals_gepubliceerd: bool = False,
    lezer: Toegang | None = None,
) -> RealisatieOverzicht:
    """The realisation timing of `provincie` in `cyclus` as known on `peildatum` (today):
    of the locations as they are now, or, for the report, as published (ADR 0007); for a
    `lezer`, without the details of the locations it may not read yet. Reused until the
    data changes (services.stand), per what of the details the reader sees."""
    dag = peildatum or klok.vandaag()
    soort = "zoals gepubliceerd" if zoals_gepubliceerd else "actueel"
    inzage = inzage_locatiedetails(lezer, provincie)

    def bereken() -> RealisatieOverzicht:
        laad = laad_gegevens if zoals_gepubliceerd else laad_actuele_gegevens
        g = laad(provincie, cyclus)
        if lezer is not None:
            g = gegevens_voor(lezer, g)
        r = realisatie(g.locaties, g.cyclus.regels.realisatiedatum, dag)
        namen = {gem.cbs_code: gem.naam for gem in g.gemeenten}
        return RealisatieOverzicht(provincie, g.provincie.naam, cyclus, r, namen)

    return hergebruik(("realisatie", soort, provincie, cyclus, dag, inzage), bereken)


def realisatie_voor_verslag(provincie: str, cyclus: str, datum: date) -> RealisatieInvoer:
    """The realisation timing as the report shows it, on the report's date."""
    o = realisatie_overzicht(provincie, cyclus, datum, zoals_gepubliceerd=True)
    return RealisatieInvoer(o.realisatie, o.namen, soortnamen())


def _datum(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _procent(a: Fraction | None) -> float | None:
    return None if a is None else round(float(a) * 100, 1)


def realisatie_als_dict(o: RealisatieOverzicht) -> dict[str, Any]:
    """The overview as plain data for the CLI's JSON and the API (camelCase, ISO dates)."""
    r = o.realisatie

    def locatie(loc: Any) -> dict[str, Any]:
        return {
            "gemeente": loc.cbs_code,
            "gemeenteNaam": o.namen.get(loc.cbs_code, loc.cbs_code),
            "naam": loc.naam,
            "soort": loc.soort.value,
            "plaatsen": loc.plaatsen,
            "beschikbaarTot": _datum(loc.beschikbaar_tot),
        }

    return {
        "provincie": o.provincie,
        "cyclus": o.cyclus,
        "peildatum": r.peildatum.isoformat(),
        "realisatiedatum": _datum(r.realisatiedatum),
        "plaatsen": r.plaatsen,
        "inGebruikOpRealisatiedatum": r.in_gebruik_op_realisatiedatum,
        "aandeelProcent": _procent(r.aandeel),
        "nietInGebruik": {
            "plaatsen": r.plaatsen_niet_in_gebruik,
            "locaties": [locatie(loc) for loc in r.niet_in_gebruik],
        },
        "aflopendVoorRealisatiedatum": {
            "plaatsen": r.plaatsen_aflopend,
            "locaties": [locatie(loc) for loc in r.aflopend_voor_realisatiedatum],
        },
        "locaties": [
            {
                **locatie(rij.locatie),
                "fase": rij.fase.value,
                "geplandInGebruik": _datum(rij.gepland),
                "werkelijkInGebruik": _datum(rij.werkelijk),
                "inGebruikOpRealisatiedatum": rij.in_gebruik_op_realisatiedatum,
            }
            for rij in r.locaties
        ],
    }


# The phases a puzzle counts in columns; ended locations count in none of them.
TELFASEN = tuple(f for f in p.FASEN if f is not p.Fase.BEEINDIGD)


@dataclass(frozen=True)
class FaseRij:
    """A municipality's row in the puzzle counted by phase."""

    cbs_code: str
    naam: str
    opgave: int
    telling: FaseTelling

    @property
    def aantallen(self) -> list[int]:
        """The places per phase, in the order of `TELFASEN`."""
        return [self.telling.per_fase[f] for f in TELFASEN]

    @property
    def vast(self) -> int:
        return self.telling.plaatsen(p.Zekerheid.VAST)

    @property
    def zacht(self) -> int:
        return self.telling.plaatsen(p.Zekerheid.ZACHT)

    @property
    def saldo_vast(self) -> int:
        """Firm places against the task (regular + AMV): negative is a firm shortage."""
        return self.vast - self.opgave


@dataclass(frozen=True)
class FaseOverzicht:
    """The puzzle's offers counted by phase: per municipality and the province's totals."""

    eerste_vaste_fase: p.Fase
    rijen: tuple[FaseRij, ...]
    fasen: tuple[p.Fase, ...] = TELFASEN

    def totaal(self, fase: p.Fase) -> int:
        return sum(r.telling.per_fase[fase] for r in self.rijen)

    @property
    def totalen(self) -> list[int]:
        return [self.totaal(f) for f in self.fasen]

    @property
    def vast(self) -> int:
        return sum(r.vast for r in self.rijen)

    @property
    def zacht(self) -> int:
        return sum(r.zacht for r in self.rijen)

    @property
    def opgave(self) -> int:
        return sum(r.opgave for r in self.rijen)


def aanbod_per_fase(provincie: str, cyclus: str) -> FaseOverzicht:
    """The listed places of each municipality by current phase, firm against soft under the
    cycle's first firm phase, set against its task (regular + AMV). The pipeline is followed
    as it is now, also in a published cycle."""
    g = laad_actuele_gegevens(provincie, cyclus)
    codes = [gem.cbs_code for gem in g.gemeenten]
    tellingen = telling_per_fase(g.locaties, codes, g.cyclus.regels.eerste_vaste_fase)
    rijen = tuple(
        FaseRij(
            gem.cbs_code,
            gem.naam,
            sum(
                g.cijfers[gem.cbs_code].opgave.get(c) or 0
                for c in (Categorie.ASIEL_REGULIER, Categorie.AMV)
            ),
            telling,
        )
        for gem, telling in zip(g.gemeenten, tellingen, strict=True)
    )
    return FaseOverzicht(g.cyclus.regels.eerste_vaste_fase, rijen)
