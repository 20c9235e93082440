"""The import log: every file that was imported, with its name, SHA-256 and what changed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Import(models.Model):
    """One applied import. Rejected files and dry runs write nothing, so they leave no row;
    the changed records carry the same file name and hash in their history's reason."""

    soort = models.CharField(_("soort"), max_length=30)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    provincie = models.CharField(_("provincie"), max_length=50)
    cyclus = models.CharField(_("cyclus"), max_length=20, blank=True)
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gebruiker"),
    )
    tijdstip = models.DateTimeField(_("tijdstip"))
    aantal_rijen = models.PositiveIntegerField(_("rijen"))
    # The changes as the preview showed them: [{"wat", "soort", "oud", "nieuw"}, ...].
    wijzigingen = models.JSONField(_("wijzigingen"), default=list)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("importen")
        ordering = ["-tijdstip", "-id"]

    def __str__(self) -> str:
        return f"{self.soort}: {self.bestandsnaam} ({self.sha256[:12]})"
