"""The plans of the import kinds added for issue 15: status holders per half year, GOO
locations, the puzzle sheet and the figures of "Invoer provincie". `services.importeren`
reads and checks the rows and their municipalities as for every kind, then hands the rows
to the planner here (`PLANNERS`); each planner adds its changes (`_Actie`), errors and
warnings to the plan, and the import carries them out in one transaction with the file as
the source of every figure: each change adds its writes to the import's `Schrijfplan`,
which makes them in bulk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from regietafel.cycli.invoer import GEMEENTEVELDEN, IN_REGELS, regelwaarden
from regietafel.domain import opmaak
from regietafel.domain.cellen import normaliseer_naam
from regietafel.domain.invoerregels import (
    AanbodRegel,
    Bereik,
    Gegeven,
    GemeenteVerwijzing,
    ImportSoort,
    InvoerFout,
    PuzzelbladRegel,
)
from regietafel.domain.model import Categorie
from regietafel.domain.oekraine import oekraine_opgave_per_gemeente
from regietafel.domain.onbekend import PARAMETERS
from regietafel.domain.puzzelblad import (
    GelezenPuzzelblad,
    berekende_cijfers,
    is_controle,
    totalen,
    waarschuwingen,
)
from regietafel.importen.services import (
    PLANNERS,
    VolledigeLijst,
    Wijziging,
    _Actie,
    _naam,
    _Plan,
    _tekst,
    _verschillen,
    plan_volledige_lijst,
)
from regietafel.oekraine.models import GooLocatie
from regietafel.opgaven.models import CATEGORIEEN, Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.schrijfplan import Schrijfplan
from regietafel.services.toegang import mag_bewerken
from regietafel.statushouders.models import Halfjaar, Huisvesting

Regels = list[tuple[Any, Gemeente]]


# ---------------------------------------------------------------------------- statushouders

HUISVESTING = ("taakstelling", "realisatie", "achterstand_vooraf")
# What only the province sets; a municipality enters how many it housed.
ALLEEN_PROVINCIE = {"taakstelling": "de taakstelling", "achterstand_vooraf": "de achterstand"}


def plan_statushouders(plan: _Plan, regels: Regels) -> None:
    """Per municipality and half year the task, the number housed and the carried balance,
    as far as the file has their columns; a new half year is created. A municipality may
    change only the number it housed."""
    gegeven = [v for v in HUISVESTING if plan.gelezen.kolom(v)]
    provincie = mag_bewerken(plan.t, plan.provincie)
    bestaand = {
        (r.halfjaar.jaar, r.halfjaar.helft, r.gemeente_id): r
        for r in Huisvesting.objects.filter(halfjaar__provincie=plan.prov).select_related(
            "halfjaar"
        )
    }
    halfjaren = {(h.jaar, h.helft): h for h in Halfjaar.objects.filter(provincie=plan.prov)}
    for regel, g in regels:
        p = regel.periode
        rij = bestaand.get((p.jaar, p.helft, g.pk))
        nieuw = {v: getattr(regel, v) for v in gegeven}
        verschil = {v: w for v, w in nieuw.items() if (getattr(rij, v) if rij else None) != w}
        if not provincie:
            geweigerd = [v for v in verschil if v in ALLEEN_PROVINCIE]
            for v in geweigerd:
                plan.fouten.append(
                    InvoerFout(
                        "alleen_provincie",
                        regel.rij,
                        plan.gelezen.kolom(v),
                        _tekst(verschil[v]),
                        ALLEEN_PROVINCIE[v],
                    )
                )
            if geweigerd:
                continue
        if not verschil:
            continue
        wat = f"Statushouders {g.naam} {p.label}"
        if rij is None:
            velden = tuple((v, "", _tekst(w)) for v, w in nieuw.items() if w is not None)
            wijziging = Wijziging("nieuw", wat, velden, regel.rij)
        else:
            wijziging = Wijziging("gewijzigd", wat, _verschillen(rij, verschil), regel.rij)
        halfjaar = halfjaren.get((p.jaar, p.helft))
        maak_halfjaar = halfjaar is None  # a new half year, created with its first row
        if halfjaar is None:
            halfjaar = halfjaren[(p.jaar, p.helft)] = Halfjaar(
                provincie=plan.prov, jaar=p.jaar, helft=p.helft
            )
        uitvoeren = _huisvesting(
            rij, halfjaar, maak_halfjaar, g, verschil, rij.versie if rij else 0
        )
        plan.acties.append(_Actie(wijziging, uitvoeren))


def _huisvesting(
    rij: Huisvesting | None,
    halfjaar: Halfjaar,
    maak_halfjaar: bool,
    g: Gemeente,
    waarden: dict[str, int | None],
    versie: int,
) -> Callable[[Schrijfplan], None]:
    def uitvoeren(schrijf: Schrijfplan) -> None:
        if maak_halfjaar:
            schrijf.nieuw(halfjaar)
        doel = rij or Huisvesting(halfjaar=halfjaar, gemeente=g)
        for veld, waarde in waarden.items():
            setattr(doel, veld, waarde)
        if rij is None:
            schrijf.nieuw(doel, cijfers=waarden)
        else:  # on the version the preview saw: an edit on the page meanwhile is a conflict
            schrijf.wijzig(doel, waarden, versie, cijfers=waarden)

    return uitvoeren


# ---------------------------------------------------------------------------- GOO

GOO_OPTIONEEL = ("beschikbaar_van", "geplande_einde", "transformeerbaar", "opmerking")


def plan_goo(plan: _Plan, regels: Regels) -> None:
    """The file is the complete list of GOO locations of each municipality in it: rows are
    matched to the stored locations by name; matched ones are updated, new ones added, and
    the stored ones the file no longer lists are removed (their history stays). An
    optional column the file does not have leaves the stored value alone."""
    stil = {v for v in GOO_OPTIONEEL if not plan.gelezen.kolom(v)}

    def voorstel(
        volgorde: int, regel: Any, g: Gemeente, loc: GooLocatie | None
    ) -> tuple[str, dict[str, Any], dict[str, Any]]:
        nieuw: dict[str, Any] = {
            "naam": regel.naam,
            "plaatsen": regel.plaatsen,
            "beschikbaar_van": regel.beschikbaar_van,
            "geplande_einde": regel.geplande_einde,
            "transformeerbaar": regel.transformeerbaar,
            "opmerking": regel.opmerking,
        }
        wat = f"GOO-locatie {g.naam}: {regel.naam}"
        if loc is None:
            return wat, nieuw, {}
        return wat, {v: w for v, w in nieuw.items() if v not in stil}, {}

    plan_volledige_lijst(
        plan,
        regels,
        VolledigeLijst(
            model=GooLocatie,
            volgorde=("naam", "id"),
            sleutel=lambda loc: (normaliseer_naam(loc.naam),),
            voorstel=voorstel,
            verwijderd=lambda loc, g: f"GOO-locatie {g.naam}: {loc.naam}",
        ),
    )


# ---------------------------------------------------------------------------- the puzzle

# The stored inputs of a municipality's row: key -> (category of its Opgave row, field).
OPGAVEVELDEN: dict[str, tuple[Categorie, str]] = {
    "oekraine.realisatie": (Categorie.OEKRAINE, "realisatie"),
    "oekraine.ambitie": (Categorie.OEKRAINE, "ambitie"),
    "asiel_regulier.opgave": (Categorie.ASIEL_REGULIER, "opgave"),
    "asiel_regulier.realisatie": (Categorie.ASIEL_REGULIER, "realisatie"),
    "amv.opgave": (Categorie.AMV, "opgave"),
    "amv.realisatie": (Categorie.AMV, "realisatie"),
}


def plan_puzzel(plan: _Plan, regels: Regels) -> None:
    """The inputs of the puzzle sheet, as far as its columns go: inhabitants, the asylum
    targets, every realisation, the Ukrainian ambition and the offers per year. The
    computed columns are checked against what the stored figures (after this import) give:
    a difference is a warning, and nothing of it is stored."""
    assert plan.pc is not None and isinstance(plan.gelezen, GelezenPuzzelblad)
    gelezen, pc = plan.gelezen, plan.pc
    cyclus = pc.cyclus
    jaren = tuple(cyclus.jaren)
    buiten = [
        InvoerFout("jaar_buiten_cyclus", gelezen.koprij, naam, jaar, cyclus.naam)
        for sleutel, naam in gelezen.kolomnamen.items()
        if sleutel.count(".") == 2 and int(jaar := sleutel.rsplit(".", 1)[1]) not in jaren
    ]
    if buiten:  # the sheet of another cycle: its years do not fit this one
        plan.fouten.extend(buiten)
        return
    gemeenten = list(Gemeente.objects.filter(provincie=plan.prov).order_by("naam"))
    opgaven = {
        (o.gemeente_id, o.categorie): o
        for o in Opgave.objects.filter(cyclus=cyclus, gemeente__provincie=plan.prov)
    }
    aanbod = {
        (a.gemeente_id, a.categorie, a.jaar): a.plaatsen
        for a in Aanbod.objects.filter(cyclus=cyclus, gemeente__provincie=plan.prov)
    }

    def opgeslagen(g: Gemeente) -> dict[str, int | None]:
        uit: dict[str, int | None] = {"inwoners": g.inwoners}
        for sleutel, (categorie, veld) in OPGAVEVELDEN.items():
            o = opgaven.get((g.pk, categorie.value))
            uit[sleutel] = None if o is None else getattr(o, veld)
        for categorie in (Categorie.ASIEL_REGULIER, Categorie.AMV):
            for j in jaren:
                uit[f"{categorie.value}.aanbod.{j}"] = aanbod.get((g.pk, categorie.value, j))
        return uit

    per_gemeente = {g.pk: (g, opgeslagen(g)) for g in gemeenten}
    in_bestand = {g.pk: regel for regel, g in regels}
    na: dict[int, dict[str, int | None]] = {}
    for pk, (_, oud) in per_gemeente.items():
        regel = in_bestand.get(pk)
        gegeven = {} if regel is None else regel.cijfers
        na[pk] = {
            s: gegeven[s] if s in gegeven and not (s == "inwoners" and gegeven[s] is None) else w
            for s, w in oud.items()
        }
    regelset = cyclus.to_domain().regels
    oekraine = oekraine_opgave_per_gemeente(
        pc.oekraine_opgave,
        {per_gemeente[pk][0].cbs_code: w["inwoners"] or 0 for pk, w in na.items()},
        regelset.oekraine_afronding,
    )
    for regel, g in regels:
        _plan_rij(plan, regel, g, opgeslagen=per_gemeente[g.pk][1], opgaven=opgaven)
        berekend = berekende_cijfers(na[g.pk], jaren, oekraine.get(g.cbs_code))
        plan.waarschuwingen.extend(waarschuwingen(regel, berekend, gelezen.kolomnamen))
    if gelezen.totaal is not None:
        som = totalen(na.values(), jaren, pc.oekraine_opgave)
        rijen_samen = {"oekraine.opgave": sum(oekraine.values())}
        plan.waarschuwingen.extend(
            waarschuwingen(gelezen.totaal, som, gelezen.kolomnamen, rijen_samen)
        )


def _plan_rij(
    plan: _Plan,
    regel: PuzzelbladRegel,
    g: Gemeente,
    *,
    opgeslagen: dict[str, int | None],
    opgaven: dict[tuple[int, str], Opgave],
) -> None:
    assert plan.pc is not None
    gegeven = {s: w for s, w in regel.cijfers.items() if not is_controle(s)}
    inwoners = gegeven.get("inwoners")
    if inwoners is not None and inwoners != opgeslagen["inwoners"]:
        plan._gemeentevelden(g, {"inwoners": inwoners}, regel.rij)
    per_categorie: dict[Categorie, dict[str, int | None]] = {}
    for sleutel, (categorie, veld) in OPGAVEVELDEN.items():
        if sleutel in gegeven and gegeven[sleutel] != opgeslagen[sleutel]:
            per_categorie.setdefault(categorie, {})[veld] = gegeven[sleutel]
    for categorie, nieuw in per_categorie.items():
        _opgave(plan, g, categorie, nieuw, opgaven.get((g.pk, categorie.value)), regel.rij)
    for sleutel, waarde in gegeven.items():
        if ".aanbod." in sleutel and waarde != opgeslagen.get(sleutel):
            categorie, _, jaar = sleutel.split(".")
            aanbodregel = AanbodRegel(
                regel.rij, regel.gemeente or GemeenteVerwijzing(None, g.naam),
                Categorie(categorie), int(jaar), waarde,
            )  # fmt: skip
            plan._aanbod(aanbodregel, g)


def _opgave(
    plan: _Plan,
    g: Gemeente,
    categorie: Categorie,
    nieuw: dict[str, int | None],
    opgave: Opgave | None,
    rij: int,
) -> None:
    """Set fields of a municipality's Opgave row (target, realisation, ambition)."""
    assert plan.pc is not None
    cyclus = plan.pc.cyclus
    wat = f"Opgave {g.naam} {_naam(CATEGORIEEN, categorie)} {cyclus.naam}"
    if opgave is None:
        velden = tuple((v, "", _tekst(w)) for v, w in nieuw.items())
        doel = Opgave(gemeente=g, cyclus=cyclus, categorie=categorie.value)
        wijziging = Wijziging("nieuw", wat, velden, rij)
    else:
        velden = _verschillen(opgave, nieuw)
        doel = opgave
        wijziging = Wijziging("gewijzigd", wat, velden, rij)

    def uitvoeren(schrijf: Schrijfplan) -> None:
        for veld, waarde in nieuw.items():
            setattr(doel, veld, waarde)
        if doel.pk is None:
            schrijf.nieuw(doel, cijfers=list(nieuw))
        else:
            schrijf.wijzig(doel, list(nieuw), doel.versie, cijfers=list(nieuw))

    plan.acties.append(_Actie(wijziging, uitvoeren))


# ---------------------------------------------------------------------------- Invoer provincie


@dataclass
class _Rij:
    """A row (stored, or to create) that rows of the file change one figure each: the
    figures are set on one object and written together, with each figure's peildatum, on
    the version the preview saw (a change in the browser meanwhile makes the import a
    conflict)."""

    obj: Any
    versie: int | None  # None: a new row
    velden: dict[str, date | None] = field(default_factory=dict)  # field -> its peildatum
    gezet: int = 0

    def zet(self, veld: str, waarde: int | None, peildatum: date | None) -> Callable[..., None]:
        """Plan `veld` = `waarde`; what the import runs for it."""
        self.velden[veld] = peildatum

        def uitvoeren(schrijf: Schrijfplan) -> None:
            if veld in IN_REGELS:  # the cycle's amounts per place live in its rules
                self.obj.regels = {**self.obj.regels, veld: waarde}
            else:
                setattr(self.obj, veld, waarde)
            self.gezet += 1
            if self.gezet < len(self.velden):
                return  # the row's last figure in the file writes them all
            cijfers = list(self.velden)
            peildata = {v: d for v, d in self.velden.items() if d is not None}
            if self.versie is None:
                schrijf.nieuw(self.obj, cijfers=cijfers, peildata=peildata)
                return
            opgeslagen = dict.fromkeys("regels" if v in IN_REGELS else v for v in cijfers)
            schrijf.wijzig(self.obj, opgeslagen, self.versie, cijfers=cijfers, peildata=peildata)

        return uitvoeren


def plan_provinciecijfers(plan: _Plan, regels: Regels) -> None:
    """The figures of "Invoer provincie", one a row: the province's Ukrainian target, SPUK
    3 budget and amount, per municipality the realisation and the Ukrainian ambition, and
    the cycle's national amounts. Who may change what is as on the page: the province its
    own figures, only an administrator the national amounts (a value equal to the stored
    one may stay in the file). An empty cell makes a figure unknown, never 0; a figure the
    file does not name is left alone. Each changed figure gets the file as its source with
    the row's peildatum (empty: the day of the import)."""
    assert plan.pc is not None
    pc, cyclus = plan.pc, plan.pc.cyclus
    vandaag = klok.vandaag()
    kolom = plan.gelezen.kolom
    opgaven = {
        (o.gemeente_id, o.categorie): o
        for o in Opgave.objects.filter(cyclus=cyclus, gemeente__provincie=plan.prov)
    }
    landelijk = regelwaarden(cyclus)
    rijen: dict[Any, _Rij] = {
        "provincie": _Rij(pc, pc.versie),
        "cyclus": _Rij(cyclus, cyclus.versie),
    }
    gezien: dict[tuple[str, int | None], int] = {}
    for regel, g in regels:
        gegeven: Gegeven = regel.gegeven
        dubbel = (gegeven.sleutel, g.pk if g else None)
        if dubbel in gezien:
            fout = InvoerFout(
                "dubbele_rij", regel.rij, kolom("gegeven"), gegeven.titel, str(gezien[dubbel])
            )
            plan.fouten.append(fout)
            continue
        gezien[dubbel] = regel.rij
        if regel.peildatum is not None and regel.peildatum > vandaag:
            fout = InvoerFout(
                "peildatum_in_toekomst",
                regel.rij,
                kolom("peildatum"),
                opmaak.datum(regel.peildatum),
            )
            plan.fouten.append(fout)
            continue
        if gegeven.bereik is Bereik.PROVINCIE:
            rij, veld, oud = rijen["provincie"], gegeven.sleutel, getattr(pc, gegeven.sleutel)
            wat = f"Provincie {plan.prov.naam} {cyclus.naam}: {gegeven.titel}"
        elif gegeven.bereik is Bereik.CYCLUS:
            rij, veld, oud = rijen["cyclus"], gegeven.sleutel, landelijk[gegeven.sleutel]
            wat = f"Cyclus {cyclus.naam}: {gegeven.titel}"
        else:
            categorie, veld = GEMEENTEVELDEN[gegeven.sleutel]
            o = opgaven.get((g.pk, categorie.value))
            if (g.pk, categorie) not in rijen:
                doel = o or Opgave(gemeente=g, cyclus=cyclus, categorie=categorie.value)
                rijen[(g.pk, categorie)] = _Rij(doel, o.versie if o else None)
            rij = rijen[(g.pk, categorie)]
            oud = None if o is None else getattr(o, veld)
            wat = f"Opgave {g.naam} {_naam(CATEGORIEEN, categorie)} {cyclus.naam}"
        if oud == regel.waarde:
            continue
        if gegeven.bereik is Bereik.CYCLUS and not plan.t.alles:
            naam = PARAMETERS.get(gegeven.sleutel, gegeven.titel)
            fout = InvoerFout(
                "alleen_beheerder", regel.rij, kolom("waarde"), _tekst(regel.waarde), naam
            )
            plan.fouten.append(fout)
            continue
        if regel.peildatum is not None:
            wat += f" (peildatum {opmaak.datum(regel.peildatum)})"
        soort = "nieuw" if rij.versie is None and not rij.velden else "gewijzigd"
        wijziging = Wijziging(soort, wat, ((veld, _tekst(oud), _tekst(regel.waarde)),), regel.rij)
        plan.acties.append(_Actie(wijziging, rij.zet(veld, regel.waarde, regel.peildatum)))


PLANNERS.update(
    {
        ImportSoort.STATUSHOUDERS: plan_statushouders,
        ImportSoort.GOO: plan_goo,
        ImportSoort.PUZZEL: plan_puzzel,
        ImportSoort.PROVINCIECIJFERS: plan_provinciecijfers,
    }
)
