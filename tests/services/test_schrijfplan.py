"""The bulk writer of imports (services.schrijfplan) and the one data version per block
(services.stand.als_een_wijziging): versions checked, history as for a single save,
nothing left by a conflict."""

from pathlib import Path

import pytest
from django.db import transaction
from django.db.models import Sum

from regietafel.cycli.models import Gegevensstand
from regietafel.importen.laden import laad_bestand
from regietafel.locaties.models import Faseovergang, Locatie
from regietafel.provincies.models import Gemeente
from regietafel.services.schrijfplan import Schrijfplan
from regietafel.services.stand import als_een_wijziging, huidige_stand
from regietafel.services.toegang import Toegang
from regietafel.services.wijzigingen import Conflict, bewaar_locatie

pytestmark = pytest.mark.django_db
ALLES = Toegang(rol=None, alles=True)
VEENMARKEN = Path(__file__).parent.parent / "data" / "veenmarken-2025-2026.toml"


def _standtelling():
    return Gegevensstand.objects.aggregate(n=Sum("aantal"))["n"] or 0


def _locatie(**kw):
    g = Gemeente.objects.get(naam="Assen")
    return Locatie(gemeente=g, plaatsen=10, soort="regulier", status="gerealiseerd", **kw)


def test_een_blok_wijzigingen_telt_als_een_stand(drenthe):
    voor, stand = _standtelling(), huidige_stand()
    with transaction.atomic(), als_een_wijziging():
        for i in range(5):
            _locatie(naam=f"L{i}").save()
        assert _standtelling() == voor  # counted at the end of the block
    assert _standtelling() == voor + 1 and huidige_stand() != stand


def test_een_blok_dat_mislukt_telt_niet(drenthe):
    voor = _standtelling()
    with pytest.raises(RuntimeError), transaction.atomic(), als_een_wijziging():
        _locatie(naam="weg").save()
        raise RuntimeError
    assert _standtelling() == voor and not Locatie.objects.filter(naam="weg").exists()


def test_een_blok_zonder_wijziging_telt_niet(drenthe):
    voor = _standtelling()
    with als_een_wijziging():
        list(Locatie.objects.all())
    assert _standtelling() == voor


def test_het_plan_schrijft_nieuw_gewijzigd_en_verwijderd_met_historie(drenthe, rollen):
    gebruiker = rollen["provincie"]
    blijft, weg = _locatie(naam="blijft"), _locatie(naam="weg")
    blijft.save()
    weg.save()
    plan = Schrijfplan(gebruiker, "Import 9: test")
    nieuw = _locatie(naam="nieuw")
    plan.nieuw(nieuw)
    blijft.plaatsen = 12
    plan.wijzig(blijft, ["plaatsen"], blijft.versie)
    plan.verwijder(weg)
    weg_pk, voor = weg.pk, _standtelling()
    with transaction.atomic():
        plan.voer_uit()
    assert _standtelling() == voor + 1
    assert Locatie.objects.get(pk=blijft.pk).versie == 2
    assert not Locatie.objects.filter(pk=weg_pk).exists()
    for pk, soort in ((nieuw.pk, "+"), (blijft.pk, "~"), (weg_pk, "-")):
        h = Locatie.history.filter(id=pk).order_by("-history_id").first()
        assert (h.history_type, h.history_user, h.history_change_reason) == (
            soort,
            gebruiker,
            "Import 9: test",
        )
    h = Locatie.history.filter(id=blijft.pk).order_by("-history_id").first()
    assert (h.prev_record.plaatsen, h.plaatsen, h.versie) == (10, 12, 2)


def test_een_rij_die_intussen_is_gewijzigd_is_een_conflict_en_niets_blijft(drenthe, rollen):
    a, b = _locatie(naam="a"), _locatie(naam="b")
    a.save()
    b.save()
    gelezen = Locatie.objects.get(pk=b.pk)
    # someone else changes b after the import read it
    anders = Locatie.objects.get(pk=b.pk)
    anders.plaatsen = 99
    bewaar_locatie(ALLES, rollen["gemeente_a"], anders, anders.versie)
    plan = Schrijfplan(rollen["provincie"], "Import 10")
    a.plaatsen = 11
    plan.wijzig(a, ["plaatsen"], a.versie)
    gelezen.plaatsen = 12
    plan.wijzig(gelezen, ["plaatsen"], gelezen.versie)
    plan.nieuw(_locatie(naam="c"))
    historie = Locatie.history.count()
    with pytest.raises(Conflict) as fout, transaction.atomic():
        plan.voer_uit()
    assert fout.value.door == rollen["gemeente_a"].get_username()
    assert fout.value.huidige == {"plaatsen": 99}
    assert Locatie.objects.get(pk=a.pk).plaatsen == 10
    assert Locatie.objects.get(pk=b.pk).plaatsen == 99
    assert not Locatie.objects.filter(naam="c").exists()
    assert Locatie.history.count() == historie


def test_een_gegevensbestand_laden_telt_als_een_stand_en_bewaart_de_fasen(drenthe):
    tekst = VEENMARKEN.read_text().replace(
        'naam = "azc Aldam"',
        'naam = "azc Aldam"\n'
        'fasen = [{ fase = "idee", datum = "1-1-2013", bron = "raad" },\n'
        '         { fase = "collegebesluit", datum = "1-6-2013", bron = "college" }]',
    )
    voor = _standtelling()
    r = laad_bestand(tekst.encode(), "veenmarken.toml")
    assert r.toegepast, r.fouten
    assert _standtelling() == voor + 1
    assert Locatie.objects.filter(gemeente__provincie__code="veenmarken").count() == 7
    aldam = Locatie.objects.get(naam="azc Aldam")
    assert [(f.fase, f.bron) for f in aldam.fasen.order_by("datum")] == [
        ("idee", "raad"),
        ("collegebesluit", "college"),
    ]
    assert aldam.fase == "collegebesluit"
    opnieuw = laad_bestand(tekst.encode(), "veenmarken.toml")
    assert opnieuw.wijzigingen == () and Faseovergang.objects.filter(locatie=aldam).count() == 2
