"""Re-estimates (*herramingen*) of the capaciteitsbesluit within a cycle.

A revision arrives as a file in the format of the capaciteitsbesluit import. It is read
and checked by the import (`services.importeren`, `domain.invoer`), must name exactly the
cycle's municipalities (`domain.herraming.controleer_gemeenten`), and is shown against the
current version first (a dry run). Applying it goes through the same import, so the
targets change in one transaction with a history record per target and a row in the
import log (file name and SHA-256); the revision is then stored as the next version of the
capaciteitsbesluit and the old versions stay.

Version 1 is the decision the cycle started with. It is made at set-up for Drenthe, and
otherwise from the stored targets when the first revision is applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max, QuerySet

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import invoer as inv
from regietafel.domain import opmaak
from regietafel.domain.herraming import (
    GELIJK,
    Capaciteitsbesluit,
    Herraming,
    Indicatief,
    controleer_gemeenten,
    vergelijk_herraming,
)
from regietafel.domain.invoerregels import CapaciteitRegel, ImportSoort, InvoerFout
from regietafel.domain.model import Categorie
from regietafel.domain.opmaak import datum_lang
from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.tekst import nl_aantal
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.importen.services import (
    SYSTEEM,
    BestandFout,
    Importresultaat,
    importeer,
    lees_cellen,
)
from regietafel.opgaven.models import Opgave
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import laad_actuele_gegevens, rij
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.models import Verdelingsversie

REGULIER, AMV = Categorie.ASIEL_REGULIER, Categorie.AMV
EERSTE_OMSCHRIJVING = "Capaciteitsbesluit waarmee de cyclus begon (uit de opgaven van de cyclus)"


def versies(pc: ProvincieCyclus) -> list[Capaciteitsbesluitversie]:
    """The versions of the capaciteitsbesluit of `pc`, newest first."""
    return list(
        Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc)
        .select_related("geimporteerd_door", "import_log")
        .order_by("-nummer")
    )


def besluitversies_te_vergelijken(
    a: int, b: int
) -> tuple[Capaciteitsbesluitversie, Capaciteitsbesluitversie]:
    """The versions `a` and `b` of one province's cycle, with that province and cycle;
    RijNietGevonden if either is missing or `b` is of another cycle."""
    qs = Capaciteitsbesluitversie.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    )
    melding = "Geen twee versies van dit capaciteitsbesluit."
    eerste = rij(qs, melding, pk=a)
    return eerste, rij(qs, melding, pk=b, provincie_cyclus=eerste.provincie_cyclus)


def huidige_versie(pc: ProvincieCyclus) -> Capaciteitsbesluitversie | None:
    return Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).order_by("-nummer").first()


def besluit_uit_opgaven(pc: ProvincieCyclus) -> Capaciteitsbesluit | None:
    """The stored targets of `pc` as a capaciteitsbesluit; None while any is unknown."""
    codes = list(Gemeente.objects.filter(provincie=pc.provincie).values_list("cbs_code", flat=True))
    opgaven = {
        (o.gemeente.cbs_code, o.categorie): o.opgave
        for o in Opgave.objects.filter(
            gemeente__provincie=pc.provincie,
            cyclus=pc.cyclus,
            categorie__in=[REGULIER.value, AMV.value],
        ).select_related("gemeente")
    }
    aantallen = {}
    for code in codes:
        regulier, amv = opgaven.get((code, REGULIER.value)), opgaven.get((code, AMV.value))
        if regulier is None or amv is None:
            return None
        aantallen[code] = Indicatief(regulier, amv)
    return Capaciteitsbesluit(pc.cyclus.landelijke_behoefte, aantallen) if aantallen else None


def zorg_voor_eerste_versie(
    pc: ProvincieCyclus, omschrijving: str = EERSTE_OMSCHRIJVING
) -> Capaciteitsbesluitversie | None:
    """Version 1 from the stored targets, when `pc` has no version and its targets are
    known. Returns the version made now, or None."""
    if Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).exists():
        return None
    besluit = besluit_uit_opgaven(pc)
    if besluit is None:
        return None
    return Capaciteitsbesluitversie.objects.create(
        provincie_cyclus=pc,
        nummer=1,
        omschrijving=omschrijving,
        **Capaciteitsbesluitversie.domain_fields(besluit),
        geimporteerd_op=klok.nu(),
    )


def concepten(pc: ProvincieCyclus) -> dict[int, Any]:
    """The numbers of the concept (not ratified) distribution versions of `pc`."""
    return dict(
        Verdelingsversie.objects.filter(provincie_cyclus=pc, bekrachtigd_op__isnull=True)
        .order_by("nummer")
        .values_list("nummer", "waarden")
    )


def vergelijk(
    pc: ProvincieCyclus, oud: Capaciteitsbesluit | None, nieuw: Capaciteitsbesluit
) -> Herraming:
    """`nieuw` against `oud` with the current offers and concept distributions of `pc`."""
    gegevens = laad_actuele_gegevens(pc.provincie.code, pc.cyclus.naam)
    return vergelijk_herraming(gegevens, oud, nieuw, concepten(pc))


def vergelijk_versies(a: Capaciteitsbesluitversie, b: Capaciteitsbesluitversie) -> Herraming:
    """Version `b` against version `a` of the same province and cycle."""
    if a.pk == b.pk:
        raise Invoerfout("b", b.nummer, "dezelfde_versie")
    return vergelijk(a.provincie_cyclus, a.to_domain(), b.to_domain())


def herberekening(pc: ProvincieCyclus) -> tuple[Capaciteitsbesluitversie, Herraming] | None:
    """The current version against the one before it, with today's offers and concepts;
    None while the cycle has had no revision."""
    laatste = list(
        Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).order_by("-nummer")[:2]
    )
    if len(laatste) < 2:
        return None
    nieuw, oud = laatste
    return nieuw, vergelijk(pc, oud.to_domain(), nieuw.to_domain())


@dataclass(frozen=True)
class Voorbeeld:
    """A revision read from a file: the comparison with the current version (a dry run),
    or every reason it cannot be applied. `fouten` are Dutch messages."""

    bestandsnaam: str
    sha256: str
    fouten: tuple[str, ...] = ()
    herraming: Herraming | None = None
    plan: str = ""  # fingerprint of the target changes the preview showed
    basis: int = 0  # the number of the current version the preview compared with
    versie: Capaciteitsbesluitversie | None = None  # the version made, once applied
    overgeslagen: tuple[str, ...] = ()  # rows of other provinces (a national table)

    @property
    def geldig(self) -> bool:
        return not self.fouten


def _importeer(
    pc: ProvincieCyclus, inhoud: bytes, bestandsnaam: str, t: Toegang, **opties: Any
) -> Importresultaat:
    """The revision through the capaciteitsbesluit import: always one province's, also for
    an administrator (never the national table)."""
    return importeer(
        ImportSoort.CAPACITEITSBESLUIT,
        inhoud,
        bestandsnaam,
        provincie=pc.provincie.code,
        cyclus=pc.cyclus.naam,
        t=t,
        landelijk=False,
        **opties,
    )


def _lees(
    pc: ProvincieCyclus,
    inhoud: bytes,
    bestandsnaam: str,
    t: Toegang,
    landelijke_behoefte: int | None,
) -> Voorbeeld:
    proef = _importeer(pc, inhoud, bestandsnaam, t, droog=True)
    basis = huidige_versie(pc)

    def afgewezen(fouten: list[str]) -> Voorbeeld:
        return Voorbeeld(proef.bestandsnaam, proef.sha256, tuple(fouten))

    try:
        gelezen = inv.lees_tabel(
            ImportSoort.CAPACITEITSBESLUIT, lees_cellen(inhoud, proef.bestandsnaam)
        )
    except BestandFout as fout:
        return afgewezen([fout.fout.melding])
    if gelezen.fouten:
        return afgewezen([f.melding for f in gelezen.fouten])
    bekend = dict(Gemeente.objects.values_list("cbs_code", "naam"))
    cyclus = dict(Gemeente.objects.filter(provincie=pc.provincie).values_list("cbs_code", "naam"))
    # The ministry publishes one national table: rows of municipalities of other provinces
    # are skipped and listed (as the import lists them), not refused.
    regels = [
        r
        for r in gelezen.regels
        if isinstance(r, CapaciteitRegel)
        and not (r.gemeente.cbs_code in bekend and r.gemeente.cbs_code not in cyclus)
    ]
    rijen = [(r.rij, r.gemeente.cbs_code or "") for r in regels]
    afwijkingen = controleer_gemeenten(cyclus, bekend, rijen)
    if afwijkingen:
        kop = f"De gemeenten van de herraming passen niet bij de cyclus {pc.cyclus.naam}:"
        return afgewezen([kop, *(a.melding for a in afwijkingen)])
    if proef.fouten:
        return afgewezen([f.melding for f in proef.fouten])
    oud = basis.to_domain() if basis is not None else besluit_uit_opgaven(pc)
    nieuw = Capaciteitsbesluit(
        landelijke_behoefte
        if landelijke_behoefte is not None
        else (oud.landelijke_behoefte if oud is not None else pc.cyclus.landelijke_behoefte),
        {r.gemeente.cbs_code or "": Indicatief(r.regulier, r.amv) for r in regels},
    )
    herraming = vergelijk(pc, oud, nieuw)
    if not herraming.gewijzigd:
        return afgewezen([GELIJK])
    return Voorbeeld(
        proef.bestandsnaam,
        proef.sha256,
        herraming=herraming,
        plan=proef.plan_hash,
        basis=basis.nummer if basis is not None else 0,
        overgeslagen=proef.overgeslagen,
    )


def _controleer_invoer(t: Toegang, pc: ProvincieCyclus, landelijke_behoefte: int | None) -> None:
    if not mag_bewerken(t, pc.provincie.code):
        raise GeenToegang("Alleen de provincie importeert een herraming.")
    if landelijke_behoefte is not None and landelijke_behoefte < 1:
        raise Invoerfout("landelijke_behoefte", landelijke_behoefte, "geen_aantal")


def bekijk_herraming(
    pc: ProvincieCyclus,
    inhoud: bytes,
    bestandsnaam: str,
    *,
    t: Toegang = SYSTEEM,
    landelijke_behoefte: int | None = None,
) -> Voorbeeld:
    """The dry run: what the revision in `inhoud` would change; nothing is written."""
    _controleer_invoer(t, pc, landelijke_behoefte)
    return _lees(pc, inhoud, bestandsnaam, t, landelijke_behoefte)


def pas_herraming_toe(
    pc: ProvincieCyclus,
    inhoud: bytes,
    bestandsnaam: str,
    *,
    datum_besluit: date,
    omschrijving: str,
    t: Toegang = SYSTEEM,
    gebruiker: Any = None,
    landelijke_behoefte: int | None = None,
    verwacht: Voorbeeld | None = None,
) -> Voorbeeld:
    """Apply the revision in `inhoud` as the next version of the capaciteitsbesluit:
    everything or nothing. With `verwacht` (the preview) it is refused when the current
    version or the target changes are no longer the ones the preview showed."""
    _controleer_invoer(t, pc, landelijke_behoefte)
    if not omschrijving.strip():
        raise Invoerfout("omschrijving", "", "verplicht", "de omschrijving en bron")
    if datum_besluit > klok.vandaag():
        raise Invoerfout("datum_besluit", f"{datum_besluit:%d-%m-%Y}", "datum_in_toekomst")
    with transaction.atomic():
        # One revision at a time per province and cycle: the numbers stay in order.
        list(ProvincieCyclus.objects.select_for_update().filter(pk=pc.pk))
        voorbeeld = _lees(pc, inhoud, bestandsnaam, t, landelijke_behoefte)
        if not voorbeeld.geldig:
            return voorbeeld
        if verwacht is not None and (verwacht.basis, verwacht.plan) != (
            voorbeeld.basis,
            voorbeeld.plan,
        ):
            return Voorbeeld(
                voorbeeld.bestandsnaam,
                voorbeeld.sha256,
                (InvoerFout("plan_gewijzigd").melding,),
            )
        zorg_voor_eerste_versie(pc)
        resultaat = _importeer(
            pc,
            inhoud,
            bestandsnaam,
            t,
            gebruiker=gebruiker,
            verwacht_plan=voorbeeld.plan,
            peildatum=datum_besluit,  # the targets are as the minister's decision set them
        )
        if not resultaat.toegepast:
            transaction.set_rollback(True)
            return Voorbeeld(
                voorbeeld.bestandsnaam,
                voorbeeld.sha256,
                tuple(f.melding for f in resultaat.fouten),
            )
        herraming = voorbeeld.herraming
        assert herraming is not None
        hoogste = Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).aggregate(
            m=Max("nummer")
        )["m"]
        versie = Capaciteitsbesluitversie.objects.create(
            provincie_cyclus=pc,
            nummer=(hoogste or 0) + 1,
            datum_besluit=datum_besluit,
            omschrijving=omschrijving.strip()[:300],
            landelijke_behoefte=herraming.landelijk_nieuw,
            aantallen={
                g.cbs_code: {"regulier": g.regulier.nieuw, "amv": g.amv.nieuw}
                for g in herraming.gemeenten
            },
            bestandsnaam=resultaat.bestandsnaam,
            sha256=resultaat.sha256,
            import_log_id=resultaat.import_id,
            geimporteerd_op=klok.nu(),
            geimporteerd_door=gebruiker,
        )
        # The national estimate is the minister's, the same for every province.
        cyclus = pc.cyclus
        if cyclus.landelijke_behoefte != herraming.landelijk_nieuw:
            cyclus.landelijke_behoefte = herraming.landelijk_nieuw
            cyclus.save(update_fields=["landelijke_behoefte"])
    return Voorbeeld(
        voorbeeld.bestandsnaam,
        voorbeeld.sha256,
        herraming=herraming,
        plan=voorbeeld.plan,
        basis=voorbeeld.basis,
        versie=versie,
        overgeslagen=voorbeeld.overgeslagen,
    )


def versie_als_dict(v: Capaciteitsbesluitversie) -> dict[str, Any]:
    """A version in the shape of the CLI's JSON."""
    besluit = v.to_domain()
    return {
        "nummer": v.nummer,
        "datumBesluit": v.datum_besluit.isoformat() if v.datum_besluit else None,
        "omschrijving": v.omschrijving,
        "landelijkeBehoefte": v.landelijke_behoefte,
        "totaalRegulier": besluit.totaal(REGULIER),
        "totaalAmv": besluit.totaal(AMV),
        "bestandsnaam": v.bestandsnaam,
        "sha256": v.sha256,
    }


def herraming_tekst(provincie: str, cyclus: str) -> str | None:
    """The report's sentence about the revision applied in the cycle, or None when the
    capaciteitsbesluit was not revised."""
    pc = ProvincieCyclus.objects.filter(provincie__code=provincie, cyclus__naam=cyclus).first()
    if pc is None:
        return None
    laatste = list(
        Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).order_by("-nummer")[:2]
    )
    if len(laatste) < 2:
        return None
    nieuw, oud = (v.to_domain() for v in laatste)
    datum = f" van {datum_lang(laatste[0].datum_besluit)}" if laatste[0].datum_besluit else ""
    return (
        f"Tijdens de cyclus is het capaciteitsbesluit herzien: de opgave volgt versie "
        f"{laatste[0].nummer}{datum} ({laatste[0].omschrijving}). De provinciale opgave ging "
        f"daarmee van {_totaal(oud)} naar {_totaal(nieuw)}."
    )


def _totaal(besluit: Capaciteitsbesluit) -> str:
    return (
        f"{nl_aantal(besluit.totaal(REGULIER) + besluit.totaal(AMV), 'plaats', 'plaatsen')} "
        f"(waarvan {opmaak.getal(besluit.totaal(AMV))} AMV)"
    )


def leesbare_herramingen(
    t: Toegang, provincie: str | None = None, cyclus: str | None = None
) -> QuerySet[Capaciteitsbesluitversie]:
    """The versions of the capacity decision of the provinces `t` reads internally
    (services.leesrechten), of `provincie` and `cyclus` when given, numbered per province
    and cycle."""
    qs = Capaciteitsbesluitversie.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus", "geimporteerd_door"
    ).filter(intern_leesbare_provincies(t, "provincie_cyclus__provincie__code"))
    if provincie is not None:
        qs = qs.filter(provincie_cyclus__provincie__code=provincie)
    if cyclus is not None:
        qs = qs.filter(provincie_cyclus__cyclus__naam=cyclus)
    return qs.order_by("provincie_cyclus_id", "nummer")
