"""Reserve emergency reception (*reserve noodopvang*) of a municipality: standby places,
never part of the task (regietafel.domain.noodopvang)."""

from collections.abc import Iterator

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain.noodopvang import Reserve, ReserveStatus
from regietafel.modelbouw import opties, versieveld, volgens
from regietafel.provincies.models import Gemeente

STATUSSEN = [
    (ReserveStatus.VERKEND.value, _("verkend")),
    (ReserveStatus.TOEGEZEGD.value, _("toegezegd")),
    (ReserveStatus.GEACTIVEERD.value, _("geactiveerd")),
    (ReserveStatus.BEEINDIGD.value, _("beëindigd")),
]


class Reservenoodopvang(models.Model):
    """Standby emergency places of a municipality: how many, how fast they can be opened,
    on what conditions, and where the arrangement stands."""

    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="reserve_noodopvang"
    )
    omschrijving = models.CharField(_("omschrijving"), max_length=200, blank=True)
    plaatsen = models.PositiveIntegerField(_("plaatsen"))
    openen_binnen_dagen = models.PositiveIntegerField(
        _("te openen binnen (dagen)"), null=True, blank=True
    )
    voorwaarden = models.TextField(_("voorwaarden"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=STATUSSEN, default=ReserveStatus.VERKEND.value
    )
    # Moved on by every change (services.noodopvang), so concurrent edits conflict.
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(_("reserve noodopvang"), ordering=volgens("gemeente__naam"))

    def __str__(self) -> str:
        return f"{self.gemeente}: {self.plaatsen} ({self.status})"

    @classmethod
    def all_to_domain(cls) -> Iterator[Reserve]:
        """Every stored reserve as the domain's, read in one query of plain values."""
        rijen = cls.objects.values_list(
            "gemeente__provincie__code", "gemeente__cbs_code", "plaatsen", "status",
            "openen_binnen_dagen",
        )  # fmt: skip
        for provincie, cbs, plaatsen, status, dagen in rijen:
            yield Reserve(provincie, cbs, plaatsen, ReserveStatus(status), dagen)
