"""Targets (*opgave*), realisation and offers (*aanbod*) per municipality and cycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.cycli.models import Cyclus
from regietafel.domain.model import Categorie, GemeenteCijfers
from regietafel.modelbouw import opties, uniek, versieveld
from regietafel.provincies.models import Gemeente

CATEGORIEEN = [
    (Categorie.ASIEL_REGULIER.value, _("Asielopvang (regulier)")),
    (Categorie.AMV.value, _("Asielopvang (AMV)")),
    (Categorie.OEKRAINE.value, _("Oekraïne")),
]


class Opgave(models.Model):
    """A municipality's target, realisation and (for Ukraine) ambition in one category.

    `opgave` is the ministry's indicative number; for Ukraine it stays empty, because that
    target is computed from the provincial target and inhabitants.
    """

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="opgaven")
    cyclus = models.ForeignKey(Cyclus, on_delete=models.PROTECT, related_name="opgaven")
    categorie = models.CharField(_("categorie"), max_length=20, choices=CATEGORIEEN)
    opgave = models.PositiveIntegerField(_("opgave"), null=True, blank=True)
    realisatie = models.PositiveIntegerField(_("realisatie"), null=True, blank=True)
    ambitie = models.PositiveIntegerField(_("ambitie"), null=True, blank=True)
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("opgave"),
        _("opgaven"),
        constraints=[uniek("uniek_opgave_per_categorie", "gemeente", "cyclus", "categorie")],
    )

    def __str__(self) -> str:
        return f"{self.gemeente} {self.cyclus} {self.categorie}"

    @staticmethod
    def domain_fields(c: GemeenteCijfers, categorie: Categorie) -> dict[str, int | None]:
        """The stored figures of `c` in `categorie` (a ProvincieCyclus maps them back)."""
        return {
            "opgave": c.opgave.get(categorie),
            "realisatie": c.realisatie.get(categorie),
            "ambitie": c.oekraine_ambitie if categorie is Categorie.OEKRAINE else None,
        }


class Aanbod(models.Model):
    """The places a municipality offers in one category and year; empty means unknown."""

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="aanbod")
    cyclus = models.ForeignKey(Cyclus, on_delete=models.PROTECT, related_name="aanbod")
    categorie = models.CharField(_("categorie"), max_length=20, choices=CATEGORIEEN)
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    plaatsen = models.PositiveIntegerField(_("plaatsen"), null=True, blank=True)
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("aanbod"),
        constraints=[uniek("uniek_aanbod", "gemeente", "cyclus", "categorie", "jaar")],
    )

    def __str__(self) -> str:
        return f"{self.gemeente} {self.categorie} {self.jaar}: {self.plaatsen}"
