"""Regietafel: de Spreidingswet-cyclus van een Provinciale Regietafel."""

__version__ = "0.1.0"
