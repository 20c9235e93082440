"""What the `regietafel` commands share in printing: the documented JSON, a text or its
JSON, and a file written with its size."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from regietafel.cli.nederlands import reden


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def toon[T](
    args: argparse.Namespace, uitkomst: T, als_dict: Callable[[T], Any], tekst: Callable[[T], str]
) -> int:
    """Print an outcome as its documented JSON (`--json`) or as readable text; exit code 0."""
    if args.json:
        print_json(als_dict(uitkomst))
    else:
        print(tekst(uitkomst))
    return 0


def schrijf(pad: str, inhoud: bytes) -> int:
    """Write `inhoud` to `pad`; a Dutch message and exit code 1 when that is not possible."""
    try:
        Path(pad).write_bytes(inhoud)
    except OSError as fout:
        waarom = "de map bestaat niet" if fout.errno == errno.ENOENT else reden(fout)
        print(f"Fout: kan '{pad}' niet schrijven: {waarom}.", file=sys.stderr)
        return 1
    print(f"Geschreven: {pad} ({len(inhoud):,} bytes)".replace(",", "."))
    return 0
