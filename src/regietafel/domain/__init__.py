"""The rules of the Spreidingswet cycle: plain dataclasses and pure functions.

Nothing in this package touches Django, files, the network or the clock; it is
imported by the services, the web app, the CLI and the reports alike.
"""
