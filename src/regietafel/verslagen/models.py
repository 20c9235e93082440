"""The provincial report's own texts per cycle, and report jobs run in the background."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.modelbouw import bij_provincie_cyclus, gebruiker, opties, optioneel, uniek
from regietafel.verslagen.standaardteksten import SLEUTELS


class VerslagTekst(models.Model):
    """A text of the report that the province writes itself (inleiding, verzoeken, ...).

    A key without a row uses the default text from `standaardteksten`.
    """

    provincie_cyclus = bij_provincie_cyclus("verslagteksten", models.CASCADE)
    sleutel = models.CharField(_("onderdeel"), max_length=40, choices=SLEUTELS)
    tekst = models.TextField(_("tekst"))
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)

    Meta = opties(
        _("verslagtekst"),
        _("verslagteksten"),
        constraints=[uniek("uniek_verslagtekst", "provincie_cyclus", "sleutel")],
    )

    def __str__(self) -> str:
        return f"{self.provincie_cyclus} · {self.get_sleutel_display()}"


class RapportOpdracht(models.Model):
    """A report being made in the background: its progress and, when done, the file.

    The reports of all provinces at once are one job per province (`deel_van` the job the
    user asked for), so that several workers make them side by side; the last one to finish
    has the ZIP put together in the user's job."""

    class Status(models.TextChoices):
        WACHT = "wacht", _("wacht")
        BEZIG = "bezig", _("bezig")
        KLAAR = "klaar", _("klaar")
        MISLUKT = "mislukt", _("mislukt")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    provincie = models.CharField(_("provincie"), max_length=40)
    cyclus = models.CharField(_("cyclus"), max_length=20)
    formaat = models.CharField(_("soort"), max_length=30)
    aangevraagd_door = gebruiker(models.CASCADE)
    aangevraagd = models.DateTimeField(_("aangevraagd"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.WACHT)
    voortgang = models.PositiveSmallIntegerField(_("voortgang (%)"), default=0)
    stap = models.CharField(_("stap"), max_length=200, blank=True)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=200, blank=True)
    inhoud = models.BinaryField(_("inhoud"), null=True, blank=True)
    fout = models.TextField(_("fout"), blank=True)
    deel_van = optioneel("self", models.CASCADE, related_name="delen", verbose_name=_("deel van"))

    Meta = opties(_("rapportopdracht"), _("rapportopdrachten"), ordering=["-aangevraagd"])

    def __str__(self) -> str:
        return f"{self.provincie} {self.cyclus} {self.formaat} ({self.status})"
