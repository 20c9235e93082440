"""Template filters that write figures the Dutch way, with the domain's own formatter. An
amount that is not yet known (None) reads "nog niet bekend" (`domain.tekst.NOG_NIET_BEKEND`),
never "€ 0"; only `getal` leaves a puzzle cell blank, as the published tables do."""

from fractions import Fraction

from django import template

from regietafel.domain.tekst import NOG_NIET_BEKEND, nl_euro, nl_getal, nl_procent
from regietafel.web.puzzeltabel import puzzel_rijen, puzzel_totaalrij

register = template.Library()


@register.filter
def getal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> empty."""
    return "" if waarde is None else nl_getal(waarde)


@register.filter
def aantal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> ``nog niet bekend``."""
    return nl_getal(waarde)


@register.filter
def absoluut(waarde: int) -> int:
    return abs(waarde)


@register.filter
def euro(bedrag: int | None) -> str:
    """``3084000`` -> ``€ 3.084.000``; unknown (None) -> ``nog niet bekend``."""
    return nl_euro(bedrag)


@register.filter
def procent(aandeel: Fraction | None) -> str:
    """``Fraction(3, 4)`` -> ``75%``; unknown (None) -> ``nog niet bekend``."""
    return nl_procent(aandeel)


@register.simple_tag
def nog_niet_bekend() -> str:
    """The words for a figure that is not yet known, as every page writes them."""
    return NOG_NIET_BEKEND


register.simple_tag(puzzel_rijen)
register.simple_tag(puzzel_totaalrij)
