"""Exchanges (*uitruil*) between two municipalities of a province in a cycle.

Side A: `gemeente_a` takes `aantal_a` of `categorie_a` over from `gemeente_b` in each of
`perioden_a`; side B is the return. The rules live in regietafel.domain.uitruil; writes go
through services.uitruil, which checks `versie` so two confirmations never race.
"""

from collections.abc import Mapping
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain import uitruil as d
from regietafel.domain.uitruil import CATEGORIE_NAMEN
from regietafel.modelbouw import (
    bij_provincie_cyclus,
    gebruiker,
    opties,
    optioneel,
    versieveld,
    volgens,
)
from regietafel.provincies.models import Gemeente
from regietafel.verdelingen.models import Verdelingsversie

CATEGORIEEN = [(c.value, naam) for c, naam in CATEGORIE_NAMEN.items()]


class Uitruil(models.Model):
    provincie_cyclus = bij_provincie_cyclus("uitruilen")
    gemeente_a = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+")
    categorie_a = models.CharField(_("categorie A"), max_length=20, choices=CATEGORIEEN)
    aantal_a = models.PositiveIntegerField(_("aantal A"))
    perioden_a = models.JSONField(_("perioden A"), default=list)
    gemeente_b = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+")
    categorie_b = models.CharField(_("categorie B"), max_length=20, choices=CATEGORIEEN)
    aantal_b = models.PositiveIntegerField(_("aantal B"))
    perioden_b = models.JSONField(_("perioden B"), default=list)
    toelichting = models.TextField(_("toelichting"), blank=True)
    voorgesteld_op = models.DateTimeField(_("voorgesteld op"))
    voorgesteld_door = gebruiker(null=True, blank=True)
    akkoord_a_op = models.DateTimeField(_("bevestigd door A op"), null=True, blank=True)
    akkoord_a_door = gebruiker(null=True, blank=True)
    akkoord_b_op = models.DateTimeField(_("bevestigd door B op"), null=True, blank=True)
    akkoord_b_door = gebruiker(null=True, blank=True)
    verdelingsversie = optioneel(
        Verdelingsversie,
        related_name="uitruilen",
        verbose_name=_("bekrachtigd met verdelingsversie"),
    )
    bekrachtigd_op = models.DateField(_("bekrachtigd op"), null=True, blank=True)
    bekrachtigd_door = gebruiker(null=True, blank=True)
    versie = versieveld()
    history = HistoricalRecords()

    Meta = opties(
        _("uitruil"),
        _("uitruilen"),
        ordering=volgens("provincie_cyclus", "voorgesteld_op"),
        constraints=[
            models.CheckConstraint(
                condition=~models.Q(gemeente_a=models.F("gemeente_b")),
                name="uitruil_twee_gemeenten",
            ),
            models.CheckConstraint(
                condition=models.Q(aantal_a__gt=0, aantal_b__gt=0), name="uitruil_aantal_positief"
            ),
        ],
    )

    def __str__(self) -> str:
        return f"Uitruil {self.gemeente_a} – {self.gemeente_b} ({self.provincie_cyclus})"

    def to_domain(self) -> d.Uitruil:
        """The stored exchange as the domain's Uitruil (select both municipalities with it
        for many)."""
        return d.Uitruil(
            d.Overname(
                self.gemeente_a.cbs_code,
                self.gemeente_b.cbs_code,
                d.UitruilCategorie(self.categorie_a),
                self.aantal_a,
                tuple(self.perioden_a),
            ),
            d.Overname(
                self.gemeente_b.cbs_code,
                self.gemeente_a.cbs_code,
                d.UitruilCategorie(self.categorie_b),
                self.aantal_b,
                tuple(self.perioden_b),
            ),
            akkoord_a=self.akkoord_a_op is not None,
            akkoord_b=self.akkoord_b_op is not None,
            bekrachtigd=self.verdelingsversie_id is not None,
        )

    @classmethod
    def from_domain(
        cls, u: d.Uitruil, gemeenten: Mapping[str, Gemeente], **velden: Any
    ) -> "Uitruil":
        """An unsaved row of the exchange `u`, its municipalities found in `gemeenten` by
        CBS code; `velden` are the other fields (the cycle, who proposed and when)."""
        return cls(
            gemeente_a=gemeenten[u.gemeente_a],
            categorie_a=u.a.categorie.value,
            aantal_a=u.a.aantal,
            perioden_a=list(u.a.perioden),
            gemeente_b=gemeenten[u.gemeente_b],
            categorie_b=u.b.categorie.value,
            aantal_b=u.b.aantal,
            perioden_b=list(u.b.perioden),
            **velden,
        )
