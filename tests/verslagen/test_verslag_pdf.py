import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.documenten_hulp import BIJLAGE1, GEMEENTEN, SPUK

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def pdf(documenten, tmp_path):
    pad = tmp_path / "verslag.pdf"
    pad.write_bytes(documenten("pdf"))
    return pad


def pagina_teksten(pad: Path) -> list[str]:
    tekst = subprocess.run(
        ["pdftotext", "-layout", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout
    return tekst.split("\f")[:-1]


def naar_docs_img(pdf: Path, pagina: int, naam: str, tmp_path: Path) -> None:
    """Page `pagina` of `pdf` as docs/img/`naam`.png (pdftoppm, 90 dpi)."""
    uit = tmp_path / naam
    subprocess.run(
        ["pdftoppm", "-png", "-r", "90", "-f", str(pagina), "-l", str(pagina),
         "-singlefile", str(pdf), str(uit)],
        check=True,
    )  # fmt: skip
    png = uit.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(png, DOCS_IMG / f"{naam}.png")


def test_pdf_bevat_de_zes_cijfers_van_bijlage_1_in_volgorde(pdf):
    bijlage = next(p for p in pagina_teksten(pdf) if "Provincie: Drenthe" in p)
    regels = [r for r in bijlage.splitlines() if "asielopvang" in r.lower()][:8]
    waarden = [r.split()[-1] for r in regels if re.fullmatch(r"[\d.]+", r.split()[-1])]
    assert waarden == list(BIJLAGE1), regels


def test_pdf_bevat_spuk_bedragen_en_alle_gemeenten(pdf):
    tekst = " ".join(pagina_teksten(pdf))
    for bedrag in SPUK:
        assert bedrag in tekst
    for naam in GEMEENTEN:
        assert naam in tekst
    # Dutch number formatting, never 4,155 or 4155 as a total
    assert "4.155" in tekst and "4,155" not in tekst


def test_pdf_heeft_paginanummers_inhoudsopgave_en_metadata(pdf):
    paginas = pagina_teksten(pdf)
    n = len(paginas)
    for i, p in enumerate(paginas, start=1):
        assert f"Pagina {i} van {n}" in p
    inhoud = paginas[0]
    assert "Inhoud" in inhoud
    regel = next(r for r in inhoud.splitlines() if "Bijlage 1 Format" in r)
    bijlage1_pagina = int(regel.split()[-1])
    assert "Provincie: Drenthe" in paginas[bijlage1_pagina - 1]
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+Het verslag van Drenthe in het kader van de Spreidingswet$",
                     info, re.M)  # fmt: skip
    assert re.search(r"^Author:\s+Provincie Drenthe$", info, re.M)
    assert re.search(r"^Subject:\s+.*cyclus 2025-2026$", info, re.M)


def test_pdf_puzzel_op_liggende_pagina_en_grafiek_als_vector(pdf):
    paginas = pagina_teksten(pdf)
    puzzel = next(i for i, p in enumerate(paginas, 1) if "Verdeling opvangopgaven" in p
                  and "Totaal" in p)  # fmt: skip
    info = subprocess.run(
        ["pdfinfo", "-f", str(puzzel), "-l", str(puzzel), str(pdf)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    breedte, hoogte = map(float, re.search(r"size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert breedte > hoogte  # landscape for the wide table
    totaal = next(r for r in paginas[puzzel - 1].splitlines() if r.strip().startswith("Totaal"))
    assert totaal.split()[1:] == [
        "502.051", "5.722", "4.603", "5.648", "2.462", "4.793", "3.814", "3.814",
        "229", "141", "341", "341",
    ]  # fmt: skip
    # The chart's labels are text in the PDF (vector, not a picture of text).
    huidige = next(p for p in paginas if "Huidige situatie" in p and "Aantal opvangplekken" in p)
    assert "Westerveld" in huidige


def test_pdf_paginas_als_afbeelding_voor_de_documentatie(pdf, tmp_path):
    """Renders the puzzle page and Bijlage 1 to PNG (pdftoppm) for docs/img/, and checks
    that no table runs off the page: every page's text stays inside its width."""
    paginas = pagina_teksten(pdf)
    puzzel = next(i for i, p in enumerate(paginas, 1) if "Verdeling opvangopgaven" in p
                  and "Totaal" in p)  # fmt: skip
    bijlage1 = next(i for i, p in enumerate(paginas, 1) if "Provincie: Drenthe" in p)
    for pagina, naam in ((puzzel, "verslag-puzzel"), (bijlage1, "verslag-bijlage1")):
        naar_docs_img(pdf, pagina, naam, tmp_path)
    # Text outside the page box would be clipped: pdftotext -bbox shows every word's box.
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    for pagina in re.finditer(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', bbox, re.S):
        breedte = float(pagina.group(1))
        for xmax in re.findall(r'xMax="([\d.]+)"', pagina.group(2)):
            assert float(xmax) <= breedte - 20  # inside the right margin


@pytest.mark.django_db
def test_verslag_van_cyclus_2_als_afbeelding_voor_de_documentatie(drenthe, tmp_path):
    """The cycle-2 report (2027-2028, the embedded data: indicative numbers not yet in)
    for docs/img/: its puzzle page and its conclusion, where every unknown figure reads
    "nog niet bekend"."""
    from regietafel.verslagen.services import rapport

    pad = tmp_path / "verslag-2027-2028.pdf"
    pad.write_bytes(rapport("drenthe", "2027-2028", "pdf").inhoud)
    paginas = pagina_teksten(pad)
    puzzel = next(i for i, p in enumerate(paginas, 1) if "De verdeling over 2027 en 2028" in p)
    conclusie = next(i for i, p in enumerate(paginas, 1) if "Conclusie" in p
                     and "per categorie en per jaar" in p)  # fmt: skip
    assert "nog niet bekend" in " ".join(paginas[conclusie - 1].split())
    for pagina, naam in ((puzzel, "verslag-2027-2028-puzzel"),
                         (conclusie, "verslag-2027-2028-conclusie")):  # fmt: skip
        naar_docs_img(pad, pagina, naam, tmp_path)
