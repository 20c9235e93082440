"""Rows of the access matrix whose identifiers do not belong together (issue 22): Assen's
form with Emmen's record, Drenthe's users on a record of Groningen, and the API's JSON
writes across municipalities. They are added to the rows of the same URL names in
tests/web/test_toegang_matrix.py. A request that crosses a boundary is refused or not
found; tests/web/test_toegang_matrix.py also checks that nothing was written.

Roles: anoniem, gemeente_a (Assen), gemeente_b (Emmen), provincie (Drenthe), ministerie, and
the two that read what the public reads: geen_rol and provincie_b (Groningen's staff).
"""

# What a location of Emmen that has not reached the public phase (collegebesluit) is called,
# what is remarked on it and where its phase is known from (the fixture
# `vertrouwelijke_locatie` in tests/conftest.py): no page or answer that a role outside
# Emmen, its province and the ministry gets may show them (services.openbaarheid).
VERTROUWELIJK = ("Matrixlocatie Emmerhout", "Gesprek-met-de-eigenaar", "Brief-van-de-eigenaar")

ROLLEN = ["anoniem", "gemeente_a", "gemeente_b", "provincie", "ministerie", "geen_rol",
          "provincie_b"]  # fmt: skip


def _rollen(*statussen):
    return dict(zip(ROLLEN, statussen, strict=True))


class Json(dict):
    """A request body the matrix sends as JSON (the API reads JSON only)."""


def _gemeente(cbs_code):
    from regietafel.provincies.models import Gemeente

    return Gemeente.objects.get(cbs_code=cbs_code)


def _locatie(cbs_code, **filters):
    from regietafel.locaties.models import Locatie

    return Locatie.objects.filter(gemeente__cbs_code=cbs_code, **filters).order_by("pk").first()


def _emmen_aanbod():
    from regietafel.opgaven.models import Aanbod

    return Aanbod.objects.get(gemeente__cbs_code="GM0114", categorie="amv", jaar=2026).pk


def locatieformulier(cbs_code):
    """A complete location form whose municipality is `cbs_code`; only that is wrong."""
    return lambda: {
        "gemeente": str(_gemeente(cbs_code).pk),
        "plaatsen": "12",
        "soort": "regulier",
        "status": "gepland",
        "versie": str(_locatie("GM0106").versie),
    }


def groningen_overleg():
    """A PRT meeting of Groningen with one open action: records of another province."""
    from regietafel.overleggen.models import Actie, Overleg
    from regietafel.provincies.models import Provincie

    provincie, _ = Provincie.objects.get_or_create(code="groningen", defaults={"naam": "Groningen"})
    o, _ = Overleg.objects.get_or_create(
        provincie=provincie, datum="2026-02-05", defaults={"titel": "Regietafel Groningen"}
    )
    a, _ = Actie.objects.get_or_create(overleg=o, omschrijving="Groningse actie", eigenaar="PRT")
    return o.pk, a.pk


def _voorstel_emmen_coevorden():
    return Json(
        provincie="drenthe", cyclus="2025-2026", gemeenteA="GM0114", categorieA="amv",
        aantalA=10, gemeenteB="GM0109", categorieB="asiel_regulier", aantalB=30,
    )  # fmt: skip


def _uitruil():
    from tests.uitruil.hulp import emmen_coevorden

    return emmen_coevorden()


def _emmen_amv():
    return _locatie("GM0114", soort="amv").pk


# url name -> extra rows (method, path maker, data maker, {role: status}).
MATRIX = {
    # Assen's address with Emmen's offer: not found for anyone, so nothing is changed.
    "aanbod-wijzigen": [
        ("post", lambda: f"/gemeenten/GM0106/aanbod/{_emmen_aanbod()}/",
         lambda: {"plaatsen": "60", "versie": "1"}, dict.fromkeys(ROLLEN, 404)),
    ],
    # Assen's new-location form naming Emmen: Assen is offered only itself (400), Emmen may
    # not use Assen's form (403); the province may add a location to any municipality.
    "locatie-nieuw": [
        ("post", lambda: "/gemeenten/GM0106/locaties/nieuw/", locatieformulier("GM0114"),
         _rollen(302, 400, 403, 302, 403, 403, 403)),
    ],
    # Assen's location moved to Emmen: a location never moves, not even by the province.
    "locatie-bewerken": [
        ("post", lambda: f"/locaties/{_locatie('GM0106').pk}/bewerken/",
         locatieformulier("GM0114"), _rollen(302, 400, 403, 400, 403, 403, 403)),
    ],
    # Groningen's meeting and action: only Groningen's staff change them, the ministry reads.
    "overleg": [
        ("get", lambda: f"/overleggen/{groningen_overleg()[0]}/", None,
         _rollen(302, 403, 403, 403, 200, 403, 200)),
    ],
    "actie-status": [
        ("post", lambda: f"/acties/{groningen_overleg()[1]}/status/",
         lambda: {"status": "afgerond"}, _rollen(302, 403, 403, 403, 403, 403, 302)),
    ],
    # Emmen's supervision history asked for under Groningen: Drenthe's roles may not read
    # Groningen (403); who may (the ministry, Groningen's staff) does not find Emmen there.
    "toezicht-gemeente": [
        ("get", lambda: "/toezicht/gemeenten/GM0114/?provincie=groningen", None,
         _rollen(302, 403, 403, 403, 404, 403, 404)),
    ],
    # The API in JSON: Emmen's offer (published, so others read it, 403 on the write), a
    # location for Emmen, Emmen's phase and exchange (others do not find them: 404).
    "api-aanbod-detail": [
        ("patch", lambda: f"/api/v1/aanbod/{_emmen_aanbod()}",
         lambda: Json(plaatsen=51, versie=1), _rollen(401, 403, 200, 200, 403, 403, 403)),
    ],
    "api-locaties": [
        ("post", lambda: "/api/v1/locaties",
         lambda: Json(gemeente="GM0114", plaatsen=5, soort="amv", status="gepland"),
         _rollen(401, 403, 201, 201, 403, 403, 403)),
    ],
    "api-locatie-fasen": [
        ("post", lambda: f"/api/v1/locaties/{_emmen_amv()}/fasen",
         lambda: Json(fase="collegebesluit", datum="2025-02-01", bron="collegebesluit", versie=1),
         _rollen(401, 403, 201, 201, 403, 403, 404)),
    ],
    "api-uitruilen": [
        ("post", lambda: "/api/v1/uitruilen", _voorstel_emmen_coevorden,
         _rollen(401, 403, 201, 201, 403, 403, 403)),
    ],
    "api-uitruil-bevestiging": [
        ("post", lambda: f"/api/v1/uitruilen/{_uitruil()}/bevestiging", lambda: Json(versie=1),
         _rollen(401, 403, 200, 403, 403, 403, 404)),
    ],
}  # fmt: skip
