"""What was published or ratified: a frozen copy of a province's inputs for a cycle (ADR 0007)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.data import gegevens_uit_dict
from regietafel.domain.model import CyclusGegevens
from regietafel.modelbouw import bij_provincie_cyclus, nieuwste_eerst, opties, optioneel
from regietafel.verdelingen.models import Verdelingsversie


class Publicatie(models.Model):
    """The inputs of one province in one cycle as they stood when the cycle was published
    (`soort` publicatie) or a distribution version was ratified (`soort` bekrachtiging),
    in the data-file form (docs/gegevens.md), and for a publication also what its report
    shows besides the figures (`verslag`: the texts, the report's date, …; see
    `services.verslagstand`). Append-only: it is never changed, except that a publication
    made before `verslag` existed has it completed once (ADR 0007)."""

    class Soort(models.TextChoices):
        PUBLICATIE = "publicatie", _("publicatie")
        BEKRACHTIGING = "bekrachtiging", _("bekrachtiging")

    provincie_cyclus = bij_provincie_cyclus("publicaties")
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    datum = models.DateField(_("datum"))
    verdelingsversie = optioneel(
        Verdelingsversie, soort=models.OneToOneField, related_name="vastlegging"
    )
    gegevens = models.JSONField(_("gegevens"))
    # Empty for a ratification, and for a publication made before it existed.
    verslag = models.JSONField(_("verslag"), default=dict, blank=True)
    vastgelegd_op = models.DateTimeField(_("vastgelegd op"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )

    Meta = opties(_("publicatie"), _("publicaties"), ordering=nieuwste_eerst("datum"))

    def __str__(self) -> str:
        return f"{self.provincie_cyclus} {self.get_soort_display()} {self.datum:%d-%m-%Y}"

    def to_domain(self) -> CyclusGegevens:
        """The inputs as they were frozen in this publication."""
        return gegevens_uit_dict(self.gegevens)
