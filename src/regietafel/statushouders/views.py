"""Adding a half year of status holders (or changing its national figures): the province
only, on the page Statushouders. Thin: services.statushouders checks and writes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from regietafel.cycli.invoer import Ongeldig
from regietafel.domain.model import Afronding
from regietafel.services.toegang import mag_bewerken
from regietafel.services.wijzigingen import Conflict
from regietafel.statushouders.forms import HalfjaarForm
from regietafel.statushouders.services import LABELS, bewaar_halfjaar, zonder_halfjaren
from regietafel.web.pagina import pagina
from regietafel.web.toegang import ingelogd, weiger


@require_POST
@pagina()
def halfjaar(request: HttpRequest) -> HttpResponse:
    """Add a half year (or change its national figures), then show it."""
    t = ingelogd(request)
    provincie = request.POST.get("provincie", "")
    if t is None or not mag_bewerken(t, provincie):
        return weiger(request)
    form = HalfjaarForm(provincie, request.POST)
    status = 400
    if form.is_valid():
        d = form.cleaned_data
        versie = form.gezien_versie()
        try:
            h = bewaar_halfjaar(
                t,
                request.user,
                provincie,
                d["periode"],
                d["landelijke_taakstelling"],
                d["landelijke_inwoners"],
                Afronding(d["afronding"]),
                d["reden"],
                versie=versie,
            )
        except Ongeldig as fout:
            form.add_error(None, str(fout))
        except Conflict as c:
            melding = ""
            if versie == 0:  # a half year the form did not show: it is there already
                melding = gettext(
                    "Het halfjaar %(periode)s bestaat al; er is niets opgeslagen. Kies het boven "
                    "de tabel om het te wijzigen."
                ) % {"periode": d["periode"].label}
            form.add_error(None, c.met_huidige(LABELS, melding))
            status = 409
        else:
            periode = d["periode"]
            messages.success(
                request, gettext("Het halfjaar %(label)s is opgeslagen.") % {"label": periode.label}
            )
            return redirect(
                f"{reverse('statushouders')}?provincie={h.provincie.code}&periode={periode}"
            )
    context = {"provincie": provincie, "leeg": zonder_halfjaren(provincie), "halfjaar_form": form}
    return render(request, "regietafel/statushouders.html", context, status=status)
