"""Records for the cycle pages (issue 6) in the access matrix, made on first use in a test:
Drenthe's cycle 2027-2028 with an open consultation, two versions and a PRT meeting."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

C2 = "?provincie=drenthe&cyclus=2027-2028"


def _pc():
    from regietafel.cycli.models import ProvincieCyclus

    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2027-2028")


def _iemand():
    return get_user_model().objects.order_by("pk").first()


def open_consultatie():
    from regietafel.consultatie.models import Consultatie

    Consultatie.objects.get_or_create(
        provincie_cyclus=_pc(),
        defaults={
            "antwoord_voor": timezone.localdate() + timedelta(days=30),
            "geopend_op": timezone.now(),
            "geopend_door": _iemand(),
        },
    )
    return "/consultatie/GM0114/" + C2


def brieventabel():
    """The province's table of letter answers, of the open consultation."""
    open_consultatie()
    return "/consultatie/brieven/" + C2


def stap_pk():
    from regietafel.routekaart.services import zorg_voor_routekaart

    return zorg_voor_routekaart(_pc()).stappen.get(code="consultatie").pk


def twee_versies():
    from regietafel.verdelingen.models import Verdelingsversie

    pc = _pc()
    uit = []
    for nummer in (1, 2):
        v, _ = Verdelingsversie.objects.get_or_create(
            provincie_cyclus=pc,
            nummer=nummer,
            defaults={
                "waarden": {"GM0114": {"amv": {"2027": 50 + nummer}}},
                "bron": "matrix",
                "aangemaakt_op": timezone.now(),
                "aangemaakt_door": _iemand(),
            },
        )
        uit.append(v.pk)
    return uit


def overleg_en_actie():
    from regietafel.overleggen.models import Actie, Overleg
    from regietafel.provincies.models import Provincie

    o, _ = Overleg.objects.get_or_create(
        provincie=Provincie.objects.get(code="drenthe"),
        datum=date(2026, 2, 5),
        defaults={"titel": "Provinciale regietafel asiel"},
    )
    a, _ = Actie.objects.get_or_create(
        overleg=o, omschrijving="Brief versturen", eigenaar="Secretaris"
    )
    return o.pk, a.pk


def alleen_provincie(status):
    """Pages and actions of the province's own: the public goes to the login page."""
    return {"anoniem": 302, "gemeente_a": 403, "gemeente_b": 403, "provincie": status,
            "ministerie": 403}  # fmt: skip


def ingelogd(status):
    return {"anoniem": 302, "gemeente_a": status, "gemeente_b": status, "provincie": status,
            "ministerie": status}  # fmt: skip


def eigen_gemeente(status):
    return {"anoniem": 302, "gemeente_a": 403, "gemeente_b": status, "provincie": status,
            "ministerie": 403}  # fmt: skip


# url name -> rows, merged into tests/web/test_toegang_matrix.py's MATRIX.
MATRIX = {
    "cyclus": [("get", lambda: "/cyclus/" + C2, None, ingelogd(200))],
    # Cycle 1 is published already: the province is sent back with a message, nothing changes.
    "cyclus-publiceren": [
        ("post", lambda: "/cyclus/publiceren/",
         lambda: {"provincie": "drenthe", "cyclus": "2025-2026", "datum": "2026-11-30"},
         alleen_provincie(302)),
    ],
    # Drenthe has begun 2027-2028 already: the province is sent back with a message.
    "cyclus-volgende": [
        ("post", lambda: "/cyclus/volgende/", lambda: {"provincie": "drenthe"},
         alleen_provincie(302)),
    ],
    "routekaart-stap": [
        ("post", lambda: f"/cyclus/stappen/{stap_pk()}/", lambda: {"status": "bezig"},
         alleen_provincie(302)),
        ("post", lambda: f"/cyclus/stappen/{stap_pk()}/", lambda: {"status": "klaar"},
         alleen_provincie(400)),
    ],
    "consultatie": [
        ("get", lambda: "/consultatie/" + C2, None, ingelogd(200)),
        ("post", lambda: "/consultatie/" + C2, lambda: {"antwoord_voor": "geen datum"},
         alleen_provincie(400)),
    ],
    "consultatie-antwoord": [
        ("get", open_consultatie, None, eigen_gemeente(200)),
        ("post", open_consultatie, lambda: {"voortzetten": "misschien"}, eigen_gemeente(400)),
    ],
    "consultatie-brieven": [
        ("get", brieventabel, None, alleen_provincie(200)),
        # a table that is not complete: refused, nothing saved
        ("post", brieventabel, lambda: {"form-TOTAL_FORMS": "1"}, alleen_provincie(400)),
    ],
    "verdelingen": [
        ("get", lambda: "/verdelingen/" + C2, None, ingelogd(200)),
        ("post", lambda: "/verdelingen/" + C2, lambda: {"toelichting": "x" * 600},
         alleen_provincie(400)),
    ],
    "verdelingen-vergelijken": [
        ("get", lambda: "/verdelingen/vergelijken/?a={}&b={}".format(*twee_versies()), None,
         ingelogd(200)),
    ],
    "verdeling": [("get", lambda: f"/verdelingen/{twee_versies()[0]}/", None, ingelogd(200))],
    "verdeling-bewerken": [
        ("get", lambda: f"/verdelingen/{twee_versies()[0]}/bewerken/", None,
         alleen_provincie(200)),
        ("post", lambda: f"/verdelingen/{twee_versies()[0]}/bewerken/",
         lambda: {"GM0114_amv_2027": "-3"}, alleen_provincie(400)),
    ],
    "verdeling-bekrachtigen": [
        ("post", lambda: f"/verdelingen/{twee_versies()[0]}/bekrachtigen/",
         lambda: {"datum": "", "vergadering": ""}, alleen_provincie(400)),
    ],
    "overleggen": [
        ("get", lambda: "/overleggen/", None, ingelogd(200)),
        ("post", lambda: "/overleggen/", lambda: {"datum": "geen", "titel": "PRT"},
         alleen_provincie(400)),
    ],
    "overleg": [
        ("get", lambda: f"/overleggen/{overleg_en_actie()[0]}/", None, ingelogd(200)),
        ("post", lambda: f"/overleggen/{overleg_en_actie()[0]}/",
         lambda: {"soort": "actie", "actie-omschrijving": ""}, alleen_provincie(400)),
    ],
    "actielijst-docx": [
        ("get", lambda: f"/overleggen/{overleg_en_actie()[0]}/actielijst.docx", None,
         ingelogd(200)),
    ],
    "overleg-item": [
        ("get", lambda: "/overleggen/{}/actie/{}/".format(*overleg_en_actie()), None,
         alleen_provincie(200)),
        ("post", lambda: "/overleggen/{}/actie/{}/".format(*overleg_en_actie()),
         lambda: {"versie": "", "actie-omschrijving": ""}, alleen_provincie(400)),
    ],
    "actie-status": [
        ("post", lambda: f"/acties/{overleg_en_actie()[1]}/status/", lambda: {"status": "weg"},
         alleen_provincie(400)),
        ("post", lambda: f"/acties/{overleg_en_actie()[1]}/status/",
         lambda: {"status": "afgerond"}, alleen_provincie(302)),
    ],
}  # fmt: skip
