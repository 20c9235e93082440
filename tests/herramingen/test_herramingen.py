"""Re-estimates of the capaciteitsbesluit: the preview writes nothing, applying keeps the
old version and changes the targets with an audit trail, a mismatching revision is refused
with every municipality named and nothing written."""

from datetime import date
from pathlib import Path

import pytest

from regietafel.bronnen.models import Cijferbron
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.domain.herraming import GELIJK
from regietafel.domain.model import Categorie
from regietafel.domain.routekaart import Invoerfout
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.herramingen.services import (
    bekijk_herraming,
    herberekening,
    herraming_tekst,
    huidige_versie,
    pas_herraming_toe,
    vergelijk_versies,
)
from regietafel.importen.models import Import
from regietafel.opgaven.models import Opgave
from regietafel.puzzel.oplossen import los_op_provincie
from regietafel.services.toegang import toegang
from regietafel.services.wijzigingen import GeenToegang
from regietafel.verdelingen.services import maak_concept
from tests.conftest import EMMEN

VOORBEELD = Path(__file__).parents[2] / "docs" / "voorbeelden" / "herraming-drenthe-voorbeeld.csv"
DATUM = date(2025, 3, 3)
AMV = Categorie.AMV


def voorbeeld_bytes() -> bytes:
    return VOORBEELD.read_bytes()


def regels(inhoud: bytes) -> list[str]:
    return inhoud.decode().splitlines()


@pytest.fixture
def pc(drenthe):
    return ProvincieCyclus.objects.get(provincie__code="drenthe", cyclus__naam="2025-2026")


def _opgave(code, categorie):
    return Opgave.objects.get(
        gemeente__cbs_code=code, cyclus__naam="2025-2026", categorie=categorie
    )


def _pas_toe(pc, inhoud=None, **kw):
    return pas_herraming_toe(
        pc,
        inhoud or voorbeeld_bytes(),
        "herraming.csv",
        datum_besluit=DATUM,
        omschrijving="Herziene raming, brief van de minister",
        **kw,
    )


def test_drenthe_begint_met_versie_1_uit_zijn_gegevens(pc):
    v = huidige_versie(pc)
    assert v.nummer == 1
    besluit = v.to_domain()
    assert besluit.aantallen[EMMEN].regulier == 453 and besluit.aantallen[EMMEN].amv == 42
    assert besluit.landelijke_behoefte == 96000
    assert herraming_tekst("drenthe", "2025-2026") is None
    assert herberekening(pc) is None


def test_voorbeeld_laat_oud_en_nieuw_zien_en_schrijft_niets(pc):
    maak_concept("drenthe", "2025-2026", None, _provincie(), "puzzel")
    voor = (Import.objects.count(), Capaciteitsbesluitversie.objects.count())
    v = bekijk_herraming(pc, voorbeeld_bytes(), "herraming.csv")
    assert v.geldig, v.fouten
    emmen = next(g for g in v.herraming.gemeenten if g.cbs_code == EMMEN)
    assert (emmen.regulier.oud, emmen.regulier.nieuw, emmen.regulier.verschil) == (453, 480, 27)
    assert (emmen.amv.oud, emmen.amv.nieuw) == (42, 52)
    # The example raises every AMV number by 10: 349 against the 341 AMV places offered.
    concept = v.herraming.concepten[-1]
    assert concept.niet_meer_sluitend
    assert {(d.categorie.value, d.tekort_nieuw) for d in concept.tekorten} == {("amv", 8)}
    assert (Import.objects.count(), Capaciteitsbesluitversie.objects.count()) == voor
    assert _opgave(EMMEN, "asiel_regulier").opgave == 453


def _provincie():
    from tests.factories import provinciegebruiker

    return provinciegebruiker()


def test_toepassen_maakt_versie_2_en_houdt_versie_1(pc):
    gebruiker = _provincie()
    opgave = _opgave(EMMEN, "asiel_regulier")
    r = _pas_toe(pc, t=toegang(gebruiker), gebruiker=gebruiker)
    assert r.geldig, r.fouten
    assert r.versie.nummer == 2
    assert list(
        Capaciteitsbesluitversie.objects.filter(provincie_cyclus=pc).values_list(
            "nummer", flat=True
        )
    ) == [1, 2]
    assert (
        Capaciteitsbesluitversie.objects.get(provincie_cyclus=pc, nummer=1)
        .to_domain()
        .aantallen[EMMEN]
        .regulier
        == 453
    )
    opgave.refresh_from_db()
    assert (opgave.opgave, opgave.versie) == (480, 2)
    # The new target is as on the day of the minister's decision, not of the import.
    bron = Cijferbron.objects.get(model="opgaven.opgave", object_id=opgave.pk, veld="opgave")
    assert (bron.peildatum, bron.bron.bestandsnaam) == (DATUM, "herraming.csv")
    # The audit trail: who, the old and the new value, and the import as the reason.
    laatste = opgave.history.order_by("-history_date", "-history_id").first()
    vorige = laatste.prev_record
    assert (vorige.opgave, laatste.opgave) == (453, 480)
    assert laatste.history_user == gebruiker
    assert laatste.history_change_reason.startswith(f"Import {r.versie.import_log_id}:")
    log = r.versie.import_log
    assert (log.soort, log.sha256, r.versie.sha256) == ("capaciteitsbesluit", r.sha256, r.sha256)
    assert r.versie.geimporteerd_door == gebruiker
    tekst = herraming_tekst("drenthe", "2025-2026")
    assert "versie 2 van 3 maart 2025" in tekst
    assert "van 2.691 plaatsen (waarvan 229 AMV) naar 2.859 plaatsen (waarvan 349 AMV)" in tekst


def test_de_solver_rekent_na_toepassen_met_de_nieuwe_opgave(pc):
    _pas_toe(pc)
    amv = next(d for d in los_op_provincie("drenthe", "2025-2026") if d.categorie.value == "amv")
    assert amv.optimalisatie.opgave == 349


def test_herberekening_na_toepassen_vergelijkt_met_de_vorige_versie(pc):
    _pas_toe(pc)
    versie, h = herberekening(pc)
    assert versie.nummer == 2
    assert (h.totaal_oud(AMV), h.totaal_nieuw(AMV)) == (229, 349)
    v1 = Capaciteitsbesluitversie.objects.get(provincie_cyclus=pc, nummer=1)
    assert vergelijk_versies(v1, versie).totaal_nieuw(AMV) == 349
    with pytest.raises(Invoerfout):
        vergelijk_versies(versie, versie)


def test_nieuwe_landelijke_behoefte_komt_in_versie_en_cyclus(pc):
    r = _pas_toe(pc, landelijke_behoefte=98000)
    assert (r.herraming.landelijk_oud, r.versie.landelijke_behoefte) == (96000, 98000)
    assert Cyclus.objects.get(naam="2025-2026").landelijke_behoefte == 98000


@pytest.fixture
def groningen(drenthe):
    """A municipality of another province."""
    from tests.factories import gemeente_groningen

    return gemeente_groningen()


def _zonder(inhoud: bytes, code: str) -> bytes:
    return "\n".join(r for r in regels(inhoud) if not r.startswith(code)).encode()


@pytest.mark.parametrize(
    ("maak", "melding"),
    [
        (lambda b: _zonder(b, EMMEN), "Emmen (GM0114) ontbreekt in de herraming."),
        (
            lambda b: b.replace(b"GM1701;Westerveld", b"GM9999;Westerveld"),
            "Rij 13: GM9999 is geen bekende gemeente.",
        ),
    ],
    ids=["ontbrekend", "onbekend"],
)
def test_gemeenten_die_niet_passen_worden_genoemd_en_er_wordt_niets_geschreven(
    pc, groningen, maak, melding
):
    voor = (Import.objects.count(), Capaciteitsbesluitversie.objects.count())
    r = _pas_toe(pc, maak(voorbeeld_bytes()))
    assert not r.geldig and r.versie is None
    assert r.fouten[0] == "De gemeenten van de herraming passen niet bij de cyclus 2025-2026:"
    assert melding in r.fouten
    assert (Import.objects.count(), Capaciteitsbesluitversie.objects.count()) == voor
    assert _opgave(EMMEN, "asiel_regulier").opgave == 453


def test_landelijke_tabel_slaat_rijen_van_andere_provincies_over_en_noemt_ze(pc, groningen):
    landelijk = voorbeeld_bytes() + b"GM0014;Groningen;238147;1200;100\n"
    voorbeeld = bekijk_herraming(pc, landelijk, "landelijk.csv", t=toegang(_provincie()))
    assert voorbeeld.geldig, voorbeeld.fouten
    assert voorbeeld.overgeslagen == ("rij 14: Groningen (Groningen)",)
    assert "GM0014" not in {g.cbs_code for g in voorbeeld.herraming.gemeenten}
    r = _pas_toe(pc, landelijk, verwacht=voorbeeld)
    assert r.geldig, r.fouten
    assert r.overgeslagen == ("rij 14: Groningen (Groningen)",)
    assert "GM0014" not in r.versie.aantallen
    assert _opgave(EMMEN, "asiel_regulier").opgave == 480
    assert not Opgave.objects.filter(gemeente__cbs_code="GM0014").exists()


def test_een_onleesbare_cel_geeft_de_fout_van_de_import(pc):
    kapot = voorbeeld_bytes().replace(b"Emmen;108765;480", b"Emmen;108765;veel")
    r = bekijk_herraming(pc, kapot, "herraming.csv")
    assert r.fouten == ("Rij 7, kolom 'Indicatief regulier': 'veel' is geen geheel getal. "
                        "Schrijf bijvoorbeeld 1000 of 1.000.",)  # fmt: skip


def test_een_herraming_gelijk_aan_de_huidige_versie_wordt_geweigerd(pc):
    _pas_toe(pc)
    r = _pas_toe(pc)
    assert r.fouten == (GELIJK,)
    assert huidige_versie(pc).nummer == 2


def test_verouderd_voorbeeld_wordt_geweigerd(pc):
    voorbeeld = bekijk_herraming(pc, voorbeeld_bytes(), "herraming.csv")
    Opgave.objects.filter(pk=_opgave(EMMEN, "amv").pk).update(opgave=44)
    r = _pas_toe(pc, verwacht=voorbeeld)
    assert not r.geldig and "gewijzigd sinds het voorbeeld" in r.fouten[0]
    assert huidige_versie(pc).nummer == 1


def test_alleen_de_provincie_past_een_herraming_toe(pc):
    from tests.factories import gemeentegebruiker, ministeriegebruiker

    for gebruiker in (gemeentegebruiker(EMMEN), ministeriegebruiker()):
        with pytest.raises(GeenToegang):
            _pas_toe(pc, t=toegang(gebruiker), gebruiker=gebruiker)
    assert huidige_versie(pc).nummer == 1


def test_slechte_invoer_van_het_formulier(pc):
    with pytest.raises(Invoerfout, match="in de toekomst"):
        pas_herraming_toe(
            pc, voorbeeld_bytes(), "h.csv", datum_besluit=date(2999, 1, 1), omschrijving="x"
        )
    with pytest.raises(Invoerfout, match="Vul de omschrijving en bron in"):
        pas_herraming_toe(pc, voorbeeld_bytes(), "h.csv", datum_besluit=DATUM, omschrijving=" ")
    with pytest.raises(Invoerfout, match="geen aantal"):
        bekijk_herraming(pc, voorbeeld_bytes(), "h.csv", landelijke_behoefte=0)


def test_export_en_herstel_met_een_toegepaste_herraming(pc):
    from tests.services.test_exporteren import _rondje

    _pas_toe(pc, gebruiker=_provincie())
    inhoud, _ = _rondje()
    assert b'"herramingen.capaciteitsbesluitversie"' in inhoud


def test_het_verslag_noemt_de_herraming_in_de_verdeling(ongepubliceerd):
    """In a cycle not yet published; a published report keeps its sentences
    (tests/verslagen/test_publicatie_verslag.py)."""
    from regietafel.reports.verslag import verslag_document
    from regietafel.verslagen.services import verslag_invoer

    pc = ongepubliceerd

    def verdeling():
        document = verslag_document(verslag_invoer("drenthe", "2025-2026"))
        sectie = next(s for s in document.secties if s.sleutel == "verdeling")
        return [b.tekst for b in sectie.blokken if hasattr(b, "tekst")]

    assert not any("herzien" in t for t in verdeling())
    _pas_toe(pc)
    eerste = verdeling()[0]
    assert eerste.startswith("Tijdens de cyclus is het capaciteitsbesluit herzien: de opgave")
    assert "versie 2 van 3 maart 2025 (Herziene raming, brief van de minister)" in eerste
