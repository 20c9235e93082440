"""The heartbeat of each running background worker (not data: it is not exported)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from regietafel.modelbouw import opties


class Werker(models.Model):
    """A background worker process and its last heartbeat.

    `regietafel werker` writes its row every WERKER_HARTSLAG seconds; a task whose worker has
    not done so for WERKER_TIMEOUT seconds is failed (services.werkers).
    """

    werker_id = models.CharField(_("werker"), primary_key=True, max_length=64)
    host = models.CharField(_("machine"), max_length=255)
    pid = models.PositiveIntegerField(_("proces"))
    gestart = models.DateTimeField(_("gestart"))
    hartslag = models.DateTimeField(_("laatste hartslag"))

    Meta = opties(_("achtergrondwerker"), _("achtergrondwerkers"))

    def __str__(self) -> str:
        return f"{self.werker_id} ({self.host}, pid {self.pid})"
