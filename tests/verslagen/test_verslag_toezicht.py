"""The report's section on the supervision of status-holder housing: the municipalities on
a step with their count, and the province's ladder; in the DOCX as well."""

import io

from docx import Document as Word

from regietafel.domain.statushouders import Periode
from regietafel.reports.document import Alinea, Opsomming, Tabel
from regietafel.reports.verslag import verslag_document
from regietafel.statushouders.services import bewaar_huisvesting
from regietafel.verslagen.services import rapport, verslag_invoer
from tests.documenten_hulp import DATUM


def _sectie(doc):
    return next(s for s in doc.secties if s.sleutel == "toezicht-statushouders")


def test_drenthe_zonder_cijfers_per_gemeente_zegt_dat_eerlijk(drenthe):
    sectie = _sectie(verslag_document(verslag_invoer("drenthe", "2025-2026", DATUM)))
    assert isinstance(sectie.blokken[0], Alinea)
    assert (
        "2e helft 2025 zijn de cijfers per gemeente nog niet ingevoerd" in sectie.blokken[0].tekst
    )
    assert not any(isinstance(b, Tabel) for b in sectie.blokken)
    (ladder,) = [b for b in sectie.blokken if isinstance(b, Opsomming)]
    assert ladder.punten[-1] == "Indeplaatsstelling: vanaf 4 halfjaren op rij onder de taakstelling"


def test_gemeenten_op_de_ladder_staan_in_het_verslag(drenthe):
    for periode in (Periode(2025, 2), Periode(2026, 1)):
        bewaar_huisvesting("drenthe", periode, "GM0114", 40, 30)
    bewaar_huisvesting("drenthe", Periode(2026, 1), "GM0106", 40, 25)
    sectie = _sectie(verslag_document(verslag_invoer("drenthe", "2025-2026", DATUM)))
    (tabel,) = [b for b in sectie.blokken if isinstance(b, Tabel)]
    assert tabel.rijen == (("Emmen", "2", "Bestuurlijk overleg"),)
    tekst = " ".join(b.tekst for b in sectie.blokken if isinstance(b, Alinea))
    assert "staat Emmen op een stap van de toezichtladder, omdat zij een of meer halfjaren op " \
        "rij minder statushouders huisvestte dan haar taakstelling" in tekst  # fmt: skip

    word = Word(io.BytesIO(rapport("drenthe", "2025-2026", "docx", datum=DATUM).inhoud))
    koppen = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Toezicht huisvesting statushouders" in koppen
    cellen = [[c.text for c in r.cells] for t in word.tables for r in t.rows]
    assert ["Emmen", "2", "Bestuurlijk overleg"] in cellen
