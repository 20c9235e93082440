"""Loading a data file (services.laden): all or nothing, every problem at once with its line,
locations matched rather than duplicated, sources, publication and the audit trail."""

import re
from pathlib import Path

import pytest

from regietafel.bronnen.models import Bron, Cijferbron
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.herramingen.models import Capaciteitsbesluitversie
from regietafel.importen.laden import laad_bestand
from regietafel.importen.models import Import
from regietafel.locaties.models import Faseovergang, Locatie
from regietafel.opgaven.models import Aanbod, Opgave
from regietafel.provincies.models import Gemeente, Provincie
from regietafel.publicaties.models import Publicatie
from regietafel.services.opslag import laad_gegevens

VEENMARKEN = Path(__file__).parent.parent / "data" / "veenmarken-2025-2026.toml"
TEKST = VEENMARKEN.read_text()
MODELLEN = [Provincie, Gemeente, Cyclus, ProvincieCyclus, Opgave, Aanbod, Locatie, Faseovergang,
            Import, Bron, Cijferbron, Publicatie, Opgave.history.model, Aanbod.history.model,
            Locatie.history.model]  # fmt: skip

pytestmark = pytest.mark.django_db


def _bron(obj, veld):
    return Cijferbron.objects.select_related("bron").get(
        model=obj._meta.label_lower, object_id=obj.pk, veld=veld
    )


def _tellingen():
    return {m._meta.label: m.objects.count() for m in MODELLEN}


def _laad(tekst, **kw):
    return laad_bestand(tekst.encode(), "veenmarken.toml", **kw)


def _regel(tekst, stuk, na=None):
    """The line number of the first line containing `stuk` (after the line with `na`)."""
    regels = tekst.splitlines()
    start = 0 if na is None else next(i for i, r in enumerate(regels) if na in r)
    return next(i for i, r in enumerate(regels[start:], start + 1) if stuk in r)


def test_een_nieuwe_provincie_wordt_geladen_met_gemeenten_en_cyclus(drenthe):
    r = _laad(TEKST)
    assert r.toegepast and r.geldig
    assert Provincie.objects.get(code="veenmarken").naam == "Veenmarken"
    assert Gemeente.objects.filter(provincie__code="veenmarken").count() == 7
    assert Cyclus.objects.filter(naam="2025-2026").count() == 1  # the stored cycle, shared
    g = laad_gegevens("veenmarken", "2025-2026")
    assert len(g.gemeenten) == 7 and len(g.alle_locaties) == 7
    log = Import.objects.get(pk=r.import_id)
    assert (log.soort, log.bestandsnaam, log.provincie) == (
        "dataset",
        "veenmarken.toml",
        "veenmarken",
    )
    assert log.sha256 == r.sha256 and len(log.sha256) == 64
    assert len(log.wijzigingen) == len(r.wijzigingen)


def test_elke_wijziging_staat_in_de_historie_met_de_import_als_reden(drenthe):
    from tests.factories import provinciegebruiker

    beheerder = provinciegebruiker()
    r = _laad(TEKST, gebruiker=beheerder)
    aanbod = Aanbod.objects.get(gemeente__cbs_code="GM9901", categorie="asiel_regulier", jaar=2025)
    h = aanbod.history.get()
    assert h.history_user == beheerder
    assert (
        h.history_change_reason == f"Import {r.import_id}: veenmarken.toml sha256:{r.sha256[:16]}"
    )
    assert h.plaatsen == 300
    loc = Locatie.objects.get(gemeente__cbs_code="GM9902")
    assert loc.history.get().history_change_reason.startswith(f"Import {r.import_id}")


def test_bronnen_uit_het_bestand_worden_vastgelegd(drenthe):
    _laad(TEKST)
    opgave = Opgave.objects.get(gemeente__cbs_code="GM9903", categorie="amv")
    h = _bron(opgave, "opgave")
    assert h.bron.titel == "Capaciteitsbesluit cyclus 2025-2026 (fictief, voor de tests)"
    aanbod = Aanbod.objects.get(gemeente__cbs_code="GM9903", categorie="amv", jaar=2026)
    h = _bron(aanbod, "plaatsen")
    assert h.bron.titel == "Opgave van de gemeenten van Veenmarken (fictief)"
    assert h.peildatum.isoformat() == "2024-03-15"


def test_een_gepubliceerd_bestand_wordt_vastgelegd_op_zijn_datum(drenthe):
    tekst = TEKST.replace("gepubliceerd = false", "gepubliceerd = true").replace(
        "inwoners_peiljaar = 2024", "inwoners_peiljaar = 2024\ngepubliceerd_op = 2024-11-15"
    )
    r = _laad(tekst)
    assert r.toegepast
    pc = ProvincieCyclus.objects.get(provincie__code="veenmarken")
    assert pc.gepubliceerd
    p = pc.publicaties.get(soort="publicatie")
    assert p.datum.isoformat() == "2024-11-15"
    assert len(p.gegevens["gemeente"]) == 7
    # Loading it again neither publishes a second time nor changes anything.
    assert _laad(tekst).wijzigingen == ()
    assert pc.publicaties.count() == 1
    # A change to the published cycle changes the live data, with a warning; the
    # publication keeps its figures.
    r = _laad(tekst.replace("inwoners = 4000", "inwoners = 4100"))
    assert r.toegepast
    assert [w.code for w in r.waarschuwingen] == ["gepubliceerd_blijft"]
    assert Gemeente.objects.get(cbs_code="GM9907").inwoners == 4100
    p.refresh_from_db()
    assert {g["naam"]: g["inwoners"] for g in p.gegevens["gemeente"]}["Gaasterwold"] == 4000
    assert laad_gegevens("veenmarken", "2025-2026").gemeenten[-1].inwoners == 4000


def _zonder_regels(tekst):
    begin = tekst.index("[cyclus.regels]")
    return tekst[:begin] + tekst[tekst.index("[provincie_opgave]") :]


def test_zonder_regels_gelden_die_van_de_opgeslagen_cyclus(drenthe):
    r = _laad(_zonder_regels(TEKST))
    assert r.toegepast, [f.melding for f in r.fouten]
    assert laad_gegevens("veenmarken", "2025-2026").cyclus.regels.spuk1_bedrag_per_plaats == 2000
    assert (
        Capaciteitsbesluitversie.objects.get(
            provincie_cyclus__provincie__code="veenmarken"
        ).omschrijving
        == "Capaciteitsbesluit zoals in gegevensbestand veenmarken.toml"
    )


def test_een_nieuwe_cyclus_noemt_haar_regels(drenthe):
    tekst = _zonder_regels(TEKST).replace('naam = "2025-2026"', 'naam = "2029-2030"')
    tekst = tekst.replace("jaren = [2025, 2026]", "jaren = [2029, 2030]")
    r = _laad(tekst.replace("2025 =", "2029 =").replace("2026 =", "2030 ="))
    assert [f.melding for f in r.fouten] == [
        f"Regel {_regel(tekst, '[cyclus]')}, cyclus, 'regels': ontbreekt; deze sleutel is "
        "verplicht."
    ]
    # Offers for years outside the cycle are named, each with its line.
    r = _laad(tekst)
    fouten = [f for f in r.fouten if f.code == "jaar_buiten_cyclus"]
    assert len(fouten) == 7 * 2 * 2
    assert fouten[0].melding == (
        f"Regel {_regel(tekst, 'asiel_regulier = ')}, gemeente 1 (Aldam), "
        "'asiel_regulier.aanbod.2025': het jaar 2025 ligt niet in de cyclus (2029-2030)."
    )


def test_tweede_keer_laden_verandert_niets(drenthe):
    _laad(TEKST)
    voor = _tellingen()
    r = _laad(TEKST)
    assert r.geldig and not r.toegepast and r.wijzigingen == ()
    assert _tellingen() == voor


def test_een_gewijzigd_bestand_wijzigt_alleen_wat_anders_is(drenthe):
    _laad(TEKST)
    voor = _tellingen()
    tekst = TEKST.replace("aanbod = { 2025 = 40, 2026 = 40 }", "aanbod = { 2025 = 40, 2026 = 45 }")
    r = _laad(tekst)
    assert [w.wat for w in r.wijzigingen] == ["Aanbod Coldewold Asielopvang (regulier) 2026"]
    assert r.wijzigingen[0].velden == (("plaatsen", "40", "45"),)
    na = _tellingen()
    assert na["opgaven.HistoricalAanbod"] == voor["opgaven.HistoricalAanbod"] + 1
    assert na["importen.Import"] == voor["importen.Import"] + 1
    assert na["locaties.Locatie"] == voor["locaties.Locatie"]


def test_bestaande_locaties_worden_herkend_en_niet_verdubbeld(drenthe):
    _laad(TEKST)
    eigen = Locatie.objects.create(
        gemeente=Gemeente.objects.get(cbs_code="GM9906"), plaatsen=12, soort="regulier",
        status="gepland", naam="ingevoerd in de app",
    )  # fmt: skip
    # A new cycle of the same province, with one more location in Fennewijk.
    tekst = (
        TEKST.replace('naam = "2025-2026"', 'naam = "2029-2030"')
        .replace("jaren = [2025, 2026]", "jaren = [2029, 2030]")
        .replace("2025 =", "2029 =")
        .replace("2026 =", "2030 =")
        + '\n[[locatie]]\ngemeente = "GM9906"\nplaatsen = 25\nsoort = "amv"\nstatus = "gepland"\n'
    )
    r = _laad(tekst)
    assert r.toegepast, [f.melding for f in r.fouten]
    nieuw = [w.wat for w in r.wijzigingen if w.wat.startswith("Locatie")]
    assert nieuw == ["Locatie Fennewijk: AMV (25)"]
    fennewijk = Locatie.objects.filter(gemeente__cbs_code="GM9906")
    assert sorted(fennewijk.values_list("plaatsen", flat=True)) == [12, 25]
    assert fennewijk.filter(pk=eigen.pk).exists()  # not in the file, still stored
    assert Locatie.objects.filter(gemeente__provincie__code="veenmarken").count() == 9
    assert ProvincieCyclus.objects.filter(provincie__code="veenmarken").count() == 2


def test_de_embedded_drenthe_opnieuw_laden_verandert_niets(drenthe):
    from regietafel.data import DRENTHE

    voor = _tellingen()
    r = laad_bestand(DRENTHE.read_bytes(), DRENTHE.name)
    assert r.geldig and r.wijzigingen == (), [w.tekst() for w in r.wijzigingen][:5]
    # Tynaarlo's "28" in a date column is kept as text and flagged, as documented.
    assert any("'28' is geen datum" in w.melding for w in r.waarschuwingen)
    assert _tellingen() == voor


def test_voorbeeld_en_bevestiging_met_een_verouderd_plan_schrijven_niets(drenthe):
    voorbeeld = _laad(TEKST, droog=True)
    assert voorbeeld.geldig and not voorbeeld.toegepast and len(voorbeeld.wijzigingen) > 60
    assert not Provincie.objects.filter(code="veenmarken").exists()
    voor = _tellingen()
    r = _laad(TEKST, verwacht_plan="0" * 64)
    assert not r.toegepast and "gewijzigd sinds het voorbeeld" in r.fouten[0].melding
    assert _tellingen() == voor
    assert _laad(TEKST, verwacht_plan=voorbeeld.plan_hash).toegepast


FOUTEN = {
    "ontbrekende sleutel": (
        lambda t: t.replace("inwoners = 7000\n", ""),
        lambda t: (
            rf"Regel {_regel(t, '[[gemeente]]', 'GM9904')}, gemeente 5 \(Eemhorst\), "
            r"'inwoners': ontbreekt; deze sleutel is verplicht\."
        ),
    ),
    "verkeerd type": (
        lambda t: t.replace("inwoners = 15000", 'inwoners = "veel"'),
        lambda t: (
            rf"Regel {_regel(t, 'inwoners = "veel"')}, gemeente 2 \(Broekveen\), "
            r"'inwoners': 'veel' is geen geheel getal\."
        ),
    ),
    "onbekende CBS-code bij een locatie": (
        lambda t: t.replace('gemeente = "GM9907"', 'gemeente = "GM9908"'),
        lambda t: (
            rf"Regel {_regel(t, 'GM9908')}, locatie 7, 'gemeente': 'GM9908' is geen "
            r"gemeente van dit bestand"
        ),
    ),
    "negatief aantal": (
        lambda t: t.replace("plaatsen = 135", "plaatsen = -135"),
        lambda t: rf"Regel {_regel(t, '-135')}, locatie 2, 'plaatsen': '-135' is negatief",
    ),
    "onleesbare datum": (
        lambda t: t.replace(
            'opmerking = "nog te realiseren"',
            'opmerking = "nog te realiseren"\ngepland_in_gebruik = "zomer"',
        ),
        lambda t: (
            rf"Regel {_regel(t, 'zomer')}, locatie 4, 'gepland_in_gebruik': 'zomer' is "
            r"geen datum; schrijf d-m-jjjj"
        ),
    ),  # fmt: skip
    "onbekende soort": (
        lambda t: t.replace('soort = "tgo"', 'soort = "azc"'),
        lambda t: (
            rf"Regel {_regel(t, 'azc"')}, locatie 7, 'soort': 'azc' is geen bekende "
            r'waarde; kies uit: "regulier", "amv", "tgo", "no", "gezinslocatie", "htl"\.'
        ),
    ),
    "cyclus die niet klopt met de opgeslagen cyclus": (
        lambda t: t.replace("landelijke_behoefte = 96000", "landelijke_behoefte = 88000"),
        lambda t: (
            rf"Regel {_regel(t, '88000')}, cyclus, 'landelijke_behoefte': '88000' "
            r"verschilt van de opgeslagen cyclus 2025-2026, waar '96000' staat\."
        ),
    ),
    "regels die niet kloppen met de opgeslagen cyclus": (
        lambda t: t.replace("spuk1_bedrag_per_plaats = 2000", "spuk1_bedrag_per_plaats = 2500"),
        lambda t: (
            rf"Regel {_regel(t, '2500')}, cyclus\.regels, 'spuk1_bedrag_per_plaats': "
            r"'2500' verschilt van de opgeslagen cyclus 2025-2026, waar '2000' staat\."
        ),
    ),
    "TOML-syntaxfout": (
        lambda t: t.replace("inwoners = 10000", "inwoners = 10 000"),
        lambda t: (
            rf"Regel {_regel(t, 'inwoners = 10 000')}: het bestand is geen geldige TOML: "
            r"na een waarde hoort een nieuwe regel \(kolom \d+\)\."
        ),
    ),
    "gemeente van een andere provincie": (
        lambda t: t.replace('cbs_code = "GM9903"', 'cbs_code = "GM0106"').replace(
            'gemeente = "GM9903"', 'gemeente = "GM0106"'
        ),
        lambda t: (
            rf"Regel {_regel(t, 'GM0106')}, gemeente 3 \(Coldewold\), 'cbs_code': GM0106 "
            r"is al opgeslagen als gemeente van de provincie drenthe\."
        ),
    ),
    "fase buiten de volgorde": (
        lambda t: t.replace(
            'opmerking = "begindatum onbekend"',
            'opmerking = "begindatum onbekend"\n'
            'fasen = [{ fase = "in_gebruik", datum = "1-1-2024", bron = "x" },\n'
            '         { fase = "idee", datum = "1-1-2023", bron = "x" }]',
        ),
        lambda t: rf"Regel {_regel(t, 'fasen = ')}, locatie 6, 'fasen': ",
    ),
}


@pytest.mark.parametrize("soort", FOUTEN)
def test_elke_fout_geeft_een_nederlandse_melding_en_schrijft_niets(drenthe, soort):
    verander, melding = FOUTEN[soort]
    tekst = verander(TEKST)
    voor = _tellingen()
    r = _laad(tekst)
    assert not r.toegepast and not r.geldig
    assert len(r.fouten) == 1, [f.melding for f in r.fouten]
    assert re.match(melding(tekst), r.fouten[0].melding), r.fouten[0].melding
    assert _tellingen() == voor


def test_alle_fouten_tegelijk(drenthe):
    tekst = TEKST
    for verander, _ in FOUTEN.values():
        if "10 000" in verander(TEKST):  # a syntax error stops the reading; tested above
            continue
        tekst = verander(tekst)
    voor = _tellingen()
    r = _laad(tekst)
    assert len(r.fouten) == len(FOUTEN) - 1, [f.melding for f in r.fouten]
    assert all(f.regel is not None for f in r.fouten)
    assert _tellingen() == voor


def test_een_onbekende_sleutel_is_een_waarschuwing(drenthe):
    r = _laad(TEKST.replace("inwoners = 4000", "inwoners = 4000\ninwonres = 4000"), droog=True)
    assert r.geldig
    (w,) = r.waarschuwingen
    assert w.melding == (
        f"Regel {_regel(TEKST, 'inwoners = 4000') + 1}, gemeente 7 (Gaasterwold), 'inwonres': "
        "is geen bekende sleutel en wordt niet gelezen (tikfout?)."
    )


def test_bestand_dat_geen_utf8_is(drenthe):
    r = laad_bestand('naam = "Fryslân"'.encode("latin-1"), "x.toml")
    assert r.fouten[0].melding == "Het bestand is geen tekst in UTF-8; sla het op als UTF-8."
