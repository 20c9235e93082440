"""PRT meetings (*overleggen*): participants, agenda items, decisions and actions.

An action (*actie*) is raised at one meeting and stays on the list of every later meeting
until it is done (`Overleg.overgenomen_acties`, filled by services.overleggen).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain.routekaart import ActieFeit
from regietafel.modelbouw import nieuwste_eerst, opties, optioneel, versieveld, volgens
from regietafel.provincies.models import Provincie


class Overleg(models.Model):
    provincie = models.ForeignKey(Provincie, on_delete=models.PROTECT, related_name="overleggen")
    datum = models.DateField(_("datum"))
    titel = models.CharField(_("titel"), max_length=200)
    deelnemers = models.JSONField(_("deelnemers (organisaties)"), default=list, blank=True)
    overgenomen_acties = models.ManyToManyField(
        "Actie", blank=True, related_name="op_lijsten", verbose_name=_("overgenomen acties")
    )
    history = HistoricalRecords()

    Meta = opties(_("PRT-overleg"), _("PRT-overleggen"), ordering=nieuwste_eerst("datum"))

    def __str__(self) -> str:
        return f"{self.titel} {self.datum:%d-%m-%Y}"


class Intrekbaar(models.Model):
    """An item of a meeting that can be edited (each change moves `versie` on, so that a
    concurrent edit is refused) and withdrawn (*teruggetrokken*): a withdrawn item is kept,
    with its history, and shown struck through, but it is off the action list."""

    versie = versieveld()
    teruggetrokken_op = models.DateField(_("teruggetrokken op"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def teruggetrokken(self) -> bool:
        return self.teruggetrokken_op is not None


class Agendapunt(Intrekbaar):
    overleg = models.ForeignKey(Overleg, on_delete=models.CASCADE, related_name="agendapunten")
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    inhoud = models.TextField(_("inhoud"), blank=True)
    door_wie = models.CharField(_("door wie?"), max_length=200, blank=True)
    history = HistoricalRecords()

    Meta = opties(_("agendapunt"), _("agendapunten"), ordering=volgens("overleg", "volgorde"))

    def __str__(self) -> str:
        return self.onderwerp


class Besluit(Intrekbaar):
    overleg = models.ForeignKey(Overleg, on_delete=models.CASCADE, related_name="besluiten")
    agendapunt = optioneel(Agendapunt, models.SET_NULL, related_name="besluiten")
    tekst = models.TextField(_("besluit"))
    history = HistoricalRecords()

    Meta = opties(_("besluit"), _("besluiten"), ordering=volgens("overleg"))

    def __str__(self) -> str:
        return self.tekst[:60]


class ActieStatus(models.TextChoices):
    OPEN = "open", _("open")
    AFGEROND = "afgerond", _("afgerond")


class Actie(Intrekbaar):
    overleg = models.ForeignKey(Overleg, on_delete=models.CASCADE, related_name="acties")
    agendapunt = optioneel(Agendapunt, models.SET_NULL, related_name="acties")
    omschrijving = models.TextField(_("omschrijving"))
    eigenaar = models.CharField(_("eigenaar (organisatie)"), max_length=200)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActieStatus.choices, default=ActieStatus.OPEN
    )
    afgerond_op = models.DateField(_("afgerond op"), null=True, blank=True)
    history = HistoricalRecords()

    Meta = opties(_("actie"), _("acties"), ordering=volgens("overleg__datum"))

    def __str__(self) -> str:
        return self.omschrijving[:60]

    def to_domain(self) -> ActieFeit:
        """What carry-over needs of the action (select `overleg` with it for many)."""
        return ActieFeit(self.pk, self.overleg.datum, self.status == ActieStatus.OPEN)
