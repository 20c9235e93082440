"""Export → restore → export is byte-identical, on Drenthe and on the synthetic national
data; a non-empty database is refused."""

import json

import pytest

from regietafel.cli import main
from regietafel.services.exporteren import (
    NIET_GEEXPORTEERD,
    HerstelFout,
    exporteer_bytes,
    herstel,
    modellen,
)
from tests.export_hulp import leeg_maken

pytestmark = pytest.mark.django_db


def _rondje():
    eerste = exporteer_bytes()
    leeg_maken()
    geteld = herstel(eerste)
    tweede = exporteer_bytes()
    assert tweede == eerste
    return eerste, geteld


def test_drenthe_export_herstel_export_is_byte_identiek(drenthe, rollen):
    from django.contrib.auth.models import Group, Permission

    from regietafel.gebruikers.apitokens import maak_token

    groep = Group.objects.create(name="secretariaat")
    groep.permissions.add(Permission.objects.get(codename="view_locatie"))
    rollen["provincie"].groups.add(groep)
    rollen["provincie"].user_permissions.add(Permission.objects.get(codename="change_aanbod"))
    maak_token(rollen["gemeente_a"], "lezen")
    inhoud, geteld = _rondje()
    data = json.loads(inhoud)
    assert (data["formaat"], data["schemaversie"]) == ("regietafel-export", 1)
    labels = [b["model"] for b in data["modellen"]]
    assert labels == sorted(labels)
    for label in [
        "provincies.gemeente",
        "locaties.historicallocatie",
        "gebruikers.profiel",
        "gebruikers.apitoken",
        "auth.user",
        "importen.import",
        "overleggen.overleg_overgenomen_acties",
    ]:
        assert label in labels
    per_model = {b["model"]: b for b in data["modellen"]}
    assert len(per_model["provincies.gemeente"]["rijen"]) == 12
    assert len(per_model["locaties.locatie"]["rijen"]) == 18
    assert per_model["auth.user_user_permissions"]["rijen"][0][1] == [
        "opgaven",
        "aanbod",
        "change_aanbod",
    ]
    assert geteld["auth.user"] == 4


def test_onbekende_bedragen_gaan_als_null_heen_en_terug(drenthe):
    from regietafel.cycli.models import Cyclus, ProvincieCyclus

    inhoud, _ = _rondje()
    per_model = {b["model"]: b for b in json.loads(inhoud)["modellen"]}
    kolommen = per_model["cycli.provinciecyclus"]["velden"]
    rij = next(
        r
        for r in per_model["cycli.provinciecyclus"]["rijen"]
        if r[kolommen.index("cyclus_id")] == Cyclus.objects.get(naam="2027-2028").pk
    )
    assert rij[kolommen.index("spuk3_pot")] is None
    assert rij[kolommen.index("provincie_bedrag")] is None
    c2 = Cyclus.objects.get(naam="2027-2028")
    assert c2.amv_landelijk is None and c2.regels["spuk1_bedrag_per_plaats"] is None
    pc = ProvincieCyclus.objects.get(cyclus=c2)
    assert pc.spuk3_pot is None and pc.provincie_bedrag is None
    c1 = ProvincieCyclus.objects.get(cyclus__naam="2025-2026")
    assert (c1.spuk3_pot, c1.provincie_bedrag) == (983686, 408653)


def test_elk_model_van_regietafel_zit_in_de_export():
    from django.apps import apps

    gekozen = {m._meta.label_lower for m in modellen()}
    for config in apps.get_app_configs():
        if config.name.startswith("regietafel."):
            for model in config.get_models(include_auto_created=True):
                label = model._meta.label_lower
                assert label in gekozen or label in NIET_GEEXPORTEERD


def test_synthetische_landelijke_gegevens_export_herstel_export(drenthe):
    from regietafel.landelijk.synthetisch import laad_synthetisch

    laad_synthetisch(zaad=7)
    inhoud, geteld = _rondje()
    assert geteld["provincies.provincie"] >= 13
    assert geteld["provincies.gemeente"] >= 342


def test_herstel_weigert_een_niet_lege_database(drenthe):
    inhoud = exporteer_bytes()
    with pytest.raises(HerstelFout, match="De database is niet leeg"):
        herstel(inhoud)


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"{", "geen geldige JSON"),
        (b"[]", "geen export van Regietafel"),
        (b'{"formaat": "regietafel-export", "schemaversie": 99}', "Schemaversie 99"),
    ],
)
def test_herstel_weigert_vreemde_bestanden(inhoud, melding):
    with pytest.raises(HerstelFout, match=melding):
        herstel(inhoud)


@pytest.mark.django_db(transaction=True)
def test_cli_herstel_in_niet_lege_database_geeft_duidelijke_fout(drenthe, tmp_path, capsys):
    pad = tmp_path / "export.json"
    assert main(["exporteer", "--uit", str(pad)]) == 0
    assert main(["herstel", str(pad)]) == 1
    assert "De database is niet leeg" in capsys.readouterr().err
