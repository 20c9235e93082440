from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from regietafel.berichten.models import Bericht, Contactadres


@admin.register(Bericht)
class BerichtAdmin(admin.ModelAdmin):
    list_display = ["aangemaakt_op", "provincie", "gemeente", "soort", "onderwerp", "status"]
    list_filter = ["provincie", "soort", "status"]
    search_fields = ["onderwerp", "tekst", "aan"]
    readonly_fields = [f.name for f in Bericht._meta.fields]


@admin.register(Contactadres)
class ContactadresAdmin(SimpleHistoryAdmin):
    list_display = ["adres", "provincie", "gemeente"]
    list_filter = ["provincie"]
    search_fields = ["adres"]
