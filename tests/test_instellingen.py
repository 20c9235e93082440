"""The settings that only a fresh process shows (issue 22): the secret key (made and kept
in the data folder, the public development key refused outside debug mode) and
`manage.py check --deploy` clean with the production variables of docs/configuratie.md."""

import os
import re
import secrets
import stat
import subprocess
import sys
from pathlib import Path

from regietafel.settings import ONTWIKKELSLEUTEL

ROOT = Path(__file__).resolve().parents[1]
SLEUTEL = (
    "import django; django.setup(); from django.conf import settings as s; print(s.SECRET_KEY)"
)


def _omgeving(data_dir, **extra):
    # as a server has it: none of ours, nor the tests' DJANGO_ALLOW_ASYNC_UNSAFE
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REGIETAFEL_", "DJANGO_"))
           and k != "DATABASE_URL"}  # fmt: skip
    return {**env, "DJANGO_SETTINGS_MODULE": "regietafel.settings",
            "REGIETAFEL_DATA_DIR": str(data_dir), **extra}  # fmt: skip


def _python(code, env):
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)  # fmt: skip


def test_zonder_sleutel_maakt_de_eerste_start_er_een_en_bewaart_die(tmp_path):
    eerste = _python(SLEUTEL, _omgeving(tmp_path))
    assert eerste.returncode == 0, eerste.stderr
    sleutel = eerste.stdout.strip()
    assert len(sleutel) >= 50 and sleutel != ONTWIKKELSLEUTEL
    bestand = tmp_path / "geheime-sleutel"
    assert bestand.read_text().strip() == sleutel
    assert stat.S_IMODE(bestand.stat().st_mode) == 0o600
    assert _python(SLEUTEL, _omgeving(tmp_path)).stdout.strip() == sleutel  # kept


def test_processen_die_tegelijk_starten_krijgen_dezelfde_sleutel(tmp_path):
    env = _omgeving(tmp_path)
    processen = [
        subprocess.Popen(
            [sys.executable, "-c", SLEUTEL], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(4)
    ]
    sleutels = {p.communicate(timeout=120)[0].strip() for p in processen}
    assert len(sleutels) == 1 and len(sleutels.pop()) >= 50
    assert [p.name for p in tmp_path.iterdir() if "sleutel" in p.name] == ["geheime-sleutel"]


def test_de_openbare_ontwikkelsleutel_start_alleen_in_de_debugmodus(tmp_path):
    geweigerd = _python(SLEUTEL, _omgeving(tmp_path, REGIETAFEL_SECRET_KEY=ONTWIKKELSLEUTEL))
    assert geweigerd.returncode != 0
    assert "REGIETAFEL_SECRET_KEY is de openbare ontwikkelsleutel" in geweigerd.stderr
    debug = _omgeving(tmp_path, REGIETAFEL_SECRET_KEY=ONTWIKKELSLEUTEL, REGIETAFEL_DEBUG="true")
    toegestaan = _python(SLEUTEL, debug)
    assert toegestaan.returncode == 0 and toegestaan.stdout.strip() == ONTWIKKELSLEUTEL


def test_een_gezette_sleutel_gaat_voor_en_wordt_niet_bewaard(tmp_path):
    eigen = secrets.token_urlsafe(50)
    uit = _python(SLEUTEL, _omgeving(tmp_path, REGIETAFEL_SECRET_KEY=eigen))
    assert uit.stdout.strip() == eigen
    assert not (tmp_path / "geheime-sleutel").exists()


def test_zonder_schrijfbare_datamap_zegt_het_wat_te_doen(tmp_path):
    (tmp_path / "bestand").write_text("geen map")
    # with PostgreSQL, so that no SQLite file needs the folder first
    env = _omgeving(tmp_path / "bestand" / "data", DATABASE_URL="postgres://db.invalid/x")
    uit = _python(SLEUTEL, env)
    assert uit.returncode != 0
    assert "Regietafel kan geen geheime sleutel bewaren" in uit.stderr
    assert "Zet REGIETAFEL_SECRET_KEY" in uit.stderr


def productievariabelen() -> dict[str, str]:
    """The variables of the production example in docs/configuratie.md, with a real key in
    place of the placeholder."""
    tekst = (ROOT / "docs" / "configuratie.md").read_text(encoding="utf-8")
    blok = re.search(r"## Productie\n.*?```sh\n(.*?)```", tekst, re.S).group(1)
    variabelen = dict(
        regel.split("=", 1) for regel in blok.splitlines() if regel and not regel.startswith("#")
    )
    assert variabelen["REGIETAFEL_SECRET_KEY"].startswith("<")
    variabelen["REGIETAFEL_SECRET_KEY"] = secrets.token_urlsafe(50)
    return variabelen


def _check_deploy(env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def test_check_deploy_is_schoon_met_de_productievariabelen(tmp_path):
    uit = _check_deploy(_omgeving(tmp_path, **productievariabelen()))
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert "System check identified no issues" in uit.stdout


def test_check_deploy_waarschuwt_met_de_standaardwaarden_voor_eigen_gebruik(tmp_path):
    """The check can fail: without the production variables it names what is missing."""
    uit = _check_deploy(_omgeving(tmp_path))
    assert uit.returncode != 0
    for waarschuwing in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert waarschuwing in uit.stdout + uit.stderr


def test_api_herkomsten_voor_cors_komen_uit_de_omgeving(tmp_path):
    code = "import django; django.setup(); from django.conf import settings as s; "
    code += "print(s.CORS_ALLOWED_ORIGINS)"
    assert _python(code, _omgeving(tmp_path)).stdout.strip() == "[]"
    env = _omgeving(tmp_path, REGIETAFEL_API_CORS_ORIGINS="https://a.example, https://b.example")
    assert _python(code, env).stdout.strip() == "['https://a.example', 'https://b.example']"
