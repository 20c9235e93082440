"""Template filters that write figures the Dutch way, thin wrappers of `domain.opmaak`, and
the province-and-cycle choice form of the pages that keep their choice themselves. An
amount that is not yet known (None) reads "nog niet bekend" (`domain.opmaak.NOG_NIET_BEKEND`),
never "€ 0"; only `getal` leaves a puzzle cell blank, as the published tables do."""

from datetime import date
from fractions import Fraction
from typing import Any

from django import template

from regietafel.domain import opmaak
from regietafel.domain.signaleringen import in_groepen
from regietafel.locaties.soorten import soortnaam
from regietafel.puzzel.puzzeltabel import puzzel_rijen, puzzel_totaalrij
from regietafel.services import klok
from regietafel.services.keuzes import beschikbare_cycli, leest_intern_iets
from regietafel.services.toegang import Rol, mag_documenten, mag_lezen, toegang

register = template.Library()


@register.filter(name="mag_documenten")
def documenten_in_menu(gebruiker: Any) -> bool:
    """Whether the main menu shows Documenten to `gebruiker` (provincie and ministerie)."""
    return mag_documenten(toegang(gebruiker))


@register.filter(name="landelijk_in_menu")
def landelijk_in_menu(gebruiker: Any) -> bool:
    """Whether the main menu shows the national overview: to the ministry (and a superuser),
    who read every province. The public may open it too (the published provinces)."""
    t = toegang(gebruiker)
    return t.alles or t.rol is Rol.MINISTERIE


@register.filter(name="interne_paginas")
def interne_paginas_in_menu(gebruiker: Any) -> bool:
    """Whether the main menu shows the pages for logged-in users (dashboard, locations,
    cycle…) to `gebruiker`: not to a user without a role, nor to staff of a province that
    has no data here; they read what the public reads."""
    return gebruiker.is_authenticated and leest_intern_iets(toegang(gebruiker))


@register.filter
def rol(gebruiker: Any) -> str:
    """The role of `gebruiker` ("provincie", "gemeente", "ministerie"; "" for none), as read
    once per request (services.toegang)."""
    gevonden = toegang(gebruiker).rol
    return "" if gevonden is None else gevonden.value


@register.filter
def verlopen(tot: date | None) -> bool:
    """A contract's end date that has passed (before today, services.klok)."""
    return tot is not None and tot < klok.vandaag()


register.filter("soortnaam", soortnaam)  # "no" -> "bijzonder: noodopvang"
register.filter("in_groepen", in_groepen)  # many signaleringen of one kind under one line


@register.filter
def bijeen(tekst: str) -> str:
    """A sentence of the domain on a page: an amount's "€" stays on the line of its number
    ("samen € 403.000" broke after the "€" on the SPUK page)."""
    return tekst.replace("€ ", "€\u00a0")


@register.filter
def getal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> empty."""
    return "" if waarde is None else opmaak.getal(waarde)


@register.filter
def aantal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> ``nog niet bekend``."""
    return opmaak.getal(waarde)


@register.filter
def absoluut(waarde: int) -> int:
    return abs(waarde)


@register.filter
def euro(bedrag: int | None) -> str:
    """``3084000`` -> ``€ 3.084.000``; unknown (None) -> ``nog niet bekend``."""
    return opmaak.bedrag(bedrag)


@register.filter
def procent(aandeel: Fraction | None) -> str:
    """``Fraction(3, 4)`` -> ``75%``; unknown (None) -> ``nog niet bekend``."""
    return opmaak.procent(aandeel, 0)


@register.filter
def saldo(waarde: int | None) -> str:
    """A shortage or surplus with its sign: ``+12``, ``−1.234``, ``0``; unknown -> empty."""
    return opmaak.saldo(waarde)


@register.filter
def saldo_klasse(waarde: int | None) -> str:
    """``saldo--tekort``, ``saldo--overschot`` or ``saldo--sluitend``; unknown -> empty."""
    return opmaak.saldo_klasse(waarde)


@register.inclusion_tag("regietafel/_saldo.html")
def saldo_woorden(waarde: int | None) -> dict[str, Any]:
    """A balance in words in its coloured label: ``tekort 12``, ``overschot 3``, ``sluitend``;
    unknown -> ``nog niet bekend``, as the unknown target beside it reads."""
    return {"saldo": waarde, "n": None if waarde is None else opmaak.getal(abs(waarde))}


@register.simple_tag
def nog_niet_bekend() -> str:
    """The words for a figure that is not yet known, as every page writes them."""
    return opmaak.NOG_NIET_BEKEND


register.simple_tag(puzzel_rijen)
register.simple_tag(puzzel_totaalrij)


@register.filter
def cycli(keuzes: list[Any]) -> list[str]:
    """The distinct cycles of a list of province-and-cycle choices, in order."""
    return sorted({k.cyclus for k in keuzes})


@register.inclusion_tag("regietafel/_keuze.html", takes_context=True)
def keuzeformulier(context: template.Context) -> dict[str, Any]:
    """The province and cycle choice for a page for logged-in users, set to the page's own
    choice (`paginakeuze`): every province and cycle the user may read."""
    t = toegang(context["request"].user)
    k = context["paginakeuze"]
    return {
        "keuzes": [c for c in beschikbare_cycli() if mag_lezen(t, c.provincie_code, False)],
        "provincie": k.provincie,
        "cyclus": k.cyclus,
    }


@register.inclusion_tag("regietafel/_keuze.html", takes_context=True)
def provinciekeuze(context: template.Context, provincie: str) -> dict[str, Any]:
    """The province choice (no cycle) for a page about one province that is not per cycle
    (status holders, the supervision ladder, reserve emergency places), set to `provincie`:
    every province whose pages for logged-in users this user reads (the ministry: all)."""
    t = toegang(context["request"].user)
    return {
        "keuzes": [c for c in beschikbare_cycli() if mag_lezen(t, c.provincie_code, False)],
        "provincie": provincie,
        "zonder_cyclus": True,
    }
