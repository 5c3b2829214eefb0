"""Imports every command module so that each registers its commands on `app`."""
from . import extract, run, export, stats  # noqa: F401,E401
from . import gazetteer  # noqa: F401,E402
