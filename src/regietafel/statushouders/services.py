"""Housing of status holders: load a province's half years, compute the tasks with the
carried balances, and store entered figures and the embedded (reported) data."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F

from regietafel.bronnen.services import leg_invoer_vast, leg_vast
from regietafel.cycli.invoer import (
    Ongeldig,
    bewaar_met_reden,
    controleer_aantal,
    invoer_herkomst,
)
from regietafel.data import MAP
from regietafel.domain.fouten import RegietafelFout
from regietafel.domain.model import Afronding
from regietafel.domain.statushouders import (
    Periode,
    ProvincieHalfjaar,
    bereken_halfjaren,
    lees_periode,
    procent,
    taakstelling_na_uitruil,
)
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services.opslag import NietGevonden
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, mag_bewerken
from regietafel.services.wijzigingen import Conflict, GeenToegang, claim_nieuw_of_versie
from regietafel.statushouders.models import AFRONDINGEN as AFRONDINGEN  # for the page
from regietafel.statushouders.models import Halfjaar, Huisvesting
from regietafel.uitruil.services import statushouders_effect

DRENTHE_STATUSHOUDERS = MAP / "drenthe-statushouders.toml"


@dataclass(frozen=True)
class Gerapporteerd:
    """The province's figures as reported elsewhere (e.g. the PRT action list), shown when
    the municipal figures are not (all) entered."""

    percentage: int | None
    op_koers: int | None
    aantal: int | None
    bron: str


@dataclass(frozen=True)
class StatushoudersOverzicht:
    provincie: str
    periode: Periode
    namen: dict[str, str]
    halfjaar: ProvincieHalfjaar | None  # None: no figures for this half year
    reeks: tuple[ProvincieHalfjaar, ...]
    gerapporteerd: Gerapporteerd | None
    perioden: tuple[Periode, ...]
    vastgesteld: dict[str, int | None]  # the entered tasks of this half year (not computed)
    # The version of each municipality's row of this half year (absent: no row yet), for
    # the forms: a change names the version it was based on.
    versies: dict[str, int] = field(default_factory=dict)


def zonder_halfjaren(provincie: str) -> bool:
    """Is `provincie` a stored province without any half year of status holders yet?"""
    return (
        Provincie.objects.filter(code=provincie).exists()
        and not Halfjaar.objects.filter(provincie__code=provincie).exists()
    )


def statushouders(provincie: str, periode: str | Periode | None = None) -> StatushoudersOverzicht:
    """The half year `periode` (default: the latest stored) of `provincie`, computed from all
    stored half years up to it, so that every backlog is carried; reused until the data
    changes (services.stand)."""
    return hergebruik(
        ("statushouders", provincie, None if periode is None else str(periode)),
        lambda: _bereken(provincie, periode),
    )


def _bereken(provincie: str, periode: str | Periode | None) -> StatushoudersOverzicht:
    try:
        prov = Provincie.objects.get(code=provincie)
    except Provincie.DoesNotExist:
        raise NietGevonden(f"Geen provincie '{provincie}'.") from None
    gemeenten = list(Gemeente.objects.filter(provincie=prov).order_by("naam"))
    halfjaren = list(Halfjaar.objects.filter(provincie=prov).order_by("jaar", "helft"))
    perioden = tuple(h.periode for h in halfjaren)
    if periode is None:
        gekozen = perioden[-1] if perioden else None
    else:
        gekozen = periode if isinstance(periode, Periode) else lees_periode(periode)
    if gekozen is None:
        raise NietGevonden(f"Geen halfjaren statushouders voor provincie '{provincie}'.")
    rijen = Huisvesting.objects.filter(halfjaar__provincie=prov).select_related(
        "gemeente", "halfjaar"
    )
    per_halfjaar: dict[int, list[Huisvesting]] = {}
    for r in rijen:
        per_halfjaar.setdefault(r.halfjaar_id, []).append(r)
    tot_en_met = [h for h in halfjaren if h.periode <= gekozen]
    invoer = [h.to_domain(per_halfjaar.get(h.id, [])) for h in tot_en_met]
    beginstand = {}
    if tot_en_met:
        for r in per_halfjaar.get(tot_en_met[0].id, []):
            if r.achterstand_vooraf is not None:
                beginstand[r.gemeente.cbs_code] = r.achterstand_vooraf
    reeks = bereken_halfjaren({g.cbs_code: g.inwoners for g in gemeenten}, invoer, beginstand)
    halfjaar = next((h for h in reeks if h.periode == gekozen), None)
    bron = next((h for h in halfjaren if h.periode == gekozen), None)
    gerapporteerd = None
    if bron is not None and bron.gerapporteerd_percentage is not None:
        gerapporteerd = Gerapporteerd(
            percentage=bron.gerapporteerd_percentage,
            op_koers=bron.gerapporteerd_op_koers,
            aantal=bron.gerapporteerd_aantal,
            bron=bron.bron,
        )
    return StatushoudersOverzicht(
        provincie=provincie,
        periode=gekozen,
        namen={g.cbs_code: g.naam for g in gemeenten},
        halfjaar=halfjaar,
        reeks=reeks,
        gerapporteerd=gerapporteerd,
        perioden=perioden,
        vastgesteld=dict(invoer[-1].vastgestelde_taakstelling) if bron is not None else {},
        versies={r.gemeente.cbs_code: r.versie for r in per_halfjaar.get(bron.id, [])}
        if bron is not None
        else {},
    )


@dataclass(frozen=True)
class NaUitruil:
    """The exchanges' effect on a half year's status-holder tasks: `verschil` per
    municipality they change, and `taakstelling` its task after them (None: unknown task)."""

    verschil: dict[str, int]
    taakstelling: dict[str, int | None]


def na_uitruil(o: StatushoudersOverzicht) -> NaUitruil:
    """Each municipality's status-holder task in the half year shown after the exchanges
    that count (uitruil.services.statushouders_effect), for the web, the API, the CLI and
    the report alike."""
    verschil = statushouders_effect(o.provincie, str(o.periode))
    return NaUitruil(
        verschil=verschil,
        taakstelling={
            g.cbs_code: taakstelling_na_uitruil(g.taakstelling, verschil.get(g.cbs_code))
            for g in (o.halfjaar.gemeenten if o.halfjaar else ())
        },
    )


def statushouders_als_dict(o: StatushoudersOverzicht) -> dict[str, Any]:
    """The stable JSON shape of `regietafel statushouders --json`."""
    h = o.halfjaar
    return {
        "provincie": o.provincie,
        "periode": str(o.periode),
        "gemeenten": [
            {
                "cbs_code": g.cbs_code,
                "naam": o.namen.get(g.cbs_code, g.cbs_code),
                "taakstelling": g.taakstelling,
                "achterstand_vooraf": g.achterstand_vooraf,
                "te_realiseren": g.te_realiseren,
                "realisatie": g.realisatie,
                "saldo": g.saldo,
                "percentage": procent(g.aandeel),
                "op_koers": g.op_koers,
            }
            for g in (h.gemeenten if h else ())
        ],
        "provincie_totaal": None
        if h is None
        else {
            "taakstelling": h.taakstelling,
            "te_realiseren": h.te_realiseren,
            "realisatie": h.realisatie,
            "percentage": procent(h.aandeel),
            "op_koers": h.op_koers,
            "aantal": h.aantal,
        },
        "gerapporteerd": None
        if o.gerapporteerd is None
        else {
            "percentage": o.gerapporteerd.percentage,
            "op_koers": o.gerapporteerd.op_koers,
            "aantal": o.gerapporteerd.aantal,
            "bron": o.gerapporteerd.bron,
        },
    }


@transaction.atomic
def bewaar_huisvesting(
    provincie: str, periode: Periode, cbs_code: str, taakstelling: int | None,
    realisatie: int | None, gebruiker: Any = None,
) -> Huisvesting:  # fmt: skip
    """Enter one municipality's task and realisation for a half year (creating it if new);
    `gebruiker` is recorded as the source of both figures."""
    prov = Provincie.objects.get(code=provincie)
    halfjaar, _ = Halfjaar.objects.get_or_create(
        provincie=prov, jaar=periode.jaar, helft=periode.helft
    )
    rij, nieuw = Huisvesting.objects.select_for_update().get_or_create(
        halfjaar=halfjaar, gemeente=Gemeente.objects.get(cbs_code=cbs_code, provincie=prov)
    )
    rij.taakstelling = taakstelling
    rij.realisatie = realisatie
    if not nieuw:
        rij.versie += 1
    rij.save()
    leg_invoer_vast(rij, gebruiker)
    return rij


LABELS = {
    "taakstelling": "Taakstelling",
    "realisatie": "Gehuisvest",
    "achterstand_vooraf": "Achterstand vooraf",
    "landelijke_taakstelling": "Landelijke taakstelling",
    "landelijke_inwoners": "Inwoners van Nederland",
    "afronding": "Afronding",
}
ALLEEN_PROVINCIE = {"taakstelling", "achterstand_vooraf"}  # set by the province only


@transaction.atomic
def voer_huisvesting_in(
    t: Toegang,
    gebruiker: Any,
    provincie: str,
    periode: Periode,
    cbs_code: str,
    waarden: Mapping[str, Any],
    peildatum: date | None = None,
    reden: str = "",
    *,
    versie: int,
) -> Huisvesting:
    """Enter a municipality's figures of a half year (creating the half year if new): the
    province sets the task and the carried balance, the province or the municipality
    itself the number housed. Only the fields in `waarden` are set; each changed figure
    gets the person as its source with `peildatum` (empty: today), and the history records
    who, when, the old and the new value. `versie` is the version of the row the user saw
    (0: none yet); a row someone else created or changed since is a Conflict, never
    overwritten. Ongeldig or GeenToegang before anything is written."""
    if not mag_bewerken(t, provincie, cbs_code):
        raise GeenToegang("U mag de cijfers van deze gemeente niet wijzigen.")
    nieuw = {}
    for veld, waarde in waarden.items():
        if veld == "achterstand_vooraf":
            if waarde is not None and (isinstance(waarde, bool) or not isinstance(waarde, int)):
                raise Ongeldig(veld, "geen_getal", waarde, LABELS[veld])
            nieuw[veld] = waarde
        else:
            nieuw[veld] = controleer_aantal(veld, LABELS[veld], waarde)
    herkomst = invoer_herkomst(gebruiker, peildatum)
    prov = Provincie.objects.get(code=provincie)
    gemeente = Gemeente.objects.get(cbs_code=cbs_code, provincie=prov)
    halfjaar = Halfjaar.objects.filter(provincie=prov, jaar=periode.jaar, helft=periode.helft)
    h = halfjaar.first() or Halfjaar(provincie=prov, jaar=periode.jaar, helft=periode.helft)
    rij = None
    if h.pk is not None:
        rij = Huisvesting.objects.select_for_update().filter(halfjaar=h, gemeente=gemeente).first()
    gewijzigd = [v for v, w in nieuw.items() if (getattr(rij, v) if rij else None) != w]
    if not mag_bewerken(t, provincie) and set(gewijzigd) & ALLEEN_PROVINCIE:
        raise GeenToegang("Alleen de provincie stelt de taakstelling van een gemeente vast.")
    if not gewijzigd:  # nothing changed: no history record, no new source
        return rij or Huisvesting(halfjaar=h, gemeente=gemeente)
    rij = claim_nieuw_of_versie(Huisvesting, rij, versie, list(HUISVESTING_VELDEN))
    try:
        with transaction.atomic():
            if h.pk is None:
                bewaar_met_reden(h, gebruiker, reden)
            rij = rij or Huisvesting(halfjaar=h, gemeente=gemeente)
            for veld in gewijzigd:
                setattr(rij, veld, nieuw[veld])
            bewaar_met_reden(rij, gebruiker, reden)
    except IntegrityError:  # someone created the half year or the row in the meantime
        raise Conflict("iemand anders", None, {}) from None
    leg_vast(rij, herkomst, gewijzigd)
    return rij


HALFJAAR_INVOER = ("landelijke_taakstelling", "landelijke_inwoners", "afronding")


def halfjaar_invoer(provincie: str, periode: Periode) -> dict[str, Any]:
    """What the form "Halfjaar toevoegen of wijzigen" starts from for a stored half year:
    its national figures and the version they are (`versie`, of half year `gezien`); for
    a half year not stored yet, only the half year and version 0."""
    h = Halfjaar.objects.filter(
        provincie__code=provincie, jaar=periode.jaar, helft=periode.helft
    ).first()
    waarden = {} if h is None else {v: getattr(h, v) for v in HALFJAAR_INVOER}
    return {
        "periode": str(periode),
        "gezien": str(periode),
        "versie": 0 if h is None else h.versie,
        **waarden,
    }


@transaction.atomic
def bewaar_halfjaar(
    t: Toegang,
    gebruiker: Any,
    provincie: str,
    periode: Periode,
    landelijke_taakstelling: Any,
    landelijke_inwoners: Any,
    afronding: Afronding = Afronding.HALF_UP,
    reden: str = "",
    *,
    versie: int,
) -> Halfjaar:
    """Add a half year of the province, or change its national figures (the province
    only): the national task and the inhabitants of the Netherlands behind the computed
    task per municipality (empty: not known; then the task is entered per municipality).
    `versie` is the version the user saw (0: a new half year); a half year someone else
    added or changed since is a Conflict."""
    if not mag_bewerken(t, provincie):
        raise GeenToegang("Alleen de provincie voegt een halfjaar toe.")
    taak = controleer_aantal(
        "landelijke_taakstelling", LABELS["landelijke_taakstelling"], landelijke_taakstelling
    )
    inwoners = controleer_aantal(
        "landelijke_inwoners", LABELS["landelijke_inwoners"], landelijke_inwoners
    )
    try:
        prov = Provincie.objects.get(code=provincie)
    except Provincie.DoesNotExist:
        raise GeenToegang from None  # an unknown province is no one's to change
    eigen = sum(Gemeente.objects.filter(provincie=prov).values_list("inwoners", flat=True))
    if inwoners is not None and inwoners < eigen:
        raise Ongeldig(
            "landelijke_inwoners", "te_weinig_inwoners", inwoners, LABELS["landelijke_inwoners"]
        )
    bestaand = Halfjaar.objects.filter(
        provincie=prov, jaar=periode.jaar, helft=periode.helft
    ).first()
    h = claim_nieuw_of_versie(Halfjaar, bestaand, versie, list(HALFJAAR_INVOER))
    h = h or Halfjaar(provincie=prov, jaar=periode.jaar, helft=periode.helft)
    h.landelijke_taakstelling = taak
    h.landelijke_inwoners = inwoners
    h.afronding = Afronding(afronding).value
    try:
        with transaction.atomic():
            bewaar_met_reden(h, gebruiker, reden)
    except IntegrityError:  # someone added the same half year in the meantime
        raise Conflict("iemand anders", None, {}) from None
    return h


HALFJAAR_VELDEN = (
    "landelijke_taakstelling",
    "landelijke_inwoners",
    "afronding",
    "gerapporteerd_percentage",
    "gerapporteerd_op_koers",
    "gerapporteerd_aantal",
    "bron",
)
HUISVESTING_VELDEN = ("taakstelling", "realisatie", "achterstand_vooraf")


class ImportFout(RegietafelFout, ValueError):
    """A statushouders file that cannot be imported; the message names the place."""


@transaction.atomic
def laad_statushouders(pad: Path = DRENTHE_STATUSHOUDERS) -> int:
    """Import a statushouders data file (the form is documented in the Drenthe file and in
    docs/oekraine-statushouders-capaciteit.md). Fields in the file overwrite the stored
    values; fields left out stay as they are. Returns the number of half years read.
    Nothing is stored when any row is wrong."""
    with pad.open("rb") as f:
        data = tomllib.load(f)
    try:
        prov = Provincie.objects.get(code=data["provincie"])
    except (KeyError, Provincie.DoesNotExist):
        raise ImportFout(f"{pad.name}: onbekende provincie.") from None
    halfjaren = data.get("halfjaar", [])
    for i, h in enumerate(halfjaren, 1):
        plaats = f"{pad.name}, halfjaar {i}"
        periode = lees_periode(str(h.get("periode", "")))
        waarden = {k: h[k] for k in HALFJAAR_VELDEN if k in h}
        if "afronding" in waarden:
            waarden["afronding"] = Afronding(waarden["afronding"]).value
        halfjaar, _ = Halfjaar.objects.update_or_create(
            provincie=prov,
            jaar=periode.jaar,
            helft=periode.helft,
            defaults={**waarden, "versie": F("versie") + 1},  # a change moves the version
            create_defaults=waarden,
        )
        for g in h.get("gemeente", []):
            try:
                gemeente = Gemeente.objects.get(cbs_code=g["cbs_code"], provincie=prov)
            except (KeyError, Gemeente.DoesNotExist):
                raise ImportFout(f"{plaats}: onbekende gemeente {g.get('cbs_code')!r}.") from None
            for veld in ("taakstelling", "realisatie"):
                if veld in g and (not isinstance(g[veld], int) or g[veld] < 0):
                    raise ImportFout(
                        f"{plaats}, {gemeente.naam}: {veld} '{g[veld]}' is geen aantal."
                    )
            cijfers = {k: g[k] for k in HUISVESTING_VELDEN if k in g}
            Huisvesting.objects.update_or_create(
                halfjaar=halfjaar,
                gemeente=gemeente,
                defaults={**cijfers, "versie": F("versie") + 1},
                create_defaults=cijfers,
            )
    return len(halfjaren)
