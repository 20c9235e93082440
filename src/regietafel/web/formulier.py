"""Posted forms that a service saves: the refusals of the service as messages on the form,
and the create-and-edit page of a municipality's row (a location, a reserve, a GOO
location) that shows, checks and saves its form."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from django import forms
from django.contrib import messages
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext

from regietafel.domain.routekaart import Invoerfout
from regietafel.services.opslag import bewerkbare_gemeenten, gemeente_met_provincie
from regietafel.services.toegang import GeenToegang, Toegang
from regietafel.services.wijzigingen import Conflict
from regietafel.web.forms import GemeenterijForm
from regietafel.web.toegang import eigen_rij, vereis_ingelogd

type Fouten = Mapping[type[Exception], Callable[[forms.BaseForm, Any], None]]
"""The refusals a service may answer a form with, each with how it goes on the form."""


def fout_op_formulier(form: forms.BaseForm, fout: Any) -> None:
    """Put the service's Dutch message next to its field (`fout.veld`) or above the form."""
    form.add_error(fout.veld if fout.veld in form.fields else None, str(fout))


def boven_formulier(form: forms.BaseForm, fout: Exception) -> None:
    """The service's Dutch message above the form."""
    form.add_error(None, str(fout))


def conflicttekst(c: Conflict) -> str:
    """What a concurrent change says, with the values it left."""
    return gettext("%(c)s Huidige waarden: %(huidige_tekst)s") % {
        "c": c,
        "huidige_tekst": c.huidige_tekst(),
    }


def conflict_op_formulier(form: forms.BaseForm, c: Conflict) -> None:
    """A concurrent change above the form, with the values it left."""
    form.add_error(None, conflicttekst(c))


def gemeente_geweigerd(form: forms.BaseForm, fout: GeenToegang) -> None:
    """A municipality whose rows the user may not change, next to the field Gemeente."""
    form.add_error("gemeente", f"Gemeente: {fout}")


INVOERFOUTEN: Fouten = MappingProxyType({Invoerfout: fout_op_formulier})
GEEN_FOUTEN: Fouten = MappingProxyType({})
CONFLICTEN: Fouten = MappingProxyType({Conflict: conflict_op_formulier})
RIJFOUTEN: Fouten = MappingProxyType({**CONFLICTEN, GeenToegang: gemeente_geweigerd})


def verwerk(
    form: forms.BaseForm,
    bewaar: Callable[[dict[str, Any]], HttpResponse],
    fouten: Fouten = INVOERFOUTEN,
) -> HttpResponse | None:
    """The answer to a posted `form`: when it is valid, `bewaar(cleaned_data)`, which saves
    and answers (a redirect); None when the form is not valid or the service refused it
    with one of `fouten`, which puts the refusal on the form."""
    if not form.is_valid():
        return None
    try:
        return bewaar(form.cleaned_data)
    except tuple(fouten) as fout:
        zet = next(zet for soort, zet in fouten.items() if isinstance(fout, soort))
        zet(form, fout)
        return None


def ingevuld[F: forms.BaseForm](
    request: HttpRequest,
    klasse: type[F],
    mag: bool = True,
    initial: dict[str, Any] | None = None,
    **kwargs: Any,
) -> F:
    """A page's form (`klasse` with `kwargs`): filled in with what was posted, for a user who
    `mag` save it (GeenToegang for anyone else), or on any other request empty, with
    `initial`."""
    if request.method != "POST":
        return klasse(initial=initial, **kwargs)
    if not mag:
        raise GeenToegang
    return klasse(request.POST, **kwargs)


def formulierpagina(
    request: HttpRequest,
    sjabloon: str,
    form: forms.BaseForm,
    bewaar: Callable[[dict[str, Any]], HttpResponse],
    context: dict[str, Any],
    fouten: Fouten = INVOERFOUTEN,
) -> HttpResponse:
    """The page of `form`: once a posted form is saved, the answer of `bewaar` (see
    `verwerk`); otherwise `sjabloon` with `context` and the form, with status 400 when it was
    posted."""
    if form.is_bound and (antwoord := verwerk(form, bewaar, fouten)) is not None:
        return antwoord
    status = 400 if form.is_bound else 200
    return render(request, sjabloon, {**context, "form": form}, status=status)


def _versie_van_bestaande(rij: Model) -> dict[str, Any]:
    return {"versie": rij.versie} if rij.pk else {}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Rijformulier[R: Model]:
    """The create-and-edit page of a row of one municipality: `form` in `sjabloon`, the row
    under `naam`; the service `bewaar(t, gebruiker, rij, versie, reden=…)` saves it, with the
    form's further `velden` by name (refusing with `fouten`), and `melding(rij)` says so;
    `initial(rij)` is what the form opens with."""

    form: type[GemeenterijForm]
    sjabloon: str
    naam: str
    bewaar: Callable[..., R]
    melding: Callable[[R], str]
    velden: tuple[str, ...] = ()
    fouten: Fouten = RIJFOUTEN
    initial: Callable[[R], dict[str, Any]] = _versie_van_bestaande

    def nieuw(
        self, request: HttpRequest, rij: R, terug: Callable[[R], str], **context: Any
    ) -> HttpResponse:
        """The form for the new `rij`: a municipality enters its own, the province any of
        its municipalities; GeenToegang for anyone else."""
        t = vereis_ingelogd(request)
        if t.gemeente is None and not (t.alles or t.provincie):
            raise GeenToegang
        if t.gemeente is not None:
            rij.gemeente = gemeente_met_provincie(t.gemeente)  # type: ignore[attr-defined]
        return self.pagina(request, t, rij, terug, **context)

    def bewerk(
        self, request: HttpRequest, pk: int, terug: Callable[[R], str], titel: Callable[[R], str]
    ) -> HttpResponse:
        """The form for the row `pk` (RijNietGevonden if there is none), for the province
        and the municipality itself; GeenToegang for anyone else."""
        t, rij = eigen_rij(request, self.form._meta.model, pk)
        if t is None:
            raise GeenToegang
        return self.pagina(request, t, rij, terug, titel=titel(rij))

    def pagina(
        self, request: HttpRequest, t: Toegang, rij: R, terug: Callable[[R], str], **context: Any
    ) -> HttpResponse:
        """The form for `rij` (new or existing) with `context`; once saved, to `terug(rij)`."""
        gemeenten = bewerkbare_gemeenten(
            None if t.alles else t.provincie, None if t.alles else t.gemeente
        )
        form = ingevuld(
            request, self.form, initial=self.initial(rij), instance=rij, gemeenten=gemeenten
        )

        def bewaar(d: dict[str, Any]) -> HttpResponse:
            verder = {veld: d[veld] for veld in self.velden}
            rij = form.save(commit=False)
            opgeslagen = self.bewaar(t, request.user, rij, d["versie"], reden=d["reden"], **verder)
            messages.success(request, self.melding(opgeslagen))
            return redirect(terug(opgeslagen))

        context = {**context, self.naam: rij}
        return formulierpagina(request, self.sjabloon, form, bewaar, context, self.fouten)
