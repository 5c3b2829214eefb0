"""Event extraction: dev-set score and throughput.

    python bench/bench_extract.py dev   [--gazetteer PATH] [--out pred.jsonl] [--docs DOCS.jsonl] [--gold GOLD.jsonl]
    python bench/bench_extract.py speed [--gazetteer PATH] [--workers 2] [--limit N]

`dev` runs read -> clean -> extract on ../shared/eval/seeds.docs.jsonl, writes the
predicted events as JSONL and scores them with ../shared/eval/score.py.
`speed` runs the same chain over the 804 FA-KES articles with a process pool and
reports articles/s and peak memory (RSS of the parent plus its workers).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREPS_SHARED", ROOT.parent / "shared"))

_GEOCODER = None


def _init(gazetteer: str | None) -> None:
    """Worker start: load the geocoder, spaCy and knowledge once."""
    global _GEOCODER
    from sitreps.annotate import load_pipeline
    from sitreps.geocode import load_geocoder
    from sitreps.knowledge.triggers import load_triggers

    _GEOCODER = load_geocoder(gazetteer)
    load_triggers()
    load_pipeline()


def _run_one(raw) -> tuple[str, list[dict], str | None]:
    """Clean and extract one raw document: (id, events, error)."""
    from sitreps.clean import clean_document
    from sitreps.errors import SitrepsError
    from sitreps.extract import extract_events

    try:
        doc = clean_document(raw)
        return raw.id, [e.to_dict() for e in extract_events(doc, geocoder=_GEOCODER)], None
    except SitrepsError as exc:
        return raw.id, [], str(exc)


def _raw_documents(path: Path) -> list:
    from sitreps.model import ReadError
    from sitreps.read import read_inputs

    return [r for r in read_inputs([str(path)]) if not isinstance(r, ReadError)]


def dev(args: argparse.Namespace) -> int:
    """Extract the dev set, write predictions, print the scorer's report."""
    _init(args.gazetteer)
    out = Path(args.out)
    with out.open("w", encoding="utf-8") as fh:
        for raw in _raw_documents(Path(args.docs)):
            doc_id, events, error = _run_one(raw)
            if error:
                print(f"{doc_id}: {error}", file=sys.stderr)
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), args.gold, str(out)] + (["--json"] if args.json else [])
    return subprocess.call(cmd)


def speed(args: argparse.Namespace) -> int:
    """Throughput over FA-KES with `workers` processes."""
    raws = _raw_documents(SHARED / "data" / "FA-KES-Dataset.csv")[: args.limit or None]
    t0 = time.perf_counter()
    n_events = n_err = 0
    with ProcessPoolExecutor(args.workers, initializer=_init, initargs=(args.gazetteer,)) as pool:
        t_ready = time.perf_counter()
        for _, events, error in pool.map(_run_one, raws, chunksize=8):
            n_events += len(events)
            n_err += error is not None
    dt = time.perf_counter() - t0
    rss_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({
        "articles": len(raws), "workers": args.workers, "seconds": round(dt, 2),
        "articles_per_s": round(len(raws) / dt, 1), "events": n_events, "errors": n_err,
        "peak_rss_mb_parent_plus_largest_worker": round(rss_mb), "pool_start_s": round(t_ready - t0, 2),
    }))
    return 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=("dev", "speed"))
    p.add_argument("--gazetteer", default=None)
    p.add_argument("--out", default="pred.jsonl")
    p.add_argument("--docs", default=str(SHARED / "eval" / "seeds.docs.jsonl"))
    p.add_argument("--gold", default=str(SHARED / "eval" / "seeds.gold.jsonl"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--limit", type=int, default=0)
    args = p.parse_args(argv)
    return dev(args) if args.mode == "dev" else speed(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
