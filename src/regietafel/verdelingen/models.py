"""Numbered versions of a province's distribution (*verdeling*) in a cycle.

A concept can change; a ratified (*bekrachtigd*) version cannot: `save()` and `delete()` on
it raise, and so do `update()` and `delete()` on a queryset that holds one. Changes go to a
new concept (services.verdelingen).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.modelbouw import (
    VastgelegdeVersie,
    bij_provincie_cyclus,
    gebruiker,
    genummerd,
    opties,
    optioneel,
)


class OnveranderlijkeVersie(VastgelegdeVersie):
    """A ratified version was about to be changed or deleted."""

    code = "versie_bekrachtigd"


class VersieQuerySet(models.QuerySet):
    def _geen_bekrachtigde(self) -> None:
        bekrachtigd = self.filter(bekrachtigd_op__isnull=False).values_list("nummer", flat=True)
        nummer = bekrachtigd.first()
        if nummer is not None:
            raise OnveranderlijkeVersie(nummer)

    def update(self, **kwargs):  # type: ignore[no-untyped-def]
        self._geen_bekrachtigde()
        return super().update(**kwargs)

    def delete(self):  # type: ignore[no-untyped-def]
        self._geen_bekrachtigde()
        return super().delete()


class Verdelingsversie(models.Model):
    """One numbered version of a province's distribution in a cycle: a concept, until it is
    ratified (`bekrachtigd_op`) and no longer changes."""

    provincie_cyclus = bij_provincie_cyclus("verdelingsversies")
    nummer = models.PositiveIntegerField(_("versie"))
    # {cbs_code: {categorie: {jaar: plaatsen or None}}}
    waarden = models.JSONField(_("waarden"))
    bron = models.CharField(_("bron"), max_length=200)
    toelichting = models.TextField(_("toelichting"), blank=True)
    gebaseerd_op = optioneel("self", related_name="+")
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"))
    aangemaakt_door = gebruiker()
    bekrachtigd_op = models.DateField(_("bekrachtigd op"), null=True, blank=True)
    vergadering = models.CharField(_("vergadering"), max_length=200, blank=True)
    bekrachtigd_door = gebruiker(null=True, blank=True)
    history = HistoricalRecords()

    objects = VersieQuerySet.as_manager()

    Meta = opties(_("verdelingsversie"), _("verdelingsversies"), **genummerd("uniek_versienummer"))

    def __str__(self) -> str:
        return f"Versie {self.nummer} ({self.provincie_cyclus})"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self._opgeslagen_bekrachtigd():
            raise OnveranderlijkeVersie(self.nummer)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self._opgeslagen_bekrachtigd() or self.bekrachtigd:
            raise OnveranderlijkeVersie(self.nummer)
        return super().delete(*args, **kwargs)

    @property
    def bekrachtigd(self) -> bool:
        return self.bekrachtigd_op is not None

    def _opgeslagen_bekrachtigd(self) -> bool:
        return (
            self.pk is not None
            and type(self).objects.filter(pk=self.pk, bekrachtigd_op__isnull=False).exists()
        )
