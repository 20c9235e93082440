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
