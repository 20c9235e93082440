import pytest

from regietafel.locaties.models import Locatie
from regietafel.opgaven.historie import historie
from regietafel.opgaven.models import Aanbod
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import (
    HOOGSTE_VERSIE,
    Conflict,
    GeenToegang,
    beeindig_locatie,
    wijzig_aanbod,
)


def _aanbod(cbs="GM0114", categorie="amv", jaar=2026):
    return Aanbod.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code=cbs, categorie=categorie, jaar=jaar
    )


def test_wijziging_komt_in_de_historie_met_oude_en_nieuwe_waarde(rollen):
    emmen = rollen["gemeente_b"]
    a = _aanbod()
    wijzig_aanbod(toegang(emmen), emmen, a, 60, a.versie, "extra unit")
    regel = historie(a.gemeente)[0]
    assert regel.wie == emmen.username
    assert regel.wat == "Aanbod Asielopvang (AMV) 2026"
    assert [(v.veld, v.oud, v.nieuw) for v in regel.veranderingen] == [("plaatsen", 50, 60)]
    assert regel.reden == "extra unit"


def test_tweede_opslag_op_dezelfde_versie_wordt_geweigerd(rollen):
    emmen, provincie = rollen["gemeente_b"], rollen["provincie"]
    eerste, tweede = _aanbod(), _aanbod()
    wijzig_aanbod(toegang(emmen), emmen, eerste, 60, eerste.versie)
    with pytest.raises(Conflict) as fout:
        wijzig_aanbod(toegang(provincie), provincie, tweede, 70, tweede.versie)
    assert fout.value.door == emmen.username
    assert fout.value.huidige == {"plaatsen": 60}
    assert "intussen gewijzigd door" in str(fout.value)
    assert _aanbod().plaatsen == 60


def test_gemeente_mag_andermans_aanbod_niet_wijzigen(rollen):
    assen = rollen["gemeente_a"]
    a = _aanbod()
    with pytest.raises(GeenToegang):
        wijzig_aanbod(toegang(assen), assen, a, 0, a.versie)
    assert _aanbod().plaatsen == 50 and _aanbod().versie == 1


def test_ministerie_mag_niets_wijzigen(rollen):
    m = rollen["ministerie"]
    a = _aanbod()
    with pytest.raises(GeenToegang):
        wijzig_aanbod(toegang(m), m, a, 1, a.versie)


def test_beeindigen_legt_einddatum_vast_en_bewaart_de_locatie(rollen):
    import datetime

    p = rollen["provincie"]
    loc = Locatie.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0109", plaatsen=430
    )
    beeindig_locatie(toegang(p), p, loc, datetime.date(2027, 1, 1), loc.versie, "contract opgezegd")
    loc.refresh_from_db()
    assert (loc.beschikbaar_tot, loc.onbepaalde_tijd, loc.versie) == (
        datetime.date(2027, 1, 1),
        False,
        2,
    )
    regel = historie(loc.gemeente)[0]
    assert ("onbepaalde_tijd", True, False) in [
        (v.veld, v.oud, v.nieuw) for v in regel.veranderingen
    ]


def test_versie_zonder_volgende_is_een_conflict_geen_overloop(rollen):
    """A record at the column's largest version cannot move on: the change is refused as a
    Conflict on SQLite and PostgreSQL alike (PostgreSQL used to overflow into a 500)."""
    emmen = rollen["gemeente_b"]
    Aanbod.objects.filter(pk=_aanbod().pk).update(versie=HOOGSTE_VERSIE)
    a = _aanbod()
    with pytest.raises(Conflict) as fout:
        wijzig_aanbod(toegang(emmen), emmen, a, 60, HOOGSTE_VERSIE)
    assert fout.value.huidige == {"plaatsen": 50}
    assert _aanbod().versie == HOOGSTE_VERSIE and _aanbod().plaatsen == 50
