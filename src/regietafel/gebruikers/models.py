"""A user's role (*rol*) and what it is bound to: a province or a municipality."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.modelbouw import opties, optioneel
from regietafel.provincies.models import Gemeente, Provincie


class Rol(models.TextChoices):
    PROVINCIE = "provincie", _("provincie (PRT-secretariaat)")
    GEMEENTE = "gemeente", _("gemeente")
    MINISTERIE = "ministerie", _("ministerie / COA (alleen lezen)")


class Profiel(models.Model):
    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profiel"
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices)
    provincie = optioneel(Provincie, verbose_name=_("provincie"))
    gemeente = optioneel(Gemeente, verbose_name=_("gemeente"))

    Meta = opties(_("profiel"), _("profielen"))

    def __str__(self) -> str:
        return f"{self.gebruiker} ({self.get_rol_display()})"

    def clean(self) -> None:
        if self.rol == Rol.PROVINCIE and self.provincie is None:
            raise ValidationError(
                {"provincie": _("Een provinciegebruiker hoort bij een provincie.")}
            )
        if self.rol == Rol.GEMEENTE and self.gemeente is None:
            raise ValidationError({"gemeente": _("Een gemeentegebruiker hoort bij een gemeente.")})


class Bereik(models.TextChoices):
    """What an API token may do: read only, or read and write (as far as its user may)."""

    LEZEN = "lezen", _("lezen")
    SCHRIJVEN = "schrijven", _("lezen en schrijven")


class ApiToken(models.Model):
    """A key for the REST API (ADR 0018). Only its SHA-256 hash is stored; the key itself is
    shown once, when it is made. It expires, has a scope (`bereik`), and is bound to a
    province or municipality within its user's rights: it can never do more than its user
    may do at the moment it is used (services.apitokens.beperkte_toegang)."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("gebruiker"),
    )
    naam = models.CharField(_("omschrijving"), max_length=100, blank=True)
    prefix = models.CharField(_("begin van de sleutel"), max_length=8, db_index=True)
    sleutel_hash = models.CharField(max_length=64, unique=True, editable=False)
    bereik = models.CharField(_("bereik"), max_length=10, choices=Bereik.choices)
    provincie = optioneel(Provincie, verbose_name=_("provincie"))
    gemeente = optioneel(Gemeente, verbose_name=_("gemeente"))
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    verloopt_op = models.DateTimeField(_("verloopt op"))
    laatst_gebruikt_op = models.DateTimeField(_("laatst gebruikt op"), null=True, blank=True)
    ingetrokken_op = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    Meta = opties(_("API-token"), _("API-tokens"))

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.gebruiker})"


class MisluktTokengebruik(models.Model):
    """One request with an API token that did not authenticate, kept for the rate limit on
    failed authentication (per address and per token prefix; ADR 0018)."""

    adres = models.CharField(max_length=45, blank=True, db_index=True)
    prefix = models.CharField(max_length=8, blank=True, db_index=True)
    tijdstip = models.DateTimeField(db_index=True)

    Meta = opties(_("mislukt tokengebruik"))

    def __str__(self) -> str:
        return f"{self.adres} {self.prefix} {self.tijdstip:%Y-%m-%d %H:%M:%S}"
