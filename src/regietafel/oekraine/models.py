"""GOO locations: municipal reception of Ukrainian displaced persons (*gemeentelijke opvang
Oekraïners*), with what happens to them when temporary protection ends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain import oekraine as o
from regietafel.modelbouw import opties, versieveld, volgens, waarden
from regietafel.provincies.models import Gemeente

# The fields of a GOO location stored as the domain has them (all but its municipality).
VELDEN = ("naam", "plaatsen", "beschikbaar_van", "geplande_einde", "transformeerbaar", "opmerking")


class GooLocatie(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="goo_locaties")
    naam = models.CharField(_("naam"), max_length=200)
    plaatsen = models.PositiveIntegerField(_("plaatsen"))
    beschikbaar_van = models.DateField(_("beschikbaar van"), null=True, blank=True)
    # Empty: no planned end; the places are taken to end with temporary protection.
    geplande_einde = models.DateField(_("geplande einddatum"), null=True, blank=True)
    # Empty: not known yet whether the location can become regular housing.
    transformeerbaar = models.BooleanField(
        _("om te zetten naar huisvesting"), null=True, blank=True
    )
    opmerking = models.TextField(_("bijzonderheden"), blank=True)
    # Moved on by every change (services.oekraine, imports), so concurrent edits conflict.
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(_("GOO-locatie"), _("GOO-locaties"), ordering=volgens("gemeente__naam", "naam"))

    def __str__(self) -> str:
        return f"{self.gemeente}: {self.naam} ({self.plaatsen})"

    def to_domain(self) -> o.GooLocatie:
        return o.GooLocatie(cbs_code=self.gemeente.cbs_code, **waarden(self, VELDEN))
