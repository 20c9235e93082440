"""Template filters that write figures the Dutch way, with the domain's own formatter."""

from django import template

from regietafel.domain.tekst import nl_getal

register = template.Library()


@register.filter
def getal(waarde: int | None) -> str:
    """``5722`` -> ``5.722``; unknown (None) -> empty."""
    return "" if waarde is None else nl_getal(waarde)


@register.filter
def absoluut(waarde: int) -> int:
    return abs(waarde)
