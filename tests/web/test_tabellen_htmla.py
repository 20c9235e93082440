"""The header-row tag writes the thead markup the templates wrote by hand."""

import pytest
from django.template import Context, Template, TemplateSyntaxError


def _toon(bron: str, **context: object) -> str:
    return Template("{% load tabellen %}" + bron).render(Context(context))


def test_kopregel_zet_de_koppen_in_een_kopregel():
    html = _toon(
        '{% kopregel %}{% koppen "Gemeente" %}{% getalkoppen kop %}{% endkopregel %}', kop="<b>"
    )
    assert html == (
        '<thead class="utrecht-table__header"><tr class="utrecht-table__row">'
        '<th scope="col" class="utrecht-table__header-cell">Gemeente</th>'
        '<th scope="col" class="utrecht-table__header-cell getal">&lt;b&gt;</th>'
        "</tr></thead>"
    )


def test_kopregel_neemt_geen_argumenten():
    with pytest.raises(TemplateSyntaxError):
        _toon('{% kopregel "x" %}{% endkopregel %}')


def test_rijen_zet_een_rij_om_elk_item_met_forloop_en_uitpakken():
    html = _toon(
        "{% rijen naam, n in lijst %}{% cellen naam %}{{ forloop.counter }}{% endrijen %}",
        lijst=[("A & B", 1), ("C", 2)],
    )
    assert html == (
        '<tbody class="utrecht-table__body">'
        '<tr class="utrecht-table__row"><td class="utrecht-table__cell">A &amp; B</td>1</tr>'
        '<tr class="utrecht-table__row"><td class="utrecht-table__cell">C</td>2</tr>'
        "</tbody>"
    )


def test_rijen_van_een_lege_lijst_is_een_lege_romp():
    assert _toon("{% rijen r in lijst %}x{% endrijen %}", lijst=[]) == (
        '<tbody class="utrecht-table__body"></tbody>'
    )


def test_rijen_wil_x_in_lijst():
    with pytest.raises(TemplateSyntaxError):
        _toon("{% rijen lijst %}{% endrijen %}")
