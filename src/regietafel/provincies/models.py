"""Provinces and their municipalities (*gemeenten*)."""

from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.domain import model as d
from regietafel.modelbouw import opties, waarden

SES = Decimal("0.0001")  # the stored SES score has four decimals
# The fields of a municipality stored as the domain has them.
GEMEENTEVELDEN = ("naam", "inwoners", "inwoners_peiljaar")


class Provincie(models.Model):
    code = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=100)

    Meta = opties(_("provincie"), _("provincies"), ordering=["naam"])

    def __str__(self) -> str:
        return self.naam

    def to_domain(self) -> d.Provincie:
        return d.Provincie(code=self.code, naam=self.naam)


class Gemeente(models.Model):
    provincie = models.ForeignKey(Provincie, on_delete=models.PROTECT, related_name="gemeenten")
    cbs_code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    naam = models.CharField(_("naam"), max_length=100)
    inwoners = models.PositiveIntegerField(_("inwoners"))
    inwoners_peiljaar = models.PositiveSmallIntegerField(_("peiljaar inwoners"))
    ses_score = models.DecimalField(
        _("SES-WOA-score"), max_digits=8, decimal_places=4, null=True, blank=True
    )

    Meta = opties(_("gemeente"), _("gemeenten"), ordering=["naam"])

    def __str__(self) -> str:
        return self.naam

    def to_domain(self) -> d.Gemeente:
        return d.Gemeente(
            cbs_code=self.cbs_code,
            **waarden(self, GEMEENTEVELDEN),
            ses_score=None if self.ses_score is None else Fraction(self.ses_score),
        )

    @staticmethod
    def domain_fields(g: d.Gemeente) -> dict[str, Any]:
        """The stored fields of `g` (all but the CBS code and the province)."""
        return {**waarden(g, GEMEENTEVELDEN), "ses_score": _decimaal(g.ses_score)}


def _decimaal(waarde: Fraction | None) -> Decimal | None:
    if waarde is None:
        return None
    return (Decimal(waarde.numerator) / Decimal(waarde.denominator)).quantize(SES)
