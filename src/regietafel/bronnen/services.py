"""The source (*bron*) and reference date (*peildatum*) of every stored figure: recording
them when figures are written, and reading them for the puzzle, the report, the CLI and
the API.

Three kinds of writing record a source: setting up from a data file records the documents
its `[[bron]]` section names (`leg_dataset_vast`); an import records its file and hash
(`bron_van_import`); any other change records the person who made it (`leg_invoer_vast`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.db import models, transaction
from django.db.models import Max
from django.db.models.signals import post_delete
from django.utils import timezone

from regietafel.bronnen.models import Actualiteitsnorm, Cijferbron
from regietafel.bronnen.models import Bron as BronModel
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain import actualiteit as act
from regietafel.domain import bronnen as b
from regietafel.domain import opmaak
from regietafel.domain.model import Categorie
from regietafel.importen.models import Import
from regietafel.locaties.models import Locatie
from regietafel.oekraine.models import GooLocatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from regietafel.publicaties.models import Publicatie
from regietafel.services import klok
from regietafel.services.opslag import provincie_cyclus
from regietafel.services.stand import hergebruik, markeer_wijziging
from regietafel.statushouders.models import Huisvesting

# The fields that hold figures, per model: only these get a source.
CIJFERVELDEN: dict[type[models.Model], tuple[str, ...]] = {
    Gemeente: ("inwoners",),
    ProvincieCyclus: ("oekraine_opgave", "spuk3_pot", "provincie_bedrag"),
    # The national amounts; the bedragen per plaats are keys of Cyclus.regels.
    Cyclus: ("amv_landelijk", "spuk1_bedrag_per_plaats", "spuk2_bedrag_per_plaats"),
    Opgave: ("opgave", "realisatie", "ambitie"),
    Aanbod: ("plaatsen",),
    Locatie: ("plaatsen",),
    Huisvesting: ("taakstelling", "realisatie"),
    GooLocatie: ("plaatsen",),
}


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


# ---------------------------------------------------------------------------- recording


def _bron_rij(bron: b.Bron) -> BronModel:
    lopend = _import.get()
    if lopend is not None and lopend.herkomst.bron == bron:
        # One source row per import, however many figures it writes.
        if lopend.rij is None:
            lopend.rij = _bron_rij_opzoeken(bron)
        return lopend.rij
    return _bron_rij_opzoeken(bron)


def _bron_rij_opzoeken(bron: b.Bron) -> BronModel:
    rij, _ = BronModel.objects.get_or_create(**BronModel.domain_fields(bron))
    return rij


def cijfervelden(obj: models.Model, velden: Iterable[str] | None = None) -> list[str]:
    """The figure fields of `obj`: all of them, or those in `velden`."""
    gekozen = set(velden) if velden is not None else None
    return [v for v in CIJFERVELDEN.get(type(obj), ()) if gekozen is None or v in gekozen]


def leg_vast(obj: models.Model, herkomst: b.Herkomst, velden: Iterable[str] | None = None) -> None:
    """Record `herkomst` for the figure fields of `obj` (all of them, or those in `velden`)."""
    leg_cijfers_vast([(obj, veld) for veld in cijfervelden(obj, velden)], herkomst)


def leg_cijfers_vast(cijfers: Iterable[tuple[models.Model, str]], herkomst: b.Herkomst) -> int:
    """Record `herkomst` for every (stored row, figure field) of `cijfers` at once: one
    source row and one upsert, however many figures. Returns the number of figures."""
    per_sleutel = {(_label(type(obj)), obj.pk, veld): obj for obj, veld in cijfers}
    if not per_sleutel:
        return 0
    bron, peildatum = _bron_rij(herkomst.bron), herkomst.peildatum
    Cijferbron.objects.bulk_create(
        [
            Cijferbron(model=model, object_id=pk, veld=veld, bron=bron, peildatum=peildatum)
            # in key order, so that concurrent writers take the rows' locks in one order
            for model, pk, veld in sorted(per_sleutel)
        ],
        update_conflicts=True,
        unique_fields=["model", "object_id", "veld"],
        update_fields=["bron", "peildatum"],
    )
    # A bulk write sends no signals: the sources shown with the figures changed.
    markeer_wijziging()
    return len(per_sleutel)


@dataclass
class _Importbron:
    herkomst: b.Herkomst
    rij: BronModel | None = None


# The import being carried out in this context, if any: every figure written meanwhile, by
# whichever service, comes from its file rather than from the person who imported it.
_import: ContextVar[_Importbron | None] = ContextVar("bron_van_import", default=None)


@contextmanager
def bron_van_import(log: Import, peildatum: date | None = None) -> Iterator[None]:
    """Inside this block, `leg_invoer_vast` records the import `log` as the source, of
    figures as on `peildatum` (by default today)."""
    bron = b.uit_import(
        log.bestandsnaam,
        log.sha256,
        log.gebruiker.get_username() if log.gebruiker else "",
        log.tijdstip,
    )
    token = _import.set(_Importbron(b.Herkomst(bron, peildatum or klok.vandaag())))
    try:
        yield
    finally:
        _import.reset(token)


def herkomst_van_invoer(gebruiker: Any) -> b.Herkomst:
    """Where figures entered now by `gebruiker` come from: the person, or, during an
    import, its file."""
    lopend = _import.get()
    if lopend is not None:
        return lopend.herkomst
    naam = gebruiker.get_username() if gebruiker is not None else "het systeem"
    return b.Herkomst(b.ingevoerd_door(naam, klok.nu()), klok.vandaag())


def leg_invoer_vast(obj: models.Model, gebruiker: Any, velden: Iterable[str] | None = None) -> None:
    """Record that `gebruiker` entered `obj`'s figures now (or, during an import, the file)."""
    leg_vast(obj, herkomst_van_invoer(gebruiker), velden)


def _vergeet(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    Cijferbron.objects.filter(model=_label(sender), object_id=instance.pk).delete()


def verbind_opruimen() -> None:
    """Forget the sources of a deleted row, so that a new row with its key starts clean."""
    for model in CIJFERVELDEN:
        post_delete.connect(_vergeet, sender=model, dispatch_uid=f"bronnen-{_label(model)}")


@transaction.atomic
def leg_dataset_vast(pad: Path, provincie: str, cyclus: str) -> int:
    """Record the documents named in the `[[bron]]` section of data file `pad` as the
    sources of the figures of `provincie` in `cyclus`. Returns the number of figures."""
    with pad.open("rb") as f:
        opgaven = b.bronnen_uit_dict(tomllib.load(f).get("bron", []))
    return len(leg_bronnen_vast(opgaven, provincie_cyclus(provincie, cyclus)))


def leg_bronnen_vast(
    opgaven: Iterable[b.Bronopgave],
    pc: ProvincieCyclus,
    alleen: Collection[tuple[str, int, str]] | None = None,
) -> set[tuple[str, int, str]]:
    """Record the `[[bron]]` entries `opgaven` of a data file as the sources of the figures
    of `pc`: all of them, or only those in `alleen` (model label, row, field), the figures a
    load wrote. Returns the figures recorded, as (model label, row, field)."""
    per_groep = _rijen_per_groep(pc)
    vastgelegd: set[tuple[str, int, str]] = set()
    for opgave in opgaven:
        cijfers = []
        for groep in opgave.groepen:
            for obj, veld in per_groep.get(groep, []):
                sleutel = (_label(type(obj)), obj.pk, veld)
                if alleen is None or sleutel in alleen:
                    cijfers.append((obj, veld))
                    vastgelegd.add(sleutel)
        leg_cijfers_vast(cijfers, b.Herkomst(opgave.bron, opgave.peildatum))
    return vastgelegd


def _herkomst(obj: models.Model, veld: str) -> b.Herkomst | None:
    cb = (
        Cijferbron.objects.filter(model=_label(type(obj)), object_id=obj.pk, veld=veld)
        .select_related("bron")
        .first()
    )
    return None if cb is None else cb.to_domain()


def neem_bronnen_over(vorige: ProvincieCyclus, nieuw: ProvincieCyclus) -> None:
    """A figure carried over into the next cycle keeps its source and reference date: the
    Ukrainian target, the Ukrainian ambition, and the offers of the last year (which become
    the offers of every year of the new cycle, see services.volgende_cyclus)."""
    paren: list[tuple[models.Model, models.Model, str]] = [(vorige, nieuw, "oekraine_opgave")]
    laatste = vorige.cyclus.jaren[-1]
    oud = {
        (a.gemeente_id, a.categorie): a
        for a in Aanbod.objects.filter(
            cyclus=vorige.cyclus, gemeente__provincie=vorige.provincie, jaar=laatste
        )
    }
    for a in Aanbod.objects.filter(cyclus=nieuw.cyclus, gemeente__provincie=nieuw.provincie):
        if (a.gemeente_id, a.categorie) in oud:
            paren.append((oud[(a.gemeente_id, a.categorie)], a, "plaatsen"))
    ambities = {
        o.gemeente_id: o
        for o in Opgave.objects.filter(
            cyclus=vorige.cyclus,
            gemeente__provincie=vorige.provincie,
            categorie=Categorie.OEKRAINE.value,
        )
    }
    for o in Opgave.objects.filter(
        cyclus=nieuw.cyclus, gemeente__provincie=nieuw.provincie, categorie=Categorie.OEKRAINE.value
    ):
        if o.gemeente_id in ambities:
            paren.append((ambities[o.gemeente_id], o, "ambitie"))
    for van, naar, veld in paren:
        herkomst = _herkomst(van, veld)
        if herkomst is not None:
            leg_vast(naar, herkomst, [veld])


def _rijen_per_groep(pc: ProvincieCyclus) -> dict[str, list[tuple[models.Model, str]]]:
    """The stored figures of a province's cycle, per figure group (domain.CIJFERGROEPEN)."""
    groepen: dict[str, list[tuple[models.Model, str]]] = {}
    for g in Gemeente.objects.filter(provincie=pc.provincie):
        groepen.setdefault("inwoners", []).append((g, "inwoners"))
    groepen["oekraine.opgave"] = [(pc, "oekraine_opgave")]
    for o in Opgave.objects.filter(gemeente__provincie=pc.provincie, cyclus=pc.cyclus):
        if o.categorie == Categorie.OEKRAINE.value:
            groepen.setdefault("oekraine.realisatie", []).append((o, "realisatie"))
            groepen.setdefault("oekraine.ambitie", []).append((o, "ambitie"))
        else:
            groepen.setdefault(f"{o.categorie}.opgave", []).append((o, "opgave"))
            groepen.setdefault(f"{o.categorie}.realisatie", []).append((o, "realisatie"))
    for a in Aanbod.objects.filter(gemeente__provincie=pc.provincie, cyclus=pc.cyclus):
        groepen.setdefault(f"{a.categorie}.aanbod", []).append((a, "plaatsen"))
    for loc in Locatie.objects.filter(gemeente__provincie=pc.provincie):
        groepen.setdefault("locaties", []).append((loc, "plaatsen"))
    return groepen


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Cijfer:
    """A stored figure as the sources pages name it: the municipality (empty for the
    province), the puzzle column or location, and a Dutch description."""

    cbs_code: str
    gemeente: str
    kolom: str
    omschrijving: str


def _cijfers(
    pc: ProvincieCyclus, verborgen: frozenset[int] = frozenset()
) -> dict[tuple[str, int, str], Cijfer]:
    """Every stored figure of a province's cycle, keyed (model label, row, field). Read as
    plain values: the puzzle page asks for this on every request. A location in `verborgen`
    (whose details the reader may not read, services.openbaarheid) is named by its kind."""
    uit: dict[tuple[str, int, str], Cijfer] = {}
    gemeenten: dict[int, tuple[str, str]] = {}
    for pk, code, naam, peiljaar in Gemeente.objects.filter(provincie=pc.provincie).values_list(
        "pk", "cbs_code", "naam", "inwoners_peiljaar"
    ):
        gemeenten[pk] = (code, naam)
        uit[(_label(Gemeente), pk, "inwoners")] = Cijfer(
            code, naam, "inwoners", f"inwoners {peiljaar}"
        )
    uit[(_label(ProvincieCyclus), pc.pk, "oekraine_opgave")] = Cijfer(
        "", pc.provincie.naam, "oekraine.opgave", "Oekraïne: provinciale opgave"
    )
    in_provincie = {"gemeente__provincie": pc.provincie}
    opgaven = Opgave.objects.filter(cyclus=pc.cyclus, **in_provincie)
    for pk, gemeente_id, categorie in opgaven.values_list("pk", "gemeente_id", "categorie"):
        code, naam = gemeenten[gemeente_id]
        velden = ("realisatie", "ambitie") if categorie == "oekraine" else ("opgave", "realisatie")
        for veld in velden:
            kolom = f"{categorie}.{veld}"
            uit[(_label(Opgave), pk, veld)] = Cijfer(code, naam, kolom, b.CIJFERGROEPEN[kolom])
    aanbod = Aanbod.objects.filter(cyclus=pc.cyclus, **in_provincie)
    for pk, gemeente_id, categorie, jaar in aanbod.values_list(
        "pk", "gemeente_id", "categorie", "jaar"
    ):
        code, naam = gemeenten[gemeente_id]
        groep = f"{categorie}.aanbod"
        uit[(_label(Aanbod), pk, "plaatsen")] = Cijfer(
            code, naam, f"{groep}.{jaar}", f"{b.CIJFERGROEPEN[groep]} {jaar}"
        )
    soorten = dict(Locatie._meta.get_field("soort").choices or [])
    locaties = Locatie.objects.filter(**in_provincie)
    for pk, gemeente_id, locatie, soort, plaatsen in locaties.values_list(
        "pk", "gemeente_id", "naam", "soort", "plaatsen"
    ):
        code, naam = gemeenten[gemeente_id]
        genoemd = "" if pk in verborgen else locatie
        wat = f"locatie {genoemd or soorten.get(soort, soort)} ({plaatsen} plaatsen)"
        uit[(_label(Locatie), pk, "plaatsen")] = Cijfer(code, naam, "locaties", wat)
    goo = GooLocatie.objects.filter(**in_provincie)
    for pk, gemeente_id, locatie, plaatsen in goo.values_list(
        "pk", "gemeente_id", "naam", "plaatsen"
    ):
        code, naam = gemeenten[gemeente_id]
        wat = f"GOO-locatie {locatie} ({plaatsen} plaatsen)"
        uit[(_label(GooLocatie), pk, "plaatsen")] = Cijfer(code, naam, "goo", wat)
    huisvesting = Huisvesting.objects.filter(halfjaar__jaar__in=pc.cyclus.jaren, **in_provincie)
    for pk, gemeente_id, jaar, helft in huisvesting.values_list(
        "pk", "gemeente_id", "halfjaar__jaar", "halfjaar__helft"
    ):
        (code, naam), periode = gemeenten[gemeente_id], f"{jaar}-{helft}"
        for veld, wat in (("taakstelling", "taakstelling"), ("realisatie", "gehuisvest")):
            uit[(_label(Huisvesting), pk, veld)] = Cijfer(
                code, naam, f"statushouders.{veld}.{periode}", f"statushouders: {wat} {periode}"
            )
    return uit


def herkomsten(
    provincie: str, cyclus: str, verborgen: frozenset[int] = frozenset()
) -> dict[Cijfer, b.Herkomst]:
    """The source and reference date of each stored figure of a province's cycle that has
    one, in a fixed number of queries; the locations in `verborgen` named by their kind."""
    pc = provincie_cyclus(provincie, cyclus)
    cijfers = _cijfers(pc, verborgen)
    per_model: dict[str, set[int]] = {}
    for label, pk, _ in cijfers:
        per_model.setdefault(label, set()).add(pk)
    uit: dict[Cijfer, b.Herkomst] = {}
    for label, ids in per_model.items():
        for cb in Cijferbron.objects.filter(model=label, object_id__in=ids).select_related("bron"):
            cijfer = cijfers.get((cb.model, cb.object_id, cb.veld))
            if cijfer is not None:
                uit[cijfer] = cb.to_domain()
    return uit


def actualiteit(provincie: str, ouder_dan: int | None = None) -> b.Actualiteit:
    """The default age after which figures are stale: asked for, else the province's,
    else 180."""
    if ouder_dan is not None:
        return b.Actualiteit(ouder_dan)
    norm = Actualiteitsnorm.objects.filter(provincie__code=provincie).first()
    return norm.to_domain() if norm else b.Actualiteit()


def actualiteitsnormen(pc: ProvincieCyclus, ouder_dan: int | None = None) -> act.Actualiteitsnormen:
    """The norm per kind of figure of `pc`'s cycle (its rules' ``actualiteit``, over the
    defaults), with the province's age as the default; an age asked for replaces every
    age, but a kind fixed for the cycle stays fixed."""
    standaard = actualiteit(pc.provincie.code).max_dagen
    eigen = dict(pc.cyclus.to_domain().regels.actualiteit)
    normen = act.normen_van(eigen, standaard)
    return normen if ouder_dan is None else normen.met_standaard(ouder_dan, overal=True)


def vastgesteld_op(pc: ProvincieCyclus) -> date | None:
    """The day `pc` was last published (while it is) or ratified; None: never."""
    vastleggingen = Publicatie.objects.filter(provincie_cyclus=pc)
    if not pc.gepubliceerd:
        vastleggingen = vastleggingen.exclude(soort=Publicatie.Soort.PUBLICATIE)
    laatste = vastleggingen.aggregate(m=Max("vastgelegd_op"))["m"]
    return None if laatste is None else timezone.localdate(laatste)


def _vastgelegd_op(h: b.Herkomst) -> date:
    """The day a figure was recorded: its import or entry, else its document's date."""
    if h.bron.moment is not None:
        return timezone.localdate(h.bron.moment)
    return h.bron.datum or h.peildatum


def openbaar(bron: b.Bron) -> b.Bron:
    """The source as the public sees it: without the name of who entered or imported it."""
    return replace(bron, persoon="")


@dataclass(frozen=True)
class Bronnenoverzicht:
    """The sources of a province's cycle: the list, and each figure with its source and
    how current it is (domain.actualiteit) by the norms of its kind."""

    provincie: str
    cyclus: str
    vandaag: date
    norm: b.Actualiteit  # the default age, for the kinds the cycle names no age for
    normen: act.Actualiteitsnormen
    vastgesteld_op: date | None
    bronnen: tuple[b.Bronvermelding, ...]
    cijfers: tuple[tuple[Cijfer, b.Herkomst, act.Stand], ...]

    @property
    def verouderd(self) -> int:
        return sum(1 for _, _, st in self.cijfers if st is act.Stand.VEROUDERD)

    @property
    def grens(self) -> str:
        """The oldest reference date that is not stale by the default age, as ``3-8-2025``."""
        return opmaak.datum(self.vandaag - timedelta(days=self.norm.max_dagen))

    @property
    def vaste_soorten(self) -> list[str]:
        """The kinds fixed for the cycle, in words."""
        return [act.SOORTEN[s] for s, d in self.normen.per_soort if d is None]


def bronnenoverzicht(
    provincie: str,
    cyclus: str,
    ouder_dan: int | None = None,
    *,
    met_personen: bool = True,
    verborgen: frozenset[int] = frozenset(),
) -> Bronnenoverzicht:
    """Every source of `provincie` in `cyclus`; `met_personen` False hides who entered, and
    the locations in `verborgen` are named by their kind (services.openbaarheid)."""
    pc = provincie_cyclus(provincie, cyclus)
    normen = actualiteitsnormen(pc, ouder_dan)
    vandaag, vastgesteld = klok.vandaag(), vastgesteld_op(pc)
    cyclus_tot = date(max(pc.cyclus.jaren), 12, 31)
    alle = herkomsten(provincie, cyclus, verborgen)
    if not met_personen:
        alle = {c: replace(h, bron=openbaar(h.bron)) for c, h in alle.items()}
    volgorde = sorted(
        alle.items(), key=lambda ch: (ch[0].gemeente, ch[0].kolom, ch[0].omschrijving)
    )

    def stand(c: Cijfer, h: b.Herkomst) -> act.Stand:
        return act.stand(
            h.peildatum,
            vandaag,
            normen.max_dagen(act.soort_van_kolom(c.kolom)),
            cyclus_tot=cyclus_tot,
            vastgelegd_op=_vastgelegd_op(h),
            vastgesteld_op=vastgesteld,
        )

    return Bronnenoverzicht(
        provincie=provincie,
        cyclus=cyclus,
        vandaag=vandaag,
        norm=b.Actualiteit(normen.standaard),
        normen=normen,
        vastgesteld_op=vastgesteld,
        bronnen=b.gebruikte_bronnen(alle.values()),
        cijfers=tuple((c, h, stand(c, h)) for c, h in volgorde),
    )


def bron_als_dict(bron: b.Bron) -> dict[str, Any]:
    return {
        "soort": bron.soort.value,
        "omschrijving": bron.omschrijving,
        "titel": bron.titel or None,
        "datum": bron.datum.isoformat() if bron.datum else None,
        "bestandsnaam": bron.bestandsnaam or None,
        "sha256": bron.sha256 or None,
        "persoon": bron.persoon or None,
        "moment": bron.moment.isoformat() if bron.moment else None,
    }


def overzicht_als_dict(o: Bronnenoverzicht) -> dict[str, Any]:
    """The stable JSON shape of the sources overview (CLI ``--json``)."""
    return {
        "provincie": o.provincie,
        "cyclus": o.cyclus,
        "vandaag": o.vandaag.isoformat(),
        "verouderd_na_dagen": o.norm.max_dagen,
        "normen": act.normen_naar_dict(o.normen),
        "vastgesteld_op": o.vastgesteld_op.isoformat() if o.vastgesteld_op else None,
        "bronnen": [
            {
                **bron_als_dict(v.bron),
                "aantal_cijfers": v.aantal,
                "peildatum_van": v.peildata.van.isoformat(),
                "peildatum_tot": v.peildata.tot.isoformat(),
            }
            for v in o.bronnen
        ],
        "cijfers": [
            {
                "gemeente": c.cbs_code or None,
                "kolom": c.kolom,
                "omschrijving": c.omschrijving,
                "bron": h.bron.omschrijving,
                "peildatum": h.peildatum.isoformat(),
                "stand": st.value,
                "verouderd": st is act.Stand.VEROUDERD,
            }
            for c, h, st in o.cijfers
        ],
    }


# ---------------------------------------------------------------------------- the puzzle


def puzzelbronnen(
    provincie: str,
    cyclus: str,
    kolommen: Iterable[str],
    ouder_dan: int | None = None,
    *,
    met_personen: bool = True,
    verborgen: frozenset[int] = frozenset(),
) -> dict[str, Any]:
    """For the puzzle page: per column (in the order of `kolommen`, the cells' `veld`) its
    reference dates and whether any figure in it is stale, and per cell its source. Reused
    until the data changes or the day turns (staleness counts in days)."""
    kolommen = tuple(kolommen)
    sleutel = ("bronnen", provincie, cyclus, kolommen, ouder_dan, met_personen, verborgen)
    return hergebruik(
        (*sleutel, klok.vandaag()),
        lambda: _puzzelbronnen(provincie, cyclus, kolommen, ouder_dan, met_personen, verborgen),
    )


def _puzzelbronnen(
    provincie: str,
    cyclus: str,
    kolommen: Iterable[str],
    ouder_dan: int | None,
    met_personen: bool,
    verborgen: frozenset[int],
) -> dict[str, Any]:
    o = bronnenoverzicht(
        provincie, cyclus, ouder_dan, met_personen=met_personen, verborgen=verborgen
    )
    per_cel: dict[tuple[str, str], tuple[b.Herkomst, bool]] = {}
    for c, h, st in o.cijfers:
        if c.cbs_code:
            per_cel[(c.cbs_code, c.kolom)] = (h, st is act.Stand.VEROUDERD)
    # The provincial Ukraine target is the source of every municipality's share of it.
    provinciaal = next(
        ((h, st is act.Stand.VEROUDERD) for c, h, st in o.cijfers if c.kolom == "oekraine.opgave"),
        None,
    )
    if provinciaal is not None:
        for code in {c.cbs_code for c, _, _ in o.cijfers if c.cbs_code}:
            per_cel[(code, "oekraine.opgave")] = provinciaal
    koppen = []
    for kolom in ["inwoners", *kolommen]:
        cellen = {k: v for k, v in per_cel.items() if k[1] == kolom}
        bereik = b.peildatum_per_kolom({k: h for k, (h, _) in cellen.items()}).get(kolom)
        koppen.append(
            {
                "kolom": kolom,
                "peildatum": bereik.tekst if bereik else "",
                "verouderd": sum(1 for _, oud in cellen.values() if oud),
            }
        )
    cellen_uit = {
        f"{code} {kolom}": {
            "id": f"bron-{code}-{kolom.replace('.', '-')}",
            "bron": h.bron.omschrijving,
            "peildatum": opmaak.datum(h.peildatum),
            "verouderd": oud,
        }
        for (code, kolom), (h, oud) in per_cel.items()
    }
    return {"overzicht": o, "koppen": koppen, "cellen": cellen_uit}


# ---------------------------------------------------------------------------- filtering

STAND_TEKST = {
    act.Stand.ACTUEEL: "actueel",
    act.Stand.VEROUDERD: "verouderd",
    act.Stand.VAST: "vast voor de cyclus",
    act.Stand.GEPUBLICEERD: "zoals gepubliceerd",
}


@dataclass(frozen=True)
class Bronnenfilter:
    """Which figures of an overview to show: of one `stand`, one kind (`soort`, a key of
    domain.actualiteit.SOORTEN) and one municipality (CBS code); empty: all."""

    stand: str = ""
    soort: str = ""
    gemeente: str = ""

    def past(self, c: Cijfer, st: act.Stand) -> bool:
        return (
            (not self.stand or st == self.stand)
            and (not self.soort or act.soort_van_kolom(c.kolom) == self.soort)
            and (not self.gemeente or c.cbs_code == self.gemeente)
        )


def gefilterd(
    o: Bronnenoverzicht, f: Bronnenfilter
) -> tuple[tuple[Cijfer, b.Herkomst, act.Stand], ...]:
    """The figures of `o` that `f` lets through, in the overview's order."""
    return tuple(r for r in o.cijfers if f.past(r[0], r[2]))


def filterkeuzes(o: Bronnenoverzicht) -> dict[str, list[tuple[str, str, int]]]:
    """The values the filter offers, each (value, Dutch label, number of figures): the
    stands, the kinds and the municipalities that occur in `o`."""
    standen: dict[str, int] = {}
    soorten: dict[str, int] = {}
    gemeenten: dict[tuple[str, str], int] = {}
    for c, _, st in o.cijfers:
        standen[st.value] = standen.get(st.value, 0) + 1
        soort = act.soort_van_kolom(c.kolom)
        soorten[soort] = soorten.get(soort, 0) + 1
        if c.cbs_code:
            gemeenten[(c.gemeente, c.cbs_code)] = gemeenten.get((c.gemeente, c.cbs_code), 0) + 1
    return {
        "stand": [(s.value, STAND_TEKST[s], standen[s.value]) for s in act.Stand if s in standen],
        "soort": [(s, naam, soorten[s]) for s, naam in act.SOORTEN.items() if s in soorten],
        "gemeente": [(code, naam, n) for (naam, code), n in sorted(gemeenten.items())],
    }
