from django.contrib import admin

from regietafel.verslagen.models import VerslagTekst


@admin.register(VerslagTekst)
class VerslagTekstAdmin(admin.ModelAdmin):
    list_display = ["provincie_cyclus", "sleutel", "gewijzigd"]
    list_filter = ["sleutel"]
