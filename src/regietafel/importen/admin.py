from django.contrib import admin

from regietafel.importen.models import Import


@admin.register(Import)
class ImportAdmin(admin.ModelAdmin):
    list_display = ["tijdstip", "soort", "bestandsnaam", "provincie", "cyclus", "gebruiker"]
    list_filter = ["soort", "provincie"]
    readonly_fields = [f.name for f in Import._meta.fields]
