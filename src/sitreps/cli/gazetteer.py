"""`sitreps gazetteer import|download|info` and `sitreps lookup`: thin over
sitreps.geocode.manage and sitreps.geocode.download."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app
from ._common import GAZETTEER_HELP, err, readable_errors

gazetteer_app = typer.Typer(help="Import, download and inspect the gazetteer used for geocoding.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

GazetteerOption = typer.Option(None, "--gazetteer", help=GAZETTEER_HELP)   # $SITREPS_GAZETTEER: read by the library


@gazetteer_app.command("import")
def import_command(
    files: list[Path] = typer.Argument(..., help="Who's On First tarball or folder, GeoNames SY.txt/SY.zip, OCHA/IOM or generic CSV."),
    gazetteer: Optional[Path] = GazetteerOption,
) -> None:
    """Import downloaded gazetteer files into the gazetteer database."""
    from ..geocode.manage import import_files

    with readable_errors():
        for report in import_files(files, gazetteer=gazetteer):
            typer.echo(f"{report.path}\t{report.format}\t{report.places} places\t{report.seconds:.1f} s")


@gazetteer_app.command("download")
def download_command(
    source: str = typer.Argument(..., help="Only 'geonames' for now."),
    country: str = typer.Argument("SY", help="Two-letter country code."),
    url_base: Optional[str] = typer.Option(None, "--url-base", envvar="SITREPS_GEONAMES_URL", help="Mirror of download.geonames.org/export/dump/."),
    gazetteer: Optional[Path] = GazetteerOption,
) -> None:
    """Download a country dump (needs the network) and import it."""
    from ..geocode.download import download_and_import

    if source.lower() != "geonames":
        err.print(f"[red]Error:[/red] unknown source {source!r}; only 'geonames' can be downloaded", markup=True)
        raise typer.Exit(2)
    with readable_errors():
        report = download_and_import(country, url_base=url_base, gazetteer=gazetteer)
    typer.echo(f"{report.path}\t{report.format}\t{report.places} places\t{report.seconds:.1f} s")


@gazetteer_app.command("info")
def info_command(gazetteer: Optional[Path] = GazetteerOption) -> None:
    """Show what the gazetteer database holds."""
    from ..geocode.manage import gazetteer_info

    with readable_errors():
        info = gazetteer_info(gazetteer=gazetteer)
    typer.echo(f"gazetteer: {info.path}")
    typer.echo(f"places: {info.places}  names: {info.names}")
    for source, n in info.sources.items():
        typer.echo(f"  source {source}: {n}")
    for feature, n in info.features.items():
        typer.echo(f"  feature {feature}: {n}")
    if info.coarse:
        typer.echo("coarse: built-in towns only; import a village-level gazetteer with `sitreps gazetteer import FILE`")


@app.command("lookup")
def lookup_command(
    name: str = typer.Argument(..., help="A place name as a report writes it, e.g. 'Kafr Sakeer'."),
    near: Optional[str] = typer.Option(None, "--near", help="Another place named in the same report."),
    admin1: Optional[str] = typer.Option(None, "--admin1", help="The governorate the report names."),
    gazetteer: Optional[Path] = GazetteerOption,
) -> None:
    """Geocode one place name and show the best match and its alternatives."""
    from ..geocode.manage import lookup

    with readable_errors():
        place = lookup(name, near=near, admin1=admin1, gazetteer=gazetteer)
    status = "resolved" if place.resolved else "UNRESOLVED"
    typer.echo(f"{place.name}\t{place.latitude}\t{place.longitude}\t{place.admin1 or ''}\t{place.admin2 or ''}"
               f"\tprecision {place.geo_precision}\t{place.gazetteer_ref or ''}\t{status}")
    for alt in place.candidates:
        typer.echo(f"  also: {alt}")
