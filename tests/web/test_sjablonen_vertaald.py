"""Every text of the UI's templates goes through Django i18n (issue 18): no template has text
outside {% translate %} / {% blocktranslate %}, in its content or in the attributes a reader
or screen reader meets. The catalogue itself is checked by `scripts/vertalingen --check`.

The report templates are left out: they set official documents with their own template
engine (reports.pdf), not the UI."""

import re
from pathlib import Path

import pytest

# Every app's templates: the web frame's and each feature's own.
PAKKET = Path(__file__).resolve().parents[2] / "src" / "regietafel"
SJABLONEN = sorted(
    p for p in PAKKET.glob("*/templates/**/*.html") if p.relative_to(PAKKET).parts[0] != "reports"
)

OVERGESLAGEN = re.compile(
    r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}"
    r"|\{%\s*blocktranslate\b.*?\{%\s*endblocktranslate\s*%\}"
    r"|\{#.*?#\}",
    re.S,
)
SJABLOONCODE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
CODEBLOK = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
HTMLTAG = re.compile(r"<[^>]*>", re.S)
ENTITEIT = re.compile(r"&#?\w+;")
LETTERS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
ATTRIBUUT = re.compile(r'\b(?:aria-label|title|placeholder|alt)="([^"]*)"')
# A text handed to an included template: {% include … with kop="…" %} (not _("…")).
ARGUMENT = re.compile(r'\{%\s*(?:include|with)\b[^%]*?\b(?:kop|uitleg|titel|label)="([^"]*)"')


def onvertaald(bron: str) -> list[str]:
    """The pieces of `bron` a reader sees that are not in a translate tag."""
    zonder = OVERGESLAGEN.sub(" ", bron)
    argumenten = ARGUMENT.findall(zonder)
    waarden = ATTRIBUUT.findall(zonder)
    attributen = [w for w in waarden if LETTERS.search(SJABLOONCODE.sub("", w))]
    tekst = HTMLTAG.sub("\n", CODEBLOK.sub(" ", SJABLOONCODE.sub("\n", zonder)))
    stukken = (s.strip() for s in ENTITEIT.sub(" ", tekst).split("\n"))
    return argumenten + attributen + [s for s in stukken if LETTERS.search(s)]


def test_de_controle_vindt_onvertaalde_tekst():
    """The control: text, an attribute, and a sentence around a variable are found; what is in
    a translate tag, a comment, a script or a style is not."""
    bron = (
        '{% load i18n %}<h1>Kop</h1><p aria-label="Uitleg">{% translate "Goed" %}</p>'
        "<p>Totaal {{ n }} plaatsen</p>{# opmerking #}<style>.a { color: red }</style>"
        "{% blocktranslate %}Ook {{ x }} goed{% endblocktranslate %}&nbsp;"
        '{% include "a.html" with kop="Fout" %}{% include "b.html" with kop=_("Goed") %}'
    )
    assert onvertaald(bron) == ["Fout", "Uitleg", "Kop", "Totaal", "plaatsen"]


@pytest.mark.parametrize("sjabloon", SJABLONEN, ids=lambda p: str(p.relative_to(PAKKET)))
def test_elke_tekst_van_een_sjabloon_staat_in_een_vertaaltag(sjabloon):
    assert onvertaald(sjabloon.read_text(encoding="utf-8")) == []
