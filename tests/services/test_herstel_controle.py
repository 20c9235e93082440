"""A backup is restored whole or not at all: the export carries the SHA-256 of its content,
`herstel` refuses a changed or damaged file, and a broken reference, a missing field or
value, or a wrong type is named (record and field) before anything is written (issues 15
and 22)."""

import hashlib
import json

import pytest

from regietafel.cli import main
from regietafel.services import exporteren
from regietafel.services.exporteren import HerstelFout, exporteer_bytes, herstel, lees_export
from tests.export_hulp import leeg_maken, met_wijziging, zonder_controlegetal

pytestmark = pytest.mark.django_db

LOCATIE = "locaties.locatie"


@pytest.fixture
def export(drenthe):
    """The Drenthe export, and an empty database to restore it into."""
    inhoud = exporteer_bytes()
    leeg_maken()
    return inhoud


def _weigert(inhoud, *meldingen):
    with pytest.raises(HerstelFout) as fout:
        herstel(inhoud)
    for melding in meldingen:
        assert melding in str(fout.value)
    assert exporteren.is_leeg()  # nothing written
    return str(fout.value)


def _eerste_rij(velden, rijen, veld, waarde):
    rijen[0][velden.index(veld)] = waarde
    return velden, rijen


def test_export_eindigt_met_het_sha256_van_alles_ervoor(drenthe):
    inhoud = exporteer_bytes()
    romp, regel = inhoud.rsplit(b"\n", 3)[0] + b"\n", inhoud.rsplit(b"\n", 3)[1]
    assert regel == f'"sha256":"{hashlib.sha256(romp).hexdigest()}"'.encode()
    assert json.loads(inhoud)["sha256"] == hashlib.sha256(romp).hexdigest()
    assert lees_export(inhoud).waarschuwingen == []


def test_een_veranderd_getal_wordt_geweigerd(export):
    regels = export.split(b"\n")
    kop = next(i for i, r in enumerate(regels) if r.startswith(b'{"model":"locaties.locatie"'))
    velden = json.loads(regels[kop] + b"]}")["velden"]
    rij = json.loads(regels[kop + 1].rstrip(b","))
    plaatsen = velden.index("plaatsen")
    rij[plaatsen] += 1  # one place more, nothing else changed
    regels[kop + 1] = json.dumps(rij, separators=(",", ":"), ensure_ascii=False).encode() + b","
    _weigert(b"\n".join(regels), "Het controlegetal (SHA-256) klopt niet", "niets hersteld")


def test_een_afgebroken_bestand_wordt_geweigerd(export):
    _weigert(export[: len(export) // 2], "afgebroken of beschadigd", "geen geldige JSON (regel")


def test_een_opnieuw_opgemaakt_bestand_wordt_geweigerd(export):
    opgemaakt = json.dumps(json.loads(export), indent=2).encode()
    _weigert(opgemaakt, "Het controlegetal (SHA-256) klopt niet")


def test_een_oude_export_zonder_controlegetal_wordt_hersteld_met_een_waarschuwing(export):
    oud = zonder_controlegetal(export)
    assert "sha256" not in json.loads(oud)
    gelezen = lees_export(oud)
    assert gelezen.waarschuwingen == [exporteren.ZONDER_CONTROLEGETAL]
    geteld = herstel(gelezen)
    assert geteld["provincies.gemeente"] == 12
    assert exporteer_bytes() == export


def test_een_verwijzing_naar_een_ontbrekende_rij_noemt_rij_en_veld(export):
    inhoud = met_wijziging(export, LOCATIE, lambda v, r: _eerste_rij(v, r, "gemeente_id", 999999))
    melding = _weigert(inhoud, "veld 'gemeente_id': verwijst naar provincies.gemeente 999999")
    assert "niets geschreven" in melding
    assert f"{LOCATIE} (id " in melding


def test_een_ontbrekende_waarde_noemt_rij_en_veld(export):
    inhoud = met_wijziging(export, LOCATIE, lambda v, r: _eerste_rij(v, r, "plaatsen", None))
    _weigert(inhoud, f"{LOCATIE}, rij 1 (id ", "veld 'plaatsen': de waarde ontbreekt")


def test_een_verkeerd_type_noemt_rij_veld_en_wat_er_verwacht_wordt(export):
    inhoud = met_wijziging(export, LOCATIE, lambda v, r: _eerste_rij(v, r, "plaatsen", "veel"))
    _weigert(inhoud, "veld 'plaatsen': ongeldige waarde \"veel\"", "positief geheel getal")


def test_een_onmogelijke_datum_en_een_negatief_aantal_worden_allebei_gemeld(export):
    def twee_fouten(velden, rijen):
        rijen[0][velden.index("plaatsen")] = -3
        rijen[1][velden.index("beschikbaar_van")] = "2025-13-45"
        return velden, rijen

    melding = _weigert(met_wijziging(export, LOCATIE, twee_fouten), "2 fouten")
    assert "rij 1 (id" in melding and "veld 'plaatsen': ongeldige waarde -3" in melding
    assert "rij 2 (id" in melding and "veld 'beschikbaar_van'" in melding


def test_een_ontbrekend_veld_zonder_standaardwaarde_wordt_geweigerd(export):
    def zonder_plaatsen(velden, rijen):
        i = velden.index("plaatsen")
        return velden[:i] + velden[i + 1 :], [r[:i] + r[i + 1 :] for r in rijen]

    _weigert(
        met_wijziging(export, LOCATIE, zonder_plaatsen),
        f"{LOCATIE}: het veld 'plaatsen' ontbreekt in het bestand en heeft geen standaardwaarde",
    )


def test_een_ontbrekend_veld_met_standaardwaarde_krijgt_die(export):
    from regietafel.locaties.models import Locatie

    def zonder_opmerking(velden, rijen):
        i = velden.index("opmerking")
        return velden[:i] + velden[i + 1 :], [r[:i] + r[i + 1 :] for r in rijen]

    herstel(met_wijziging(export, LOCATIE, zonder_opmerking))
    assert Locatie.objects.count() == 18
    assert set(Locatie.objects.values_list("opmerking", flat=True)) == {""}


def test_een_rij_met_te_weinig_waarden_wordt_geweigerd(export):
    def korter(velden, rijen):
        rijen[0] = rijen[0][:-1]
        return velden, rijen

    _weigert(
        met_wijziging(export, LOCATIE, korter), f"{LOCATIE}, rij 1:", "waarde(n), maar er zijn"
    )


def test_een_dubbele_sleutel_die_de_database_weigert_geeft_een_melding(export):
    def dubbele_code(velden, rijen):
        rijen[1][velden.index("cbs_code")] = rijen[0][velden.index("cbs_code")]
        return velden, rijen

    _weigert(
        met_wijziging(export, "provincies.gemeente", dubbele_code),
        "De database weigerde het bestand",
        "Er is niets hersteld",
    )


def test_cli_herstel_zegt_het_in_het_nederlands_zonder_traceback(export, tmp_path, capsys):
    fouten = {
        "veranderd": export.replace(
            b'"formaat":"regietafel-export"', b'"formaat":"regietafel-export" '
        ),
        "afgebroken": export[:-100],
        "verwijzing": met_wijziging(
            export, LOCATIE, lambda v, r: _eerste_rij(v, r, "gemeente_id", 999999)
        ),
        "type": met_wijziging(export, LOCATIE, lambda v, r: _eerste_rij(v, r, "plaatsen", [])),
    }
    for naam, inhoud in fouten.items():
        pad = tmp_path / f"{naam}.json"
        pad.write_bytes(inhoud)
        assert main(["herstel", str(pad)]) == 1, naam
        err = capsys.readouterr().err
        assert err.startswith("Fout: Het ") and "Traceback" not in err, (naam, err)
        assert exporteren.is_leeg()
    oud = tmp_path / "oud.json"
    oud.write_bytes(zonder_controlegetal(export))
    assert main(["herstel", str(oud)]) == 0
    assert "Let op: Dit bestand heeft geen controlegetal" in capsys.readouterr().err
