"""The computed part of a page, rendered once per data version (ADR 0015).

The pages with many figures (the puzzle, the dashboard, SPUK, Bijlage 1, Capaciteit,
Realisatie) spend most of a request on rendering their tables, even when the figures
themselves are reused (services.stand). Their computed part is a template of its own,
rendered once for the data version and everything else it shows (province, cycle, the
page's own parameters, today's date where it counts), and kept as HTML.

Such a part holds nothing that depends on who asks beyond what its key names: the menu,
the choice of province and cycle (which lists what this user may read), the publication
notice (which shows logged-in users what changed since) and the access decisions stay
outside it and are made on every request. A part that shows location details has in its
key what of them the reader may see (services.toegang.inzage_locatiedetails, ADR 0012), so
a part rendered for the province is never shown to a reader who may see less.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from regietafel.services.stand import hergebruik


@dataclass(frozen=True)
class Deel:
    """A rendered part of a page, and the few values (`kop`) the page around it shows."""

    html: str
    kop: dict[str, Any] = field(default_factory=dict)

    @property
    def inhoud(self) -> SafeString:
        return mark_safe(self.html)  # noqa: S308 - rendered by the template engine


def deel(sjabloon: str, sleutel: tuple[Any, ...], context: Callable[[], dict[str, Any]]) -> Deel:
    """`sjabloon` rendered with `context()`, once per data version and `sleutel` (which names
    everything else the part shows). `context()` may put a dict under "kop": values that the
    page around the part needs (a default date), kept with it. Errors in `context()` (a
    province not found) reach the caller and nothing is kept."""

    def render() -> Deel:
        waarden = context()
        kop = waarden.pop("kop", {})
        return Deel(render_to_string(sjabloon, waarden), kop)

    return hergebruik(("deel", sjabloon, get_language(), *sleutel), render)
