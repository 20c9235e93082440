"""`regietafel laad`: the fictional province Veenmarken (tests/data/veenmarken-2025-2026.toml,
seven municipalities) loaded from its data file, and every derived figure checked against a
value worked out by hand below, from the file's inputs, not from the output."""

from fractions import Fraction
from pathlib import Path

import pytest

from regietafel.cli import main
from regietafel.domain.model import Categorie
from regietafel.puzzel.oplossen import los_op_provincie
from regietafel.puzzel.regels import bijlage1, bonus
from regietafel.puzzel.services import puzzel

VEENMARKEN = Path(__file__).parent.parent / "data" / "veenmarken-2025-2026.toml"
NAMEN = ["Aldam", "Broekveen", "Coldewold", "Dalmarke", "Eemhorst", "Fennewijk", "Gaasterwold"]

# The inputs of the file, per municipality in NAMEN's order.
INWONERS = [20000, 15000, 10000, 8000, 7000, 6000, 4000]  # 70.000 together
REGULIER_OPGAVE = [200, 100, 80, 60, 50, 28, 30]
REGULIER_AANBOD = [300, 135, 40, 0, 18, 0, 10]  # both years
AMV_OPGAVE = [12, 6, 8, 4, 4, 2, 2]
AMV_AANBOD = [0, 0, 6, 18, 0, 0, 0]  # both years


@pytest.fixture
def veenmarken(drenthe, capsys):
    assert main(["laad", str(VEENMARKEN)]) == 0
    uit = capsys.readouterr().out
    assert "Geladen (provincie veenmarken, cyclus 2025-2026" in uit
    return uit


def test_de_puzzel_telt_op_zoals_met_de_hand_uitgerekend(veenmarken):
    p = puzzel("veenmarken", "2025-2026")
    assert [r.naam for r in p.regels] == NAMEN
    # Ukraine: 700 over 70.000 inhabitants is 1 per 100 inhabitants, exactly.
    assert [r.oekraine.opgave for r in p.regels] == [200, 150, 100, 80, 70, 60, 40]
    t = p.totaal
    assert t.inwoners == 70000
    assert (t.oekraine.opgave, t.oekraine.realisatie, t.oekraine.ambitie) == (700, 630, 700)
    # 200+100+80+60+50+28+30 = 548; 300+135+40+0+18+0+10 = 503.
    assert (t.asiel_regulier.opgave, t.asiel_regulier.realisatie) == (548, 503)
    assert t.asiel_regulier.aanbod == {2025: 503, 2026: 503}
    # 12+6+8+4+4+2+2 = 38; 6+18 = 24; realised AMV: Dalmarke's 18.
    assert (t.amv.opgave, t.amv.realisatie, t.amv.aanbod) == (38, 18, {2025: 24, 2026: 24})
    # Offer minus target: Aldam and Broekveen above their number, the others short.
    assert [r.asiel_regulier.saldo(2025) for r in p.regels] == [100, 35, -40, -60, -32, -28, -20]
    assert [r.amv.saldo(2026) for r in p.regels] == [-12, -6, -2, 14, -4, -2, -2]
    assert t.asiel_regulier.saldo(2025) == 503 - 548 == -45


def test_bijlage1_geeft_de_zes_cijfers(veenmarken):
    c = bijlage1("veenmarken", "2025-2026").cijfers
    # Task incl. AMV: 548 + 38 = 586. Filled: every listed location,
    # 300 + 135 + 40 + 6 + 18 + 18 + 10 = 527; still to fill 586 - 527 = 59.
    assert (c.opgave_regulier, c.ingevuld_regulier, c.nog_in_te_vullen_regulier) == (586, 527, 59)
    # AMV: task 38, filled = realised AMV (Dalmarke 18), still to fill = planned AMV (Coldewold 6).
    assert (c.opgave_amv, c.ingevuld_amv, c.nog_in_te_vullen_amv) == (38, 18, 6)


def test_spuk_met_de_enige_stabiele_keuze(veenmarken):
    u = bonus("veenmarken", "2025-2026")
    per = {g.naam: g for g in u.gemeenten}
    # SPUK 1: durable regular places above the own number incl. AMV, x € 2.000.
    #   Aldam 300 - (200 + 12) = 88 -> € 176.000; Broekveen 135 - (100 + 6) = 29 -> € 58.000.
    #   Eemhorst's 18 have no start date, so they are not durable.
    verg = {v.naam: v for v in u.vergelijking}
    assert (verg["Aldam"].spuk1, verg["Broekveen"].spuk1, verg["Eemhorst"].spuk1) == (
        176000,
        58000,
        0,
    )
    # The pot is paid: 527 / 586 filled is at least 3/4.
    assert u.realisatie_aandeel == Fraction(527, 586) and u.spuk3_uitbetaald
    # The pot (€ 227.000) is shared by all listed places of those without SPUK 1. Aldam in the
    # pot would get 300/527 of it (about € 129.222) < € 176.000: it takes SPUK 1. Without
    # Aldam the pot has 135+46+18+18+10 = 227 places, € 1.000 each, so Broekveen gets
    # € 135.000 > € 58.000: it stays in the pot. Nobody gains by switching, and no other set
    # is stable (without Aldam in SPUK 1 Aldam would switch; with Broekveen in SPUK 1 too,
    # Broekveen would switch back).
    assert [k.spuk1_gemeenten for k in u.stabiele_keuzes] == [("GM9901",)]
    assert u.voorstel.spuk1_gemeenten == ("GM9901",)
    assert {n: (g.spuk1, g.spuk2, g.spuk3) for n, g in per.items()} == {
        "Aldam": (176000, 0, 0),
        "Broekveen": (0, 0, 135000),
        "Coldewold": (0, 12000, 46000),  # 6 AMV places x € 2.000; 40 + 6 places in the pot
        "Dalmarke": (0, 36000, 18000),  # 18 AMV places
        "Eemhorst": (0, 0, 18000),
        "Fennewijk": (0, 0, 0),
        "Gaasterwold": (0, 0, 10000),
    }
    assert (u.spuk1_totaal, u.spuk2_totaal, u.spuk3_totaal) == (176000, 48000, 227000)
    assert u.gemeenten_totaal == 451000
    assert u.totaal == 451000 + 49000


def test_de_wettelijke_restverdeling_sluit(veenmarken):
    delen = {
        (d.categorie, d.jaar): d.wettelijk for d in los_op_provincie("veenmarken", "2025-2026")
    }
    assert len(delen) == 4
    # Regular: 548 - 503 = 45 missing, shared pro rata to the gaps of those below their
    # number: 40, 60, 32, 28, 20 (180 together), so each gets a quarter of its gap.
    for jaar in (2025, 2026):
        w = delen[(Categorie.ASIEL_REGULIER, jaar)]
        assert (w.rest, w.geplaatst, w.sluitend) == (45, 45, True)
        assert [t.extra for t in w.toewijzingen] == [0, 0, 10, 15, 8, 7, 5]
    # AMV: 38 - 24 = 14 missing; the gaps 12, 6, 2, 4, 2, 2 (28 together; Dalmarke is 14
    # above its number) each get half.
    for jaar in (2025, 2026):
        w = delen[(Categorie.AMV, jaar)]
        assert (w.rest, w.geplaatst, w.sluitend) == (14, 14, True)
        assert [t.extra for t in w.toewijzingen] == [6, 3, 1, 0, 2, 1, 1]
    assert [t.naam for t in delen[(Categorie.AMV, 2025)].toewijzingen] == NAMEN


def test_de_puzzel_op_de_opdrachtregel(veenmarken, capsys):
    assert main(["puzzel", "--provincie", "veenmarken", "--cyclus", "2025-2026"]) == 0
    totaal = next(r for r in capsys.readouterr().out.splitlines() if r.startswith("Totaal"))
    assert totaal.split()[1:] == [
        "70.000", "700", "630", "700", "548", "503", "503", "503", "38", "18", "24", "24",
    ]  # fmt: skip


def test_tweede_keer_laden_verandert_niets(veenmarken, capsys):
    from regietafel.importen.models import Import
    from regietafel.locaties.models import Locatie
    from regietafel.opgaven.models import Opgave

    locaties = Locatie.objects.filter(gemeente__provincie__code="veenmarken").count()
    historie = Opgave.history.count()
    importen = Import.objects.count()
    assert main(["laad", str(VEENMARKEN)]) == 0
    assert "Niets gewijzigd" in capsys.readouterr().out
    assert Locatie.objects.filter(gemeente__provincie__code="veenmarken").count() == locaties == 7
    assert Opgave.history.count() == historie
    assert Import.objects.count() == importen


def test_proef_schrijft_niets(drenthe, capsys):
    from regietafel.provincies.models import Provincie

    assert main(["laad", str(VEENMARKEN), "--dry-run"]) == 0
    uit = capsys.readouterr().out
    assert "Gemeente Aldam (GM9901) (nieuw" in uit
    assert "Proef (provincie veenmarken, cyclus 2025-2026)" in uit
    assert not Provincie.objects.filter(code="veenmarken").exists()


def test_onleesbaar_bestand_geeft_exitcode_2(drenthe, capsys, tmp_path):
    assert main(["laad", str(tmp_path / "bestaat-niet.toml")]) == 2
    assert "Fout: bestand niet gevonden:" in capsys.readouterr().err


def test_fout_bestand_geeft_exitcode_1_en_de_regel(drenthe, capsys, tmp_path):
    fout = tmp_path / "fout.toml"
    fout.write_text(VEENMARKEN.read_text().replace("inwoners = 8000", "inwoners = -8000"))
    assert main(["laad", str(fout)]) == 1
    err = capsys.readouterr().err
    assert "Niet geladen: 1 fout; er is niets opgeslagen." in err
    regel = next(
        i for i, r in enumerate(fout.read_text().splitlines(), 1) if "inwoners = -8000" in r
    )
    assert (
        f"Regel {regel}, gemeente 4 (Dalmarke), 'inwoners': '-8000' is negatief; "
        "een aantal is 0 of meer." in err
    )
