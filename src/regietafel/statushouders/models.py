"""Housing of status holders (*huisvesting vergunninghouders*): the half-yearly task and
what each municipality housed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain import toezicht as tz
from regietafel.domain.model import Afronding
from regietafel.domain.statushouders import HalfjaarInvoer, Periode
from regietafel.modelbouw import EenPerEigenaar, opties, uniek, versieveld
from regietafel.provincies.models import Gemeente, Provincie

AFRONDINGEN = [
    (Afronding.HALF_UP.value, _("per gemeente half naar boven")),
    (Afronding.GROOTSTE_REST.value, _("grootste overschot")),
]


class Halfjaar(models.Model):
    """A half year of a province: the national number and population behind the tasks, and
    the figures as reported (e.g. at the PRT) when the municipal figures are not entered."""

    provincie = models.ForeignKey(Provincie, on_delete=models.PROTECT, related_name="halfjaren")
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    helft = models.PositiveSmallIntegerField(_("helft"), choices=[(1, "1"), (2, "2")])
    landelijke_taakstelling = models.PositiveIntegerField(
        _("landelijke taakstelling"), null=True, blank=True
    )
    landelijke_inwoners = models.PositiveIntegerField(
        _("inwoners van Nederland"), null=True, blank=True
    )
    afronding = models.CharField(
        _("afronding"), max_length=20, choices=AFRONDINGEN, default=Afronding.HALF_UP.value
    )
    gerapporteerd_percentage = models.PositiveIntegerField(
        _("gerapporteerd percentage provincie"), null=True, blank=True
    )
    gerapporteerd_op_koers = models.PositiveSmallIntegerField(
        _("gerapporteerd: gemeenten op koers"), null=True, blank=True
    )
    gerapporteerd_aantal = models.PositiveSmallIntegerField(
        _("gerapporteerd: aantal gemeenten"), null=True, blank=True
    )
    bron = models.CharField(_("bron"), max_length=300, blank=True)
    # Moves on with every change, so two forms opened on the same version cannot both save.
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("halfjaar statushouders"),
        _("halfjaren statushouders"),
        ordering=["provincie__naam", "jaar", "helft"],
        constraints=[uniek("uniek_halfjaar_per_provincie", "provincie", "jaar", "helft")],
    )

    def __str__(self) -> str:
        return f"{self.provincie} {self.jaar}-{self.helft}"

    @property
    def periode(self) -> Periode:
        return Periode(self.jaar, self.helft)

    def to_domain(self, rijen: Iterable[Huisvesting]) -> HalfjaarInvoer:
        """This half year with the municipalities' rows `rijen` (select `gemeente`)."""
        rijen = list(rijen)
        return HalfjaarInvoer(
            periode=self.periode,
            landelijk=self.landelijke_taakstelling,
            landelijke_inwoners=self.landelijke_inwoners,
            realisatie={r.gemeente.cbs_code: r.realisatie for r in rijen},
            vastgestelde_taakstelling={r.gemeente.cbs_code: r.taakstelling for r in rijen},
            afronding=Afronding(self.afronding),
        )


class Huisvesting(models.Model):
    """One municipality in one half year. `taakstelling` is the published task when entered
    (otherwise it is computed); `achterstand_vooraf` is the balance carried into the first
    entered half year (later ones are computed)."""

    halfjaar = models.ForeignKey(Halfjaar, on_delete=models.CASCADE, related_name="huisvesting")
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="huisvesting")
    taakstelling = models.PositiveIntegerField(_("taakstelling"), null=True, blank=True)
    realisatie = models.PositiveIntegerField(_("gehuisvest"), null=True, blank=True)
    achterstand_vooraf = models.IntegerField(
        _("achterstand (+) of voorsprong (−) vooraf"), null=True, blank=True
    )
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("huisvesting statushouders"),
        ordering=["halfjaar", "gemeente__naam"],
        constraints=[uniek("uniek_huisvesting_per_gemeente", "halfjaar", "gemeente")],
    )

    def __str__(self) -> str:
        return f"{self.gemeente} {self.halfjaar.jaar}-{self.halfjaar.helft}"


class Laddermodel(EenPerEigenaar):
    """What the stored supervision ladders share: their history, and their `stappen`
    ({naam, omschrijving, drempel} each) read as the domain's ladder."""

    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def to_domain(self) -> tz.Toezichtladder:
        return ladder_uit_stappen(self.stappen)


class Toezichtladder(Laddermodel):
    """A province's supervision ladder (*interventieladder*): the steps with their
    thresholds as a list of {naam, omschrijving, drempel}. Without a row the province uses
    the default ladder of `regietafel.domain.toezicht`."""

    provincie = models.OneToOneField(
        Provincie, on_delete=models.PROTECT, related_name="toezichtladder"
    )
    stappen = models.JSONField(_("stappen"))
    versie = versieveld()

    Meta = opties(_("toezichtladder"), _("toezichtladders"))


def ladder_uit_stappen(stappen: Sequence[dict[str, Any]]) -> tz.Toezichtladder:
    """Stored steps ({naam, omschrijving, drempel} each) as the domain's ladder; raises
    LadderFout when they do not make one. Also for the asylum task's ladder
    (verdeelbesluiten.Asieltoezichtladder) and the admin's check of entered steps."""
    return tz.Toezichtladder(
        tuple(tz.Toezichtstap(s["naam"], s["omschrijving"], s["drempel"]) for s in stappen)
    )


def stappen_van_ladder(ladder: tz.Toezichtladder) -> list[dict[str, Any]]:
    """The steps of `ladder` as they are stored."""
    return [
        {"naam": s.naam, "omschrijving": s.omschrijving, "drempel": s.drempel}
        for s in ladder.stappen
    ]
