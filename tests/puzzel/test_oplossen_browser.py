"""The solver page in a real browser when the optimiser cannot solve a problem: the page
says in Dutch which category and year, and why, and keeps the form to change them."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


class _HighsMislukt:
    status, x, message = 4, None, "Solve error"


def test_oplossen_zonder_optimum_toont_de_fout_en_het_formulier(
    inloggen, drenthe_live, page, monkeypatch, tmp_path
):
    import scipy.optimize

    from regietafel.domain import puzzel_solver
    from tests.factories import provinciegebruiker

    monkeypatch.setattr(scipy.optimize, "milp", lambda *a, **k: _HighsMislukt())
    monkeypatch.setattr(puzzel_solver, "_TABEL_GRENS", 0)  # units on HiGHS, which fails
    inloggen(page, provinciegebruiker())
    page.goto(drenthe_live.url + "/oplossen/")
    for veld, waarde in {
        "GM0106-aanbod-asiel_regulier": "250",
        "GM0118-aanbod-asiel_regulier": "235",
        "GM1680-eenheid-asiel_regulier": "20",
        "GM1681-eenheid-asiel_regulier": "20",
    }.items():
        page.locator(f'[name="{veld}"]').fill(waarde)
    page.get_by_role("button", name="Doorrekenen").click()
    fout = page.locator("#oplosfout")
    fout.wait_for()
    assert fout.get_attribute("role") == "alert"
    assert fout.inner_text().startswith(
        "De optimalisatie kon Asielopvang (regulier) 2025 van Drenthe niet oplossen"
    )
    assert page.get_by_role("button", name="Bewaren als scenario").is_visible()
    for breedte in (1400, 390):
        page.set_viewport_size({"width": breedte, "height": 900})
        fout.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / f"oplosfout-{breedte}.png"))
