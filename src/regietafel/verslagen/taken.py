"""The background tasks that make a report (Django's tasks API; django-tasks-db in
production, the ImmediateBackend in tests): queueing them, and running them. Progress is
written to the RapportOpdracht row, which the progress page polls. The reports of all
provinces are one `maak_rapport` per province and a `stel_samen` that puts their ZIP
together; the documents themselves come from `verslagen.services`."""

from __future__ import annotations

from django.db import OperationalError
from django.tasks import task

from regietafel.services.opslag import NietGevonden
from regietafel.verslagen.bestand import Rapport
from regietafel.verslagen.models import RapportOpdracht
from regietafel.verslagen.services import (
    ALLE,
    SAMENSTELLEN,
    SOORTEN,
    OnbekendFormaat,
    brieven,
    document_en_formaat,
    mime_van,
    provincienaam,
    provincies_met_gegevens,
    rapport,
    rapporten_alle_provincies,
    zip_van,
)
from regietafel.werkers.services import database_bezet, ondanks_slot


@task()
def maak_rapport(opdracht_id: str) -> None:
    """Make the document of a RapportOpdracht and store it in the row."""

    maak_opdracht(RapportOpdracht.objects.get(pk=opdracht_id))


@task()
def stel_samen(opdracht_id: str) -> None:
    """Put the ZIP of the provinces' reports of a RapportOpdracht (all provinces) together."""

    stel_opdracht_samen(RapportOpdracht.objects.get(pk=opdracht_id))


def vraag_rapport_aan(gebruiker, provincie: str, cyclus: str, formaat: str):  # noqa: ANN001, ANN201
    """Queue a report as a background task; returns the RapportOpdracht whose progress the
    web page follows. The caller has checked that the user may have it.

    The documents of all provinces are queued as one task per province (each a part of the
    returned job), so that every free worker takes one; the last to finish queues the task
    that puts the ZIP together."""
    if formaat not in SOORTEN:
        raise OnbekendFormaat(formaat)
    opdracht = RapportOpdracht.objects.create(
        provincie=provincie,
        cyclus=cyclus,
        formaat=formaat,
        aangevraagd_door=gebruiker,
        stap="In de wachtrij",
    )
    if provincie != ALLE or formaat == "brieven":
        maak_rapport.enqueue(str(opdracht.pk))
        opdracht.refresh_from_db()
        return opdracht
    try:
        codes = provincies_met_gegevens(cyclus)
    except NietGevonden as fout:
        _mislukt(opdracht.pk, str(fout))
        opdracht.refresh_from_db()
        return opdracht
    delen = RapportOpdracht.objects.bulk_create(
        RapportOpdracht(
            provincie=code,
            cyclus=cyclus,
            formaat=formaat,
            aangevraagd_door=gebruiker,
            stap="In de wachtrij",
            deel_van=opdracht,
        )
        for code in codes
    )
    for deel in delen:
        maak_rapport.enqueue(str(deel.pk))
    opdracht.refresh_from_db()
    return opdracht


def vraag_opnieuw_aan(opdracht) -> bool:  # noqa: ANN001
    """Queue a failed RapportOpdracht again, as the same job (its page and the list keep
    one entry). False when it has not failed (any more): then nothing is queued. For all
    provinces, the provinces that did not finish are queued again; the finished ones stay."""
    status = RapportOpdracht.Status
    opnieuw = {"voortgang": 0, "stap": "In de wachtrij", "fout": "", "inhoud": None,
               "bestandsnaam": ""}  # fmt: skip
    if not RapportOpdracht.objects.filter(pk=opdracht.pk, status=status.MISLUKT).update(
        status=status.WACHT, **opnieuw
    ):
        return False
    delen = RapportOpdracht.objects.filter(deel_van_id=opdracht.pk)
    if not delen.exists():
        maak_rapport.enqueue(str(opdracht.pk))
        return True
    nog_te_doen = list(delen.exclude(status=status.KLAAR).values_list("pk", flat=True))
    delen.filter(pk__in=nog_te_doen).update(status=status.WACHT, **opnieuw)
    for pk in nog_te_doen:
        maak_rapport.enqueue(str(pk))
    if not nog_te_doen:  # every province was done: only the ZIP failed
        _deel_klaar(opdracht.pk)
    return True


def _mislukt(pk: object, fout: str) -> None:

    ondanks_slot(
        lambda: RapportOpdracht.objects.filter(pk=pk).update(
            status=RapportOpdracht.Status.MISLUKT, stap="Mislukt", fout=fout
        )
    )


def maak_opdracht(opdracht) -> None:  # noqa: ANN001
    """Run a RapportOpdracht: make the document, writing progress to the row as it goes.
    A locked database (SQLite during a long import) only delays the progress, and the
    result is written once the lock is gone. A province's part of the documents of all
    provinces tells the whole when it is done."""
    status = RapportOpdracht.Status
    rij = RapportOpdracht.objects.filter(pk=opdracht.pk)
    if opdracht.deel_van_id is not None:
        geheel = RapportOpdracht.objects.filter(pk=opdracht.deel_van_id)
        if geheel.filter(status=status.MISLUKT).exists():  # another province failed
            _mislukt(opdracht.pk, "Afgebroken: een andere provincie is mislukt.")
            return
        ondanks_slot(
            lambda: geheel.filter(status=status.WACHT).update(status=status.BEZIG, stap="Bezig")
        )

    def voortgang(procent: int, stap: str) -> None:
        try:
            rij.update(status=status.BEZIG, voortgang=min(procent, 99), stap=stap)
        except OperationalError as fout:  # the next step shows the progress again
            if not database_bezet(fout):
                raise

    voortgang(1, "Gestart")
    try:
        if opdracht.formaat == "brieven":
            r = brieven(opdracht.provincie, opdracht.cyclus)
        else:
            document, formaat, werkversie = document_en_formaat(opdracht.formaat)
            if opdracht.provincie == ALLE:  # queued before all provinces were split up
                r = rapporten_alle_provincies(
                    opdracht.cyclus, formaat, voortgang, document=document
                )
            else:
                r = rapport(
                    opdracht.provincie,
                    opdracht.cyclus,
                    formaat,
                    voortgang,
                    document=document,
                    werkversie=werkversie,
                )
    except Exception as fout:  # the page must show the failure, whatever it is
        melding = str(fout) or type(fout).__name__
        _mislukt(opdracht.pk, melding)
        if opdracht.deel_van_id is not None:
            _mislukt(opdracht.deel_van_id, f"{provincienaam(opdracht.provincie)}: {melding}")
        raise
    ondanks_slot(
        lambda: rij.update(
            status=status.KLAAR,
            voortgang=100,
            stap="Klaar",
            inhoud=r.inhoud,
            bestandsnaam=r.bestandsnaam,
        )
    )
    if opdracht.deel_van_id is not None:
        _deel_klaar(opdracht.deel_van_id)


def _deel_klaar(geheel_id: object) -> None:
    """When every province's part is done, queue putting the ZIP together, once: of two
    parts that finish at the same moment, one sees the other done, and the conditional
    update lets exactly one of them queue it."""
    status = RapportOpdracht.Status
    if RapportOpdracht.objects.filter(deel_van_id=geheel_id).exclude(status=status.KLAAR).exists():
        return
    geclaimd = ondanks_slot(
        lambda: (
            RapportOpdracht.objects.filter(pk=geheel_id, status__in=[status.WACHT, status.BEZIG])
            .exclude(stap=SAMENSTELLEN)
            .update(status=status.BEZIG, stap=SAMENSTELLEN, voortgang=95)
        )
    )
    if geclaimd:
        stel_samen.enqueue(str(geheel_id))


def stel_opdracht_samen(opdracht) -> None:  # noqa: ANN001
    """Put the provinces' documents of `opdracht` (all provinces) together in one ZIP."""

    delen = sorted(opdracht.delen.all(), key=lambda d: provincienaam(d.provincie).lower())
    document, formaat, _werkversie = document_en_formaat(opdracht.formaat)
    try:
        r = zip_van(
            [Rapport(bytes(d.inhoud), d.bestandsnaam, mime_van(d.bestandsnaam)) for d in delen],
            opdracht.cyclus,
            formaat,
            document,
        )
    except Exception as fout:
        _mislukt(opdracht.pk, str(fout) or type(fout).__name__)
        raise
    ondanks_slot(
        lambda: RapportOpdracht.objects.filter(pk=opdracht.pk).update(
            status=RapportOpdracht.Status.KLAAR,
            voortgang=100,
            stap="Klaar",
            inhoud=r.inhoud,
            bestandsnaam=r.bestandsnaam,
        )
    )
    # The parts' files are in the ZIP now; their rows stay for the progress page.
    opdracht.delen.update(inhoud=None)
