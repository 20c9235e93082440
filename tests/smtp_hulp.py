"""A real SMTP server for the tests: aiosmtpd in a thread, keeping what it receives."""

from __future__ import annotations

import socket
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Postbus:
    """Start with `with Postbus() as p:`; `p.berichten` are the messages received, each
    an EmailMessage with the envelope's recipients as `.aan`."""

    def __init__(self) -> None:
        self.berichten: list[EmailMessage] = []
        self.poort = vrije_poort()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.poort)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        bericht = BytesParser(policy=policy.default).parsebytes(envelope.content)
        bericht.aan = list(envelope.rcpt_tos)  # type: ignore[attr-defined]
        self.berichten.append(bericht)
        return "250 OK"

    @property
    def mailer(self) -> dict[str, object]:
        """Django's MAILERS entry that sends here."""
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": self.poort, "use_tls": False, "timeout": 5},
        }

    def __enter__(self) -> Postbus:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    def wacht_op(self, aantal: int, seconden: float = 10) -> list[EmailMessage]:
        """The messages once `aantal` have arrived (a browser test sends from its server)."""
        einde = time.monotonic() + seconden
        while len(self.berichten) < aantal and time.monotonic() < einde:
            time.sleep(0.05)
        return self.berichten

    def aan(self, adres: str) -> list[EmailMessage]:
        return [b for b in self.berichten if adres in b.aan]  # type: ignore[attr-defined]


def tekst(bericht: EmailMessage) -> str:
    """The plain-text body."""
    deel = bericht.get_body(preferencelist=("plain",))
    assert deel is not None
    return deel.get_content()
