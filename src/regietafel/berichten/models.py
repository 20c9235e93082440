"""E-mail messages (*berichten*) the app sends, and the contact addresses they go to.

Every message is logged here, sent or not: to whom, when, the subject and the text, its
status and, when sending failed, the error. See docs/e-mail.md.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.modelbouw import nieuwste_eerst, opties, optioneel, uniek
from regietafel.provincies.models import Gemeente, Provincie


class Contactadres(models.Model):
    """An e-mail address of a municipality, or of the province itself (`gemeente` empty):
    where the letters, reminders, action lists and notices go."""

    provincie = models.ForeignKey(
        Provincie, on_delete=models.CASCADE, related_name="contactadressen"
    )
    gemeente = optioneel(
        Gemeente, models.CASCADE, related_name="contactadressen", verbose_name=_("gemeente")
    )
    adres = models.EmailField(_("e-mailadres"))
    history = HistoricalRecords()

    Meta = opties(
        _("contactadres"),
        _("contactadressen"),
        ordering=["provincie", "gemeente__naam", "adres"],
        constraints=[
            uniek("contactadres_eenmaal", "provincie", "gemeente", "adres"),
            uniek(
                "provincieadres_eenmaal", "provincie", "adres", condition=Q(gemeente__isnull=True)
            ),
        ],
    )

    def __str__(self) -> str:
        return self.adres


class Soort(models.TextChoices):
    CONSULTATIEBRIEF = "consultatiebrief", _("consultatiebrief")
    HERINNERING = "herinnering", _("herinnering (termijn nadert)")
    TE_LAAT = "te-laat", _("herinnering (termijn verstreken)")
    ANTWOORD = "antwoord", _("antwoord op de consultatie ontvangen")
    ACTIELIJST = "actielijst", _("actielijst PRT-overleg")
    WIJZIGING = "wijziging", _("wijziging van de cijfers")


class Status(models.TextChoices):
    WACHTRIJ = "wachtrij", _("wordt verstuurd")
    VERZONDEN = "verzonden", _("verzonden")
    MISLUKT = "mislukt", _("mislukt")
    GEEN_ADRES = "geen_adres", _("niet verstuurd: geen contactadres")


class Bericht(models.Model):
    """One e-mail message to one municipality or to the province (`gemeente` empty).
    `sleutel` names a message that may go out only once (a reminder of one consultation
    to one municipality); empty for messages that may be sent again."""

    provincie = models.ForeignKey(
        Provincie, on_delete=models.CASCADE, related_name="berichten", verbose_name=_("provincie")
    )
    gemeente = optioneel(Gemeente, models.SET_NULL, related_name="+", verbose_name=_("gemeente"))
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    sleutel = models.CharField(_("sleutel"), max_length=200, blank=True)
    aan = models.JSONField(_("aan"), default=list)
    onderwerp = models.CharField(_("onderwerp"), max_length=300)
    tekst = models.TextField(_("tekst"))
    bijlagen = models.JSONField(_("bijlagen"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WACHTRIJ
    )
    fout = models.TextField(_("foutmelding"), blank=True)
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"))
    verzonden_op = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    Meta = opties(
        _("bericht"),
        _("berichten"),
        ordering=nieuwste_eerst("aangemaakt_op"),
        constraints=[uniek("bericht_eenmalig", "sleutel", condition=~Q(sleutel=""))],
    )

    def __str__(self) -> str:
        return self.onderwerp
