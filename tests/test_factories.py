"""Each factory of tests/factories builds a valid object: saved, and `full_clean()` passes
(the model's fields, choices, constraints and `clean()`)."""

import factory
import pytest

import tests.factories as fabriek

pytestmark = pytest.mark.django_db

FABRIEKEN = sorted(
    (naam, f)
    for naam, f in vars(fabriek).items()
    if isinstance(f, type) and issubclass(f, factory.django.DjangoModelFactory)
)


def test_elk_model_van_de_apps_heeft_een_factory():
    from django.apps import apps

    eigen = {m for m in apps.get_models() if m.__module__.startswith("regietafel.")}
    eigen = {m for m in eigen if not m.__name__.startswith("Historical")}
    gedekt = {f._meta.get_model_class() for _, f in FABRIEKEN}
    zonder = {"Gegevensstand", "MisluktTokengebruik"}  # bookkeeping rows no test builds
    assert sorted(m.__name__ for m in eigen - gedekt) == sorted(zonder)


@pytest.mark.parametrize(("naam", "fabriek"), FABRIEKEN, ids=[n for n, _ in FABRIEKEN])
def test_de_factory_maakt_een_geldig_bewaard_object(naam, fabriek):
    obj = fabriek()
    assert obj.pk is not None
    obj.full_clean()
    type(obj).objects.get(pk=obj.pk)
