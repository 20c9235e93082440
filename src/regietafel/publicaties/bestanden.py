"""The public downloads of a published cycle, each made once and kept.

A publication never changes (ADR 0007), so neither do the files made from it: each is kept
in the data folder (`settings.GEPUBLICEERD_DIR`) under the publication's id and a
fingerprint of what it is made from: the frozen inputs and report stand, and the code that
lays the documents out (so that a new release with other wording makes them anew). The
first request makes the file under a lock on `<file>.lock` (fcntl, where there is one, so
across the web workers; and a lock within the process); the requests that arrive meanwhile
wait for it and read the same file. Nothing that is entered later reaches these files: the
publication is all they depend on. A data folder that cannot be written is no reason to
refuse the download: the file is then made for each request, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings

import regietafel
from regietafel.publicaties.models import Publicatie
from regietafel.verslagen.bestand import Rapport

try:
    import fcntl
except ImportError:  # Windows: one process (waitress); the lock within the process does
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
_IN_PROCES = threading.Lock()


@cache
def opmaakversie() -> str:
    """A fingerprint of the code that words and lays out the documents (the `reports`
    package and the services that assemble its input), read once per process."""

    pakket = Path(regietafel.__file__).parent
    bestanden = [
        pad for pad in sorted((pakket / "reports").rglob("*")) if pad.suffix in (".py", ".html")
    ]
    bestanden += [
        pakket / "verslagen" / n for n in ("services.py", "verslagstand.py", "teksten.py")
    ]
    h = hashlib.sha256(regietafel.__version__.encode())
    for pad in bestanden:
        h.update(pad.relative_to(pakket).as_posix().encode())
        h.update(pad.read_bytes())
    return h.hexdigest()


def vingerafdruk(p: Publicatie) -> str:
    """What a file of `p` is made from, as a short hash."""
    inhoud = json.dumps(
        [p.soort, p.datum.isoformat(), p.gegevens, p.verslag, opmaakversie()],
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(inhoud.encode()).hexdigest()[:20]


def map_van(p: Publicatie) -> Path:
    return Path(settings.GEPUBLICEERD_DIR) / f"{p.pk}-{vingerafdruk(p)}"


@contextlib.contextmanager
def _slot(pad: Path) -> Iterator[None]:
    with _IN_PROCES, open(pad.with_name(pad.name + ".lock"), "a") as slot:
        if fcntl is not None:
            fcntl.flock(slot, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(slot, fcntl.LOCK_UN)


def _lees(pad: Path) -> Rapport | None:
    try:
        kenmerken: dict[str, Any] = json.loads(pad.with_name(pad.name + ".json").read_text())
        return Rapport(pad.read_bytes(), kenmerken["bestandsnaam"], kenmerken["mime"])
    except (OSError, ValueError, KeyError):
        return None


def _schrijf(pad: Path, r: Rapport) -> None:
    """Write atomically: the file itself last, so that a file that exists is complete."""
    for doel, inhoud in (
        (pad.with_name(pad.name + ".json"),
         json.dumps({"bestandsnaam": r.bestandsnaam, "mime": r.mime}).encode()),
        (pad, r.inhoud),
    ):  # fmt: skip
        tijdelijk = doel.with_name(f".{doel.name}.{os.getpid()}.{threading.get_ident()}")
        tijdelijk.write_bytes(inhoud)
        os.replace(tijdelijk, doel)


def _ruim_oude_op(p: Publicatie, huidig: Path) -> None:
    """Remove this publication's files made from another fingerprint (an older release)."""
    for oud in huidig.parent.glob(f"{p.pk}-*"):
        if oud != huidig and oud.is_dir():
            shutil.rmtree(oud, ignore_errors=True)


def bewaard_bestand(p: Publicatie, bestand: str, maak: Callable[[], Rapport]) -> Rapport:
    """The file `bestand` of publication `p`: as kept, or made now by `maak` (once, while
    other requests for it wait) and kept."""
    pad = map_van(p) / bestand
    gevonden = _lees(pad)
    if gevonden is not None:
        return gevonden
    r: Rapport | None = None
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with _slot(pad):
            gevonden = _lees(pad)  # made while this request waited for the lock
            if gevonden is not None:
                return gevonden
            r = maak()
            _schrijf(pad, r)
    except OSError as fout:
        log.warning("Kan het gepubliceerde bestand %s niet bewaren: %s", pad, fout)
        return r if r is not None else maak()
    _ruim_oude_op(p, pad.parent)
    return r
