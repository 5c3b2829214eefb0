"""Fetch the official GeoNames country dump (for a user who is online) and import it.

The URL base is configurable (`--url-base`, $SITREPS_GEONAMES_URL) so that a
mirror, or a local server in tests, can stand in for download.geonames.org.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import platformdirs

from ..errors import Code, GazetteerError
from .importers import ImportReport
from .manage import PathLike, import_files

log = logging.getLogger(__name__)

DEFAULT_URL_BASE = "https://download.geonames.org/export/dump/"
URL_ENV = "SITREPS_GEONAMES_URL"
TIMEOUT_S = 60


def geonames_url(country: str, *, url_base: str | None = None) -> str:
    """Where the dump of `country` (ISO code, e.g. SY) is downloaded from."""
    if not re.fullmatch(r"[A-Za-z]{2}", country):
        raise GazetteerError(Code.E503, path=country, detail="country must be a two-letter ISO code such as SY")
    base = url_base or os.environ.get(URL_ENV) or DEFAULT_URL_BASE
    return base.rstrip("/") + f"/{country.upper()}.zip"


def download_geonames(country: str = "SY", *, url_base: str | None = None, dest_dir: PathLike | None = None) -> Path:
    """Download `<country>.zip` into `dest_dir` (default: the user cache dir); return its path."""
    url = geonames_url(country, url_base=url_base)
    folder = Path(dest_dir) if dest_dir else Path(platformdirs.user_cache_dir("sitreps", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{country.upper()}.zip"
    partial = target.with_suffix(".zip.part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response, open(partial, "wb") as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise GazetteerError(Code.E503, path=url, detail=f"download failed: {exc}") from exc
    partial.replace(target)
    log.info("downloaded %s to %s", url, target)
    return target


def download_and_import(country: str = "SY", *, url_base: str | None = None, gazetteer: PathLike | None = None,
                        dest_dir: PathLike | None = None) -> ImportReport:
    """Download the GeoNames dump of `country` and import it into the gazetteer."""
    path = download_geonames(country, url_base=url_base, dest_dir=dest_dir)
    return import_files([path], gazetteer=gazetteer)[0]
