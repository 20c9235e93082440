"""No function-level import, unless it says why with a `# lazy: …` comment on its line or on
the comment line just above its block of imports: it needs django.setup() first, Django asks
for it in AppConfig.ready(), or it is a heavy library only one path needs (WeasyPrint,
SciPy, matplotlib). An import inside a function to dodge an import cycle hides a layering
fault; resolve the cycle instead (issue 20)."""

import ast
from pathlib import Path

import regietafel

PAKKET = Path(regietafel.__file__).parent


def _met_reden(regels: list[str], index: int) -> bool:
    """Whether the import on line `index` (0-based) or the comment above its block of
    imports says `# lazy:`."""
    if "# lazy:" in regels[index]:
        return True
    while index > 0 and regels[index - 1].strip().startswith(("import ", "from ")):
        index -= 1
    return index > 0 and regels[index - 1].strip().startswith("# lazy:")


def lui_importen(bron: str) -> list[tuple[int, str, str]]:
    """The function-level imports in `bron` without a `# lazy:` reason: line number, imported
    module and the line."""
    regels = bron.splitlines()
    gevonden = []

    def loop(knoop: ast.AST, in_functie: bool) -> None:
        for kind in ast.iter_child_nodes(knoop):
            functie = in_functie or isinstance(kind, ast.FunctionDef | ast.AsyncFunctionDef)
            if in_functie and isinstance(kind, ast.Import | ast.ImportFrom):
                if isinstance(kind, ast.Import):
                    module = kind.names[0].name
                else:
                    module = "." if kind.level else (kind.module or "")
                if not _met_reden(regels, kind.lineno - 1):
                    gevonden.append((kind.lineno, module, regels[kind.lineno - 1].strip()))
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
        "import os\n"
        "def f():\n"
        "    from regietafel.domain import opmaak\n"
        "    import regietafel.cli  # lazy: needs django.setup() first\n"
        "    from django.conf import settings\n"
        "    # lazy: SciPy, only for the optimiser\n"
        "    import numpy\n"
        "    from scipy import optimize\n"
        "    x = 1\n"
        "    import json\n"
        "    return opmaak, settings, numpy, optimize, x, json, os\n"
    )
    assert lui_importen(bron) == [
        (3, "regietafel.domain", "from regietafel.domain import opmaak"),
        (5, "django.conf", "from django.conf import settings"),
        (10, "json", "import json"),
    ]
