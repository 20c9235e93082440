"""A user's role (*rol*) and what it is bound to: a province or a municipality."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

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
    provincie = models.ForeignKey(
        Provincie, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("provincie")
    )
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("gemeente")
    )

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self) -> str:
        return f"{self.gebruiker} ({self.get_rol_display()})"

    def clean(self) -> None:
        if self.rol == Rol.PROVINCIE and self.provincie is None:
            raise ValidationError(
                {"provincie": _("Een provinciegebruiker hoort bij een provincie.")}
            )
        if self.rol == Rol.GEMEENTE and self.gemeente is None:
            raise ValidationError({"gemeente": _("Een gemeentegebruiker hoort bij een gemeente.")})
