"""The dashboard and the pages behind it: capacity over time, Ukraine, status holders.
Thin: every figure comes from a service."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from regietafel.cycli.invoer import Ongeldig
from regietafel.dashboard.services import (
    KAARTKEUZES,
    capaciteitsgrafiek,
    dashboard,
    gantt_grafiek,
    statushouders_kerncijfer,
)
from regietafel.domain.datums import lees_datum
from regietafel.domain.model import Afronding
from regietafel.domain.oekraine import EINDE_TIJDELIJKE_BESCHERMING
from regietafel.domain.statushouders import PeriodeFout, lees_periode, procent
from regietafel.locaties.capaciteit import capaciteit, capaciteit_per_gemeente
from regietafel.oekraine.services import AFRONDINGEN, oekraine, opgeslagen_goo
from regietafel.services import klok
from regietafel.services.keuzes import leest_intern_iets
from regietafel.services.opslag import NietGevonden, RijNietGevonden, gemeente_met_provincie
from regietafel.services.toegang import (
    Toegang,
    heeft_rol,
    inzage_locatiedetails,
    mag_bewerken,
    toegang,
)
from regietafel.services.wijzigingen import Conflict, GeenToegang
from regietafel.statushouders.forms import HalfjaarForm
from regietafel.statushouders.services import (
    LABELS,
    halfjaar_invoer,
    na_uitruil,
    statushouders,
    voer_huisvesting_in,
    zonder_halfjaren,
)
from regietafel.statushouders.toezicht_services import toezicht_bij
from regietafel.verdeelbesluiten import services as verdeelbesluiten
from regietafel.web.hergebruik import deel
from regietafel.web.keuze import Keuze, kies, kies_provincie_intern
from regietafel.web.pagina import Lezers, pagina
from regietafel.web.toegang import ingelogd


def _zonder_interne_paginas(t: Toegang) -> str:
    if not heeft_rol(t):
        return gettext(
            "Uw account heeft nog geen rol in Regietafel. U ziet wat openbaar is; vraag de "
            "beheerder om een rol voor uw provincie of gemeente."
        )
    return gettext(
        "Van uw provincie staan nog geen gegevens in Regietafel. U ziet de openbare cijfers van "
        "de andere provincies."
    )


def _datum(tekst: str) -> date | None:
    return lees_datum(tekst) if tekst else None


def _niet_gevonden(request: HttpRequest, sjabloon: str, fout: str) -> HttpResponse:
    return render(request, sjabloon, {"fout": fout}, status=404)


@pagina("regietafel/dashboard.html")
def dashboard_pagina(request: HttpRequest) -> HttpResponse:
    """The home page for logged-in users: three tasks, charts and the tile map. A user with
    no province to read it for (no role, or staff of a province without data here) lands
    on the public puzzle instead, with a word on why."""
    t = ingelogd(request)
    if t is not None and "provincie" not in request.GET and not leest_intern_iets(t):
        messages.info(request, _zonder_interne_paginas(t))
        return redirect("puzzel")
    keuze = kies(request, alleen_ingelogd=True)
    provincie, cyclus = keuze.provincie, keuze.cyclus
    peildatum = _datum(request.GET.get("peildatum", ""))
    kaart = request.GET.get("kaart", "asiel")
    kaart = kaart if kaart in KAARTKEUZES else "asiel"
    try:
        # Today counts: it is the default peildatum and where the route map stands.
        d = deel(
            "regietafel/_dashboard.html",
            (provincie, cyclus, peildatum, kaart, klok.vandaag(), keuze.query),
            lambda: _dashboard_context(provincie, cyclus, peildatum, kaart, keuze.query),
        )
    except NietGevonden as fout:
        return _niet_gevonden(request, "regietafel/dashboard.html", str(fout))
    context = {**keuze.context, "inhoud": d.inhoud, "kop": d.kop, "kaarten": KAARTKEUZES.items()}
    return render(request, "regietafel/dashboard.html", context)


def _dashboard_context(
    provincie: str, cyclus: str, peildatum: date | None, kaart: str, query: str
) -> dict[str, Any]:
    d = dashboard(provincie, cyclus, peildatum, kaart)
    return {
        "d": d,
        "sh": statushouders_kerncijfer(d.sh),
        "toezicht": toezicht_bij(d.sh) if d.sh else None,
        "asieltoezicht": verdeelbesluiten.toezicht(provincie, cyclus),
        "oekraine_procent": procent(d.oek.aandeel),
        "query": query,
        "kop": {
            "provincie_naam": d.cap.gegevens.provincie.naam,
            "peildatum": d.peildatum,
            "kaartsoort": d.kaartsoort,
            # The tile map's grid goes in the head, in a <style> with the request's CSP
            # nonce: its rules are rendered once with the part, the nonce per request.
            "kaart_stijl": _kaart_stijl(d.kaart),
        },
    }


def _kaart_stijl(kaart: Any) -> str:
    return render_to_string("regietafel/_tegelkaart_stijl.css", {"kaart": kaart})


def _horizon(tekst: str) -> int | None:
    return int(tekst) if tekst.isdigit() and 0 < int(tekst) <= 3660 else None


@pagina("regietafel/capaciteit.html", Lezers.INGELOGD)
def capaciteit_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """Capacity per month and per municipality against the task, the changes, the contract
    warnings and the locations over time."""
    provincie, cyclus = keuze.provincie, keuze.cyclus
    peildatum = _datum(request.GET.get("peildatum", ""))
    horizon = _horizon(request.GET.get("horizon", ""))
    try:
        # The part shows the locations' details as this reader may read them, so it is
        # kept per what of them the reader sees (services.toegang.inzage_locatiedetails).
        lezer = toegang(request.user)
        d = deel(
            "regietafel/_capaciteit.html",
            (provincie, cyclus, peildatum, horizon, inzage_locatiedetails(lezer, provincie)),
            lambda: _capaciteit_context(provincie, cyclus, peildatum, horizon, lezer),
        )
    except NietGevonden as fout:
        return _niet_gevonden(request, "regietafel/capaciteit.html", str(fout))
    return render(request, "regietafel/capaciteit.html", {**keuze.context, "inhoud": d.inhoud})


def _capaciteit_context(
    provincie: str, cyclus: str, peildatum: date | None, horizon: int | None, lezer: Toegang
) -> dict[str, Any]:
    o = capaciteit(provincie, cyclus, peildatum, horizon, lezer=lezer)
    c = o.capaciteit
    namen = o.namen
    return {
        "o": o,
        "c": c,
        "namen": namen,
        "rijen": capaciteit_per_gemeente(o),
        "mutaties": [(m, namen.get(m.cbs_code, m.cbs_code)) for m in c.mutaties],
        "aflopend": [(loc, namen.get(loc.cbs_code)) for loc in o.waarschuwingen.aflopend],
        "verlopen": [(loc, namen.get(loc.cbs_code)) for loc in o.waarschuwingen.verlopen],
        "gepland": [(loc, namen.get(loc.cbs_code)) for loc in c.gepland_zonder_datum],
        "lijn": capaciteitsgrafiek(o),
        "gantt": gantt_grafiek(o),
    }


@pagina("regietafel/oekraine.html", Lezers.INGELOGD)
def oekraine_pagina(request: HttpRequest, keuze: Keuze) -> HttpResponse:
    """Ukraine: target per municipality with the chosen rounding, GOO locations, and what
    ends or is transformed per quarter after temporary protection."""
    provincie, cyclus = keuze.provincie, keuze.cyclus
    gevraagde_afronding = request.GET.get("afronding", "")
    afronding = (
        Afronding(gevraagde_afronding)
        if gevraagde_afronding in {a.value for a in AFRONDINGEN}
        else None
    )
    einde = _datum(request.GET.get("einde", "")) or EINDE_TIJDELIJKE_BESCHERMING
    try:
        o = oekraine(provincie, cyclus, afronding, einde)
    except NietGevonden as fout:
        return _niet_gevonden(request, "regietafel/oekraine.html", str(fout))
    namen = {g.cbs_code: g.naam for g in o.gegevens.gemeenten}
    t = toegang(request.user)
    goo = opgeslagen_goo(provincie)
    context = {
        **keuze.context,
        "goo": [(loc, mag_bewerken(t, provincie, loc.gemeente.cbs_code)) for loc in goo],
        "goo_toevoegen": mag_bewerken(t, provincie) or t.gemeente_provincie == provincie,
        "o": o,
        "afrondingen": [(a.value, label) for a, label in AFRONDINGEN.items()],
        "kwartalen": [
            (k, [(loc, namen.get(loc.cbs_code, loc.cbs_code)) for loc in k.locaties])
            for k in o.kwartalen
        ],
    }
    return render(request, "regietafel/oekraine.html", context)


def _statushouders_context(
    request: HttpRequest, t: Toegang, provincie: str, periode: str | None
) -> dict[str, Any]:
    o = statushouders(provincie, periode)
    h = o.halfjaar
    tz = toezicht_bij(o)
    uitruil = na_uitruil(o)
    rijen = [
        {
            "g": g,
            "naam": o.namen.get(g.cbs_code, g.cbs_code),
            "procent": procent(g.aandeel),
            "bewerkbaar": mag_bewerken(t, provincie, g.cbs_code),
            "taak_bewerkbaar": mag_bewerken(t, provincie),
            "vastgesteld": o.vastgesteld.get(g.cbs_code),
            "versie": o.versies.get(g.cbs_code, 0),
            "toezicht": tz.gemeente(g.cbs_code),
            "uitruil": uitruil.verschil.get(g.cbs_code),
            "met_uitruil": uitruil.taakstelling.get(g.cbs_code),
        }
        for g in (h.gemeenten if h else ())
    ]
    return {
        "o": o,
        "h": h,
        "rijen": rijen,
        "met_uitruil": bool(uitruil.verschil),
        "procent": procent(h.aandeel) if h else None,
        "provincie": provincie,
    }


@pagina()
def statushouders_pagina(request: HttpRequest) -> HttpResponse:
    """Status holders in one half year: task, carried balance, realisation, percentage. Not
    per cycle: only the province is chosen (a chosen cycle is carried on by the menu). The
    province adds a half year here (web.statushouders), also when it has none yet."""

    provincie, t = kies_provincie_intern(request)
    if zonder_halfjaren(provincie):
        return render(
            request,
            "regietafel/statushouders.html",
            {"provincie": provincie, "leeg": True, "halfjaar_form": HalfjaarForm(provincie)}
            if mag_bewerken(t, provincie)
            else {"provincie": provincie, "leeg": True},
        )
    try:
        context = _statushouders_context(request, t, provincie, request.GET.get("periode"))
    except (NietGevonden, PeriodeFout) as fout:
        return _niet_gevonden(request, "regietafel/statushouders.html", str(fout))
    if mag_bewerken(t, provincie):
        # Filled in from the half year shown, with its version: a change of it is checked.
        begin = {"provincie": provincie, **halfjaar_invoer(provincie, context["o"].periode)}
        context["halfjaar_form"] = HalfjaarForm(provincie, initial=begin)
    return render(request, "regietafel/statushouders.html", context)


def _aantal(tekst: str, veld: str, fouten: list[str]) -> int | None:
    tekst = tekst.strip()
    if not tekst:
        return None
    if not tekst.isdigit():
        fouten.append(
            gettext("%(veld)s: '%(tekst)s' is geen aantal (een heel getal, 0 of meer).")
            % {"veld": veld, "tekst": tekst}
        )
        return None
    return int(tekst)


@require_POST
@pagina()
def statushouders_invoer(request: HttpRequest, periode: str, cbs_code: str) -> HttpResponse:
    """Enter one municipality's figures for a half year: the province its task and the
    number housed, the municipality itself only the number housed (a task it posts that
    differs from the stored one is refused, 403)."""
    try:
        gemeente = gemeente_met_provincie(cbs_code)
        p = lees_periode(periode)
    except (RijNietGevonden, PeriodeFout):
        return _niet_gevonden(request, "regietafel/statushouders.html", "Onbekende invoer.")
    provincie = gemeente.provincie.code
    t = ingelogd(request)
    if t is None or not mag_bewerken(t, provincie, cbs_code):
        raise GeenToegang
    fouten: list[str] = []
    waarden = {"realisatie": _aantal(request.POST.get("realisatie", ""), "Gehuisvest", fouten)}
    if "taakstelling" in request.POST:
        waarden["taakstelling"] = _aantal(request.POST["taakstelling"], "Taakstelling", fouten)
    peildatum = None
    if tekst := request.POST.get("peildatum", "").strip():
        peildatum = lees_datum(tekst)
        if peildatum is None:
            fouten.append(
                gettext(
                    "Peildatum: '%(tekst)s' is geen datum. Schrijf dd-mm-jjjj, bijvoorbeeld "
                    "1-3-2026."
                )
                % {"tekst": tekst}
            )
    versie = request.POST.get("versie", "")
    status = 400
    if not fouten:
        try:
            voer_huisvesting_in(
                t, request.user, provincie, p, cbs_code, waarden, peildatum,
                request.POST.get("reden", ""), versie=int(versie) if versie.isdigit() else 0,
            )  # fmt: skip
        except Ongeldig as fout:
            fouten.append(str(fout))
        except Conflict as c:
            fouten.append(f"{gemeente.naam}: {c.met_huidige(LABELS)}")
            status = 409
    if fouten:
        context = _statushouders_context(request, t, provincie, str(p))
        context.update(fouten=fouten, fout_gemeente=cbs_code)
        return render(request, "regietafel/statushouders.html", context, status=status)
    messages.success(
        request,
        gettext("%(naam)s: de cijfers van %(label)s zijn opgeslagen.")
        % {"naam": gemeente.naam, "label": p.label},
    )
    return redirect(f"{reverse('statushouders')}?provincie={provincie}&periode={p}")
