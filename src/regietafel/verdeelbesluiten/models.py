"""The minister's distribution decisions (*verdeelbesluiten*) as the ministry recorded them,
and each province's supervision ladder for the asylum task in a cycle.

A recorded decision is *vastgesteld*: it never changes. `save()` on a stored one and
`delete()` raise, and so do `update()` and `delete()` on a queryset; a correction is the
next number (services.verdeelbesluiten). With the decided figures the record keeps the
provincial distribution and the concept as they were when it was recorded, so that the
difference shown stays what it was, whatever is entered later (as ADR 0007 publications).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.toezicht import Toezichtladder
from regietafel.statushouders.models import ladder_uit_stappen


class VastgesteldBesluit(Exception):
    """A recorded decision was about to be changed or deleted."""

    def __init__(self, nummer: int | None = None) -> None:
        nr = f" {nummer}" if nummer is not None else ""
        super().__init__(
            f"Verdeelbesluit{nr} is vastgesteld en verandert niet meer. Leg een correctie "
            "vast als nieuwe versie."
        )


class BesluitQuerySet(models.QuerySet):
    def update(self, **kwargs):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.values_list("nummer", flat=True).first())

    def delete(self):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.values_list("nummer", flat=True).first())


class Verdeelbesluit(models.Model):
    """One recorded version of the minister's decision for a province in a cycle."""

    provincie_cyclus = models.ForeignKey(
        ProvincieCyclus, on_delete=models.PROTECT, related_name="verdeelbesluiten"
    )
    nummer = models.PositiveIntegerField(_("versie"))
    datum = models.DateField(_("datum van het besluit"))
    bron = models.CharField(_("bron"), max_length=300)
    toelichting = models.TextField(_("toelichting"), blank=True)
    # {cbs_code: {categorie: {jaar: plaatsen}}}, as a distribution version
    waarden = models.JSONField(_("besloten aantallen"))
    # The provincial distribution and the concept when the decision was recorded (frozen).
    provinciaal = models.JSONField(_("provinciale verdeling"))
    provinciaal_bron = models.CharField(_("bron van de provinciale verdeling"), max_length=300)
    concept = models.JSONField(_("concept"))
    vastgelegd_op = models.DateTimeField(_("vastgelegd op"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    history = HistoricalRecords()

    objects = BesluitQuerySet.as_manager()

    class Meta:
        verbose_name = _("verdeelbesluit")
        verbose_name_plural = _("verdeelbesluiten")
        ordering = ["provincie_cyclus", "nummer"]
        constraints = [
            models.UniqueConstraint(
                fields=["provincie_cyclus", "nummer"], name="uniek_verdeelbesluitnummer"
            )
        ]

    def __str__(self) -> str:
        return f"Verdeelbesluit {self.nummer} ({self.provincie_cyclus})"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.pk is not None:
            raise VastgesteldBesluit(self.nummer)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.nummer)


class Asieltoezichtladder(models.Model):
    """A province's supervision ladder for the asylum task in one cycle: the steps with
    their thresholds in whole months of shortfall, as {naam, omschrijving, drempel}.
    Without a row the default of `regietafel.domain.verdeelbesluit` applies."""

    provincie_cyclus = models.OneToOneField(
        ProvincieCyclus, on_delete=models.PROTECT, related_name="asieltoezichtladder"
    )
    stappen = models.JSONField(_("stappen"))
    versie = models.PositiveIntegerField(_("versie"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("toezichtladder asieltaak")
        verbose_name_plural = _("toezichtladders asieltaak")

    def __str__(self) -> str:
        return f"Toezichtladder asieltaak {self.provincie_cyclus}"

    def to_domain(self) -> Toezichtladder:
        return ladder_uit_stappen(self.stappen)
