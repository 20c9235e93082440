"""The log file that every process of `regietafel serve` writes: gunicorn's web workers, the
supervisor and the background workers, each its own process.

Python's RotatingFileHandler assumes one writer: a second process keeps writing into the
file the first one has just renamed. Here each write takes a lock on `<file>.lock` (fcntl,
where there is one), reopens the file when another process has rotated it, and rotates by
the file's real size. Only warnings, errors and a few events are logged, so the lock costs
nothing worth measuring.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from collections.abc import Iterator
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: one process (waitress), so no lock is needed
    fcntl = None  # type: ignore[assignment]


class GedeeldLogbestand(logging.handlers.RotatingFileHandler):
    """A size-rotated log file shared by several processes; its folder is made on first use."""

    def __init__(self, filename: str, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("delay", True)  # nothing is opened until something is logged
        super().__init__(filename, *args, **kwargs)
        self._slot: Any = None

    def _open(self) -> Any:
        os.makedirs(os.path.dirname(self.baseFilename) or ".", exist_ok=True)
        return super()._open()

    @contextlib.contextmanager
    def _vergrendeld(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        if self._slot is None:
            os.makedirs(os.path.dirname(self.baseFilename) or ".", exist_ok=True)
            self._slot = open(self.baseFilename + ".lock", "a")  # noqa: SIM115 - kept open
        fcntl.flock(self._slot, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._slot, fcntl.LOCK_UN)

    def _elders_gedraaid(self) -> bool:
        """Whether another process has rotated (renamed) the file this one has open."""
        if self.stream is None:
            return False
        try:
            op_schijf = os.stat(self.baseFilename)
        except FileNotFoundError:
            return True
        open_bestand = os.fstat(self.stream.fileno())
        return (op_schijf.st_dev, op_schijf.st_ino) != (open_bestand.st_dev, open_bestand.st_ino)

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802 - logging's name
        if self.maxBytes <= 0:
            return False
        try:
            grootte = os.stat(self.baseFilename).st_size
        except FileNotFoundError:
            return False
        return grootte > 0 and grootte + len(self.format(record)) + 1 >= self.maxBytes

    def emit(self, record: logging.LogRecord) -> None:
        try:
            with self._vergrendeld():
                if self._elders_gedraaid():
                    assert self.stream is not None
                    self.stream.close()
                    self.stream = None
                if self.shouldRollover(record):
                    self.doRollover()
                logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        super().close()
        if self._slot is not None:
            self._slot.close()
            self._slot = None
