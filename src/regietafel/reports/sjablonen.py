"""Import templates (*sjablonen*): an XLSX file per import kind, with the header row, one
example row and a second sheet "Toelichting" that explains every column in Dutch.

The columns come from the kind's definition (`domain.invoer.KOLOMMEN`), so a template
always matches what the import reads; the example row is given by the caller
(services.sjablonen takes it from the stored data). openpyxl is imported inside the
function.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from regietafel.domain.invoer import KOLOMMEN, Kolom
from regietafel.domain.invoerregels import GEGEVENS, Bereik, ImportSoort

KOPKLEUR = "DCE6F0"

# What a column means, per field; `SOORT_UITLEG` overrides one for a kind.
UITLEG: dict[str, str] = {
    "cbs_code": "De CBS-code van de gemeente: GM en vier cijfers (GM0106). 0106 of 106 mag ook.",
    "gemeente": "De naam van de gemeente; hoofdletters, accenten en spaties tellen niet. "
    "Met een CBS-code erbij moeten ze bij elkaar horen.",
    "inwoners": "Het aantal inwoners, een heel getal (1000, 1.000 of 1 000).",
    "ses_score": "De SES-WOA-score (0,25 of -0,1). Leeg: geen score; zonder deze kolom blijft "
    "de opgeslagen score staan.",
    "regulier": "Het indicatieve aantal asielopvang regulier van het ministerie.",
    "amv": "Het indicatieve aantal AMV (alleenstaande minderjarige vreemdelingen).",
    "peiljaar": "Het jaar van het aantal inwoners (2024).",
    "categorie": "asiel regulier of AMV.",
    "jaar": "Een jaar van de gekozen cyclus (2026).",
    "plaatsen": "Het aantal plaatsen, 0 of meer; - is geen (0).",
    "soort": "regulier (azc), AMV, TGO, noodopvang (NO), gezinslocatie of HTL.",
    "status": "gepland (of nog te realiseren) of gerealiseerd. Zonder deze kolom, of met een "
    "lege cel, blijft de opgeslagen status staan.",
    "beschikbaar_van": "De begindatum: d-m-jjjj (1-3-2026) of jjjj-mm-dd; leeg is onbekend.",
    "beschikbaar_tot": "De einddatum: d-m-jjjj, of onbepaald / onbepaalde tijd; leeg is onbekend.",
    "opmerking": "Een toelichting (optioneel).",
    "naam": "De naam van de locatie.",
    "provincie": "De provincie: haar code (drenthe) of naam (Drenthe).",
    "periode": "Het halfjaar: jjjj-1 of jjjj-2 (2026-1); H1 2026 en 1e helft 2026 mogen ook. "
    "Zet de cel op tekst, anders maakt Excel er een datum van.",
    "taakstelling": "De taakstelling statushouders van de gemeente in dit halfjaar (alleen de "
    "provincie). Leeg: Regietafel rekent haar uit de landelijke taakstelling.",
    "realisatie": "Het aantal statushouders dat de gemeente in dit halfjaar huisvestte.",
    "achterstand_vooraf": "De achterstand (+) of voorsprong (-) die de gemeente meeneemt in dit "
    "halfjaar; alleen bij het eerste ingevoerde halfjaar (alleen de provincie).",
    "geplande_einde": "De geplande einddatum (d-m-jjjj); leeg: de plaatsen eindigen met de "
    "tijdelijke bescherming.",
    "transformeerbaar": "Kan de locatie worden omgezet naar huisvesting: ja of nee; leeg is nog "
    "niet bekend.",
}


def _gegevens(bereik: Bereik) -> str:
    return ", ".join(
        f"{g.titel}{' (verplicht)' if g.verplicht else ''}" for g in GEGEVENS if g.bereik is bereik
    )


SOORT_UITLEG: dict[ImportSoort, dict[str, str]] = {
    ImportSoort.PROVINCIECIJFERS: {
        "gegeven": "Welk cijfer de rij geeft. Van de provincie (laat de gemeente leeg): "
        f"{_gegevens(Bereik.PROVINCIE)}. Per gemeente (vul CBS-code of Gemeente in): "
        f"{_gegevens(Bereik.GEMEENTE)}. Van de cyclus, voor elke provincie (alleen een "
        f"beheerder): {_gegevens(Bereik.CYCLUS)}.",
        "cbs_code": "Bij een cijfer per gemeente: de CBS-code (GM0106); anders leeg.",
        "gemeente": "Bij een cijfer per gemeente: de naam van de gemeente; anders leeg.",
        "waarde": "Het cijfer: een heel getal (bedragen in hele euro's, € mag ervoor). Leeg: "
        "nog niet bekend, niet 0; - is 0. Een gegeven dat niet in het bestand staat, blijft "
        "zoals het is.",
        "peildatum": "De dag die het cijfer beschrijft (d-m-jjjj), niet in de toekomst. Leeg: "
        "de dag van de import.",
    },
    ImportSoort.PUZZEL: {
        "gemeente": "De naam van de gemeente (of een kolom CBS-code), zoals in de puzzel.",
        "inwoners": "Het aantal inwoners.",
        "oekraine.opgave": "Controle: Regietafel berekent de Oekraïne-opgave uit de provinciale "
        "opgave en de inwoners. Laat leeg of vul in; een afwijking wordt als waarschuwing "
        "gemeld en niet opgeslagen.",
        "oekraine.realisatie": "Het aantal opgevangen Oekraïense ontheemden.",
        "oekraine.ambitie": "De ambitie van de gemeente voor Oekraïense ontheemden.",
        "asiel_regulier.opgave": "Het indicatieve aantal asielopvang regulier.",
        "asiel_regulier.realisatie": "De realisatie asielopvang regulier.",
        "asiel_regulier.aanbod.jjjj": "Het aanbod asielopvang regulier in het jaar; leeg is "
        "onbekend, - is geen (0).",
        "asiel_regulier.saldo.jjjj": "Controle: aanbod min opgave. Laat leeg of vul in; een "
        "afwijking wordt als waarschuwing gemeld en niet opgeslagen.",
        "amv.opgave": "Het indicatieve aantal AMV.",
        "amv.realisatie": "De realisatie AMV.",
        "amv.aanbod.jjjj": "Het aanbod AMV in het jaar; leeg is onbekend, - is geen (0).",
        "amv.saldo.jjjj": "Controle: aanbod min opgave AMV; een afwijking wordt als "
        "waarschuwing gemeld en niet opgeslagen.",
    },
    ImportSoort.GOO: {"naam": "De naam van de GOO-locatie; zo wordt zij herkend."},
}
VOORBEELD_RIJ = (
    "Rij 1 van het blad Invoer is de kopregel; rij 2 is een voorbeeld: vervang het door "
    "uw eigen rijen."
)
VOORBEELD: dict[ImportSoort, str] = {
    ImportSoort.PROVINCIECIJFERS: "Rij 1 van het blad Invoer is de kopregel; daaronder staat "
    "elk cijfer dat u mag invoeren, met de opgeslagen waarde. Pas de waarden aan en laat "
    "de rest staan (of haal rijen weg): alleen wat verschilt, wordt opgeslagen.",
}
ALGEMEEN: dict[ImportSoort, str] = {
    ImportSoort.CAPACITEITSBESLUIT: "Een rij per gemeente: de indicatieve aantallen van het "
    "ministerie in de gekozen cyclus. De landelijke tabel mag: rijen van andere provincies "
    "worden overgeslagen (een beheerder werkt elke provincie bij).",
    ImportSoort.AANBOD: "Een rij per gemeente, categorie en jaar.",
    ImportSoort.LOCATIES: "Een rij per opvanglocatie. Het bestand is de volledige lijst van elke "
    "gemeente erin: een opgeslagen locatie die er niet in staat, wordt verwijderd.",
    ImportSoort.INWONERS: "Een rij per gemeente.",
    ImportSoort.GEMEENTEN: "Een rij per gemeente: maakt gemeenten aan en werkt ze bij.",
    ImportSoort.STATUSHOUDERS: "Een rij per gemeente en halfjaar. Een kolom die ontbreekt, "
    "laat het opgeslagen cijfer staan; een lege cel maakt het onbekend.",
    ImportSoort.GOO: "Een rij per GOO-locatie. Het bestand is de volledige lijst van elke "
    "gemeente erin: een opgeslagen GOO-locatie die er niet in staat, wordt verwijderd.",
    ImportSoort.PROVINCIECIJFERS: "De cijfers van Invoer provincie, één cijfer per rij: van de "
    "provincie in de gekozen cyclus, per gemeente de realisatie en de Oekraïne-ambitie, en "
    "(alleen een beheerder) de landelijke bedragen van de cyclus. Elk cijfer krijgt het "
    "bestand als bron, met de peildatum van de rij.",
    ImportSoort.PUZZEL: "De puzzel: een rij per gemeente, zoals de tabel van de Drentse puzzel "
    "of het blad 'Puzzel' van de puzzel als Excel. Kolommen die ontbreken, laten de "
    "opgeslagen cijfers staan. De opgave Oekraïne, de saldi en de totaalrij rekent "
    "Regietafel zelf uit: die worden gecontroleerd, niet opgeslagen.",
}


def kolommen(soort: ImportSoort, jaren: Sequence[int]) -> list[tuple[Kolom, str, str]]:
    """The columns of a template: (column, field key, title), with 'jjjj' spelled out for
    each year of the cycle."""
    uit = []
    for k in KOLOMMEN[soort]:
        if "jjjj" in k.veld:
            for j in jaren:
                uit.append((k, k.veld.replace("jjjj", str(j)), k.titel.replace("jjjj", str(j))))
        else:
            uit.append((k, k.veld, k.titel))
    return uit


def _uitleg(soort: ImportSoort, k: Kolom) -> str:
    return SOORT_UITLEG.get(soort, {}).get(k.veld) or UITLEG.get(k.veld, "")


def sjabloon_xlsx(
    soort: ImportSoort, jaren: Sequence[int], voorbeelden: Sequence[Mapping[str, Any]]
) -> bytes:
    """The template of `soort`: sheet "Invoer" with the header and the example rows
    `voorbeelden` (field key -> value; a missing key is an empty cell), and sheet
    "Toelichting" with every column explained."""
    from openpyxl import Workbook  # lazy: openpyxl, only for XLSX
    from openpyxl.styles import Alignment, Font, PatternFill  # lazy: openpyxl, only for XLSX

    wb = Workbook()
    ws = wb.active
    ws.title = "Invoer"
    kop = Font(bold=True)
    vulling = PatternFill("solid", fgColor=KOPKLEUR)
    rijen = kolommen(soort, jaren)
    for j, (_, sleutel, titel) in enumerate(rijen, start=1):
        cel = ws.cell(row=1, column=j, value=titel)
        cel.font, cel.fill = kop, vulling
        for i, voorbeeld in enumerate(voorbeelden, start=2):
            waarde = voorbeeld.get(sleutel)
            cel = ws.cell(row=i, column=j, value=waarde)
            if isinstance(waarde, date | datetime):
                cel.number_format = "d-m-yyyy"
            elif isinstance(waarde, str):
                cel.number_format = "@"  # text: Excel keeps 2026-1 and 0106 as written
        breedte = max([len(titel), *(len(str(v.get(sleutel) or "")) for v in voorbeelden)])
        ws.column_dimensions[cel.column_letter].width = max(14, min(breedte + 4, 40))
    ws.freeze_panes = "A2"

    uitleg = wb.create_sheet("Toelichting")
    uitleg["A1"] = f"Sjabloon voor de import '{soort.value}'"
    uitleg["A1"].font = Font(bold=True, size=12, color="154273")
    uitleg["A2"] = ALGEMEEN[soort]
    uitleg["A3"] = VOORBEELD.get(soort, VOORBEELD_RIJ) + (
        " U ziet eerst een voorbeeld van wat er verandert; een bestand met een "
        "fout wordt helemaal niet opgeslagen."
    )
    for j, titel in enumerate(["Kolom", "Verplicht", "Ook goed als kolomnaam", "Uitleg"], 1):
        cel = uitleg.cell(row=5, column=j, value=titel)
        cel.font, cel.fill = kop, vulling
    for i, (k, _, titel) in enumerate(rijen, start=6):
        verplicht = "ja" if k.verplicht else "nee"
        if soort is not ImportSoort.CAPACITEITSBESLUIT and k.veld in ("cbs_code", "gemeente"):
            verplicht = "CBS-code of Gemeente"
            if soort is ImportSoort.PROVINCIECIJFERS:
                verplicht = "bij een cijfer per gemeente"
        uitleg.cell(row=i, column=1, value=titel)
        uitleg.cell(row=i, column=2, value=verplicht)
        uitleg.cell(row=i, column=3, value=", ".join(k.varianten))
        uitleg.cell(row=i, column=4, value=_uitleg(soort, k)).alignment = Alignment(wrap_text=True)
    for letter, breedte in zip("ABCD", (30, 20, 40, 90), strict=True):
        uitleg.column_dimensions[letter].width = breedte
    wb.properties.title = f"Sjabloon {soort.value}"
    wb.properties.created = datetime(2000, 1, 1)  # fixed: the same input gives the same file
    wb.properties.modified = wb.properties.created
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()
