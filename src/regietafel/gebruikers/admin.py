from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

from regietafel.gebruikers.models import Profiel


class ProfielInline(admin.StackedInline):
    model = Profiel
    can_delete = False


class GebruikerAdmin(UserAdmin):
    inlines = [ProfielInline]


admin.site.unregister(User)
admin.site.register(User, GebruikerAdmin)
