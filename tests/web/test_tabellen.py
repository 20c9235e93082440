"""The table tags write the same Utrecht markup the templates wrote by hand."""

import pytest
from django.template import Context, Template, TemplateSyntaxError


def _toon(bron: str, **context: object) -> str:
    return Template("{% load tabellen %}" + bron).render(Context(context))


def test_koppen_schrijven_de_kolomkoppen_in_volgorde():
    html = _toon(
        '{% koppen "Gemeente" %}{% getalkoppen "Opgave" "Plaatsen" %}{% verborgen_kop "Bewerken" %}'
    )
    assert html == (
        '<th scope="col" class="utrecht-table__header-cell">Gemeente</th>'
        '<th scope="col" class="utrecht-table__header-cell getal">Opgave</th>'
        '<th scope="col" class="utrecht-table__header-cell getal">Plaatsen</th>'
        '<th scope="col" class="utrecht-table__header-cell">'
        '<span class="visueel-verborgen">Bewerken</span></th>'
    )


def test_koppen_vertalen_en_ontsnappen():
    assert _toon(
        '{% koppen _("Gemeente") kop %}{% getalkoppen _("GOO-plaatsen") %}', kop="<b>"
    ) == (
        '<th scope="col" class="utrecht-table__header-cell">Gemeente</th>'
        '<th scope="col" class="utrecht-table__header-cell">&lt;b&gt;</th>'
        '<th scope="col" class="utrecht-table__header-cell getal">GOO-plaatsen</th>'
    )


def test_cellen_en_getallen_ontsnappen_wat_niet_veilig_is():
    html = _toon(
        "{% cellen naam %}{% getallen n|floatformat:0 leeg %}", naam="A & B", n=5.0, leeg=""
    )
    assert html == (
        '<td class="utrecht-table__cell">A &amp; B</td>'
        '<td class="utrecht-table__cell getal">5</td>'
        '<td class="utrecht-table__cell getal"></td>'
    )


def test_leeg_rij_overspant_de_kolommen():
    assert _toon('{% leeg_rij 3 _("Nog geen acties.") %}') == (
        '<tr class="utrecht-table__row"><td class="utrecht-table__cell" colspan="3">'
        "Nog geen acties.</td></tr>"
    )


def test_tabel_met_bijschrift_noemt_de_regio_naar_het_bijschrift():
    html = _toon('{% tabel "acties" titel=_("Acties") %}<tbody></tbody>{% endtabel %}')
    assert html == (
        '<div class="tabelrol" tabindex="0" role="region" aria-labelledby="acties-titel">\n'
        '<table class="utrecht-table utrecht-table--html-table compact" id="acties">\n'
        '<caption class="utrecht-table__caption" id="acties-titel">Acties</caption>\n'
        "<tbody></tbody>\n</table>\n</div>"
    )


def test_tabel_naar_een_kop_of_label_met_eigen_klasse():
    html = _toon(
        '{% tabel "" kop="goo-kop" klasse="puzzel" compact=False beschreven="uitleg" %}'
        "x{% endtabel %}"
        '{% tabel "t" label=woorden %}y{% endtabel %}',
        woorden="Per <gemeente>",
    )
    assert html == (
        '<div class="tabelrol" tabindex="0" role="region" aria-labelledby="goo-kop">\n'
        '<table class="utrecht-table utrecht-table--html-table puzzel" aria-describedby="uitleg">\n'
        "x\n</table>\n</div>"
        '<div class="tabelrol" tabindex="0" role="region" aria-label="Per &lt;gemeente&gt;">\n'
        '<table class="utrecht-table utrecht-table--html-table compact" id="t">\n'
        "y\n</table>\n</div>"
    )


@pytest.mark.parametrize(
    "bron",
    [
        "{% tabel %}{% endtabel %}",
        '{% tabel "t" kleur="rood" %}{% endtabel %}',
        '{% tabel "t" "los" %}{% endtabel %}',
    ],
)
def test_tabel_weigert_een_onbekende_optie(bron):
    with pytest.raises(TemplateSyntaxError):
        _toon(bron)
