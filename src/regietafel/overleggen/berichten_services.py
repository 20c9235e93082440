"""The action and decision list of a PRT meeting, sent to its participants after the
meeting: to the contact addresses of each municipality that the participant list names
(`domain.berichten.genoemde`), and of the province itself, with the DOCX list attached."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from regietafel.berichten.models import Bericht, Soort
from regietafel.berichten.services import DOCX, Bijlage, link, stuur
from regietafel.domain.berichten import genoemde, noemt
from regietafel.overleggen.models import Overleg
from regietafel.overleggen.services import actielijst, actielijst_docx
from regietafel.provincies.models import Gemeente
from regietafel.services.toegang import mag_bewerken, toegang
from regietafel.services.wijzigingen import GeenToegang


@dataclass(frozen=True)
class Verzending:
    """The messages of one sending, and the participants no address was known for."""

    berichten: tuple[Bericht, ...]
    zonder_adres: tuple[str, ...]


def verstuur_actielijst(overleg: Overleg, door: AbstractBaseUser) -> Verzending:
    """Send the action list of `overleg` (only the province does). Each sending is a new
    message: a list corrected after the meeting may be sent again."""
    provincie = overleg.provincie
    if not mag_bewerken(toegang(door), provincie.code):
        raise GeenToegang("Alleen de provincie verstuurt de actielijst.")
    lijst = actielijst(overleg)
    gemeenten = {g.naam: g for g in Gemeente.objects.filter(provincie=provincie)}
    namen = genoemde(overleg.deelnemers, gemeenten)
    bijlage = Bijlage(f"actielijst-{overleg.datum:%Y-%m-%d}.docx", actielijst_docx(overleg), DOCX)
    context = {"lijst": lijst, "link": link(f"/overleggen/{overleg.pk}/")}
    onderwerp = f"Actie- en besluitenlijst {overleg.titel} {overleg.datum:%d-%m-%Y}"
    verstuurd = [
        stuur(provincie, gemeente, Soort.ACTIELIJST, onderwerp, "actielijst", context,
              bijlagen=[bijlage])
        for gemeente in [None, *(gemeenten[n] for n in namen)]
    ]  # fmt: skip
    # Participants that are neither a municipality of the province nor the province itself.
    zonder = tuple(
        d for d in overleg.deelnemers
        if not any(noemt(d, n) for n in namen) and not noemt(d, provincie.naam)
    )  # fmt: skip
    return Verzending(tuple(b for b in verstuurd if b is not None), zonder)
