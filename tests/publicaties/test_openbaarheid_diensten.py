"""The province's setting of the phase from which the details of its locations are public,
and what each reader sees of a location before it (issue 22)."""

from datetime import date

import pytest

from regietafel.cycli.models import ProvincieCyclus
from regietafel.domain.pijplijn import Fase
from regietafel.domain.routekaart import Invoerfout
from regietafel.locaties.models import Locatie
from regietafel.opgaven.historie import historie
from regietafel.publicaties.openbaarheid import (
    bewaar_openbaar_vanaf,
    locaties_voor,
    openbaar_vanaf,
    verborgen_locaties,
)
from regietafel.puzzel.pijplijn import zet_fase
from regietafel.puzzel.regels import bijlage1
from regietafel.services.toegang import Toegang, toegang
from regietafel.services.wijzigingen import Conflict, GeenToegang, bewaar_locatie

CYCLUS = "2025-2026"
PUBLIEK = Toegang(rol=None)


def _pc():
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam=CYCLUS)


def _emmen_amv():
    return Locatie.objects.select_related("gemeente__provincie").get(
        gemeente__cbs_code="GM0114", soort="amv"
    )


def _opmerkingen(lezer, cyclus=CYCLUS):
    return [
        r.opmerking for r in bijlage1("drenthe", cyclus, lezer).locaties if r.cbs_code == "GM0114"
    ]


def test_standaard_vanaf_collegebesluit_en_per_provincie_en_cyclus(drenthe):
    assert openbaar_vanaf("drenthe", CYCLUS) is Fase.COLLEGEBESLUIT
    assert openbaar_vanaf("drenthe") is Fase.COLLEGEBESLUIT
    assert openbaar_vanaf("bestaat-niet") is Fase.COLLEGEBESLUIT


def test_de_provincie_zet_de_fase_met_historie(rollen):
    p = rollen["provincie"]
    pc = _pc()
    bewaar_openbaar_vanaf(toegang(p), p, "drenthe", CYCLUS, "idee", pc.versie, "raad akkoord")
    assert openbaar_vanaf("drenthe", CYCLUS) is Fase.IDEE
    assert openbaar_vanaf("drenthe", "2027-2028") is Fase.COLLEGEBESLUIT
    laatste, vorige = _pc().history.order_by("-history_id")[:2]
    verschil = {c.field: (c.old, c.new) for c in laatste.diff_against(vorige).changes}
    assert verschil["locaties_openbaar_vanaf"] == ("collegebesluit", "idee")
    assert laatste.history_user == p and laatste.history_change_reason == "raad akkoord"
    # From idee on, every reader sees the remarks of Emmen's planned AMV location.
    assert "nog te realiseren" in _opmerkingen(PUBLIEK)


@pytest.mark.parametrize("rol", ["gemeente_b", "ministerie"])
def test_alleen_de_provincie_zelf_zet_de_fase(rollen, rol):
    u = rollen[rol]
    with pytest.raises(GeenToegang):
        bewaar_openbaar_vanaf(toegang(u), u, "drenthe", CYCLUS, "idee", _pc().versie)
    assert openbaar_vanaf("drenthe", CYCLUS) is Fase.COLLEGEBESLUIT


def test_een_onbekende_fase_of_oude_versie_schrijft_niets(rollen):
    p = rollen["provincie"]
    versie = _pc().versie
    with pytest.raises(Invoerfout) as fout:
        bewaar_openbaar_vanaf(toegang(p), p, "drenthe", CYCLUS, "beeindigd", versie)
    assert str(fout.value) == "'beeindigd' is geen geldige keuze voor de fase van openbaarheid."
    bewaar_openbaar_vanaf(toegang(p), p, "drenthe", CYCLUS, "raadsbesluit", versie)
    with pytest.raises(Conflict) as conflict:
        bewaar_openbaar_vanaf(toegang(p), p, "drenthe", CYCLUS, "idee", versie)
    assert conflict.value.huidige == {"locaties_openbaar_vanaf": "raadsbesluit"}
    assert openbaar_vanaf("drenthe", CYCLUS) is Fase.RAADSBESLUIT


def test_wie_de_details_van_een_idee_leest(rollen):
    zien = {r: "nog te realiseren" in _opmerkingen(toegang(rollen[r])) for r in rollen if rollen[r]}
    assert zien == {"gemeente_a": False, "gemeente_b": True, "provincie": True, "ministerie": True}
    assert "nog te realiseren" not in _opmerkingen(PUBLIEK)
    # The places stay.
    assert [r.plaatsen for r in bijlage1("drenthe", CYCLUS, PUBLIEK).locaties] == [
        r.plaatsen for r in bijlage1("drenthe", CYCLUS).locaties
    ]


def test_na_het_collegebesluit_is_de_locatie_openbaar_en_de_drempel_telt(rollen, ongepubliceerd):
    emmen = rollen["gemeente_b"]
    loc = _emmen_amv()
    assert loc.pk in verborgen_locaties(PUBLIEK, "drenthe", CYCLUS)
    zet_fase(toegang(emmen), emmen, loc, "collegebesluit", date(2025, 2, 1), "b&w", loc.versie)
    assert loc.pk not in verborgen_locaties(PUBLIEK, "drenthe", CYCLUS)
    assert "nog te realiseren" in _opmerkingen(PUBLIEK)
    p = rollen["provincie"]
    bewaar_openbaar_vanaf(toegang(p), p, "drenthe", CYCLUS, "raadsbesluit", _pc().versie)
    assert loc.pk in verborgen_locaties(PUBLIEK, "drenthe", CYCLUS)


def test_een_verlaten_idee_blijft_vertrouwelijk(rollen, ongepubliceerd):
    emmen = rollen["gemeente_b"]
    loc = _emmen_amv()
    zet_fase(
        toegang(emmen), emmen, loc, "beeindigd", date(2025, 2, 1), "gaat niet door", loc.versie
    )
    assert _emmen_amv().pk in verborgen_locaties(PUBLIEK, "drenthe", CYCLUS)


def test_locaties_voor_leegt_alleen_wat_de_lezer_niet_mag_zien(rollen):
    assen = toegang(rollen["gemeente_a"])
    loc = locaties_voor(assen, [_emmen_amv()], CYCLUS)[0]
    assert (loc.naam, loc.opmerking, loc.afgeschermd, loc.plaatsen) == ("", "", True, 50)
    assert _emmen_amv().opmerking == "nog te realiseren"  # nothing was saved
    eigen = locaties_voor(toegang(rollen["gemeente_b"]), [_emmen_amv()], CYCLUS)[0]
    assert (eigen.opmerking, eigen.afgeschermd) == ("nog te realiseren", False)


def test_de_historie_noemt_de_details_niet_voor_een_andere_gemeente(rollen):
    emmen = rollen["gemeente_b"]
    loc = _emmen_amv()
    loc.opmerking, loc.naam = "gesprek met de eigenaar", "Boerderij Ten Have"
    bewaar_locatie(toegang(emmen), emmen, loc, loc.versie, "na gesprek met Ten Have")
    gemeente = loc.gemeente

    def tekst(lezer):
        return repr(historie(gemeente, lezer=lezer, cyclus=CYCLUS))

    for lezer in (toegang(rollen["gemeente_a"]), PUBLIEK):
        assert "Ten Have" not in tekst(lezer) and "eigenaar" not in tekst(lezer)
        assert "(niet openbaar)" in tekst(lezer)
    assert "Boerderij Ten Have" in tekst(toegang(emmen))
    assert "na gesprek met Ten Have" in tekst(toegang(rollen["provincie"]))
