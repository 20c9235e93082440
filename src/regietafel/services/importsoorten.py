"""The plans of the import kinds added for issue 15: status holders per half year, GOO
locations, the puzzle sheet and the figures of "Invoer provincie". `services.importeren`
reads and checks the rows and their municipalities as for every kind, then hands the rows
to the planner here (`PLANNERS`); each planner adds its changes (`_Actie`), errors and
warnings to the plan, and the import carries them out in one transaction with the file as
the source of every figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.data import regels_uit_dict
from regietafel.domain import invoer as inv
from regietafel.domain.invoer import Bereik, Gegeven, ImportSoort, InvoerFout
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
from regietafel.domain.tekst import nl_datum
from regietafel.oekraine.models import GooLocatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.bronnen import leg_invoer_vast
from regietafel.services.cyclusinvoer import GEMEENTEVELDEN, IN_REGELS, regelwaarden
from regietafel.services.importeren import (
    VolledigeLijst,
    Wijziging,
    _Actie,
    _met_historie,
    _Plan,
    _tekst,
    _verschillen,
    plan_volledige_lijst,
)
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import claim_nieuw_of_versie, claim_versie
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
        versie = 0 if rij is None else rij.versie
        uitvoeren = _huisvesting(plan, g, p.jaar, p.helft, verschil, versie)
        plan.acties.append(_Actie(wijziging, uitvoeren))


def _huisvesting(
    plan: _Plan, g: Gemeente, jaar: int, helft: int, waarden: dict[str, int | None], versie: int
) -> Callable[[str], None]:
    """Write a municipality's row of a half year on the version the preview saw (0: none
    yet), so that an edit in the browser meanwhile makes the import a conflict."""
    gebruiker, prov = plan.gebruiker, plan.prov

    def uitvoeren(reden: str) -> None:
        halfjaar = Halfjaar.objects.filter(provincie=prov, jaar=jaar, helft=helft).first()
        if halfjaar is None:  # made by the first row of the file about this half year
            halfjaar = Halfjaar(provincie=prov, jaar=jaar, helft=helft)
            _met_historie(halfjaar, gebruiker, reden)
            halfjaar.save()
        bestaand = Huisvesting.objects.filter(halfjaar=halfjaar, gemeente=g).first()
        rij = claim_nieuw_of_versie(Huisvesting, bestaand, versie, list(HUISVESTING))
        rij = rij or Huisvesting(halfjaar=halfjaar, gemeente=g)
        for veld, waarde in waarden.items():
            setattr(rij, veld, waarde)
        _met_historie(rij, gebruiker, reden)
        rij.save()
        leg_invoer_vast(rij, gebruiker, waarden)

    return uitvoeren


# ---------------------------------------------------------------------------- GOO

GOO_OPTIONEEL = ("beschikbaar_van", "geplande_einde", "transformeerbaar", "opmerking")


def plan_goo(plan: _Plan, regels: Regels) -> None:
    """The file is the complete list of GOO locations of each municipality in it: rows are
    matched to the stored locations by name; matched ones are updated, new ones added, and
    the stored ones the file no longer lists are removed (their history stays). An
    optional column the file does not have leaves the stored value alone."""
    stil = {v for v in GOO_OPTIONEEL if not plan.gelezen.kolom(v)}
    gebruiker = plan.gebruiker

    def voorstel(
        volgorde: int, regel: Any, g: Gemeente, kandidaten: list[GooLocatie]
    ) -> tuple[GooLocatie, str, dict[str, Any]]:
        nieuw: dict[str, Any] = {
            "naam": regel.naam,
            "plaatsen": regel.plaatsen,
            "beschikbaar_van": regel.beschikbaar_van,
            "geplande_einde": regel.geplande_einde,
            "transformeerbaar": regel.transformeerbaar,
            "opmerking": regel.opmerking,
        }
        wat = f"GOO-locatie {g.naam}: {regel.naam}"
        sleutel = inv.normaliseer_naam(regel.naam)
        loc = next((x for x in kandidaten if inv.normaliseer_naam(x.naam) == sleutel), None)
        if loc is None:
            return GooLocatie(gemeente=g, **nieuw), wat, nieuw
        return loc, wat, {v: w for v, w in nieuw.items() if v not in stil}

    plan_volledige_lijst(
        plan,
        regels,
        VolledigeLijst(
            model=GooLocatie,
            volgorde=("naam", "id"),
            voorstel=voorstel,
            bewaar=lambda loc, versie: _bewaar_goo(gebruiker, loc, versie),
            verwijderd=lambda loc, g: f"GOO-locatie {g.naam}: {loc.naam}",
        ),
    )


def _bewaar_goo(
    gebruiker: Any, loc: GooLocatie, versie: int | None = None
) -> Callable[[str], None]:
    def uitvoeren(reden: str) -> None:
        if versie is not None:  # a change: refused if someone changed it since the preview
            loc.versie = claim_versie(GooLocatie, loc.pk, versie, []).versie
        _met_historie(loc, gebruiker, reden)
        loc.save()
        leg_invoer_vast(loc, gebruiker)

    return uitvoeren


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
    regelset = regels_uit_dict(cyclus.regels)
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
    regel: inv.PuzzelbladRegel,
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
            aanbodregel = inv.AanbodRegel(
                regel.rij, regel.gemeente or inv.GemeenteVerwijzing(None, g.naam),
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
    gebruiker = plan.gebruiker
    assert plan.pc is not None
    cyclus = plan.pc.cyclus
    wat = f"Opgave {g.naam} {categorie.value} {cyclus.naam}"
    if opgave is None:
        velden = tuple((v, "", _tekst(w)) for v, w in nieuw.items())
        doel = Opgave(gemeente=g, cyclus=cyclus, categorie=categorie.value)
        wijziging = Wijziging("nieuw", wat, velden, rij)
    else:
        velden = _verschillen(opgave, nieuw)
        doel = opgave
        wijziging = Wijziging("gewijzigd", wat, velden, rij)

    def uitvoeren(reden: str) -> None:
        for veld, waarde in nieuw.items():
            setattr(doel, veld, waarde)
        if doel.pk is not None:
            doel.versie += 1
        _met_historie(doel, gebruiker, reden)
        doel.save()
        leg_invoer_vast(doel, gebruiker, list(nieuw))

    plan.acties.append(_Actie(wijziging, uitvoeren))


# ---------------------------------------------------------------------------- Invoer provincie


@dataclass
class _Rij:
    """A stored row that the file's rows change one figure at a time: each write claims
    the version the preview saw (0: no row yet, then it is created), so an edit in the
    browser meanwhile makes the whole import a conflict; the next write of the same row
    claims the version the previous one left."""

    model: type[Any]
    sleutel: dict[str, Any]  # the row's unique lookup
    versie: int
    geschreven: bool = False  # in the plan: has an earlier row of the file changed it?

    def schrijf(
        self, gebruiker: Any, veld: str, waarde: int | None, peildatum: Any
    ) -> Callable[[str], None]:
        def uitvoeren(reden: str) -> None:
            bestaand = self.model.objects.filter(**self.sleutel).first()
            huidig = [] if veld in IN_REGELS else [veld]  # shown with a conflict
            obj = claim_nieuw_of_versie(self.model, bestaand, self.versie, huidig)
            obj = obj or self.model(**self.sleutel)
            if veld in IN_REGELS:  # the cycle's amounts per place live in its rules
                obj.regels = {**obj.regels, veld: waarde}
            else:
                setattr(obj, veld, waarde)
            _met_historie(obj, gebruiker, reden)
            obj.save()
            self.versie = obj.versie
            leg_invoer_vast(obj, gebruiker, [veld], peildatum=peildatum)

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
        "provincie": _Rij(ProvincieCyclus, {"pk": pc.pk}, pc.versie),
        "cyclus": _Rij(Cyclus, {"pk": cyclus.pk}, cyclus.versie),
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
                "peildatum_in_toekomst", regel.rij, kolom("peildatum"), nl_datum(regel.peildatum)
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
            sleutel = {"gemeente": g, "cyclus": cyclus, "categorie": categorie.value}
            rij = rijen.setdefault((g.pk, categorie), _Rij(Opgave, sleutel, o.versie if o else 0))
            oud = None if o is None else getattr(o, veld)
            wat = f"Opgave {g.naam} {categorie.value} {cyclus.naam}"
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
            wat += f" (peildatum {nl_datum(regel.peildatum)})"
        soort = "nieuw" if rij.versie == 0 and not rij.geschreven else "gewijzigd"
        rij.geschreven = True
        wijziging = Wijziging(soort, wat, ((veld, _tekst(oud), _tekst(regel.waarde)),), regel.rij)
        uitvoeren = rij.schrijf(plan.gebruiker, veld, regel.waarde, regel.peildatum)
        plan.acties.append(_Actie(wijziging, uitvoeren))


PLANNERS: dict[ImportSoort, Callable[[Any, Regels], None]] = {
    ImportSoort.STATUSHOUDERS: plan_statushouders,
    ImportSoort.GOO: plan_goo,
    ImportSoort.PUZZEL: plan_puzzel,
    ImportSoort.PROVINCIECIJFERS: plan_provinciecijfers,
}
