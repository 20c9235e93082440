"""A generated document (`Rapport`): what the report services make and the public
downloads keep (`publicaties.bestanden`), below both."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rapport:
    """A generated document: its bytes, a file name and the media type."""

    inhoud: bytes
    bestandsnaam: str
    mime: str
