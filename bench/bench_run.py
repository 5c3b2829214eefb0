"""Time `sitreps run` over the FA-KES dump (804 articles) into a fresh SQLite database.

Runs it twice: the first run processes everything, the second must add nothing
(every document is skipped by content hash). Reports seconds, articles/s and the
peak resident memory of the largest process (the CLI or one worker).

    .venv/bin/python bench/bench_run.py [--csv PATH] [--workers N] [--gazetteer DB] [--write]

`--write` replaces the "## Full run over FA-KES" section of docs/BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "FA-KES-Dataset.csv"
SECTION = "## Full run over FA-KES"
COUNTS = re.compile(r"(\d+) new, (\d+) skipped, (\d+) failed, (\d+) events")


def sitreps_command() -> list[str]:
    """The CLI of the environment running this script."""
    exe = Path(sys.executable).with_name("sitreps")
    return [str(exe)] if exe.exists() else ["sitreps"]


def run_options(workers: int | None, gazetteer: Path | None) -> list[str]:
    """The options both runs share."""
    return (["--workers", str(workers)] if workers else []) + (["--gazetteer", str(gazetteer)] if gazetteer else [])


# Runs one command and prints the peak RSS (KiB) of its largest process to stderr,
# so that each run is measured apart from the other.
MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "sys.stderr.write('\\npeak_kib=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def timed_run(csv: Path, db: Path, options: list[str]) -> dict[str, float | int | str]:
    """One `sitreps run`: its wall time, counts and peak RSS of its largest process."""
    cmd = [sys.executable, "-c", MEASURE] + sitreps_command() + ["run", str(csv), "--db", str(db)] + options
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    match = COUNTS.search(done.stdout)
    peak = re.search(r"peak_kib=(\d+)", done.stderr)
    if match is None or peak is None:
        sys.exit(f"sitreps run failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-2000:]}")
    new, skipped, failed, events = map(int, match.groups())
    return {"seconds": seconds, "new": new, "skipped": skipped, "failed": failed,
            "events": events, "peak_mb": int(peak.group(1)) / 1024, "exit": done.returncode}


def section(first: dict, second: dict, *, csv_name: str, articles: int, workers: int | None,
            options: list[str], gazetteer: str | None) -> str:
    """The Markdown section with both runs."""
    rate = articles / first["seconds"]
    command = " ".join([f"sitreps run {csv_name} --db fakes.db", *options])
    return "\n".join([
        SECTION, "",
        f"`{command}` ({platform.machine()}, {workers or os.cpu_count()} workers; "
        f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}).", "",
        "| run | seconds | articles/s | new | skipped | failed | events | peak RSS (largest process) |",
        "|---|---|---|---|---|---|---|---|",
        f"| first (fresh database) | {first['seconds']:.1f} | {rate:.1f} | {first['new']} | {first['skipped']} "
        f"| {first['failed']} | {first['events']} | {first['peak_mb']:.0f} MB |",
        f"| second (same input) | {second['seconds']:.1f} | {articles / second['seconds']:.1f} | {second['new']} "
        f"| {second['skipped']} | {second['failed']} | {second['events']} | {second['peak_mb']:.0f} MB |",
        "",
        "The second run adds nothing: every document is skipped by its content hash. "
        "Skipped rows of the first run are duplicate articles in the dump (same text). "
        "Peak RSS is that of the largest single process (the CLI or one worker). "
        f"Reproduce with `.venv/bin/python bench/bench_run.py {' '.join(options)} --write`"
        + (" (the gazetteer imported with `sitreps gazetteer import FILE --gazetteer "
           f"{gazetteer}`)." if gazetteer else "."),
        "",
    ])


def write_section(text: str, path: Path) -> None:
    """Replace (or append) this script's section, leaving the others as they are."""
    doc = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    doc = pattern.sub(lambda _: text + "\n", doc) if pattern.search(doc) else doc.rstrip("\n") + "\n\n" + text
    path.write_text(doc, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--gazetteer", type=Path, default=None, help="gazetteer database (default: sitreps' own)")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv} not found (pass --csv)")
    import csv as csvlib
    with open(args.csv, encoding="utf-8", newline="") as fh:
        articles = sum(1 for _ in csvlib.DictReader(fh))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fakes.db"
        options = run_options(args.workers, args.gazetteer)
        first = timed_run(args.csv, db, options)
        second = timed_run(args.csv, db, options)
    shown_gazetteer = args.gazetteer.name if args.gazetteer else None
    shown = run_options(args.workers, Path(shown_gazetteer) if shown_gazetteer else None)
    text = section(first, second, csv_name=args.csv.name, articles=articles, workers=args.workers,
                   options=shown, gazetteer=shown_gazetteer)
    print(text)
    if second["new"] != 0:
        sys.exit("the second run added documents: incremental skipping is broken")
    if args.write:
        write_section(text, ROOT / "docs" / "BENCHMARKS.md")


if __name__ == "__main__":
    main()
