"""The minister's distribution decisions (*verdeelbesluiten*) as the ministry recorded them,
and each province's supervision ladder for the asylum task in a cycle.

A recorded decision is *vastgesteld*: it never changes. `save()` on a stored one and
`delete()` raise, and so do `update()` and `delete()` on a queryset; a correction is the
next number (services.verdeelbesluiten). With the decided figures the record keeps the
provincial distribution and the concept as they were when it was recorded, so that the
difference shown stays what it was, whatever is entered later (as ADR 0007 publications).
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
    versieveld,
)
from regietafel.statushouders.models import Laddermodel


class VastgesteldBesluit(VastgelegdeVersie):
    """A recorded decision was about to be changed or deleted."""

    code = "besluit_vastgesteld"


class BesluitQuerySet(models.QuerySet):
    def update(self, **kwargs):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.values_list("nummer", flat=True).first())

    def delete(self):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.values_list("nummer", flat=True).first())


class Verdeelbesluit(models.Model):
    """One recorded version of the minister's decision for a province in a cycle."""

    provincie_cyclus = bij_provincie_cyclus("verdeelbesluiten")
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
    vastgelegd_door = gebruiker()
    history = HistoricalRecords()

    objects = BesluitQuerySet.as_manager()

    Meta = opties(
        _("verdeelbesluit"), _("verdeelbesluiten"), **genummerd("uniek_verdeelbesluitnummer")
    )

    def __str__(self) -> str:
        return f"Verdeelbesluit {self.nummer} ({self.provincie_cyclus})"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.pk is not None:
            raise VastgesteldBesluit(self.nummer)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise VastgesteldBesluit(self.nummer)


class Asieltoezichtladder(Laddermodel):
    """A province's supervision ladder for the asylum task in one cycle: the steps with
    their thresholds in whole months of shortfall, as {naam, omschrijving, drempel}.
    Without a row the default of `regietafel.domain.verdeelbesluit` applies."""

    provincie_cyclus = bij_provincie_cyclus("asieltoezichtladder", soort=models.OneToOneField)
    stappen = models.JSONField(_("stappen"))
    versie = versieveld()

    Meta = opties(_("toezichtladder asieltaak"), _("toezichtladders asieltaak"))
