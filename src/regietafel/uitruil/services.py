"""Exchanges (*uitruil*) between municipalities: propose, confirm, ratify, and the
balances with and without them. Used by the web app, the CLI, the API and the report.

Who may do what: a gemeente proposes and confirms only exchanges its own municipality is
party to (its own side counts as agreed when it proposes); the province proposes any
exchange in its province and ratifies confirmed ones with a ratified distribution version;
everyone who reads the province's cycle pages reads its exchanges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain import opmaak
from regietafel.domain import uitruil as d
from regietafel.domain.model import Categorie
from regietafel.gebruikers.models import Rol
from regietafel.provincies.models import Gemeente
from regietafel.services import klok
from regietafel.services.leesrechten import intern_leesbare_provincies
from regietafel.services.opslag import RijNietGevonden, laad_gegevens, provincie_cyclus
from regietafel.services.stand import hergebruik
from regietafel.services.toegang import Toegang, mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang, claim_versie
from regietafel.uitruil.models import Uitruil
from regietafel.verdelingen.models import Verdelingsversie

STATUS_NAMEN = {
    d.UitruilStatus.VOORGESTELD: "voorgesteld",
    d.UitruilStatus.BEVESTIGD: "bevestigd door beide gemeenten",
    d.UitruilStatus.BEKRACHTIGD: "bekrachtigd",
}
STATUSVELDEN = ["akkoord_a_op", "akkoord_b_op", "verdelingsversie_id"]


def _bewaar(u: Uitruil, door: AbstractBaseUser, reden: str) -> None:
    u._history_user = door  # type: ignore[attr-defined]
    u._change_reason = reden  # type: ignore[attr-defined]
    u.save()


def _geen_partij(gemeente: str | None) -> GeenToegang:
    return GeenToegang(str(d.UitruilFout("gemeente", gemeente, "geen_partij")))


@transaction.atomic
def stel_voor(
    provincie: str,
    cyclus: str,
    voorstel: d.Voorstel,
    door: AbstractBaseUser,
    toelichting: str = "",
) -> Uitruil:
    """Record a proposed exchange; raises GeenToegang or UitruilFout and writes nothing."""
    pc = provincie_cyclus(provincie, cyclus)
    t = toegang(door)
    if t.rol is Rol.GEMEENTE and t.gemeente_provincie == provincie:
        if t.gemeente not in (voorstel.gemeente_a, voorstel.gemeente_b):
            raise _geen_partij(t.gemeente)
    elif not mag_bewerken(t, provincie):
        raise GeenToegang("U mag in deze provincie geen uitruil voorstellen.")
    gemeenten = {g.cbs_code: g for g in Gemeente.objects.filter(provincie=pc.provincie)}
    namen = {code: g.naam for code, g in gemeenten.items()}
    u = d.controleer_voorstel(voorstel, gemeenten.keys(), pc.cyclus.jaren, namen)
    nu = klok.nu()
    obj = Uitruil.from_domain(
        u,
        gemeenten,
        provincie_cyclus=pc,
        toelichting=toelichting.strip(),
        voorgesteld_op=nu,
        voorgesteld_door=door,
    )
    # The proposing municipality agrees with its own proposal.
    if t.gemeente == u.gemeente_a:
        obj.akkoord_a_op, obj.akkoord_a_door = nu, door
    elif t.gemeente == u.gemeente_b:
        obj.akkoord_b_op, obj.akkoord_b_door = nu, door
    _bewaar(obj, door, "voorgesteld")
    return obj


def _uitruil(pk: int) -> Uitruil:
    return Uitruil.objects.select_related(
        "gemeente_a", "gemeente_b", "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    ).get(pk=pk)


def uitruil_met_partijen(pk: int) -> Uitruil:
    """The exchange `pk`, with its parties, province and cycle; RijNietGevonden if none."""
    try:
        return _uitruil(pk)
    except Uitruil.DoesNotExist:  # the service's own lookup, for its own callers
        raise RijNietGevonden(f"Geen uitruil {pk}.") from None


def mag_bevestigen(t: Toegang, uitruil: Uitruil) -> bool:
    """Whether `t` is the municipality of one of the exchange's parties."""
    return t.rol is Rol.GEMEENTE and t.gemeente in (
        uitruil.gemeente_a.cbs_code,
        uitruil.gemeente_b.cbs_code,
    )


@transaction.atomic
def bevestig(uitruil: Uitruil, door: AbstractBaseUser, versie: int) -> Uitruil:
    """A party's confirmation. `versie` is the version the user saw; a change since then
    (e.g. the other party confirmed at the same moment) raises Conflict."""
    t = toegang(door)
    if t.rol is not Rol.GEMEENTE:
        raise GeenToegang("Alleen de gemeenten zelf bevestigen een uitruil.")
    if not mag_bevestigen(t, uitruil):
        raise _geen_partij(t.gemeente)
    claim_versie(Uitruil, uitruil.pk, versie, STATUSVELDEN)
    obj = _uitruil(uitruil.pk)
    nieuw = d.na_akkoord(obj.to_domain(), t.gemeente)
    nu = klok.nu()
    if nieuw.akkoord_a and obj.akkoord_a_op is None:
        obj.akkoord_a_op, obj.akkoord_a_door = nu, door
    if nieuw.akkoord_b and obj.akkoord_b_op is None:
        obj.akkoord_b_op, obj.akkoord_b_door = nu, door
    _bewaar(obj, door, "bevestigd")
    return obj


@transaction.atomic
def bekrachtig(
    uitruil: Uitruil, verdelingsversie: Verdelingsversie, door: AbstractBaseUser, versie: int
) -> Uitruil:
    """The province ratifies a confirmed exchange with a ratified distribution version."""
    pc = uitruil.provincie_cyclus
    if not mag_bewerken(toegang(door), pc.provincie.code):
        raise GeenToegang("Alleen de provincie bekrachtigt een uitruil.")
    if verdelingsversie.provincie_cyclus_id != pc.pk:
        raise d.UitruilFout("verdelingsversie", verdelingsversie.nummer, "onbekende_versie")
    claim_versie(Uitruil, uitruil.pk, versie, STATUSVELDEN)
    obj = _uitruil(uitruil.pk)
    d.na_bekrachtiging(obj.to_domain(), verdelingsversie.bekrachtigd, verdelingsversie.nummer)
    obj.verdelingsversie = verdelingsversie
    obj.bekrachtigd_op = klok.vandaag()
    obj.bekrachtigd_door = door
    _bewaar(obj, door, f"bekrachtigd met verdelingsversie {verdelingsversie.nummer}")
    return obj


@dataclass(frozen=True)
class UitruilRegel:
    """One exchange for a page, the CLI, the API or the report."""

    pk: int
    versie: int
    uitruil: d.Uitruil
    naam_a: str
    naam_b: str
    tekst: str
    toelichting: str
    verdelingsversie: int | None

    @property
    def status(self) -> d.UitruilStatus:
        return self.uitruil.status

    @property
    def status_tekst(self) -> str:
        tekst = STATUS_NAMEN[self.status]
        if self.verdelingsversie is not None:
            tekst += f" met verdelingsversie {self.verdelingsversie}"
        return tekst

    def wacht_op(self, t: Toegang) -> bool:
        """Whether `t` is a party that still has to confirm."""
        kant = d.partij(self.uitruil, t.gemeente) if t.rol is Rol.GEMEENTE else None
        return kant is not None and not getattr(self.uitruil, f"akkoord_{kant}")


@dataclass(frozen=True)
class EffectRegel:
    """The change of one municipality's task in a category and period (+ more, − less)."""

    cbs_code: str
    gemeente: str
    categorie: d.UitruilCategorie
    periode: str
    verschil: int

    @property
    def categorie_naam(self) -> str:
        return d.CATEGORIE_NAMEN[self.categorie]

    @property
    def verschil_tekst(self) -> str:
        """``+20`` or ``−20`` (with a real minus sign)."""
        return opmaak.saldo(self.verschil)


@dataclass(frozen=True)
class UitruilOverzicht:
    provincie: str
    cyclus: str
    jaren: tuple[int, ...]
    regels: tuple[UitruilRegel, ...]
    effecten: tuple[EffectRegel, ...]  # of the exchanges that count
    saldi: tuple[d.SaldoMetUitruil, ...]


def _regels(pc: ProvincieCyclus) -> tuple[UitruilRegel, ...]:
    namen = dict(Gemeente.objects.filter(provincie=pc.provincie).values_list("cbs_code", "naam"))
    uit = []
    for u in pc.uitruilen.select_related("gemeente_a", "gemeente_b", "verdelingsversie"):
        du = u.to_domain()
        uit.append(
            UitruilRegel(
                pk=u.pk,
                versie=u.versie,
                uitruil=du,
                naam_a=u.gemeente_a.naam,
                naam_b=u.gemeente_b.naam,
                tekst=d.uitruil_tekst(du, namen, pc.cyclus.jaren),
                toelichting=u.toelichting,
                verdelingsversie=u.verdelingsversie.nummer if u.verdelingsversie else None,
            )
        )
    return tuple(uit)


def uitruil_overzicht(provincie: str, cyclus: str) -> UitruilOverzicht:
    """Every exchange of `provincie` in `cyclus`, the effect of the counted ones on each
    municipality's task, and the puzzle's balances without and with them."""
    return _overzicht(provincie, cyclus, _regels(provincie_cyclus(provincie, cyclus)))


def _overzicht(provincie: str, cyclus: str, regels: tuple[UitruilRegel, ...]) -> UitruilOverzicht:
    gegevens = laad_gegevens(provincie, cyclus)
    namen = {g.cbs_code: g.naam for g in gegevens.gemeenten}
    tellen = [r.uitruil for r in regels if r.uitruil.telt_mee]
    return UitruilOverzicht(
        provincie=gegevens.provincie.naam,
        cyclus=cyclus,
        jaren=gegevens.cyclus.jaren,
        regels=regels,
        effecten=tuple(
            EffectRegel(code, namen[code], cat, periode, verschil)
            for (code, cat, periode), verschil in d.effecten(tellen).items()
        ),
        saldi=d.saldi_met_uitruil(gegevens, tellen),
    )


def uitruil_zinnen(provincie: str, cyclus: str) -> tuple[str, ...]:
    """The sentences of the confirmed and ratified exchanges, with their status (the
    report's distribution section)."""
    return tuple(
        f"{r.tekst} Status: {r.status_tekst}."
        for r in _regels(provincie_cyclus(provincie, cyclus))
        if r.uitruil.telt_mee
    )


SALDO_CATEGORIEEN = {Categorie.ASIEL_REGULIER: "Asielopvang (regulier)", Categorie.AMV: "AMV"}


def saldi_weergave(
    saldi: Sequence[d.SaldoMetUitruil], categorie: str = "", jaar: int | None = None
) -> dict[str, Any]:
    """The balances laid out for the puzzle page: a column group per category and year
    (filtered like the puzzle), a row per municipality and the province's totals."""
    gekozen = [s for s in saldi if categorie in ("", s.categorie.value) and jaar in (None, s.jaar)]
    groepen = list(dict.fromkeys((s.categorie, s.jaar) for s in gekozen))
    rijen: dict[str | None, list[d.SaldoMetUitruil]] = {}
    for s in gekozen:
        rijen.setdefault(s.cbs_code, []).append(s)
    totaal = rijen.pop(None, [])
    return {
        "groepen": [f"{SALDO_CATEGORIEEN[c]} {j}" for c, j in groepen],
        "rijen": [
            {
                "naam": cellen[0].naam,
                "cbs_code": code,
                "cellen": cellen,
                "gewijzigd": any(c.opgave != c.opgave_met_uitruil for c in cellen),
            }
            for code, cellen in rijen.items()
        ],
        "totaal": totaal,
    }


def overzicht_als_dict(o: UitruilOverzicht) -> dict[str, Any]:
    """The stable JSON shape of the CLI's ``uitruil --json``."""
    return {
        "provincie": o.provincie,
        "cyclus": o.cyclus,
        "uitruilen": [
            {
                "id": r.pk,
                "status": r.status.value,
                "omschrijving": r.tekst,
                "gemeenteA": r.uitruil.gemeente_a,
                "gemeenteB": r.uitruil.gemeente_b,
                "verdelingsversie": r.verdelingsversie,
                "overnames": [_overname(r.uitruil.a), _overname(r.uitruil.b)],
            }
            for r in o.regels
        ],
        "effecten": [
            {
                "gemeente": e.cbs_code,
                "categorie": e.categorie.value,
                "periode": e.periode,
                "verschil": e.verschil,
            }
            for e in o.effecten
        ],
        "saldi": [
            {
                "gemeente": s.cbs_code,
                "categorie": s.categorie.value,
                "jaar": s.jaar,
                "opgave": s.opgave,
                "opgaveMetUitruil": s.opgave_met_uitruil,
                "saldo": s.saldo,
                "saldoMetUitruil": s.saldo_met_uitruil,
            }
            for s in o.saldi
        ],
    }


def _overname(o: d.Overname) -> dict[str, Any]:
    return {
        "neemt": o.neemt,
        "van": o.van,
        "categorie": o.categorie.value,
        "aantal": o.aantal,
        "perioden": list(o.perioden),
    }


def puzzel_saldi(
    provincie: str, cyclus: str, categorie: str = "", jaar: int | None = None
) -> dict[str, Any] | None:
    """The puzzle page's balances without and with the exchanges; None when no exchange
    counts yet or the chosen columns hold no asylum category. Reused until the data
    changes (services.stand)."""
    return hergebruik(
        ("puzzel_saldi", provincie, cyclus, categorie, jaar),
        lambda: _puzzel_saldi(provincie, cyclus, categorie, jaar),
    )


def _puzzel_saldi(
    provincie: str, cyclus: str, categorie: str, jaar: int | None
) -> dict[str, Any] | None:
    regels = _regels(provincie_cyclus(provincie, cyclus))
    # Most views have no counted exchange: answer without loading the province's data.
    if not any(r.uitruil.telt_mee for r in regels):
        return None
    o = _overzicht(provincie, cyclus, regels)
    if not o.effecten:
        return None
    weergave = saldi_weergave(o.saldi, categorie, jaar)
    return weergave if weergave["groepen"] else None


def statushouders_effect(provincie: str, periode: str) -> dict[str, int]:
    """Per municipality, the change of its status-holder task in half year `periode`
    (``2026-1``) by the exchanges that count (confirmed by both, or ratified), in any
    cycle of the province; municipalities without a change are left out."""
    uitruilen = Uitruil.objects.filter(provincie_cyclus__provincie__code=provincie)
    tellen = [
        u
        for u in (r.to_domain() for r in uitruilen.select_related("gemeente_a", "gemeente_b"))
        if u.telt_mee
    ]
    return {
        code: verschil
        for (code, categorie, p), verschil in d.effecten(tellen).items()
        if categorie is d.UitruilCategorie.STATUSHOUDERS and p == periode
    }


def leesbare_uitruilen(
    t: Toegang, provincie: str | None = None, cyclus: str | None = None
) -> QuerySet[Uitruil]:
    """The exchanges of the provinces `t` reads internally (services.leesrechten), of
    `provincie` and `cyclus` only when given, oldest first, with what the API shows of each."""
    qs = Uitruil.objects.select_related(
        "provincie_cyclus__provincie",
        "provincie_cyclus__cyclus",
        "gemeente_a",
        "gemeente_b",
        "verdelingsversie",
    ).filter(intern_leesbare_provincies(t, "provincie_cyclus__provincie__code"))
    if provincie is not None:
        qs = qs.filter(provincie_cyclus__provincie__code=provincie)
    if cyclus is not None:
        qs = qs.filter(provincie_cyclus__cyclus__naam=cyclus)
    return qs.order_by("id")
