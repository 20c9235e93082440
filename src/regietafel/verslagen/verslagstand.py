"""What the provincial report and its letters show besides the figures (*verslagstand*):
the province's own texts with their placeholders filled in, the report's date, the
sentence about a revised capaciteitsbesluit, the confirmed exchanges, the ratified
distribution version the report follows, and its list of sources.

For a cycle in preparation these are read as they are now. Publishing a cycle freezes them
with its figures (`Publicatie.verslag`, ADR 0007), so that a text edited, a route-map date
moved or an exchange confirmed later does not change what was published: the public
download and the report "as published" are made from the frozen stand. A publication made
before the stand was frozen has no such copy; it reads the current values (as it did
before) until `vul_oude_publicaties_aan` completes it, once, with the values of that moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from regietafel.bronnen.services import bronnenoverzicht
from regietafel.domain.model import CyclusGegevens
from regietafel.herramingen.services import herraming_tekst
from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.vastleggen import publicatie
from regietafel.services.opslag import provincie_cyclus
from regietafel.uitruil.services import uitruil_zinnen
from regietafel.verdelingen import services as verdelingen
from regietafel.verslagen.standaardteksten import STANDAARD
from regietafel.verslagen.teksten import verslagdatum, verslagteksten


@dataclass(frozen=True)
class Verslagstand:
    """The report's inputs other than the figures; `gepubliceerd_op` is the day of the
    publication they were frozen with (None: as they are now)."""

    teksten: Mapping[str, str]
    datum: date
    herraming: str | None
    verdelingsversie: int | None  # the primary key of the ratified version, if any
    uitruilen: tuple[str, ...]
    bronnen: tuple[str, ...]
    gepubliceerd_op: date | None = None


def actuele_stand(
    provincie: str, cyclus: str, gegevens: CyclusGegevens | None = None
) -> Verslagstand:
    """The stand as it is now; `gegevens` (default: the stored inputs) fill in the texts."""
    versie = verdelingen.bekrachtigde_versie(provincie, cyclus)
    # An official document: who entered a figure stays out of it.
    bronnen = bronnenoverzicht(provincie, cyclus, met_personen=False).bronnen
    return Verslagstand(
        teksten=verslagteksten(provincie, cyclus, gegevens),
        datum=verslagdatum(provincie, cyclus),
        herraming=herraming_tekst(provincie, cyclus),
        verdelingsversie=None if versie is None else versie.pk,
        uitruilen=uitruil_zinnen(provincie, cyclus),
        bronnen=tuple(b.tekst for b in bronnen),
    )


def als_dict(stand: Verslagstand) -> dict[str, Any]:
    """The stand as JSON, the form `Publicatie.verslag` keeps."""
    return {
        "teksten": dict(stand.teksten),
        "datum": stand.datum.isoformat(),
        "herraming": stand.herraming,
        "verdelingsversie": stand.verdelingsversie,
        "uitruilen": list(stand.uitruilen),
        "bronnen": list(stand.bronnen),
    }


SLEUTELS = ("teksten", "datum", "herraming", "verdelingsversie", "uitruilen", "bronnen")


def uit_publicatie(p: Publicatie, actueel: Verslagstand | None = None) -> Verslagstand:
    """The stand frozen with publication `p`. What it does not hold (a publication from
    before the stand was frozen, or a text added to the report since) is taken from
    `actueel`, the stand as it is now."""
    vast = p.verslag or {}
    teksten = vast.get("teksten", {})
    if actueel is not None:
        teksten = {**actueel.teksten, **teksten}
    waarden = {
        "teksten": teksten,
        "datum": date.fromisoformat(vast["datum"]) if "datum" in vast else None,
        "herraming": vast.get("herraming"),
        "verdelingsversie": vast.get("verdelingsversie"),
        "uitruilen": tuple(vast.get("uitruilen", ())),
        "bronnen": tuple(vast.get("bronnen", ())),
    }
    if actueel is not None:
        for sleutel in SLEUTELS:
            if sleutel not in vast:
                waarden[sleutel] = getattr(actueel, sleutel)
    return Verslagstand(**waarden, gepubliceerd_op=p.datum)


def is_volledig(p: Publicatie) -> bool:
    """Whether `p` holds the whole stand (else some of it is read as it is now)."""

    vast = p.verslag or {}
    return all(s in vast for s in SLEUTELS) and set(STANDAARD) <= set(vast["teksten"])


def verslagstand(
    provincie: str,
    cyclus: str,
    gegevens: CyclusGegevens | None = None,
    werkversie: bool = False,
) -> Verslagstand:
    """The stand the report of `provincie` in `cyclus` is made from: as published for a
    published cycle, unless `werkversie` asks for the current one (the texts the province
    is working on); as it is now for a cycle not published."""
    pc = provincie_cyclus(provincie, cyclus)
    p = publicatie(pc) if pc.gepubliceerd and not werkversie else None
    if p is None:
        return actuele_stand(provincie, cyclus, gegevens)
    actueel = None if is_volledig(p) else actuele_stand(provincie, cyclus, gegevens)
    return uit_publicatie(p, actueel)


def vul_oude_publicaties_aan() -> int:
    """Complete the publications made before the stand was frozen with the stand as it is
    now (there is no record of the texts as they were: this is what the public download
    gave until now), so that from here on they no longer follow later edits. Returns how
    many were completed."""
    aantal = 0
    for p in Publicatie.objects.filter(soort=Publicatie.Soort.PUBLICATIE).select_related(
        "provincie_cyclus__provincie", "provincie_cyclus__cyclus"
    ):
        if is_volledig(p):
            continue
        pc = p.provincie_cyclus
        actueel = actuele_stand(pc.provincie.code, pc.cyclus.naam, p.to_domain())
        p.verslag = als_dict(uit_publicatie(p, actueel))
        p.save(update_fields=["verslag"])
        aantal += 1
    return aantal
