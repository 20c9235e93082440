from django.contrib import admin

from regietafel.bronnen.models import Actualiteitsnorm, Bron


@admin.register(Bron)
class BronAdmin(admin.ModelAdmin):
    list_display = ["soort", "titel", "datum", "bestandsnaam", "persoon", "moment"]
    list_filter = ["soort"]


@admin.register(Actualiteitsnorm)
class ActualiteitsnormAdmin(admin.ModelAdmin):
    list_display = ["provincie", "max_dagen"]
