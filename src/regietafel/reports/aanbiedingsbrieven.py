"""The two letters that go with the provincial report, as document models: the CdK's
covering letter to the minister (*aanbiedingsbrief*) and the letter to the municipal
executives (*brief aan de colleges van B&W*), as Drenthe sent them on 31 October and
1 November 2024 (seed 002).

Each is dated with the report's own date (`VerslagInvoer.datum`). The texts are the
province's own (`VerslagInvoer.teksten`, keys ``aanbiedingsbrief_…``, ``collegebrief_…`` and
``brief_…`` in `regietafel.verslagen.standaardteksten`); between a letter's opening and its
closing text stands the outcome, worded from the same balance as the report's conclusion
(`verslag.resultaat_blokken`), so that no result in a letter is typed by hand.
"""

from __future__ import annotations

from regietafel.domain.opmaak import datum_lang
from regietafel.reports.document import Briefhoofd, Document, Sectie
from regietafel.reports.verslag import VerslagInvoer, alineas, resultaat_blokken

AANBIEDINGSBRIEF = "aanbiedingsbrief"
COLLEGEBRIEF = "collegebrief"


def _regels(tekst: str) -> tuple[str, ...]:
    """The lines of a text field, without trailing blanks; inner empty lines stay."""
    return tuple(r.rstrip() for r in tekst.replace("\r\n", "\n").strip().split("\n"))


def _brief(v: VerslagInvoer, soort: str, titel: str, trefwoord: str) -> Document:
    t = v.teksten
    plaats = t.get("brief_plaats", "").strip()
    datum = datum_lang(v.datum)
    kenmerken = (
        ("Ons kenmerk", t.get(f"{soort}_kenmerk", "").strip()),
        ("Behandeld door", t.get("brief_behandeld_door", "").strip()),
        ("Onderwerp", " ".join(t.get(f"{soort}_onderwerp", "").split())),
    )
    hoofd = Briefhoofd(
        afzender=f"Provincie {v.provincie}",
        aan=_regels(t.get(f"{soort}_aan", "")),
        plaats_datum=f"{plaats}, {datum}" if plaats else datum,
        kenmerken=tuple((label, waarde) for label, waarde in kenmerken if waarde),
        aanhef=t.get(f"{soort}_aanhef", "").strip(),
        ondertekening=_regels(t.get("brief_ondertekening", "")),
    )
    blokken = (
        *alineas(t.get(f"{soort}_opening", "")),
        *resultaat_blokken(v),
        *alineas(t.get(f"{soort}_slot", "")),
    )
    return Document(
        titel=titel,
        auteur=f"Provincie {v.provincie}",
        onderwerp=f"Spreidingswet: provinciaal verslag {v.provincie}, cyclus {v.cyclus}",
        datum=v.datum,
        secties=(Sectie(soort, "", blokken),),
        trefwoorden=("Spreidingswet", trefwoord, v.provincie, v.cyclus),
        brief=hoofd,
        werkversie=v.werkversie,
    )


def aanbiedingsbrief(v: VerslagInvoer) -> Document:
    """The CdK's covering letter to the minister, offering the report."""
    return _brief(
        v,
        AANBIEDINGSBRIEF,
        f"Aanbiedingsbrief bij het provinciaal verslag van {v.provincie}",
        "aanbiedingsbrief",
    )


def collegebrief(v: VerslagInvoer) -> Document:
    """The CdK's letter to the municipal executives of the province, with the report."""
    return _brief(
        v,
        COLLEGEBRIEF,
        f"Brief aan de colleges van burgemeester en wethouders over het provinciaal verslag "
        f"van {v.provincie}",
        "brief aan de colleges",
    )
