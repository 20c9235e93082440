"""Numbered versions of a province's distribution (*verdeling*) in a cycle.

A concept can change; a ratified (*bekrachtigd*) version cannot: `save()` and `delete()` on
it raise, and so do `update()` and `delete()` on a queryset that holds one. Changes go to a
new concept (services.verdelingen).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.fouten import RegietafelFout, Soort


class OnveranderlijkeVersie(RegietafelFout):
    """A ratified version was about to be changed or deleted."""

    soort = Soort.CONFLICT
    code = "versie_bekrachtigd"

    def __init__(self, nummer: int | None = None) -> None:
        super().__init__(veld="nummer", waarde="" if nummer is None else nummer)

    def parameters(self) -> dict[str, object]:
        return {"nr": f" {self.waarde}" if self.waarde != "" else ""}


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
    provincie_cyclus = models.ForeignKey(
        ProvincieCyclus, on_delete=models.PROTECT, related_name="verdelingsversies"
    )
    nummer = models.PositiveIntegerField(_("versie"))
    # {cbs_code: {categorie: {jaar: plaatsen or None}}}
    waarden = models.JSONField(_("waarden"))
    bron = models.CharField(_("bron"), max_length=200)
    toelichting = models.TextField(_("toelichting"), blank=True)
    gebaseerd_op = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"))
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    bekrachtigd_op = models.DateField(_("bekrachtigd op"), null=True, blank=True)
    vergadering = models.CharField(_("vergadering"), max_length=200, blank=True)
    bekrachtigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    objects = VersieQuerySet.as_manager()

    class Meta:
        verbose_name = _("verdelingsversie")
        verbose_name_plural = _("verdelingsversies")
        ordering = ["provincie_cyclus", "nummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["provincie_cyclus", "nummer"], name="uniek_versienummer"
            )
        ]

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
