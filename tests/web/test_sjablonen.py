"""The import templates: every kind has one on the import page, with the header row, one
example row and the sheet "Toelichting" explaining each column in Dutch; filled in, the
template imports back."""

import io

import pytest
from openpyxl import load_workbook

from regietafel.domain.invoerregels import ImportSoort
from regietafel.importen.services import importeer
from regietafel.reports.sjablonen import kolommen
from regietafel.services.toegang import toegang

pytestmark = pytest.mark.django_db

JAREN = [2025, 2026]
# Per kind: the cell of the example row to fill in (field key -> value).
INVULLEN = {
    ImportSoort.CAPACITEITSBESLUIT: {"regulier": 150},
    ImportSoort.AANBOD: {"plaatsen": 99},
    ImportSoort.LOCATIES: {"plaatsen": 91},
    ImportSoort.INWONERS: {"inwoners": 25800},
    ImportSoort.GEMEENTEN: {"inwoners": 25801},
    ImportSoort.STATUSHOUDERS: {"taakstelling": 12, "realisatie": 9},
    ImportSoort.GOO: {"plaatsen": 33},
    ImportSoort.PUZZEL: {"amv.realisatie": 4},
    ImportSoort.PROVINCIECIJFERS: {"waarde": 5800},  # row 2: the Ukrainian target
}


def _sjabloon(client, soort):
    response = client.get(f"/importeren/sjabloon/{soort.value}/?cyclus=2025-2026")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert f"sjabloon-{soort.value}-drenthe-2025-2026.xlsx" in response["Content-Disposition"]
    return load_workbook(io.BytesIO(response.content))


@pytest.mark.parametrize("soort", list(ImportSoort))
def test_elk_sjabloon_heeft_kop_voorbeeld_en_toelichting_en_importeert_terug(client, rollen, soort):
    client.force_login(rollen["provincie"])
    assert f'data-sjabloon="{soort.value}"' in client.get("/importeren/").content.decode()
    boek = _sjabloon(client, soort)
    assert boek.sheetnames == ["Invoer", "Toelichting"]
    invoer, uitleg = boek["Invoer"], boek["Toelichting"]
    verwacht = kolommen(soort, JAREN)
    assert [c.value for c in invoer[1]] == [titel for _, _, titel in verwacht]
    voorbeeld = {sleutel: invoer.cell(2, j).value for j, (_, sleutel, _) in enumerate(verwacht, 1)}
    for k, sleutel, titel in verwacht:
        if k.verplicht and k.veld not in ("cbs_code", "gemeente"):
            assert voorbeeld[sleutel] not in (None, ""), titel
    # Every column explained in Dutch on the second sheet.
    uitgelegd = {r[0].value: r[3].value for r in uitleg.iter_rows(min_row=6) if r[0].value}
    assert set(uitgelegd) == {titel for _, _, titel in verwacht}
    assert all(tekst and len(tekst) > 10 for tekst in uitgelegd.values())
    assert uitleg["A2"].value  # what a row is, for this kind

    for sleutel, waarde in INVULLEN[soort].items():
        j = next(j for j, (_, s, _) in enumerate(verwacht, 1) if s == sleutel)
        invoer.cell(2, j).value = waarde
    uit = io.BytesIO()
    boek.save(uit)
    gebruiker = rollen["provincie"]
    r = importeer(soort, uit.getvalue(), "sjabloon.xlsx", provincie="drenthe",
                  cyclus="2025-2026", t=toegang(gebruiker), gebruiker=gebruiker)  # fmt: skip
    assert r.toegepast, [f.melding for f in r.fouten]
    assert r.wijzigingen, "het ingevulde voorbeeld verandert iets"
    assert r.waarschuwingen == ()


def test_gemeente_krijgt_de_eigen_sjablonen_met_de_eigen_gemeente(client, rollen):
    client.force_login(rollen["gemeente_b"])
    boek = _sjabloon(client, ImportSoort.GOO)
    assert boek["Invoer"]["A2"].value == "GM0114"  # Emmen
    for soort in (ImportSoort.PUZZEL, ImportSoort.GEMEENTEN, ImportSoort.CAPACITEITSBESLUIT):
        assert client.get(f"/importeren/sjabloon/{soort.value}/").status_code == 403
    assert client.get("/importeren/sjabloon/onzin/").status_code == 404
