"""The supervision on its own, with stand-in processes (no database): a process that keeps
dying is started again after 1, 2, 4 … times the first wait, up to the longest; one that
ran long enough starts over at the first wait; stopping ends every process."""

import logging
import sys
import threading
import time

from regietafel.werkers.bewaking import Bewaking

STERFT = [sys.executable, "-c", "import sys; sys.exit(3)"]
LEEFT = [sys.executable, "-c", "import time; time.sleep(60)"]


def _rondes(bewaking, tot):
    einde = time.monotonic() + 30
    while not tot() and time.monotonic() < einde:
        bewaking.controleer()
        time.sleep(0.01)


def _wacht(tot):
    """Wait until `tot()`, without a round of our own: where `draai` supervises in its
    thread, a second caller of `controleer` could start a slot's process twice."""
    einde = time.monotonic() + 30
    while not tot() and time.monotonic() < einde:
        time.sleep(0.01)


def test_een_steeds_stervend_proces_wacht_steeds_twee_keer_zo_lang(caplog):
    caplog.set_level(logging.INFO, logger="regietafel.werkers")
    gestopt = []
    bewaking = Bewaking(
        lambda _naam: STERFT, eerste_wachttijd=0.05, langste_wachttijd=0.2, stabiel_na=60,
        bij_stop=gestopt.append,
    )  # fmt: skip
    bewaking.controleer()  # starts it
    _rondes(bewaking, lambda: len(gestopt) == 5)
    wachttijden = [r.args[-1] for r in caplog.records if "is gestopt met" in r.getMessage()]
    assert wachttijden == [0.05, 0.1, 0.2, 0.2, 0.2]
    assert "met exitcode 3" in caplog.text
    # every start has its own name, and bij_stop heard of each one that stopped
    assert len(set(gestopt)) == 5 and all(n.endswith(f"-1.{i}") for i, n in enumerate(gestopt, 1))


def test_na_een_lange_looptijd_begint_de_wachttijd_weer_klein():
    bewaking = Bewaking(lambda _naam: STERFT, eerste_wachttijd=0.05, stabiel_na=0.3)
    bewaking.controleer()
    _rondes(bewaking, lambda: bewaking.processen[0].generatie == 3)
    assert bewaking.processen[0].wachttijd == 0.1  # the second quick death in a row
    bewaking.opdracht = lambda _naam: [sys.executable, "-c", "import time; time.sleep(0.5)"]
    _rondes(bewaking, lambda: bewaking.processen[0].generatie == 4)  # the long-lived one
    _rondes(bewaking, lambda: bewaking.processen[0].popen is None)  # … died after 0.5 s
    assert bewaking.processen[0].wachttijd == 0.05


def test_stoppen_beeindigt_elk_proces_en_meldt_ze_als_gestopt():
    gestopt = []
    bewaking = Bewaking(lambda _naam: LEEFT, 2, bij_stop=gestopt.append, controle=0.05)
    stop = threading.Event()
    draad = threading.Thread(target=bewaking.draai, args=(stop,))
    draad.start()
    _wacht(lambda: len(bewaking.pids()) == 2)
    processen = [p.popen for p in bewaking.processen]
    stop.set()
    draad.join(timeout=20)
    assert not draad.is_alive()
    assert all(p.returncode is not None for p in processen)  # terminated, not left running
    assert sorted(gestopt) == sorted(p.naam for p in bewaking.processen)
