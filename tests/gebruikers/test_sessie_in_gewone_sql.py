"""The session is read in plain SQL (gebruikers.sessies), as Django's database sessions
would read it: a live session is read, an expired one or an unknown or malformed key is
not, and the key of a session not read is dropped (a new one is made when saved)."""

from datetime import timedelta

from django.contrib.sessions.backends.db import SessionStore as DjangoSessie
from django.contrib.sessions.models import Session
from django.utils import timezone

from regietafel.gebruikers.sessies import SessionStore


def _django_sessie(**waarden):
    sessie = DjangoSessie()
    sessie.update(waarden)
    sessie.create()
    return sessie.session_key


def test_een_levende_sessie_wordt_gelezen_zoals_django_haar_schreef(db):
    sleutel = _django_sessie(a=1, b="twee")
    sessie = SessionStore(sleutel)
    assert dict(sessie.items()) == {"a": 1, "b": "twee"}
    assert sessie.session_key == sleutel


def test_een_verlopen_sessie_wordt_niet_gelezen(db):
    sleutel = _django_sessie(a=1)
    Session.objects.filter(pk=sleutel).update(expire_date=timezone.now() - timedelta(seconds=1))
    sessie = SessionStore(sleutel)
    assert dict(sessie.items()) == {}
    assert sessie.session_key is None


def test_een_onbekende_of_misvormde_sleutel_geeft_een_lege_sessie(db):
    _django_sessie(a=1)
    for sleutel in ("onbekendesleutel12345678", "kort", "met spaties en ' quote 1234"):
        sessie = SessionStore(sleutel)
        assert dict(sessie.items()) == {}
        assert sessie.session_key is None


def test_een_bewaarde_sessie_wordt_weer_gelezen(db):
    sessie = SessionStore()
    sessie["x"] = [1, 2]
    sessie.save()
    assert SessionStore(sessie.session_key)["x"] == [1, 2]
