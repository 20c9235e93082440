"""The balance's sign rule lives in one filter and one tag: `saldo`, `saldo_klasse` and
`saldo_woorden` write what the pages spelt out inline before (issue 20)."""

import pytest
from django.template import Context, Template

OUD = (
    "{% load i18n regietafel %}{% if r.saldo is None %}nog niet bekend"
    '{% elif r.saldo < 0 %}<span class="saldo saldo--tekort">{% blocktranslate with '
    "n=r.saldo|absoluut|getal %}tekort {{ n }}{% endblocktranslate %}</span>"
    '{% elif r.saldo > 0 %}<span class="saldo saldo--overschot">{% blocktranslate with '
    "n=r.saldo|getal %}overschot {{ n }}{% endblocktranslate %}</span>{% else %}"
    '<span class="saldo saldo--sluitend">{% translate "sluitend" %}</span>{% endif %}'
)


def _toon(sjabloon: str, saldo: int | None) -> str:
    return Template(sjabloon).render(Context({"r": {"saldo": saldo}}))


@pytest.mark.parametrize("saldo", [None, -1234, -1, 0, 7, 5722])
def test_saldo_woorden_schrijft_wat_de_paginas_schreven(saldo):
    assert _toon("{% load regietafel %}{% saldo_woorden r.saldo %}", saldo) == _toon(OUD, saldo)


@pytest.mark.parametrize(
    ("saldo", "tekst", "klasse"),
    [
        (-1234, "\u22121.234", "saldo--tekort"),
        (0, "0", "saldo--sluitend"),
        (12, "+12", "saldo--overschot"),
        (None, "", ""),
    ],
)
def test_saldo_en_klasse(saldo, tekst, klasse):
    assert _toon("{% load regietafel %}{{ r.saldo|saldo }}|{{ r.saldo|saldo_klasse }}", saldo) == (
        f"{tekst}|{klasse}"
    )
