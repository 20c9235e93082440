"""The user's role comes with the user from the session, in one query
(gebruikers.aanmelden); a change to the role in the same request is still seen."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from regietafel.gebruikers.aanmelden import GebruikerMetRol
from regietafel.gebruikers.models import Profiel, Rol
from regietafel.services.stand import een_stand_per_verzoek
from regietafel.services.toegang import toegang
from tests.factories import gemeentegebruiker, provinciegebruiker

ASSEN = "GM0106"


def test_de_rol_komt_mee_met_de_gebruiker(drenthe):
    gebruiker = gemeentegebruiker(ASSEN)
    with een_stand_per_verzoek(), CaptureQueriesContext(connection) as ctx:
        uit_sessie = GebruikerMetRol().get_user(gebruiker.pk)
        t = toegang(uit_sessie)
    assert len(ctx.captured_queries) == 1
    assert (t.rol, t.gemeente, t.gemeente_provincie) == (Rol.GEMEENTE, ASSEN, "drenthe")


def test_zonder_profiel_geen_rol_en_geen_tweede_query(drenthe):
    gebruiker = provinciegebruiker()
    Profiel.objects.filter(gebruiker=gebruiker).delete()
    with een_stand_per_verzoek(), CaptureQueriesContext(connection) as ctx:
        t = toegang(GebruikerMetRol().get_user(gebruiker.pk))
    assert len(ctx.captured_queries) == 1
    assert t.rol is None


def test_een_wijziging_van_de_rol_in_hetzelfde_verzoek_wordt_gezien(drenthe):
    gebruiker = provinciegebruiker()
    with een_stand_per_verzoek():
        uit_sessie = GebruikerMetRol().get_user(gebruiker.pk)
        assert toegang(uit_sessie).rol is Rol.PROVINCIE
        profiel = Profiel.objects.get(gebruiker=gebruiker)
        profiel.rol, profiel.provincie = Rol.MINISTERIE, None
        profiel.save()  # a change: the request reads the role anew
        assert toegang(uit_sessie).rol is Rol.MINISTERIE


def test_de_gebruiker_is_dezelfde_als_die_van_django(drenthe):
    from django.contrib.auth.models import User

    gebruiker = provinciegebruiker()
    uit_sessie = GebruikerMetRol().get_user(str(gebruiker.pk))  # the session holds a string
    orm = User.objects.get(pk=gebruiker.pk)
    for veld in User._meta.concrete_fields:
        assert getattr(uit_sessie, veld.attname) == getattr(orm, veld.attname), veld.name


def test_een_onbekende_inactieve_of_onzinnige_gebruiker_is_er_niet(drenthe):
    gebruiker = provinciegebruiker()
    assert GebruikerMetRol().get_user(gebruiker.pk + 1000) is None
    assert GebruikerMetRol().get_user("geen getal") is None
    gebruiker.is_active = False
    gebruiker.save()
    assert GebruikerMetRol().get_user(gebruiker.pk) is None
