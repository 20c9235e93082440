"""The route map (*routekaart*) of a province in a cycle: its parameters and its steps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regietafel.domain import routekaart as rk
from regietafel.domain.routekaart import StapStatus
from regietafel.modelbouw import EenPerEigenaar, bij_provincie_cyclus, opties, uniek, waarden

STATUSSEN = [
    (StapStatus.GEPLAND.value, _("gepland")),
    (StapStatus.BEZIG.value, _("bezig")),
    (StapStatus.AFGEROND.value, _("afgerond")),
]
# The fields of a step stored as the domain has them (all but the route map and status).
STAPVELDEN = ("code", "nummer", "wat", "verantwoordelijke", "begin", "deadline", "wettelijk")


class Routekaart(EenPerEigenaar):
    """The parameters the steps' dates are computed from; empty means the statutory default
    (see domain.routekaart.RoutekaartParameters)."""

    provincie_cyclus = bij_provincie_cyclus(
        "routekaart", models.CASCADE, soort=models.OneToOneField
    )
    antwoord_voor = models.DateField(_("antwoord gemeenten voor"), null=True, blank=True)
    verslag_uiterlijk = models.DateField(_("verslag CdK uiterlijk"), null=True, blank=True)
    verdeelbesluit_uiterlijk = models.DateField(
        _("verdeelbesluit uiterlijk"), null=True, blank=True
    )
    realisatie_maanden = models.PositiveSmallIntegerField(
        _("realisatie binnen (maanden)"), default=6
    )
    history = HistoricalRecords()

    Meta = opties(_("routekaart"), _("routekaarten"))

    def to_domain(self, jaren: tuple[int, ...]) -> rk.RoutekaartParameters:
        """The stored parameters for a cycle of `jaren`."""
        return rk.RoutekaartParameters(
            jaren=jaren,
            antwoord_voor=self.antwoord_voor,
            verslag_uiterlijk=self.verslag_uiterlijk,
            verdeelbesluit_uiterlijk=self.verdeelbesluit_uiterlijk,
            realisatie_maanden=self.realisatie_maanden,
        )


class RoutekaartStap(models.Model):
    routekaart = models.ForeignKey(Routekaart, on_delete=models.CASCADE, related_name="stappen")
    code = models.SlugField(_("code"))
    nummer = models.PositiveSmallIntegerField(_("stap"))
    wat = models.CharField(_("wat"), max_length=200)
    verantwoordelijke = models.CharField(_("verantwoordelijke"), max_length=100)
    begin = models.DateField(_("begin"))
    deadline = models.DateField(_("deadline"))
    wettelijk = models.BooleanField(_("wettelijke termijn"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=STATUSSEN, default=StapStatus.GEPLAND.value
    )
    history = HistoricalRecords()

    Meta = opties(
        _("stap van de routekaart"),
        _("stappen van de routekaart"),
        ordering=["deadline", "nummer"],
        constraints=[uniek("uniek_stap_per_routekaart", "routekaart", "code")],
    )

    def __str__(self) -> str:
        return f"{self.nummer}. {self.wat}"

    def to_domain(self) -> rk.Stap:
        return rk.Stap(**waarden(self, STAPVELDEN))

    @classmethod
    def from_domain(cls, routekaart: Routekaart, s: rk.Stap) -> "RoutekaartStap":
        """An unsaved row of the step `s` of `routekaart` (status: planned)."""
        return cls(routekaart=routekaart, **waarden(s, STAPVELDEN))
