"""What was published or ratified stays as it was (ADR 0007), and cycle 2 counts its own
locations (docs/regels.md): the issue's scenario of Assen's new azc, end to end."""

from dataclasses import astuple
from datetime import date

import pytest

from regietafel.cli import main
from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.routekaart import Invoerfout
from regietafel.locaties.models import Locatie
from regietafel.opgaven.models import Aanbod
from regietafel.provincies.models import Gemeente
from regietafel.publicaties.models import Publicatie
from regietafel.publicaties.services import publiceer, sinds_publicatie
from regietafel.puzzel.regels import bijlage1, bonus
from regietafel.puzzel.services import puzzel
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.services import bekrachtig, maak_concept
from regietafel.verslagen.services import verslag_invoer
from tests.conftest import ASSEN
from tests.factories import capaciteitsbesluit_2027
from tests.seed import BIJLAGE1, SPUK_GEMEENTEN

C1, C2 = "2025-2026", "2027-2028"
ASSEN_NIEUW = """CBS-code;Plaatsen;Soort;Status;Beschikbaar van;Beschikbaar tot;Opmerking
GM0106;1000;regulier;gerealiseerd;1-3-2017;1-4-2026;
GM0106;600;regulier;gepland;1-1-2027;31-12-2036;nieuw azc
GM0106;100;NO;gepland;1-1-2027;31-12-2027;noodopvang 2027
"""


def _zes(b):
    """The six figures of Bijlage 1 `b`, in the order of the page."""
    return astuple(b.cijfers)


def _importeer_assen(tmp_path):
    pad = tmp_path / "assen.csv"
    pad.write_text(ASSEN_NIEUW, encoding="utf-8")
    assert main(["importeer", "locaties", str(pad), "--provincie", "drenthe"]) == 0


@pytest.mark.django_db(transaction=True)
def test_nieuw_azc_van_assen_telt_alleen_in_cyclus_2(drenthe, tmp_path, capsys):
    main(["bijlage1", "--provincie", "drenthe", "--cyclus", C1, "--json"])
    ingevuld2_voor = _zes(bijlage1("drenthe", C2))[1]
    _importeer_assen(tmp_path)
    capsys.readouterr()
    # 2025-2026 stays exactly as published.
    assert _zes(bijlage1("drenthe", C1)) == BIJLAGE1
    assert bonus("drenthe", C1).gemeenten_totaal == SPUK_GEMEENTEN
    # 2027-2028: exactly the 600 durable places more; the one-year noodopvang does not count.
    b2 = bijlage1("drenthe", C2)
    assert _zes(b2)[1] == ingevuld2_voor + 600
    geteld = {(r.cbs_code, r.plaatsen) for r in b2.locaties}
    assert (ASSEN, 600) in geteld
    assert (ASSEN, 100) not in geteld
    # Places that ended before 2027 do not count: Assen's 1.000, Meppel's noodopvang,
    # Westerveld's 100 that ended in 2024.
    assert (ASSEN, 1000) not in geteld
    assert ("GM0119", 192) not in geteld
    assert not {("GM1701", 75), ("GM1701", 25)} & geteld


def test_cyclus_1_telt_het_azc_van_2027_ook_zonder_publicatie_niet(ongepubliceerd):
    assen = Gemeente.objects.get(cbs_code=ASSEN)
    Locatie.objects.create(
        gemeente=assen,
        plaatsen=600,
        soort="regulier",
        status="gepland",
        beschikbaar_van=date(2027, 1, 1),
        beschikbaar_tot=date(2036, 12, 31),
        volgorde=99,
    )
    assert _zes(bijlage1("drenthe", C1)) == BIJLAGE1
    assert bonus("drenthe", C1).gemeenten_totaal == SPUK_GEMEENTEN


def _cijfers_van_cyclus_1():
    v = verslag_invoer("drenthe", C1, date(2026, 12, 1))
    return puzzel("drenthe", C1), bijlage1("drenthe", C1), bonus("drenthe", C1), v.puzzel, v.spuk


def test_wijzigingen_na_bekrachtiging_en_publicatie_veranderen_cyclus_1_niet(rollen):
    p = rollen["provincie"]
    bekrachtig(maak_concept("drenthe", C1, None, p, "puzzel"), date(2024, 9, 15), "PRT", p)
    voor = _cijfers_van_cyclus_1()
    meppel = Aanbod.objects.get(gemeente__naam="Meppel", categorie="amv", jaar=2026)
    meppel.plaatsen = 16
    meppel.save()
    emmen = Locatie.objects.filter(gemeente__cbs_code="GM0114", plaatsen=675).get()
    emmen.plaatsen = 900
    emmen.save()
    Locatie.objects.filter(gemeente__cbs_code="GM1730", plaatsen=250).delete()
    na = _cijfers_van_cyclus_1()
    assert na == voor
    assert _zes(na[1]) == BIJLAGE1 and na[2].gemeenten_totaal == SPUK_GEMEENTEN
    # What changed since is shown apart.
    gewijzigd = {w.onderwerp: (w.gepubliceerd, w.nu) for w in sinds_publicatie("drenthe", C1)}
    assert gewijzigd["Bijlage 1: ingevuld regulier"] == ("4.155", "4.130")
    assert gewijzigd["Puzzel: aanbod AMV 2026"] == ("341", "357")


def test_het_verslag_van_een_bekrachtigde_versie_volgt_de_stand_bij_bekrachtiging(
    ongepubliceerd, rollen
):
    p = rollen["provincie"]
    bekrachtig(maak_concept("drenthe", C1, None, p, "puzzel"), date(2024, 9, 15), "PRT", p)
    voor = verslag_invoer("drenthe", C1, date(2026, 12, 1))
    Locatie.objects.filter(gemeente__cbs_code="GM1730", plaatsen=250).delete()
    na = verslag_invoer("drenthe", C1, date(2026, 12, 1))
    assert (na.bijlage1, na.spuk, na.puzzel) == (voor.bijlage1, voor.spuk, voor.puzzel)
    # The cycle itself is not published, so its own pages follow the change.
    assert _zes(bijlage1("drenthe", C1))[1] == 4155 - 250


def test_de_ingebouwde_publicatie_is_van_1_november_2024(drenthe):
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C1)
    (pub,) = Publicatie.objects.filter(provincie_cyclus=pc, soort="publicatie")
    assert pub.datum == date(2024, 11, 1)
    assert sinds_publicatie("drenthe", C1) == ()


def test_publiceren_maakt_openbaar_en_legt_vast(rollen):
    p = rollen["provincie"]
    capaciteitsbesluit_2027()
    publiceer("drenthe", C2, date(2026, 11, 30), p)
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)
    assert pc.gepubliceerd
    voor = _zes(bijlage1("drenthe", C2))
    Locatie.objects.filter(gemeente__cbs_code="GM0114", plaatsen=675).update(plaatsen=1)
    assert _zes(bijlage1("drenthe", C2)) == voor
    with pytest.raises(Invoerfout, match="al gepubliceerd op 30-11-2026"):
        publiceer("drenthe", C2, date(2026, 11, 30), p)


def test_zonder_capaciteitsbesluit_is_er_niets_te_publiceren(rollen, capsys):
    """Before the capaciteitsbesluit no municipality's target is known: publishing would
    freeze a report of unknowns. It is refused, on the page, the service and the CLI."""
    with pytest.raises(Invoerfout, match="Cyclus 2027-2028 heeft nog geen capaciteitsbesluit"):
        publiceer("drenthe", C2, date(2026, 11, 30), rollen["provincie"])
    assert main(["publiceer", "--provincie", "drenthe", "--cyclus", C2]) == 1
    assert "Lees eerst het capaciteitsbesluit in" in capsys.readouterr().err
    pc = ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=C2)
    assert not pc.gepubliceerd and not Publicatie.objects.filter(provincie_cyclus=pc).exists()


def test_alleen_de_provincie_publiceert_en_niet_in_de_toekomst(rollen):
    for rol in ("gemeente_a", "ministerie"):
        with pytest.raises(GeenToegang):
            publiceer("drenthe", C2, date(2026, 11, 30), rollen[rol])
    with pytest.raises(Invoerfout, match="toekomst"):
        publiceer("drenthe", C2, date(2099, 1, 1), rollen["provincie"])
    assert not Publicatie.objects.filter(provincie_cyclus__cyclus__naam=C2).exists()
