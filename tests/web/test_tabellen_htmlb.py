"""The row-heading tag writes the same Utrecht markup the templates wrote by hand."""

from django.template import Context, Template


def _toon(bron: str, **context: object) -> str:
    return Template("{% load tabellen %}" + bron).render(Context(context))


def test_rijkop_schrijft_de_kop_van_een_rij_en_ontsnapt():
    assert _toon("{% rijkop naam %}", naam="A & B") == (
        '<th scope="row" class="utrecht-table__header-cell">A &amp; B</th>'
    )


def test_rijkop_over_meer_kolommen():
    assert _toon('{% rijkop _("Totaal") 6 %}') == (
        '<th scope="row" class="utrecht-table__header-cell" colspan="6">Totaal</th>'
    )
