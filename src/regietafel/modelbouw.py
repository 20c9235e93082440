"""Building blocks the models share, so that each model states only what is its own.

`opties` makes a model's `Meta`; `volgens`, `nieuwste_eerst`, `natuurlijke_sleutel`,
`genummerd` and `uniek` its orderings and unique constraints. The field functions make the
fields many models declare alike: the version for concurrent edits, the user who did
something, a reference that may be empty, the province in a cycle that a row belongs to.
`waarden` reads the attributes a model and its domain object share by name.
`EenPerEigenaar` names a record its owner has one of; `VastgelegdeVersie` is the error of a
numbered version that no longer changes.

Each returns what the models spelled out before, with the same arguments, so the
migrations see no change (and the fields keep their order).
"""

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from regietafel.domain.fouten import RegietafelFout, Soort


def opties(enkelvoud: str | Promise, meervoud: str | Promise | None = None, **meta: Any) -> type:
    """The `Meta` of a model called `enkelvoud` (`meervoud` for more than one, when that is
    another word), with Django's other model options `meta` (`ordering`, `constraints`)."""
    namen = {"verbose_name": enkelvoud, "verbose_name_plural": meervoud or enkelvoud}
    return type("Meta", (), {**namen, **meta})


def volgens(*velden: str) -> list[str]:
    """The `ordering` by `velden`, and where they are equal in the order the rows were made."""
    return [*velden, "id"]


def nieuwste_eerst(veld: str) -> list[str]:
    """The `ordering` newest first by `veld`, and of the same moment the last made first."""
    return [f"-{veld}", "-id"]


def natuurlijke_sleutel(naam: str, *velden: str) -> dict[str, Any]:
    """The options of a model ordered by its key `velden`, with one row for each key (the
    constraint `naam`)."""
    return {"ordering": list(velden), "constraints": [uniek(naam, *velden)]}


def uniek(naam: str, *velden: str, **voorwaarde: Any) -> models.UniqueConstraint:
    """The constraint `naam`: one row for each combination of `velden` (where the
    `condition` in `voorwaarde` holds, when given)."""
    return models.UniqueConstraint(fields=list(velden), name=naam, **voorwaarde)


def genummerd(naam: str) -> dict[str, Any]:
    """The options of versions numbered per province in a cycle: in the order of their
    numbers, and one version of each number (the constraint `naam`)."""
    return natuurlijke_sleutel(naam, "provincie_cyclus", "nummer")


def versieveld() -> models.PositiveIntegerField:
    """The version a change moves on, so that two edits of the same version conflict."""
    return models.PositiveIntegerField(_("versie"), default=1)


def gebruiker(on_delete: Any = models.PROTECT, **opties: Any) -> models.ForeignKey:
    """A reference to the user who did something, without a way back from the user."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=on_delete, related_name="+", **opties
    )


def optioneel(
    naar: Any, on_delete: Any = models.PROTECT, soort: Any = models.ForeignKey, **opties: Any
) -> models.ForeignKey:
    """A reference (`soort`: a foreign key, or a one-to-one field) to `naar` that may be
    empty."""
    return soort(naar, on_delete=on_delete, null=True, blank=True, **opties)


def bij_provincie_cyclus(
    related_name: str, on_delete: Any = models.PROTECT, soort: Any = models.ForeignKey
) -> models.ForeignKey:
    """The reference (`soort`: a foreign key, or a one-to-one field) to the province in a
    cycle that a row belongs to."""
    return soort("cycli.ProvincieCyclus", on_delete=on_delete, related_name=related_name)


def waarden(bron: object, namen: Iterable[str]) -> dict[str, Any]:
    """The attributes `namen` of `bron` by name: what a model and its domain object share."""
    return {naam: getattr(bron, naam) for naam in namen}


class EenPerEigenaar(models.Model):
    """A record of which its owner, the row its one-to-one field refers to, has one (the
    route map of a province in a cycle): named after its kind and its owner."""

    class Meta:
        abstract = True

    def __str__(self) -> str:
        eigenaar = next(veld for veld in self._meta.concrete_fields if veld.one_to_one)
        return f"{capfirst(self._meta.verbose_name)} {getattr(self, eigenaar.name)}"


class VastgelegdeVersie(RegietafelFout):
    """A numbered version that no longer changes was about to be changed or deleted; a
    subclass names its `code`."""

    soort = Soort.CONFLICT

    def __init__(self, nummer: int | None = None) -> None:
        super().__init__(veld="nummer", waarde="" if nummer is None else nummer)

    def parameters(self) -> dict[str, object]:
        return {"nr": f" {self.waarde}" if self.waarde != "" else ""}
