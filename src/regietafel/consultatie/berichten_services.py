"""The consultation's messages: the letter to each municipality when the province opens
it, the notice to the province when a municipality answers, and the reminders before
and after the deadline (`verstuur_herinneringen`, run daily by `regietafel
herinneringen`). See docs/e-mail.md."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from django.conf import settings

from regietafel.berichten.models import Soort, Status
from regietafel.berichten.services import DOCX, Bijlage, link, na_opslaan, stuur
from regietafel.consultatie.models import Antwoord, Consultatie
from regietafel.domain.berichten import Herinnering, verschuldigde_herinnering
from regietafel.domain.routekaart import StapStatus
from regietafel.provincies.models import Gemeente
from regietafel.reports.brieven import bestandsnaam, brief_docx
from regietafel.routekaart.models import RoutekaartStap
from regietafel.services import klok
from regietafel.verslagen.brieflijst import brieflijst

logger = logging.getLogger(__name__)


def _context(c: Consultatie, g: Gemeente) -> dict[str, object]:
    pc = c.provincie_cyclus
    return {
        "consultatie": c,
        "gemeente": g,
        "cyclus": pc.cyclus.naam,
        "link": link(f"/consultatie/{g.cbs_code}/?cyclus={pc.cyclus.naam}"),
    }


def verstuur_brieven(c: Consultatie) -> list[Status]:
    """The consultation letter to every municipality of the province, the DOCX letter
    (`verslagen.brieflijst`) attached; each once per consultation."""

    pc = c.provincie_cyclus
    try:
        brieven = {b.cbs_code: b for b in brieflijst(pc.provincie.code, pc.cyclus.naam,
                                                     c.antwoord_voor)}  # fmt: skip
    except Exception:  # noqa: BLE001 - the letters go out, without the Word letter then
        logger.exception("Consultatiebrieven %s niet gemaakt", pc)
        brieven = {}
    uit = []
    for g in Gemeente.objects.filter(provincie=pc.provincie).order_by("naam"):
        brief = brieven.get(g.cbs_code)
        bijlagen = [Bijlage(bestandsnaam(brief), brief_docx(brief), DOCX)] if brief else []
        b = stuur(
            pc.provincie,
            g,
            Soort.CONSULTATIEBRIEF,
            f"Consultatie spreiding asielopvang {pc.cyclus.naam}: antwoord vóór "
            f"{c.antwoord_voor:%d-%m-%Y}",
            "consultatiebrief",
            _context(c, g),
            sleutel=f"consultatie-{c.pk}-brief-{g.cbs_code}",
            bijlagen=bijlagen,
        )
        if b is not None:
            uit.append(Status(b.status))
    return uit


def na_openen(c: Consultatie) -> None:
    """Send the letters once the opening of `c` has committed."""
    na_opslaan(lambda: verstuur_brieven(c))


def na_antwoord(antwoord: Antwoord, namens_provincie: bool) -> None:
    """Tell the province that a municipality answered (not when the province itself
    entered an answer received by letter)."""
    if namens_provincie:
        return
    c = antwoord.consultatie
    pc = c.provincie_cyclus
    g = antwoord.gemeente

    def versturen() -> None:
        stuur(
            pc.provincie,
            None,
            Soort.ANTWOORD,
            f"Gemeente {g.naam} heeft de consultatie {pc.cyclus.naam} beantwoord",
            "antwoord",
            {**_context(c, g), "antwoord": antwoord,
             "overzicht": link(f"/consultatie/?provincie={pc.provincie.code}"
                               f"&cyclus={pc.cyclus.naam}")},
        )  # fmt: skip

    na_opslaan(versturen)


@dataclass(frozen=True)
class Herinneringen:
    """What one run of the reminders did."""

    verzonden: int = 0
    mislukt: int = 0
    geen_adres: int = 0


ONDERWERP = {
    Herinnering.VOORAF: "Herinnering: consultatie {cyclus} beantwoorden vóór {datum}",
    Herinnering.TE_LAAT: "Termijn verstreken: consultatie {cyclus} (antwoord vóór {datum})",
}


def _lopend(c: Consultatie) -> bool:
    """A consultation whose route-map step the province has not closed."""
    return not RoutekaartStap.objects.filter(
        routekaart__provincie_cyclus=c.provincie_cyclus,
        code="consultatie",
        status=StapStatus.AFGEROND.value,
    ).exists()


def verstuur_herinneringen(vandaag: date | None = None, dagen: int | None = None) -> Herinneringen:
    """Each municipality that has not answered a running consultation gets the reminder
    it is due (`domain.berichten.verschuldigde_herinnering`), `dagen` (default
    REGIETAFEL_HERINNERING_DAGEN) before the deadline, and once the deadline has passed;
    each at most once, however often this runs."""
    vandaag = vandaag or klok.vandaag()
    dagen = settings.REGIETAFEL_HERINNERING_DAGEN if dagen is None else dagen
    telling = {s: 0 for s in Status}
    consultaties = Consultatie.objects.select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    )
    for c in consultaties:
        if not _lopend(c):
            continue
        pc = c.provincie_cyclus
        beantwoord = set(c.antwoorden.values_list("gemeente_id", flat=True))
        for g in Gemeente.objects.filter(provincie=pc.provincie).order_by("naam"):
            soort = verschuldigde_herinnering(c.antwoord_voor, vandaag, dagen, g.pk in beantwoord)
            if soort is None:
                continue
            onderwerp = ONDERWERP[soort].format(
                cyclus=pc.cyclus.naam, datum=f"{c.antwoord_voor:%d-%m-%Y}"
            )
            b = stuur(
                pc.provincie,
                g,
                Soort(soort.value),
                onderwerp,
                soort.value,
                _context(c, g),
                sleutel=f"consultatie-{c.pk}-{soort.value}-{g.cbs_code}",
            )
            if b is not None:
                telling[Status(b.status)] += 1
    return Herinneringen(
        telling[Status.VERZONDEN], telling[Status.MISLUKT], telling[Status.GEEN_ADRES]
    )
