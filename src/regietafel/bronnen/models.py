"""Where every stored figure comes from (*bron*) and its reference date (*peildatum*).

A figure is named generically, by its model's label, the row's primary key and the field
(``opgaven.aanbod``, 17, ``plaatsen``), so no other app's model needs a column for it. The
label is stored as text rather than a content type, so that an export restores into any
database whatever the order in which its content types were made.
"""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.domain import bronnen as b
from regietafel.domain.bronnen import BronSoort
from regietafel.modelbouw import natuurlijke_sleutel, opties, volgens, waarden
from regietafel.provincies.models import Provincie

SOORTEN = [
    (BronSoort.DOCUMENT.value, _("document")),
    (BronSoort.IMPORT.value, _("import")),
    (BronSoort.PERSOON.value, _("ingevoerd door")),
]
# The fields of a source stored as the domain has them (all but `soort`).
BRONVELDEN = ("titel", "datum", "bestandsnaam", "sha256", "persoon", "moment")


class Bron(models.Model):
    """A source: a document (title, date), an imported file (name, SHA-256, who and when)
    or a person who entered figures (name, when)."""

    soort = models.CharField(_("soort"), max_length=20, choices=SOORTEN)
    titel = models.CharField(_("titel"), max_length=300, blank=True)
    datum = models.DateField(_("datum document"), null=True, blank=True)
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    persoon = models.CharField(_("persoon"), max_length=150, blank=True)
    moment = models.DateTimeField(_("moment"), null=True, blank=True)

    Meta = opties(_("bron"), _("bronnen"), ordering=volgens("soort", "datum", "moment"))

    def __str__(self) -> str:
        return self.titel or self.bestandsnaam or self.persoon

    def to_domain(self) -> b.Bron:
        return b.Bron(soort=b.BronSoort(self.soort), **waarden(self, BRONVELDEN))

    @staticmethod
    def domain_fields(bron: b.Bron) -> dict[str, Any]:
        """The stored fields of `bron`: all of them, which together name one row."""
        return {"soort": bron.soort.value, **waarden(bron, BRONVELDEN)}


class Cijferbron(models.Model):
    """The source and reference date of one stored figure: field `veld` of row `object_id`
    of model `model` (a label such as ``opgaven.opgave``)."""

    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("rij"))
    veld = models.CharField(_("veld"), max_length=50)
    bron = models.ForeignKey(
        Bron, on_delete=models.PROTECT, related_name="cijfers", verbose_name=_("bron")
    )
    peildatum = models.DateField(_("peildatum"))

    Meta = opties(
        _("bron van een cijfer"),
        _("bronnen van cijfers"),
        **natuurlijke_sleutel("uniek_cijferbron", "model", "object_id", "veld"),
    )

    def __str__(self) -> str:
        return f"{self.model} {self.object_id} {self.veld}"

    def to_domain(self) -> b.Herkomst:
        """The figure's source and reference date (select `bron` with it for many)."""
        return b.Herkomst(self.bron.to_domain(), self.peildatum)


class Actualiteitsnorm(models.Model):
    """A province's age after which a figure counts as stale (domain.bronnen.Actualiteit)."""

    provincie = models.OneToOneField(
        Provincie, on_delete=models.CASCADE, related_name="actualiteitsnorm"
    )
    max_dagen = models.PositiveIntegerField(
        _("verouderd na (dagen)"),
        default=180,
        help_text=_("Een cijfer met een oudere peildatum wordt als verouderd gemarkeerd."),
    )

    Meta = opties(_("actualiteitsnorm"), _("actualiteitsnormen"))

    def __str__(self) -> str:
        return f"{self.provincie}: {self.max_dagen} dagen"

    def to_domain(self) -> b.Actualiteit:
        return b.Actualiteit(self.max_dagen)
