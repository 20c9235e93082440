"""E-mail through Django's mail framework, every message logged (`berichten.Bericht`).

A message goes to the contact addresses of one municipality, or of the province itself.
It is logged before it is sent and marked sent or failed (with the error) after: a
failure never breaks the user's action, because a message about an action is sent only
after that action's transaction has committed (`na_opslaan`), and any error is caught
and recorded. A message with a `sleutel` goes out once: a second attempt with the same
key is skipped when the first was sent, and retries it when it failed.

The texts are Django templates (`berichten/*.txt`), in Dutch, with links into the app
made from REGIETAFEL_BASIS_URL. See docs/e-mail.md.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from regietafel.berichten.models import Bericht, Contactadres, Soort, Status
from regietafel.domain import opmaak
from regietafel.domain.routekaart import Invoerfout
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.services import klok
from regietafel.services.toegang import Gebruiker, GeenToegang, mag_bewerken, toegang

logger = logging.getLogger(__name__)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Bijlage:
    naam: str
    inhoud: bytes
    mimetype: str


def link(pad: str) -> str:
    """The full address of `pad` in the app, for a message."""
    return settings.REGIETAFEL_BASIS_URL + pad


def na_opslaan(taak: Callable[[], object]) -> None:
    """Run `taak` once the current transaction has committed (at once outside one); an
    error in it is logged, never raised into the user's action."""
    transaction.on_commit(taak, robust=True)


# Contact addresses -----------------------------------------------------------------------


def adressen(provincie: Provincie, gemeente: Gemeente | None = None) -> list[str]:
    """The contact addresses of `gemeente`, or of the province itself when it is None."""
    rijen = Contactadres.objects.filter(provincie=provincie, gemeente=gemeente)
    return list(rijen.order_by("adres").values_list("adres", flat=True))


def adresboek(provincie: Provincie) -> list[tuple[Gemeente, list[str]]]:
    """Every municipality of `provincie` with its contact addresses (maybe none)."""
    per: dict[int, list[str]] = {}
    for c in Contactadres.objects.filter(provincie=provincie, gemeente__isnull=False):
        per.setdefault(c.gemeente_id, []).append(c.adres)  # type: ignore[arg-type]
    return [(g, sorted(per.get(g.pk, []))) for g in provincie.gemeenten.order_by("naam")]


def adreshistorie(provincie: Provincie, gemeente: Gemeente | None) -> list[Any]:
    """Who added and removed which contact address when, newest first."""
    rijen = Contactadres.history.filter(provincie=provincie, gemeente=gemeente)  # type: ignore[attr-defined]
    return list(rijen.select_related("history_user").order_by("-history_date")[:50])


def lees_adressen(tekst: str) -> list[str]:
    """The addresses in `tekst`, one a line (or separated by commas or semicolons), each
    checked; a bad one raises Invoerfout naming its line."""
    uit: list[str] = []
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        for adres in re.split(r"[,;\s]+", regel.strip()):
            if not adres:
                continue
            try:
                validate_email(adres)
            except ValidationError:
                raise Invoerfout(str(nummer), adres, "geen_emailadres") from None
            if adres.lower() not in {a.lower() for a in uit}:
                uit.append(adres)
    return uit


@transaction.atomic
def zet_adressen(
    gebruiker: AbstractBaseUser, provincie: Provincie, gemeente: Gemeente | None, tekst: str
) -> list[str]:
    """Replace the contact addresses of `gemeente` (None: the province's own) by those in
    `tekst`. The province and the municipality itself may; every addition and removal is
    in the history with who made it."""
    t = toegang(gebruiker)
    if not mag_bewerken(t, provincie.code, gemeente.cbs_code if gemeente else None):
        raise GeenToegang("U mag deze contactadressen niet wijzigen.")
    nieuw = lees_adressen(tekst)
    bestaand = {c.adres.lower(): c for c in Contactadres.objects.filter(
        provincie=provincie, gemeente=gemeente)}  # fmt: skip
    for sleutel, c in bestaand.items():
        if sleutel not in {a.lower() for a in nieuw}:
            c._history_user = gebruiker  # type: ignore[attr-defined]
            c.delete()
    for adres in nieuw:
        if adres.lower() not in bestaand:
            c = Contactadres(provincie=provincie, gemeente=gemeente, adres=adres)
            c._history_user = gebruiker  # type: ignore[attr-defined]
            c.save()
    return adressen(provincie, gemeente)


# Sending ---------------------------------------------------------------------------------


def _claim(sleutel: str, velden: dict[str, Any]) -> Bericht | None:
    """The log row of a message that may go out only once: None when it was sent already
    (or is being sent by someone else); a failed one is tried again."""
    bestaand = Bericht.objects.filter(sleutel=sleutel).first()
    if bestaand is not None:
        if bestaand.status in (Status.VERZONDEN, Status.WACHTRIJ):
            return None
        for veld, waarde in velden.items():
            setattr(bestaand, veld, waarde)
        bestaand.status, bestaand.fout = Status.WACHTRIJ, ""
        bestaand.save()
        return bestaand
    try:
        with transaction.atomic():
            return Bericht.objects.create(sleutel=sleutel, **velden)
    except IntegrityError:  # another run claimed it in the meantime
        return None


def stuur(
    provincie: Provincie,
    gemeente: Gemeente | None,
    soort: Soort,
    onderwerp: str,
    sjabloon: str,
    context: dict[str, Any],
    sleutel: str = "",
    bijlagen: Sequence[Bijlage] = (),
) -> Bericht | None:
    """Log and send one message to the contact addresses of `gemeente` (None: of the
    province), its text made from the template `berichten/<sjabloon>.txt`. Returns its
    log row; None when a message with this `sleutel` was sent before."""
    aan = adressen(provincie, gemeente)
    # The footer's link: a municipality's home page, or the province's log.
    start = link("/mijn-gemeente/" if gemeente else "/berichten/")
    with translation.override(settings.LANGUAGE_CODE):  # Dutch dates, also from the CLI
        tekst = render_to_string(
            f"berichten/{sjabloon}.txt",
            {**context, "provincie": provincie, "startpagina": start},
        )
    velden: dict[str, Any] = {
        "provincie": provincie,
        "gemeente": gemeente,
        "soort": soort,
        "aan": aan,
        "onderwerp": onderwerp,
        "tekst": tekst,
        "bijlagen": [b.naam for b in bijlagen],
        "aangemaakt_op": klok.nu(),
    }
    bericht = _claim(sleutel, velden) if sleutel else Bericht.objects.create(**velden)
    if bericht is None:
        return None
    if not aan:
        bericht.status = Status.GEEN_ADRES
        bericht.save(update_fields=["status"])
        return bericht
    return _verstuur(bericht, bijlagen)


def _verstuur(bericht: Bericht, bijlagen: Sequence[Bijlage]) -> Bericht:
    mail = EmailMultiAlternatives(bericht.onderwerp, bericht.tekst, to=bericht.aan)
    for b in bijlagen:
        mail.attach(b.naam, b.inhoud, b.mimetype)
    bericht.pogingen += 1
    try:
        mail.send()
    except Exception as fout:  # noqa: BLE001 - any failure of the mail server is logged
        logger.warning("Bericht %s aan %s niet verstuurd: %s", bericht.pk, bericht.aan, fout)
        bericht.status = Status.MISLUKT
        bericht.fout = f"{type(fout).__name__}: {fout}"
    else:
        bericht.status = Status.VERZONDEN
        bericht.verzonden_op = klok.nu()
        bericht.fout = ""
    bericht.save(update_fields=["status", "fout", "pogingen", "verzonden_op"])
    return bericht


def berichten_van(provincie: str, soort: str = "", status: str = "") -> list[Bericht]:
    """The log of `provincie`, newest first, optionally of one kind or status."""
    rijen = Bericht.objects.filter(provincie__code=provincie).select_related("gemeente")
    if soort:
        rijen = rijen.filter(soort=soort)
    if status:
        rijen = rijen.filter(status=status)
    return list(rijen[:500])


# Changes of a municipality's figures by someone else ---------------------------------------


def _omschrijving(obj: Any) -> str:
    soort = str(obj._meta.verbose_name)
    if hasattr(obj, "jaar") and hasattr(obj, "plaatsen"):
        aantal = "onbekend" if obj.plaatsen is None else opmaak.getal(obj.plaatsen)
        return f"{soort} {obj.get_categorie_display()} {obj.jaar}: {aantal}"
    if hasattr(obj, "plaatsen"):
        naam = obj.naam or obj.get_soort_display()
        return f"{soort} {naam}: {opmaak.getal(obj.plaatsen)} plaatsen"
    if hasattr(obj, "get_categorie_display"):
        return f"{soort} {obj.get_categorie_display()}"
    return soort


def meld_wijzigingen(gebruiker: Gebruiker | None, objs: Iterable[Any], reden: str = "") -> None:
    """After commit, tell each municipality whose figures (offers, locations, targets)
    among `objs` were changed by someone other than the municipality itself: one message
    per municipality per action, with what changed."""
    if gebruiker is None or not gebruiker.is_authenticated:
        return  # the system itself (seeding, a data file on the command line)
    t = toegang(gebruiker)
    per_gemeente: dict[int, list[str]] = {}
    for obj in objs:
        if obj._meta.label not in FIGUREN:
            continue
        per_gemeente.setdefault(obj.gemeente_id, []).append(_omschrijving(obj))
    if not per_gemeente:
        return
    wie = gebruiker.get_username()

    def versturen() -> None:
        for g in Gemeente.objects.filter(pk__in=per_gemeente).select_related("provincie"):
            if t.gemeente == g.cbs_code:
                continue
            stuur(
                g.provincie,
                g,
                Soort.WIJZIGING,
                f"Cijfers van gemeente {g.naam} gewijzigd door {wie}",
                "wijziging",
                {"gemeente": g, "wie": wie, "regels": per_gemeente[g.pk], "reden": reden,
                 "link": link(f"/gemeenten/{g.cbs_code}/#historie")},
            )  # fmt: skip

    na_opslaan(versturen)


# The models whose rows are a municipality's figures.
FIGUREN = frozenset({"opgaven.Aanbod", "opgaven.Opgave", "locaties.Locatie"})
