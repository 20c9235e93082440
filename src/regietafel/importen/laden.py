"""Loading a data file (`regietafel laad`, and Importeren → Gegevensbestand in the web app).

A data file (docs/gegevens.md) describes one province in one cycle: the province, its
municipalities with their figures, the cycle and its rules, the locations and the sources.
Loading it into a database that already holds other data:

- creates the province, its municipalities and the cycle when they are new, and otherwise
  updates what the file states differently (a new cycle of a stored province);
- matches the locations already stored for a municipality: the same kind, places, dates
  and name is the same location; others are added, and stored locations the file does not
  name stay (locations belong to the municipality, not to a cycle);
- is all or nothing: a file with a problem writes nothing, and every problem is listed at
  once (`regietafel.data.controle`);
- changes nothing the second time (then no import is logged either);
- records the `[[bron]]` documents as the sources of the figures it wrote, and the file
  itself (name, SHA-256) for the rest; logs the import (`importen.Import`, kind
  ``dataset``) and puts every change to offers, targets and locations in their history
  with the import as the reason;
- freezes a cycle the file marks as published (`provincie_opgave.gepubliceerd = true`) as
  of its `gepubliceerd_op`, like the embedded Drenthe file (ADR 0007).
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, IntegrityError, models, transaction

from regietafel.bronnen.services import (
    bron_van_import,
    cijfervelden,
    herkomst_van_invoer,
    leg_bronnen_vast,
    leg_cijfers_vast,
    leg_invoer_vast,
)
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.data.controle import (
    Datasetprobleem,
    Gecontroleerd,
    Opgeslagen,
    controleer_bytes,
)
from regietafel.domain import model as d
from regietafel.herramingen.services import zorg_voor_eerste_versie
from regietafel.importen.models import Import
from regietafel.importen.services import MAX_BYTES, Voorbeeld, Wijziging, _naam, _tekst
from regietafel.locaties.models import SOORTEN, Locatie
from regietafel.opgaven.models import CATEGORIEEN, Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.services import leg_vast as leg_publicatie_vast
from regietafel.services import klok
from regietafel.services.opslag import bewaar_alle_fasen
from regietafel.services.schrijfplan import Schrijfplan
from regietafel.services.stand import als_een_wijziging

SOORT = "dataset"


@dataclass(frozen=True)
class Laadresultaat(Voorbeeld):
    """The outcome of loading (or, `droog`, checking) a data file."""

    bestandsnaam: str
    sha256: str
    fouten: tuple[Datasetprobleem, ...]
    waarschuwingen: tuple[Datasetprobleem, ...] = ()
    wijzigingen: tuple[Wijziging, ...] = ()
    provincie: str = ""
    cyclus: str = ""
    toegepast: bool = False
    import_id: int | None = None


def opgeslagen() -> Opgeslagen:
    """What a data file is checked against: the stored cycles, provinces, municipalities."""
    return Opgeslagen(
        cycli={
            c.naam: {
                "jaren": c.jaren,
                "landelijke_behoefte": c.landelijke_behoefte,
                "amv_landelijk": c.amv_landelijk,
                "regels": c.regels,
            }
            for c in Cyclus.objects.all()
        },
        provincies=dict(Provincie.objects.values_list("code", "naam")),
        gemeenten=dict(Gemeente.objects.values_list("cbs_code", "provincie__code")),
    )


def laad_bestand(
    inhoud: bytes,
    bestandsnaam: str,
    *,
    gebruiker: Any = None,
    droog: bool = False,
    verwacht_plan: str | None = None,
) -> Laadresultaat:
    """Load the data file `inhoud`: everything or nothing. With `droog` nothing is written
    and the result lists what would change; with `verwacht_plan` (the `plan_hash` of a
    preview) nothing is written unless the changes are still the ones that were shown."""
    sha = hashlib.sha256(inhoud).hexdigest()
    naam = bestandsnaam.rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:200] or "bestand"
    if len(inhoud) > MAX_BYTES:
        fout = Datasetprobleem("onleesbaar", detail="het bestand is groter dan 5 MB.")
        return Laadresultaat(naam, sha, (fout,))
    with transaction.atomic(), als_een_wijziging():
        gecontroleerd = controleer_bytes(inhoud, opgeslagen())
        if gecontroleerd.gegevens is None:
            return Laadresultaat(naam, sha, gecontroleerd.problemen, gecontroleerd.waarschuwingen)
        g = gecontroleerd.gegevens
        kern = {
            "bestandsnaam": naam,
            "sha256": sha,
            "waarschuwingen": gecontroleerd.waarschuwingen,
            "provincie": g.provincie.code,
            "cyclus": g.cyclus.naam,
        }
        plan = _Lader(gecontroleerd, g, gebruiker, schrijf=False)
        plan.voer_uit()
        if plan.was_gepubliceerd and plan.wijzigingen:
            let_op = Datasetprobleem("gepubliceerd_blijft", "provincie_opgave", "gepubliceerd")
            kern["waarschuwingen"] = (*gecontroleerd.waarschuwingen, let_op)
        voorbeeld = Laadresultaat(fouten=(), wijzigingen=tuple(plan.wijzigingen), **kern)
        if droog or not plan.wijzigingen:
            return voorbeeld
        if verwacht_plan is not None and verwacht_plan != voorbeeld.plan_hash:
            fout = Datasetprobleem(
                "onleesbaar",
                detail="de gegevens zijn gewijzigd sinds het voorbeeld; er is niets opgeslagen. "
                "Bekijk het voorbeeld opnieuw.",
            )
            return Laadresultaat(fouten=(fout,), **kern)
        log = Import.objects.create(
            soort=SOORT,
            bestandsnaam=naam,
            sha256=sha,
            provincie=g.provincie.code,
            cyclus=g.cyclus.naam,
            gebruiker=gebruiker,
            tijdstip=klok.nu(),
            aantal_rijen=len(g.gemeenten) + len(g.alle_locaties),
            wijzigingen=[w.als_dict() for w in plan.wijzigingen],
        )
        reden = f"Import {log.pk}: {naam[:40]} sha256:{sha[:16]}"
        schrijver = _Lader(gecontroleerd, g, gebruiker, True, reden, f"gegevensbestand {naam}")
        try:
            with transaction.atomic(), bron_van_import(log):
                schrijver.voer_uit()
        except (DatabaseError, IntegrityError, TypeError, ValueError) as fout:
            transaction.set_rollback(True)
            probleem = Datasetprobleem("onleesbaar", detail=f"opslaan is mislukt ({fout}).")
            return Laadresultaat(fouten=(probleem,), **kern)
    return Laadresultaat(
        fouten=(),
        wijzigingen=tuple(plan.wijzigingen),
        toegepast=True,
        import_id=log.pk,
        **kern,
    )


def _label(obj: models.Model) -> str:
    return obj._meta.label_lower


@dataclass
class _Lader:
    """Walks the file against the database: lists every change and, with `schrijf`, makes
    it. The same walk makes the preview and the load, so they cannot disagree."""

    gecontroleerd: Gecontroleerd
    g: d.CyclusGegevens
    gebruiker: Any
    schrijf: bool
    reden: str = ""
    bestandsnaam: str = ""
    wijzigingen: list[Wijziging] = field(default_factory=list)
    geschreven: set[tuple[str, int, str]] = field(default_factory=set)
    was_gepubliceerd: bool = False  # the province's cycle was published before this load
    # The targets, offers and locations (the rows with a history) are written at the end,
    # in bulk; the few rows they refer to (province, cycle, municipalities) at once.
    plan: Schrijfplan | None = None
    uitgesteld: list[tuple[models.Model, list[str]]] = field(default_factory=list)
    fasen: list[tuple[Locatie, list[Any]]] = field(default_factory=list)

    def voer_uit(self) -> None:
        provincie = self._provincie()
        cyclus = self._cyclus()
        pc, nieuw_pc = self._provincie_cyclus(provincie, cyclus)
        gemeenten = {gm.cbs_code: self._gemeente(gm, provincie) for gm in self.g.gemeenten}
        for code, cijfers in self.g.cijfers.items():
            self._cijfers(gemeenten[code], cyclus, cijfers)
        self._locaties(gemeenten)
        if not self.schrijf:
            self._publicatie(pc, nieuw_pc)
            return
        self._schrijfplan().voer_uit()
        self.geschreven.update(
            (_label(obj), obj.pk, v) for obj, velden in self.uitgesteld for v in velden
        )
        bewaar_alle_fasen(self.fasen, self.gebruiker)
        uit_documenten = leg_bronnen_vast(self.gecontroleerd.bronnen, pc, self.geschreven)
        # The figures of the rows written in bulk that no [[bron]] names come from the file
        # (all their figure fields, as for a single save): one upsert, not a second one.
        leg_cijfers_vast(
            [
                (obj, v)
                for obj, _ in self.uitgesteld
                for v in cijfervelden(obj)
                if (_label(obj), obj.pk, v) not in uit_documenten
            ],
            herkomst_van_invoer(self.gebruiker),
        )
        if nieuw_pc:
            zorg_voor_eerste_versie(pc, f"Capaciteitsbesluit zoals in {self.bestandsnaam}")
        self._publicatie(pc, nieuw_pc)

    # -- recording

    def _wijziging(self, soort: str, wat: str, velden: list[tuple[str, Any, Any]]) -> None:
        self.wijzigingen.append(
            Wijziging(soort, wat, tuple((v, _tekst(o), _tekst(n)) for v, o, n in velden))
        )

    def _schrijfplan(self) -> Schrijfplan:
        if self.plan is None:
            self.plan = Schrijfplan(self.gebruiker, self.reden)
        return self.plan

    def _bewaar(
        self, obj: models.Model, velden: list[str], historie: bool, nieuw: bool = False
    ) -> None:
        """Save `obj` (with who and why in its history when `historie`) and note which
        figures were written. The rows with a history are left to the Schrijfplan."""
        if not self.schrijf:
            return
        if historie:
            # their sources are recorded after the plan, with the documents' (`voer_uit`)
            if nieuw:
                self._schrijfplan().nieuw(obj, cijfers=())
            else:
                self._schrijfplan().wijzig(obj, [*velden, "versie"], cijfers=())
            self.uitgesteld.append((obj, velden))
            return
        obj.save()
        leg_invoer_vast(obj, self.gebruiker, velden)
        self.geschreven.update((_label(obj), obj.pk, v) for v in velden)

    def _vergelijk(
        self, obj: models.Model, nieuw: dict[str, Any], wat: str, historie: bool = False
    ) -> None:
        """Create `obj` (no primary key yet) or change the fields that differ."""
        if obj.pk is None:
            for veld, waarde in nieuw.items():
                setattr(obj, veld, waarde)
            velden = [(v, None, w) for v, w in nieuw.items() if w not in (None, "", [], {}, False)]
            self._wijziging("nieuw", wat, velden)
            self._bewaar(obj, list(nieuw), historie, nieuw=True)
            return
        verschil = [(v, getattr(obj, v), w) for v, w in nieuw.items() if getattr(obj, v) != w]
        if not verschil:
            return
        self._wijziging("gewijzigd", wat, verschil)
        for veld, _, waarde in verschil:
            setattr(obj, veld, waarde)
        if hasattr(obj, "versie"):
            obj.versie += 1
        self._bewaar(obj, [v for v, _, _ in verschil], historie)

    # -- the parts

    def _provincie(self) -> Provincie:
        p = self.g.provincie
        obj = Provincie.objects.filter(code=p.code).first() or Provincie(code=p.code)
        self._vergelijk(obj, {"naam": p.naam}, f"Provincie {p.naam}")
        return obj

    def _cyclus(self) -> Cyclus:
        c = self.g.cyclus
        obj = Cyclus.objects.filter(naam=c.naam).first()
        if obj is not None:  # checked: the same years, national figures and rules
            return obj
        obj = Cyclus(naam=c.naam)
        self._vergelijk(obj, Cyclus.domain_fields(c), f"Cyclus {c.naam}")
        return obj

    def _provincie_cyclus(
        self, provincie: Provincie, cyclus: Cyclus
    ) -> tuple[ProvincieCyclus, bool]:
        po = self.g.provincie_opgave
        obj = None
        if provincie.pk is not None and cyclus.pk is not None:
            obj = ProvincieCyclus.objects.filter(provincie=provincie, cyclus=cyclus).first()
        nieuw_pc = obj is None
        self.was_gepubliceerd = obj is not None and obj.gepubliceerd
        if obj is None:
            obj = ProvincieCyclus(provincie=provincie, cyclus=cyclus)
        nieuw = ProvincieCyclus.domain_fields(po)
        del nieuw["gepubliceerd"]
        # Published stays published: a file can publish a cycle, never withdraw it.
        if po.gepubliceerd or nieuw_pc:
            nieuw["gepubliceerd"] = po.gepubliceerd or obj.gepubliceerd
        wat = f"{self.g.provincie.naam} in cyclus {self.g.cyclus.naam}"
        self._vergelijk(obj, nieuw, wat)
        return obj, nieuw_pc

    def _gemeente(self, gm: d.Gemeente, provincie: Provincie) -> Gemeente:
        obj = Gemeente.objects.filter(cbs_code=gm.cbs_code).first() or Gemeente(
            cbs_code=gm.cbs_code
        )
        nieuw = {"provincie_id": provincie.pk, **Gemeente.domain_fields(gm)}
        if obj.pk is None:
            obj.provincie = provincie
            del nieuw["provincie_id"]
        self._vergelijk(obj, nieuw, f"Gemeente {gm.naam} ({gm.cbs_code})")
        return obj

    def _cijfers(self, gemeente: Gemeente, cyclus: Cyclus, c: d.GemeenteCijfers) -> None:
        opgaven: dict[str, Opgave] = {}
        aanbod: dict[tuple[str, int], Aanbod] = {}
        if gemeente.pk is not None and cyclus.pk is not None:
            opgaven = {
                o.categorie: o for o in Opgave.objects.filter(gemeente=gemeente, cyclus=cyclus)
            }
            aanbod = {
                (a.categorie, a.jaar): a
                for a in Aanbod.objects.filter(gemeente=gemeente, cyclus=cyclus)
            }
        for cat in d.Categorie:
            obj = opgaven.get(cat.value) or Opgave(
                gemeente=gemeente, cyclus=cyclus, categorie=cat.value
            )
            nieuw = Opgave.domain_fields(c, cat)
            wat = f"Opgave {gemeente.naam} {_naam(CATEGORIEEN, cat)} {cyclus.naam}"
            self._vergelijk(obj, nieuw, wat, historie=True)
        for (cat, jaar), plaatsen in c.aanbod.items():
            bestaand = aanbod.get((cat.value, jaar)) or Aanbod(
                gemeente=gemeente, cyclus=cyclus, categorie=cat.value, jaar=jaar
            )
            wat = f"Aanbod {gemeente.naam} {_naam(CATEGORIEEN, cat)} {jaar}"
            self._vergelijk(bestaand, {"plaatsen": plaatsen}, wat, historie=True)

    def _locaties(self, gemeenten: dict[str, Gemeente]) -> None:
        bestaand: dict[str, list[Locatie]] = {code: [] for code in gemeenten}
        opgeslagen = [g for g in gemeenten.values() if g.pk is not None]
        volgorde = 0
        for loc in (
            Locatie.objects.filter(gemeente__in=opgeslagen)
            .select_related("gemeente")
            .prefetch_related("fasen")
            .order_by("volgorde", "id")
        ):
            bestaand[loc.gemeente.cbs_code].append(loc)
            volgorde = max(volgorde, loc.volgorde + 1)
        # The stored locations by municipality and key, each key's in order: a file of n
        # locations is matched in n look-ups (issue 22), not n times the stored ones.
        vrij: dict[tuple[str, tuple[Any, ...]], deque[Locatie]] = {}
        for code, lijst in bestaand.items():
            for x in lijst:
                vrij.setdefault((code, _sleutel(x.to_domain())), deque()).append(x)
        for loc in self.g.alle_locaties:
            gemeente = gemeenten[loc.cbs_code]
            wachtrij = vrij.get((loc.cbs_code, _sleutel(loc)))
            gevonden = wachtrij.popleft() if wachtrij else None
            naam = loc.naam or _naam(SOORTEN, loc.soort)
            wat = f"Locatie {gemeente.naam}: {naam} ({loc.plaatsen})"
            nieuw = {"status": loc.status.value, "opmerking": loc.opmerking,
                     "gepland_in_gebruik": loc.gepland_in_gebruik}  # fmt: skip
            if gevonden is None:
                obj = Locatie(gemeente=gemeente, volgorde=volgorde, **Locatie.domain_fields(loc))
                volgorde += 1
                self._vergelijk(obj, {"plaatsen": loc.plaatsen, **nieuw}, wat, historie=True)
                if self.schrijf:
                    self.fasen.append((obj, list(loc.fasen)))
                continue
            opgeslagen_fasen = [(f.fase, f.datum, f.bron) for f in gevonden.fasen.all()]
            bestand_fasen = [(f.fase.value, f.datum, f.bron) for f in loc.fasen]
            erbij = []
            if bestand_fasen[: len(opgeslagen_fasen)] == opgeslagen_fasen:
                erbij = loc.fasen[len(opgeslagen_fasen) :]
            if erbij:
                nieuw["fase"] = erbij[-1].fase.value
            self._vergelijk(gevonden, nieuw, wat, historie=True)
            if erbij:
                self._wijziging(
                    "nieuw", f"{wat}: fasen", [("fase", None, f.fase.value) for f in erbij]
                )
                if self.schrijf:
                    self.fasen.append((gevonden, list(erbij)))

    def _publicatie(self, pc: ProvincieCyclus, nieuw_pc: bool) -> None:
        if not self.g.provincie_opgave.gepubliceerd:
            return
        if not nieuw_pc and pc.publicaties.filter(soort=Publicatie.Soort.PUBLICATIE).exists():
            return
        datum = self.gecontroleerd.gepubliceerd_op or klok.vandaag()
        wat = f"Publicatie {self.g.provincie.naam} cyclus {self.g.cyclus.naam}"
        self._wijziging("nieuw", wat, [("datum", None, datum)])
        if self.schrijf:
            leg_publicatie_vast(pc, Publicatie.Soort.PUBLICATIE, datum, self.gebruiker)


def _sleutel(loc: d.Locatie) -> tuple[Any, ...]:
    """What makes a location the same one: kind, places, dates (as written) and name."""
    return (
        loc.soort.value,
        loc.plaatsen,
        loc.beschikbaar_van,
        loc.beschikbaar_tot,
        loc.onbepaalde_tijd,
        tuple(tuple(p) for p in loc.onleesbaar),
        loc.naam.strip(),
    )
