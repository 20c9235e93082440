"""Numbered versions of the capaciteitsbesluit of a province in a cycle.

Version 1 is the decision the cycle started with; each revision (*herraming*) the minister
publishes within the cycle is imported as the next version. The highest number is the
current one and the targets (`opgaven.Opgave`) follow it. Old versions are kept as they
were: nothing in Regietafel changes or deletes a version.
"""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.domain.herraming import Capaciteitsbesluit, Indicatief
from regietafel.importen.models import Import
from regietafel.modelbouw import bij_provincie_cyclus, gebruiker, genummerd, opties, optioneel


class Capaciteitsbesluitversie(models.Model):
    provincie_cyclus = bij_provincie_cyclus("capaciteitsbesluiten")
    nummer = models.PositiveIntegerField(_("versie"))
    datum_besluit = models.DateField(_("datum van het besluit"), null=True, blank=True)
    omschrijving = models.CharField(_("omschrijving en bron"), max_length=300)
    landelijke_behoefte = models.PositiveIntegerField(_("landelijke behoefte"))
    # {cbs_code: {"regulier": n, "amv": n}}
    aantallen = models.JSONField(_("indicatieve aantallen"))
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    import_log = optioneel(Import, related_name="+")
    geimporteerd_op = models.DateTimeField(_("geïmporteerd op"))
    geimporteerd_door = gebruiker(null=True, blank=True, verbose_name=_("geïmporteerd door"))

    Meta = opties(
        _("versie van het capaciteitsbesluit"),
        _("versies van het capaciteitsbesluit"),
        **genummerd("uniek_capaciteitsbesluitversie"),
    )

    def __str__(self) -> str:
        return f"Capaciteitsbesluit versie {self.nummer} ({self.provincie_cyclus})"

    def to_domain(self) -> Capaciteitsbesluit:
        """This version as the domain's capaciteitsbesluit."""
        return Capaciteitsbesluit(
            self.landelijke_behoefte,
            {code: Indicatief(a["regulier"], a["amv"]) for code, a in self.aantallen.items()},
        )

    @staticmethod
    def domain_fields(besluit: Capaciteitsbesluit) -> dict[str, Any]:
        """The stored figures of `besluit` (by CBS code)."""
        return {
            "landelijke_behoefte": besluit.landelijke_behoefte,
            "aantallen": {
                code: {"regulier": a.regulier, "amv": a.amv}
                for code, a in sorted(besluit.aantallen.items())
            },
        }
