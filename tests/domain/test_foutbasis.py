"""The one error base and its table of Dutch messages (domain.fouten): no Django."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import string

import pytest

import regietafel.domain
from regietafel.domain.bronnen import BronFout
from regietafel.domain.fouten import BERICHTEN, RegietafelFout, Soort, berichten
from regietafel.domain.onbekend import NietBerekenbaar, zijn_nog_niet_bekend
from regietafel.domain.pijplijn import Fasefout
from regietafel.domain.puzzel_solver import NietOpgelost, SolverFout
from regietafel.domain.routekaart import Invoerfout
from regietafel.domain.statushouders import PeriodeFout
from regietafel.domain.toezicht import LadderFout
from regietafel.domain.uitruil import UitruilFout


def test_de_soort_bepaalt_http_status_en_exitcode():
    assert (Soort.ONGELDIG.status, Soort.ONGELDIG.exitcode) == (400, 2)
    assert (Soort.NIET_GEVONDEN.status, Soort.NIET_GEVONDEN.exitcode) == (404, 2)
    assert (Soort.GEEN_TOEGANG.status, Soort.GEEN_TOEGANG.exitcode) == (403, 1)
    assert (Soort.CONFLICT.status, Soort.CONFLICT.exitcode) == (409, 1)
    assert (Soort.NIET_UITVOERBAAR.status, Soort.NIET_UITVOERBAAR.exitcode) == (422, 1)


def test_elke_soort_heeft_een_eigen_code_met_een_bericht():
    codes = [s.code for s in Soort]
    assert len(set(codes)) == len(codes)
    assert all(code in BERICHTEN for code in codes)


def test_een_fout_met_alleen_een_detail_zegt_dat_detail():
    fout = RegietafelFout("Geen gegevens voor provincie 'x'.")
    assert str(fout) == "Geen gegevens voor provincie 'x'."
    assert (fout.code, fout.soort, fout.veld, fout.waarde) == ("ongeldig", Soort.ONGELDIG, "", "")
    assert fout.args == ("Geen gegevens voor provincie 'x'.",)


def test_het_bericht_komt_uit_de_tabel_met_de_velden_van_de_fout():
    fout = RegietafelFout(code="te_veel_pogingen", waarde=30)
    assert str(fout) == "Te veel mislukte pogingen; probeer het over 30 s opnieuw."
    assert fout.sleutel == "te_veel_pogingen"


def test_een_thema_zet_zijn_naam_voor_de_code():
    fout = UitruilFout("periode", 2031, "periode_buiten_cyclus")
    assert fout.code == "periode_buiten_cyclus" and fout.sleutel == "uitruil.periode_buiten_cyclus"
    assert str(fout) == "2031 valt niet in deze cyclus."
    assert berichten("uitruil")["periode_buiten_cyclus"] == "{waarde} valt niet in deze cyclus."


def test_korte_codes_van_verschillende_themas_botsen_niet():
    assert str(BronFout("de peildatum", "x", "verplicht")) == "Vul de peildatum in."
    assert str(Invoerfout("datum", "", "verplicht", "de datum")) == "Vul de datum in."
    assert berichten("bronnen")["geen_datum"] != berichten("routekaart")["geen_datum"]


# The messages as the CLI and the API gave them before the table (byte for byte).
@pytest.mark.parametrize(
    ("fout", "tekst"),
    [
        (
            BronFout("ouder dan", "x", "geen_dagen"),
            "ouder dan: 'x' is geen aantal dagen; vul een heel getal van 1 of meer in.",
        ),
        (
            Invoerfout("datum", "3-13-2025", "geen_datum"),
            "'3-13-2025' is geen datum; schrijf dd-mm-jjjj.",
        ),
        (
            LadderFout(2, "drempel", 0, "geen_drempel"),
            "Stap 2: het aantal halfjaren '0' is geen positief heel getal (1 of meer).",
        ),
        (Fasefout("fase", "besluit", "herhaald"), "Fase: de locatie is al in fase 'besluit'."),
        (
            SolverFout("negatief", "Emmen", "aanbod", -1),
            "Emmen: aanbod mag niet negatief zijn (nu -1).",
        ),
        (
            PeriodeFout("'x' is geen halfjaar; schrijf bijvoorbeeld 2025-2."),
            "'x' is geen halfjaar; schrijf bijvoorbeeld 2025-2.",
        ),
    ],
)
def test_de_berichten_zijn_de_teksten_van_voorheen(fout, tekst):
    assert str(fout) == tekst


def test_niet_berekenbaar_noemt_wat_ontbreekt():
    fout = NietBerekenbaar("de AMV-splitsing", ("amv_landelijk",))
    assert fout.soort is Soort.NIET_UITVOERBAAR and fout.code == "niet_berekenbaar"
    assert (
        str(fout)
        == f"De AMV-splitsing kan niet worden berekend: {zijn_nog_niet_bekend(('amv_landelijk',))}."
    )


def test_niet_opgelost_is_niet_uitvoerbaar_en_noemt_probleem_en_melding():
    fout = NietOpgelost("AMV 2025", "highs", "Time limit reached")
    assert fout.soort is Soort.NIET_UITVOERBAAR and fout.code == "highs"
    assert str(fout).startswith("De optimalisatie kon AMV 2025 niet oplossen: de solver (HiGHS)")
    assert "(melding: Time limit reached)" in str(fout)


def _velden(sjabloon: str) -> set[str]:
    return {naam for _, naam, _, _ in string.Formatter().parse(sjabloon) if naam}


# Each feature's error class, how to make one with a code, and the fields its messages use.
THEMAS = {
    "bronnen": (lambda code: BronFout("veld", "w", code), {"veld", "waarde"}),
    "uitruil": (lambda code: UitruilFout("veld", "w", code), {"waarde"}),
    "routekaart": (lambda code: Invoerfout("veld", "w", code), {"veld", "waarde"}),
    "toezicht": (lambda code: LadderFout(1, "naam", "w", code), {"stap", "waarde"}),
    "pijplijn": (
        lambda code: Fasefout("fase", "w", code),
        {"waarde", "huidige", "volgende", "vorige", "fasen"},
    ),
}


@pytest.mark.parametrize("thema", sorted(THEMAS))
def test_elk_bericht_van_een_thema_is_te_maken(thema):
    maak, velden = THEMAS[thema]
    assert berichten(thema)
    for code, sjabloon in berichten(thema).items():
        assert _velden(sjabloon) <= velden, (thema, code)
        assert str(maak(code)), (thema, code)


def test_elke_fout_van_het_domein_is_een_regietafelfout():
    los = []
    for module in pkgutil.iter_modules(regietafel.domain.__path__):
        m = importlib.import_module(f"regietafel.domain.{module.name}")
        for naam, klasse in inspect.getmembers(m, inspect.isclass):
            if (
                klasse.__module__ == m.__name__
                and issubclass(klasse, Exception)
                and not issubclass(klasse, RegietafelFout)
                and not naam.startswith("_")  # _CelFout never leaves the table readers
            ):
                los.append(f"{m.__name__}.{naam}")
    assert los == []


def test_een_subklasse_blijft_te_vangen_als_de_fout_van_voorheen():
    assert issubclass(BronFout, ValueError) and issubclass(PeriodeFout, ValueError)
    assert issubclass(NietOpgelost, RuntimeError)
