"""The models' shared building blocks make what the models spelled out before."""

from django.db import models
from django.db.models import Q

from regietafel.consultatie.models import Consultatie
from regietafel.cycli.models import Cyclus, ProvincieCyclus
from regietafel.modelbouw import (
    VastgelegdeVersie,
    bij_provincie_cyclus,
    gebruiker,
    genummerd,
    natuurlijke_sleutel,
    nieuwste_eerst,
    opties,
    optioneel,
    uniek,
    versieveld,
    volgens,
    waarden,
)
from regietafel.provincies.models import Gemeente, Provincie


def test_opties_zijn_de_meta_van_een_model():
    meta = opties("bericht", "berichten", ordering=["-id"])
    assert (meta.verbose_name, meta.verbose_name_plural, meta.ordering) == (
        "bericht",
        "berichten",
        ["-id"],
    )
    assert not hasattr(opties("bron", "bronnen"), "ordering")
    assert opties("aanbod").verbose_name_plural == "aanbod"


def test_volgorde_en_sleutel():
    assert nieuwste_eerst("datum") == ["-datum", "-id"]
    assert volgens("overleg", "volgorde") == ["overleg", "volgorde", "id"]
    assert genummerd("uniek_v") == natuurlijke_sleutel("uniek_v", "provincie_cyclus", "nummer")
    sleutel = natuurlijke_sleutel("uniek_x", "provincie_cyclus", "nummer")
    assert sleutel["ordering"] == ["provincie_cyclus", "nummer"]
    assert sleutel["constraints"] == [
        models.UniqueConstraint(fields=["provincie_cyclus", "nummer"], name="uniek_x")
    ]
    assert uniek("eenmalig", "sleutel", condition=~Q(sleutel="")) == models.UniqueConstraint(
        fields=["sleutel"], condition=~Q(sleutel=""), name="eenmalig"
    )


def test_velden_zijn_wat_de_modellen_uitschreven():
    assert (
        versieveld().deconstruct()[1:]
        == (models.PositiveIntegerField("versie", default=1).deconstruct()[1:])
    )
    door = gebruiker(models.SET_NULL, null=True, blank=True).deconstruct()
    assert door[3] == {
        "on_delete": models.SET_NULL,
        "null": True,
        "blank": True,
        "related_name": "+",
        "to": "auth.user",
    }
    gemeente = optioneel(Gemeente, verbose_name="gemeente").deconstruct()
    assert gemeente[1] == "django.db.models.ForeignKey"
    assert gemeente[3] == {
        "verbose_name": "gemeente",
        "on_delete": models.PROTECT,
        "null": True,
        "blank": True,
        "to": "provincies.gemeente",
    }
    pc = bij_provincie_cyclus("routekaart", models.CASCADE, soort=models.OneToOneField)
    assert pc.deconstruct()[1:] == (
        "django.db.models.OneToOneField",
        [],
        {"on_delete": models.CASCADE, "related_name": "routekaart", "to": "cycli.provinciecyclus"},
    )
    enkel = optioneel(Gemeente, soort=models.OneToOneField).deconstruct()
    assert enkel[1] == "django.db.models.OneToOneField"


def test_waarden_leest_attributen_bij_naam():
    provincie = Provincie(code="utrecht", naam="Utrecht")
    assert waarden(provincie, ("naam", "code")) == {"naam": "Utrecht", "code": "utrecht"}


def test_een_per_eigenaar_heet_naar_soort_en_eigenaar():
    pc = ProvincieCyclus(provincie=Provincie(naam="Utrecht"), cyclus=Cyclus(naam="2026"))
    assert str(Consultatie(provincie_cyclus=pc)) == "Consultatie Utrecht 2026"


def test_vastgelegde_versie_noemt_haar_nummer():
    class Vast(VastgelegdeVersie):
        code = "versie_bekrachtigd"

    assert Vast(3).parameters() == {"nr": " 3"}
    assert Vast().parameters() == {"nr": ""}
    assert Vast(3).soort.status == 409
