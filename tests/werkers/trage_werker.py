"""`manage.py werker`, except that a PDF report stops at 15 % and stays there until the
process is killed: the test of the supervision kills it there (test_werkerbewaking.py)."""

import sys
import time

import django

django.setup()

from django.core.management import execute_from_command_line  # noqa: E402

from regietafel.verslagen import taken  # noqa: E402

echt_rapport = taken.rapport


def blijft_hangen_bij_pdf(provincie, cyclus, formaat, voortgang=None, **opties):
    if formaat == "pdf":
        voortgang(15, "Grafiek tekenen")
        while True:
            time.sleep(0.1)
    return echt_rapport(provincie, cyclus, formaat, voortgang, **opties)


taken.rapport = blijft_hangen_bij_pdf
execute_from_command_line(["manage.py", "werker", *sys.argv[1:]])
