"""The location pipeline: one phase forward at a time, dated, with a source."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.pijplijn import (
    FASEN,
    Fase,
    Fasefout,
    Faseovergang,
    Zekerheid,
    datum_van,
    fase_op,
    lees_fase,
    na_overgang,
    volgende_fasen,
    zekerheid,
)

VANDAAG = date(2025, 6, 1)


def _historie(*fasen, begin=date(2024, 1, 1)):
    uit = ()
    for i, f in enumerate(fasen):
        uit = na_overgang(uit, Faseovergang(f, begin + timedelta(days=i), "test"), VANDAAG)
    return uit


def _fout(historie, fase, datum=date(2025, 1, 1), bron="raadsbesluit 12-3-2025"):
    with pytest.raises(Fasefout) as fout:
        na_overgang(historie, Faseovergang(fase, datum, bron), VANDAAG)
    return fout.value


def test_een_locatie_gaat_een_fase_vooruit_en_houdt_datum_en_bron():
    h = _historie(Fase.IDEE)
    h = na_overgang(h, Faseovergang(Fase.COLLEGEBESLUIT, date(2025, 2, 1), " B&W 1-2 "), VANDAAG)
    assert [o.fase for o in h] == [Fase.IDEE, Fase.COLLEGEBESLUIT]
    assert h[-1].bron == "B&W 1-2"
    assert fase_op(h, date(2025, 1, 31)) is Fase.IDEE
    assert fase_op(h, date(2023, 12, 31)) is None
    assert datum_van(h, Fase.COLLEGEBESLUIT) == date(2025, 2, 1)


def test_een_fase_terug_wordt_geweigerd_met_een_nederlandse_melding():
    fout = _fout(_historie(Fase.IDEE, Fase.COLLEGEBESLUIT, Fase.RAADSBESLUIT), Fase.IDEE)
    assert (fout.veld, fout.code) == ("fase", "terug")
    assert str(fout) == (
        "Fase: een locatie gaat niet terug. Zij is al in fase 'raadsbesluit'; 'idee' komt daarvóór."
    )


def test_een_fase_overslaan_of_herhalen_wordt_geweigerd():
    h = _historie(Fase.IDEE)
    overslaan = _fout(h, Fase.RAADSBESLUIT)
    assert overslaan.code == "overgeslagen"
    assert "Na 'idee' komt 'collegebesluit'" in str(overslaan)
    assert _fout(h, Fase.IDEE).code == "herhaald"


def test_beeindigd_mag_na_elke_fase_en_daarna_volgt_niets():
    for f in FASEN[:-1]:
        h = na_overgang(_historie(f), Faseovergang(Fase.BEEINDIGD, VANDAAG, "afgeblazen"), VANDAAG)
        assert h[-1].fase is Fase.BEEINDIGD
    einde = _historie(Fase.IDEE, Fase.BEEINDIGD)
    assert volgende_fasen(einde) == ()
    assert _fout(einde, Fase.COLLEGEBESLUIT).code == "beeindigd"


def test_de_eerste_fase_mag_elke_fase_zijn():
    assert volgende_fasen(()) == FASEN
    assert _historie(Fase.IN_GEBRUIK)[0].fase is Fase.IN_GEBRUIK


def test_datum_voor_de_vorige_fase_of_in_de_toekomst_en_lege_bron_worden_geweigerd():
    h = _historie(Fase.IDEE, begin=date(2025, 3, 1))
    eerder = _fout(h, Fase.COLLEGEBESLUIT, datum=date(2025, 2, 28))
    assert (eerder.veld, eerder.code) == ("datum", "datum_voor_vorige")
    assert "28-2-2025 ligt vóór de datum van de vorige fase ('idee' op 1-3-2025)" in str(eerder)
    assert _fout(h, Fase.COLLEGEBESLUIT, datum=VANDAAG + timedelta(days=1)).veld == "datum"
    assert _fout(h, Fase.COLLEGEBESLUIT, bron="  ").code == "bron_verplicht"


def test_fase_lezen_als_waarde_of_zoals_gebruikers_hem_schrijven():
    assert lees_fase("schouw COA") is Fase.SCHOUW_COA
    assert lees_fase("beëindigd") is Fase.BEEINDIGD
    assert lees_fase("in_gebruik") is Fase.IN_GEBRUIK
    with pytest.raises(Fasefout, match="'bouw' is geen fase; kies uit idee, collegebesluit"):
        lees_fase("bouw")


def test_vast_vanaf_de_eerste_vaste_fase_van_de_cyclus():
    assert zekerheid(Fase.COLLEGEBESLUIT) is Zekerheid.ZACHT
    assert zekerheid(Fase.RAADSBESLUIT) is Zekerheid.VAST
    assert zekerheid(Fase.IN_GEBRUIK) is Zekerheid.VAST
    assert zekerheid(Fase.BEEINDIGD) is Zekerheid.BEEINDIGD
    assert zekerheid(Fase.RAADSBESLUIT, Fase.VERGUNNING) is Zekerheid.ZACHT


@given(
    start=st.sampled_from(FASEN),
    pogingen=st.lists(st.tuples(st.sampled_from(FASEN), st.integers(-30, 60)), max_size=20),
)
def test_elke_reeks_zetten_houdt_de_fasen_oplopend_en_een_geweigerde_zet_verandert_niets(
    start, pogingen
):
    h = _historie(start)
    for fase, dagen in pogingen:
        voor = h
        nieuw = Faseovergang(fase, h[-1].datum + timedelta(days=dagen), "bron")
        try:
            h = na_overgang(h, nieuw, vandaag=date(2100, 1, 1))
        except Fasefout:
            assert h == voor
            toegestaan = fase in volgende_fasen(voor) and dagen >= 0
            assert not toegestaan
        else:
            assert fase in volgende_fasen(voor)
    rangen = [o.fase.rang for o in h]
    assert rangen == sorted(rangen) and len(set(rangen)) == len(rangen)
    datums = [o.datum for o in h]
    assert datums == sorted(datums)
    assert all(o.fase is not Fase.BEEINDIGD for o in h[:-1])
