from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from regietafel.statushouders.models import Halfjaar, Huisvesting, Toezichtladder


class HuisvestingInline(admin.TabularInline):
    model = Huisvesting
    extra = 0


@admin.register(Halfjaar)
class HalfjaarAdmin(SimpleHistoryAdmin):
    list_display = ["provincie", "jaar", "helft", "landelijke_taakstelling"]
    inlines = [HuisvestingInline]


@admin.register(Toezichtladder)
class ToezichtladderAdmin(SimpleHistoryAdmin):
    list_display = ["provincie", "versie"]
