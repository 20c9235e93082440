from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from regietafel.oekraine.models import GooLocatie


@admin.register(GooLocatie)
class GooLocatieAdmin(SimpleHistoryAdmin):
    list_display = ["gemeente", "naam", "plaatsen", "geplande_einde", "transformeerbaar"]
    list_filter = ["gemeente__provincie", "transformeerbaar"]
