"""No function-level import of a regietafel module, unless its line says why with a
`# lazy: …` comment (it needs django.setup() first, or Django asks for it in
AppConfig.ready()). An import inside a function to dodge an import cycle hides a layering
fault; resolve the cycle instead (issue 20)."""

import ast
from pathlib import Path

import regietafel

PAKKET = Path(regietafel.__file__).parent


def lui_importen(bron: str) -> list[tuple[int, str, str]]:
    """The function-level imports of regietafel modules in `bron` without `# lazy:`: line
    number, imported module and the line."""
    regels = bron.splitlines()
    gevonden = []

    def loop(knoop: ast.AST, in_functie: bool) -> None:
        for kind in ast.iter_child_nodes(knoop):
            functie = in_functie or isinstance(kind, ast.FunctionDef | ast.AsyncFunctionDef)
            if in_functie and isinstance(kind, ast.Import | ast.ImportFrom):
                if isinstance(kind, ast.Import):
                    namen = [alias.name for alias in kind.names]
                else:
                    namen = ["." if kind.level else (kind.module or "")]
                eigen = any(n == "regietafel" or n.startswith(("regietafel.", ".")) for n in namen)
                regel = regels[kind.lineno - 1]
                if eigen and "# lazy:" not in regel:
                    gevonden.append((kind.lineno, namen[0], regel.strip()))
            loop(kind, functie)

    loop(ast.parse(bron), False)
    return gevonden


def test_geen_import_in_een_functie_om_een_kringloop_te_ontwijken():
    fout = []
    for pad in sorted(PAKKET.rglob("*.py")):
        naam = pad.relative_to(PAKKET).as_posix()
        if "migrations/" in naam:
            continue
        for n, _module, regel in lui_importen(pad.read_text(encoding="utf-8")):
            fout.append(f"{naam}:{n}: {regel}")
    assert fout == []


def test_de_controle_vindt_een_import_in_een_functie_zonder_reden():
    bron = (
        "def f():\n"
        "    from regietafel.domain import opmaak\n"
        "    import regietafel.cli  # lazy: needs django.setup() first\n"
        "    from django.conf import settings\n"
        "    return opmaak, settings\n"
    )
    assert lui_importen(bron) == [(2, "regietafel.domain", "from regietafel.domain import opmaak")]
