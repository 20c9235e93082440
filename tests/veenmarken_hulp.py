"""The fictional province Veenmarken (tests/data/veenmarken-2025-2026.toml) as the tables a
province would import instead of writing the data file: its municipalities, its puzzle
sheet in the layout of the Drentse puzzel (group headings, a row of years), and its
locations. Made from the data file's inputs, so that what is entered this way can be set
against what `regietafel laad` makes of the file (tests/cli/test_cli_laad.py)."""

from pathlib import Path

from regietafel.data import lees_dataset
from regietafel.domain.puzzel import bereken_puzzel

VEENMARKEN = Path(__file__).parent / "data" / "veenmarken-2025-2026.toml"


def gegevens():
    return lees_dataset(VEENMARKEN)


def verwachte_puzzel():
    """The puzzle that the data file gives, computed by the domain from its inputs."""
    return bereken_puzzel(gegevens())


def gemeenten_tabel():
    g = gegevens()
    kop = ["CBS-code", "Gemeente", "Provincie", "Inwoners", "Peiljaar"]
    return [kop] + [[m.cbs_code, m.naam, "Veenmarken", m.inwoners, 2024] for m in g.gemeenten]


def _cel(waarde):
    return "" if waarde is None else waarde


def puzzel_tabel(met_controle=False):
    """The puzzle sheet: two group rows, the field row and a row of years, as in the seed.
    With `met_controle` the computed Ukrainian target is written too (it is only checked)."""
    p = verwachte_puzzel()
    jaren = list(p.jaren)
    n = len(jaren)
    groep1 = ["De puzzel van Veenmarken", "", "Oekraïne", "", "", "opgave spreidingswet"]
    groep2 = ["", "", "", "", "", "Asielopvang (regulier)", *[""] * (1 + n),
              "Asielopvang (AMV)"]  # fmt: skip
    velden = ["Gemeente", "inwoners", "opgave", "realisatie", "ambitie", "opgave", "realisatie",
              "aanbod gemeenten", *[""] * (n - 1), "opgave", "realisatie", "aanbod gemeenten",
              *[""] * (n - 1)]  # fmt: skip
    jaarrij = ["", "2024", "2025", "2024", "2025", "2025/2026", "2025", *jaren, "2025/2026",
               "2024", *jaren]  # fmt: skip
    rijen = [groep1, groep2, velden, jaarrij]
    for r in p.regels:
        rij = [r.naam, r.inwoners, r.oekraine.opgave if met_controle else "",
               _cel(r.oekraine.realisatie), _cel(r.oekraine.ambitie)]  # fmt: skip
        for a in (r.asiel_regulier, r.amv):
            rij += [_cel(a.opgave), _cel(a.realisatie), *(_cel(a.aanbod[j]) for j in jaren)]
        rijen.append(rij)
    return rijen


def locaties_tabel():
    kop = ["CBS-code", "Naam", "Plaatsen", "Soort", "Status", "Beschikbaar van",
           "Beschikbaar tot", "Opmerking"]  # fmt: skip

    def datum(d):
        return "" if d is None else f"{d.day}-{d.month}-{d.year}"

    uit = [kop]
    g = gegevens()
    for loc in (*g.locaties, *(n.locatie for n in g.niet_meetellend)):
        tot = "onbepaald" if loc.onbepaalde_tijd else datum(loc.beschikbaar_tot)
        uit.append([loc.cbs_code, loc.naam, loc.plaatsen, loc.soort.value, loc.status.value,
                    datum(loc.beschikbaar_van), tot, loc.opmerking])  # fmt: skip
    return uit


def zelfde_puzzel(gekregen, verwacht):
    """The rows and totals of two puzzles, figure by figure (the signaleringen aside)."""
    assert gekregen.jaren == verwacht.jaren
    assert gekregen.regels == verwacht.regels
    assert gekregen.totaal == verwacht.totaal
