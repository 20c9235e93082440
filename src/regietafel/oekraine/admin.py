from typing import Any

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from regietafel.oekraine.models import GooLocatie


@admin.register(GooLocatie)
class GooLocatieAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ["gemeente", "naam", "plaatsen", "geplande_einde", "transformeerbaar"]
    list_filter = ["gemeente__provincie", "transformeerbaar"]
    exclude = ["versie"]

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        # A change here moves the version on, so an open form elsewhere conflicts.
        if change:
            obj.versie += 1
        super().save_model(request, obj, form, change)
