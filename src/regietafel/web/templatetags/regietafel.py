"""Template filters that write figures the Dutch way, with the domain's own formatter."""

from fractions import Fraction

from django import template

from regietafel.domain.tekst import nl_euro, nl_getal, nl_procent
from regietafel.web.puzzeltabel import puzzel_rijen, puzzel_totaalrij

register = template.Library()


@register.filter
def getal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> empty."""
    return "" if waarde is None else nl_getal(waarde)


@register.filter
def absoluut(waarde: int) -> int:
    return abs(waarde)


@register.filter
def euro(bedrag: int) -> str:
    """``3084000`` -> ``€ 3.084.000``."""
    return nl_euro(bedrag)


@register.filter
def procent(aandeel: Fraction) -> str:
    """``Fraction(3, 4)`` -> ``75%``."""
    return nl_procent(aandeel)


register.simple_tag(puzzel_rijen)
register.simple_tag(puzzel_totaalrij)
