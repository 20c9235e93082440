"""The Dutch names of a location's kinds and statuses: the model's choices, and what a page,
a chart label or a message shows instead of the stored code ("bijzonder: noodopvang", not
"no"). Without models, so that the pages' template filters may use it too."""

from django.utils.translation import gettext_lazy as _

from regietafel.domain.model import LocatieSoort, LocatieStatus

SOORTEN = [
    (LocatieSoort.REGULIER.value, _("regulier")),
    (LocatieSoort.AMV.value, _("AMV")),
    (LocatieSoort.TGO.value, _("bijzonder: TGO")),
    (LocatieSoort.NO.value, _("bijzonder: noodopvang")),
    (LocatieSoort.GEZINSLOCATIE.value, _("gezinslocatie")),
    (LocatieSoort.HTL.value, _("HTL")),
]
STATUSSEN = [
    (LocatieStatus.GEPLAND.value, _("gepland")),
    (LocatieStatus.GEREALISEERD.value, _("gerealiseerd")),
]
_NAMEN = dict(SOORTEN)


def soortnamen() -> dict[str, str]:
    """Every kind's Dutch name by its stored code, in the language of the moment."""
    return {code: str(naam) for code, naam in _NAMEN.items()}


def soortnaam(soort: LocatieSoort | str) -> str:
    """The Dutch name of the kind `soort` (a LocatieSoort or its stored code)."""
    return str(_NAMEN[LocatieSoort(soort).value])
