"""Provinces and their municipalities (*gemeenten*)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Provincie(models.Model):
    code = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=100)

    class Meta:
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Gemeente(models.Model):
    provincie = models.ForeignKey(Provincie, on_delete=models.PROTECT, related_name="gemeenten")
    cbs_code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    naam = models.CharField(_("naam"), max_length=100)
    inwoners = models.PositiveIntegerField(_("inwoners"))
    inwoners_peiljaar = models.PositiveSmallIntegerField(_("peiljaar inwoners"))
    ses_score = models.DecimalField(
        _("SES-WOA-score"), max_digits=8, decimal_places=4, null=True, blank=True
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam
