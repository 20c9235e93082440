"""The import log: every file that was imported, with its name, SHA-256 and what changed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.modelbouw import gebruiker, nieuwste_eerst, opties


class Import(models.Model):
    """One applied import. Rejected files and dry runs write nothing, so they leave no row;
    the changed records carry the same file name and hash in their history's reason."""

    soort = models.CharField(_("soort"), max_length=30)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    provincie = models.CharField(_("provincie"), max_length=50)
    cyclus = models.CharField(_("cyclus"), max_length=20, blank=True)
    gebruiker = gebruiker(models.SET_NULL, null=True, blank=True, verbose_name=_("gebruiker"))
    tijdstip = models.DateTimeField(_("tijdstip"))
    aantal_rijen = models.PositiveIntegerField(_("rijen"))
    # The changes as the preview showed them: [{"wat", "soort", "oud", "nieuw"}, ...].
    wijzigingen = models.JSONField(_("wijzigingen"), default=list)

    Meta = opties(_("import"), _("importen"), ordering=nieuwste_eerst("tijdstip"))

    def __str__(self) -> str:
        return f"{self.soort}: {self.bestandsnaam} ({self.sha256[:12]})"
