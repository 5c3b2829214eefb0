"""The run loop: read -> clean -> extract, one document at a time, in parallel.

`process` turns inputs into one `Outcome` per document, in input order. A document
that cannot be read, cleaned or extracted becomes an error outcome (code and
message) and the batch goes on; a broken setup (an invalid knowledge file, a
missing gazetteer) stops the run instead, since every document would fail alike.
Work runs in a stdlib process pool (DESIGN.md: on one machine it beats Dask and
Ray); each worker loads the geocoder in its initializer, and the spaCy pipeline
and knowledge once on first use (cached per process). `workers=1` runs in-process.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TextIO

from .errors import Code, DocumentError, GazetteerError, KnowledgeError
from .geocode import Geocoder
from .model import Document, Event, RawDocument, ReadError, content_hash

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)

# Documents submitted ahead of the one being yielded, per worker: enough to keep
# every worker busy, few enough that memory stays flat on large inputs.
QUEUE_PER_WORKER = 8

_worker_geocoder: Geocoder | None = None


@dataclass
class Outcome:
    """What became of one input document: its events, or why it has none."""

    doc_id: str
    origin: str
    content_hash: str
    status: str                          # ok | no_events | error | skipped
    document: Document | None = None     # None when reading or cleaning failed
    raw: RawDocument | None = None       # None when reading failed
    events: list[Event] = field(default_factory=list)
    error_code: str | None = None
    error_message: str | None = None

    @property
    def failed(self) -> bool:
        """Whether the document ended as an error record."""
        return self.status == "error"


def raw_hash(raw: RawDocument) -> str:
    """Hash of an input's content, known before any work: the key for skipping it."""
    body = raw.html if raw.html is not None else (raw.text or "")
    return content_hash(body)


def read_error_hash(error: ReadError) -> str:
    """A stable key for an unreadable input (same file, same error: same key)."""
    return content_hash(f"read-error\0{error.origin}\0{error.code}")


def number_events(doc_id: str, events: list[Event]) -> list[Event]:
    """Give events the stable ids f"{doc_id}-e{n:02d}" (n from 1, in output order)."""
    for n, event in enumerate(events, start=1):
        event.doc_id = doc_id
        event.event_id = f"{doc_id}-e{n:02d}"
    return events


def process_raw(raw: RawDocument, *, geocoder: Geocoder | None) -> Outcome:
    """Clean and extract one read document; failures become an error outcome."""
    from .clean import clean_document
    from .extract import extract_events

    key = raw_hash(raw)
    outcome = Outcome(doc_id=raw.id, origin=raw.origin, content_hash=key, status="ok", raw=raw)
    try:
        outcome.document = clean_document(raw)
        events = extract_events(outcome.document, geocoder=geocoder)
    except DocumentError as exc:
        return _failed(outcome, exc.code.name, str(exc))
    except (KnowledgeError, GazetteerError):
        raise                      # the setup is broken, not this document: stop the run
    except Exception as exc:  # noqa: BLE001 - one broken document must not stop the batch
        log.exception("extraction crashed on %s", raw.id)
        return _failed(outcome, Code.E301.name, Code.E301.format(detail=f"{type(exc).__name__}: {exc}"))
    outcome.events = number_events(raw.id, events)
    outcome.status = "ok" if events else "no_events"
    return outcome


def _failed(outcome: Outcome, code: str, message: str) -> Outcome:
    outcome.status, outcome.error_code, outcome.error_message = "error", code, message
    return outcome


def read_error_outcome(error: ReadError) -> Outcome:
    """An input that could not be read, as an outcome of its own."""
    return Outcome(doc_id=error.id, origin=error.origin, content_hash=read_error_hash(error),
                   status="error", error_code=error.code, error_message=error.message)


def skipped_outcome(raw: RawDocument) -> Outcome:
    """An input already processed (its content hash is known)."""
    return Outcome(doc_id=raw.id, origin=raw.origin, content_hash=raw_hash(raw), status="skipped", raw=raw)


def _init_worker(gazetteer: str | None) -> None:
    """Pool initializer: load the geocoder once per worker process.

    The parent loaded it first and logged its notes (e.g. "coarse gazetteer"), so
    workers keep quiet while loading instead of repeating them once each.
    """
    global _worker_geocoder
    from .geocode import load_geocoder

    quiet = logging.getLogger("sitreps.geocode")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        _worker_geocoder = load_geocoder(gazetteer)
    finally:
        quiet.setLevel(level)


def _work(raw: RawDocument) -> Outcome:
    return process_raw(raw, geocoder=_worker_geocoder)


def default_workers() -> int:
    """One worker per core (the machine's, not more)."""
    return max(1, os.cpu_count() or 1)


def process(
    inputs: Sequence[str],
    *,
    gazetteer: str | None = None,
    workers: int | None = None,
    csv_columns: dict[str, str] | None = None,
    stdin: TextIO | None = None,
    skip: Callable[[RawDocument], bool] | None = None,
) -> Iterator[Outcome]:
    """Outcomes for every document of `inputs` (files, folders, `-`), in input order.

    `skip(raw)` true marks a document as already done (status "skipped", no work).
    """
    from .read import read_inputs

    items = read_inputs(_paths(inputs), csv_columns=csv_columns, stdin=stdin)
    return process_documents(items, gazetteer=gazetteer, workers=workers, skip=skip)


def _paths(inputs: Sequence[str] | str) -> list[str]:
    """The inputs as a list (one path given as a string is one input, not its letters)."""
    return [inputs] if isinstance(inputs, str) else list(inputs)


def process_documents(
    items: Iterable[RawDocument | ReadError],
    *,
    gazetteer: str | None = None,
    workers: int | None = None,
    skip: Callable[[RawDocument], bool] | None = None,
) -> Iterator[Outcome]:
    """Outcomes for documents already read, in order (the twin of `process`)."""
    workers = workers or default_workers()
    if workers == 1:
        return _process_serial(items, gazetteer=gazetteer, skip=skip)
    return _process_pool(items, gazetteer=gazetteer, workers=workers, skip=skip)


def _triage(item: RawDocument | ReadError, skip) -> Outcome | None:
    """The outcome decided without work (read error, already done), else None."""
    if isinstance(item, ReadError):
        return read_error_outcome(item)
    if skip is not None and skip(item):
        return skipped_outcome(item)
    return None


def _process_serial(items, *, gazetteer, skip) -> Iterator[Outcome]:
    """In-process: the geocoder is loaded once, when the first document needs it."""
    geocoder: Geocoder | None = None
    for item in items:
        decided = _triage(item, skip)
        if decided is not None:
            yield decided
            continue
        if geocoder is None:
            from .geocode import load_geocoder

            geocoder = load_geocoder(gazetteer)
        yield process_raw(item, geocoder=geocoder)


def _process_pool(items, *, gazetteer, workers, skip) -> Iterator[Outcome]:
    """Submit a bounded window ahead; yield results in input order."""
    pool = WorkerPool(gazetteer, workers)
    window: deque[Outcome | Job] = deque()
    try:
        for item in items:
            decided = _triage(item, skip)
            window.append(decided if decided is not None else pool.submit(item))
            while len(window) > workers * QUEUE_PER_WORKER:
                yield pool.outcome(window.popleft())
        while window:
            yield pool.outcome(window.popleft())
    finally:
        pool.close()


@dataclass
class Job:
    """A document submitted to one generation of the pool."""

    raw: RawDocument
    generation: int
    future: Future


class WorkerPool:
    """A process pool that starts with the first document needing work (a re-run
    that skips everything starts none) and replaces itself when a worker dies:
    the documents in flight are retried one at a time, and one that kills its
    worker again becomes an error record."""

    def __init__(self, gazetteer: str | None, workers: int) -> None:
        self.gazetteer, self.workers = gazetteer, workers
        self.pool: ProcessPoolExecutor | None = None
        self.generation = 0

    def submit(self, raw: RawDocument) -> Job:
        """Queue one document, starting a pool if there is none yet."""
        if self.pool is None:
            self.pool = _start_pool(self.gazetteer, self.workers)
        return Job(raw, self.generation, self.pool.submit(_work, raw))

    def outcome(self, slot: Outcome | Job) -> Outcome:
        """The outcome of a slot, waiting for its job if needed."""
        if isinstance(slot, Outcome):
            return slot
        try:
            return slot.future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; retrying %s alone", slot.raw.id)
            self._replace(slot.generation)
            return self._alone(slot.raw)

    def _alone(self, raw: RawDocument) -> Outcome:
        job = self.submit(raw)
        try:
            return job.future.result()
        except BrokenProcessPool:
            self._replace(job.generation)
            outcome = Outcome(doc_id=raw.id, origin=raw.origin, content_hash=raw_hash(raw), status="ok", raw=raw)
            return _failed(outcome, Code.E301.name, Code.E301.format(detail="the worker process died on this document"))

    def _replace(self, generation: int) -> None:
        """Drop the broken pool (once per generation); the next submit starts another."""
        if generation == self.generation and self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool, self.generation = None, self.generation + 1

    def close(self) -> None:
        """Stop the workers (documents not yet started are cancelled)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _start_pool(gazetteer: str | None, workers: int) -> ProcessPoolExecutor:
    """Load the geocoder here first (a bad gazetteer fails once, clearly), then the pool."""
    from .geocode import load_geocoder

    load_geocoder(gazetteer)
    context = multiprocessing.get_context("spawn")  # no fork under rich's threads
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(gazetteer,))


# --- incremental runs into a store ----------------------------------------------


@dataclass
class RunReport:
    """Counts of one `sitreps run` (its Python twin's result)."""

    new: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)   # (doc_id, code, message)

    def to_dict(self) -> dict[str, object]:
        """The counts as JSON-ready data."""
        return {"new": self.new, "skipped": self.skipped, "failed": self.failed,
                "events": self.events, "errors": [list(e) for e in self.errors]}


def outcome_document(outcome: Outcome) -> Document:
    """The document to store for an outcome (a stub when reading or cleaning failed)."""
    if outcome.document is not None:
        return outcome.document
    raw = outcome.raw
    if raw is None:
        return Document(id=outcome.doc_id, raw="", text="", origin=outcome.origin)
    return Document(id=raw.id, raw=raw.html if raw.html is not None else (raw.text or ""), text="",
                    title=raw.title, outlet=raw.outlet, url=raw.url, origin=raw.origin)


def run(
    inputs: Sequence[str],
    *,
    store: "Store",
    gazetteer: str | None = None,
    workers: int | None = None,
    csv_columns: dict[str, str] | None = None,
    stdin: TextIO | None = None,
    retry_errors: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> RunReport:
    """Read, extract and store every new document of `inputs`; skip stored ones.

    Each document is saved in its own transaction as soon as it is done, so a
    killed run resumes where it stopped. `retry_errors` first forgets documents
    that failed before (e.g. after a fix). `on_outcome` sees every outcome (progress).
    """
    from .read import read_inputs

    if retry_errors:
        log.info("forgot %d failed documents; trying them again", store.forget_errors())

    items = _distinct_ids(read_inputs(_paths(inputs), csv_columns=csv_columns, stdin=stdin), store)
    seen: set[str] = set()

    def skip(raw: RawDocument) -> bool:
        key = raw_hash(raw)
        done = key in seen or store.has(key)
        seen.add(key)
        return done

    report = RunReport()
    for outcome in process_documents(items, gazetteer=gazetteer, workers=workers, skip=skip):
        _record(outcome, store, report)
        if on_outcome is not None:
            on_outcome(outcome)
    return report


def _record(outcome: Outcome, store: "Store", report: RunReport) -> None:
    """Save one outcome and count it (stored before, e.g. the same unreadable file: skipped)."""
    from .errors import StoreError

    if outcome.status != "skipped":
        error = (outcome.error_code, outcome.error_message) if outcome.failed else None
        try:
            if not store.save(outcome_document(outcome), outcome.events, status=outcome.status,
                              error=error, content_hash=outcome.content_hash):
                outcome.status = "skipped"
        except StoreError as exc:
            _failed(outcome, exc.code.name, str(exc))
    if outcome.status == "skipped":
        report.skipped += 1
    elif outcome.failed:
        report.failed += 1
        report.errors.append((outcome.doc_id, outcome.error_code or "", outcome.error_message or ""))
    else:
        report.new += 1
        report.events += len(outcome.events)


def _item_key(item: RawDocument | ReadError) -> str:
    return raw_hash(item) if isinstance(item, RawDocument) else read_error_hash(item)


def _distinct_ids(items: Iterable[RawDocument | ReadError], store: "Store") -> Iterator[RawDocument | ReadError]:
    """Give a document whose id already names other content a derived id,
    f"{id}-{hash[:8]}" (article dumps reuse ids), so event ids stay unique."""
    owners: dict[str, str] = {}
    for item in items:
        key = _item_key(item)
        owner = owners.get(item.id) or store.hash_of(item.id)
        if owner is not None and owner != key:
            item = replace(item, id=f"{item.id}-{key[:8]}")
        owners.setdefault(item.id, key)
        yield item
