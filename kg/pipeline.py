"""The only place the stages are chained: ingest -> normalise/extract -> build -> reason -> write -> store."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from .errors import InputError, UsageError
from .extract import Extractor
from .extract.confidence import default_min_confidence
from .graph.build import article_lines, ontology_quads, reference_quads
from .analyse.aggregates import Counts, count, event_actors, reports_of_groups
from .graph.aggregate_graph import aggregate_lines
from .graph.canonical import canonical_lines
from .graph.files import GRAPHS_DIR, article_file, special_file, write_combined, write_graph_file, write_lines_file
from .graph.io import load_store
from .graph.reason import derive, owl_rl_closure
from .graph.remote import DEFAULT_GSP_PATH, endpoints, push_graph_files
from .graph.store import StoreUpdate, is_fresh, opened_store, store_path, store_writer, update_store, write_stamp
from .ids import DEFAULT_BASE, Minter
from .ingest import ReadOptions, read_sources
from .model import Article, Extraction
from .manifest import MANIFEST, ArticleRecord, GraphFile, Manifest, article_digest, extractor_version
from .outdir import output_lock, remove_leftovers, replacing, writing
from .reference import Reference, default_reference
from .timing import Stages
from .resolve import STATE_FILE, MentionRecord, mentions_of, read_windows, resolve, write_state
from .workers import default_jobs, extract_all

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    out_dir: Path
    #: Ids of the articles read in this run (extracted or reused), sorted.
    articles: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    # About this run rather than the inputs, so kept out of report.json (which must not vary).
    notices: list[str] = field(default_factory=list)
    pushed: dict | None = None
    #: ``report.json``'s ``totals`` (the whole folder) and ``last_run``.
    totals: dict = field(default_factory=dict)
    run: dict = field(default_factory=dict)
    #: What the build changed in ``OUT/store`` (``None``: no store, or a reader held it).
    store_update: StoreUpdate | None = None

    @property
    def ok(self) -> bool:
        return not self.failures


def extract_article(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Facts of one article."""
    return (extractor or Extractor()).extract(article)


def extract_file(path: Path | str, extractor: Extractor | None = None) -> list[Extraction]:
    """Facts of every article in a file or folder; raises the first input error."""
    extractor = extractor or Extractor()
    out = []
    for item in read_sources([Path(path)]):
        if isinstance(item, InputError):
            raise item
        out.append(extractor.extract(item[0]))
    return out


@dataclass
class ExtractResult:
    extractions: list[Extraction] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _readable(sources: Iterable[Path | str], read_options: ReadOptions, failures: list[str],
              warnings: list[str]) -> Iterator[Article]:
    """The articles read from ``sources``; a file or row that cannot be read adds one line to
    ``failures`` (the others go on), and what reading noticed goes to ``warnings``."""
    for item in read_sources(sources, read_options):
        if isinstance(item, InputError):
            failures.append(str(item))
            continue
        article, noticed = item
        warnings.extend(noticed)
        yield article


def extract_sources(sources: Iterable[Path | str], extractor: Extractor | None = None,
                    read_options: ReadOptions = ReadOptions()) -> ExtractResult:
    """Facts of every article in files and folders; a bad file or row is one line in ``failures``
    and the others are still extracted."""
    extractor = extractor or Extractor()
    result = ExtractResult()
    for article in _readable(sources, read_options, result.failures, result.warnings):
        try:
            result.extractions.append(extractor.extract(article))
        except Exception as exc:  # one article must not stop the batch
            result.failures.append(f"{article.source or article.id}: extraction failed: {type(exc).__name__}: {exc}")
    return result


def _counts(x: Extraction) -> dict:
    return {
        "states": len({m.entity for m in x.states}),
        "organisations": len({m.entity for m in x.organisations}),
        "persons": len(x.persons),
        "events": len(x.events),
        "memberships": len(x.memberships),
    }


#: Articles read, extracted and written per batch: what a build holds in memory at once.
BATCH = 1000


def build(sources: Iterable[Path | str], out_dir: Path | str, *, base_iri: str = DEFAULT_BASE,
          ref: Reference | None = None, read_options: ReadOptions = ReadOptions(),
          progress: Progress | None = None, html: bool = True, disk_store: bool = True,
          owl_rl: bool = False, remote: str | None = None, gsp_path: str = DEFAULT_GSP_PATH,
          remote_timeout: float = 60, wait: bool = False,
          on_wait: Callable[[str], None] | None = None, min_confidence: float | None = None,
          jobs: int | None = None, combined: bool = False, batch: int = BATCH) -> BuildResult:
    """Build (or update) the graph in ``out_dir`` from articles in ``sources``, incrementally.

    The folder keeps one graph file per article (:mod:`kg.graph.files`) and a manifest of what was
    built from what (:mod:`kg.manifest`). Articles are read and extracted ``batch`` at a time: an
    article whose id, content and extractor version the manifest already has is not extracted
    again; the others replace their article's graph file. Graphs of articles not in this run are
    kept; the reference and ontology graphs are rewritten when the extractor version changes, the
    derived graph when anything changed. ``disk_store`` keeps ``out_dir/store/`` (an Oxigraph store)
    equal to the graph files, replacing only the graphs that changed (:mod:`kg.graph.store`);
    ``owl_rl`` adds the OWL 2 RL closure to the derived graph (in memory: not for large corpora);
    ``remote`` (a SPARQL server's base URL) receives, by Graph Store Protocol PUT, every graph that
    server has not been given yet. ``combined`` also writes ``graph.trig`` and ``graph.ttl``.
    ``report.json`` describes every article of the folder, with this run as ``last_run``.

    One build at a time writes to ``out_dir`` (:mod:`kg.outdir`): another one running there makes
    this one raise :class:`~kg.errors.OutputError` at once, or wait for it with ``wait=True``
    (``on_wait`` is called once with a line saying so). A file that cannot be written (read-only
    folder, full disk) raises :class:`~kg.errors.OutputError`; what was finished stays, and
    building again finishes the rest (as after a build killed at any point). Events less sure than
    ``min_confidence`` (:mod:`kg.extract.confidence`) are left out. ``jobs`` processes extract
    (default: every core; :mod:`kg.workers`), with the same output for any number.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder")
    try:
        minter = Minter(base_iri)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if remote:
        endpoints(remote, gsp_path)  # a malformed URL stops the build before any work
    settings = _Settings(minter, ref or default_reference(), read_options, progress, html, disk_store, owl_rl,
                         default_min_confidence() if min_confidence is None else min_confidence,
                         jobs or default_jobs(), combined, max(1, batch))
    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    with output_lock(out, wait=wait, on_wait=on_wait):
        leftovers = remove_leftovers(out)
        try:
            result = _build_locked(sources, out, settings)
        except BaseException:
            remove_leftovers(out)  # what the writers of the failed step left
            raise
        if remote:
            try:
                result.pushed = _push_stage(out, remote, gsp_path, remote_timeout)
            except UsageError as exc:
                raise UsageError(f"{out} is built, but the push failed: {exc}") from exc
            except InputError as exc:
                raise InputError(exc.source, f"{out} is built, but the push failed: {exc.problem}") from exc
            result.files["remote"] = result.pushed["store"]
    if leftovers:
        result.notices.append(f"{out}: removed {len(leftovers)} unfinished file(s) left by an interrupted build "
                              f"({', '.join(str(p.relative_to(out)) for p in leftovers[:3])}"
                              f"{', ...' if len(leftovers) > 3 else ''})")
    return result


@dataclass(frozen=True)
class _Settings:
    minter: Minter
    ref: Reference
    read_options: ReadOptions
    progress: Progress | None
    html: bool
    disk_store: bool
    owl_rl: bool
    min_confidence: float
    jobs: int
    combined: bool
    batch: int


@dataclass
class _Run:
    """What this run did, for ``report.json``'s ``last_run`` and for the stages after extraction."""

    read: int = 0
    extracted: int = 0
    reused: int = 0
    #: Ids of the articles whose graph file changed in this run (new, edited or newly extracted).
    changed: list[str] = field(default_factory=list)


def _build_locked(sources: Iterable[Path | str], out: Path, s: _Settings) -> BuildResult:
    """Everything :func:`build` does while it holds the output folder, one stage after the other."""
    started = time.monotonic()
    result = BuildResult(out)
    run = _Run()
    if (out / "graph.trig").exists() and not (out / MANIFEST).exists():
        raise UsageError(f"{out}: built by an earlier kg (graph.trig, no {MANIFEST}); build into a new folder, "
                         "or remove that folder's graph.trig, graph.ttl and store/ to build it again from its articles")
    clock = Stages()  # KG_STAGE_TIMES=1 prints each stage's seconds (kg.timing, benchmarks/build.py)
    with Manifest.open(out) as manifest:
        version = extractor_version(s.ref, s.minter.base, s.min_confidence)
        clock.start("extract")  # read, extract and write the graph files, a batch at a time
        _extract_stage(sources, out, manifest, s, version, result, run)
        clock.start("fixed")
        _fixed_graphs_stage(out, manifest, s, version)
        clock.start("resolve")
        counts = _resolve_stage(out, manifest, s)
        clock.start("store")  # the store brought to the graph files, and the derived graph
        _store_and_derive_stage(out, manifest, s, version, result)
        clock.start("report")
        _report_stage(out, manifest, result, run, time.monotonic() - started)
        clock.start("combined")
        _combined_stage(out, manifest, s.combined, result)
    if s.html:
        clock.start("html")
        _html_stage(out, result, counts, keep_events=not s.owl_rl)
    clock.stop()
    return result


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_articles(sources: Iterable[Path | str], s: _Settings, result: BuildResult) -> Iterator[Article]:
    """The articles of this run: an id given again with other content gets a new id (a warning),
    one given again with the same content is read once."""
    hashes: dict[str, str] = {}
    for article in _readable(sources, s.read_options, result.failures, result.warnings):
        if article.id in hashes and hashes[article.id] != article.content_hash:
            new_id = f"{article.id}-{article.content_hash[:8]}"
            result.warnings.append(f"{article.source}: id {article.id!r} already used by another article; "
                                   f"using {new_id!r}")
            article = Article(new_id, article.text, article.lang, article.title, article.date, article.url,
                              article.source)
        if hashes.get(article.id) == article.content_hash:
            continue
        hashes[article.id] = article.content_hash
        yield article


def _extract_stage(sources: Iterable[Path | str], out: Path, manifest: Manifest, s: _Settings, version: str,
                   result: BuildResult, run: _Run) -> None:
    """Read, extract and write the articles a batch at a time; an article the manifest has for
    this content and extractor version is reused. Each graph file is written before the manifest
    names it (see :mod:`kg.manifest`)."""
    extractor = Extractor(s.ref, min_confidence=s.min_confidence)
    for batch in _batches(_run_articles(sources, s, result), s.batch):
        run.read += len(batch)
        digests = {a.id: article_digest(a) for a in batch}
        known = manifest.known(digests)
        todo = []
        for article in batch:
            cached = known.get(article.id)
            if cached and cached[:2] == (digests[article.id], version) and (out / cached[2]).is_file():
                run.reused += 1
                result.articles.append(article.id)
                if s.progress:
                    s.progress(article.source or article.id)
            else:
                todo.append(article)
        records = []
        for article, extracted in zip(todo, extract_all(todo, extractor, s.jobs, s.ref)):
            if s.progress:
                s.progress(article.source or article.id)
            if isinstance(extracted, str):
                result.failures.append(f"{article.source or article.id}: extraction failed: {extracted}")
                continue
            records.append(_write_article(out, manifest, s, version, digests[article.id], extracted, run))
            result.articles.append(article.id)
        manifest.record_articles(records)
        run.extracted += len(records)


def _write_article(out: Path, manifest: Manifest, s: _Settings, version: str, digest: str, x: Extraction,
                   run: _Run) -> tuple[ArticleRecord, GraphFile]:
    article = x.article
    iri = str(s.minter.article_graph(article.id))
    file = article_file(article.id)
    with writing(out / file):
        quads, sha = write_lines_file(out / file, article_lines(x, s.minter, s.ref))
    before = manifest.graph(iri)
    if before is None or before.sha != sha:
        run.changed.append(article.id)
    record = ArticleRecord(article.id, digest, version, iri, file, article.source, x.lang,
                           x.article_date.isoformat() if x.article_date else None, _counts(x), x.warnings,
                           tuple(m.to_json() for m in mentions_of(x, s.minter)))
    return record, GraphFile(iri, file, quads, sha)


def _fixed_graphs_stage(out: Path, manifest: Manifest, s: _Settings, version: str) -> None:
    """The reference and ontology graphs: rewritten when the extractor version (which covers the
    reference data, the ontologies and the base IRI) is not the one they were written with."""
    fixed: list[tuple[str, object, Callable[[], list[ox.Quad]]]] = [
        ("reference", s.minter.reference_graph(), lambda: reference_quads(s.ref, s.minter)),
        ("ontology", s.minter.ontology_graph(), lambda: ontology_quads(s.minter)),
    ]
    for name, graph, quads in fixed:
        file = special_file(name)
        have = manifest.graph(str(graph))
        if have and have.file == file and manifest.meta(f"{name}-version") == version and (out / file).is_file():
            continue
        with writing(out / file):
            count, sha = write_graph_file(out / file, quads())
        manifest.record_graph(str(graph), file, count, sha)
        manifest.set_meta(f"{name}-version", version)


def _resolve_stage(out: Path, manifest: Manifest, s: _Settings) -> Counts | None:
    """The canonical events (:mod:`kg.resolve`): the reports of one real-world event in different
    articles grouped into one, over every article of the folder, from the mentions the manifest
    keeps (no article is extracted again), and the counts of the state network made from them (the
    aggregates graph, :mod:`kg.graph.aggregate_graph`). Resolution is deterministic, so resolving the
    whole folder whenever an article changed gives what resolving each batch as it came would;
    ``resolution.jsonl`` lists the groups. Returns the counts when it made them, with the reports,
    mentions and groups they were made from in hand (the pages use them without reading them back
    from the store)."""
    graphs = {"canonical": str(s.minter.canonical_graph()), "aggregates": str(s.minter.aggregates_graph())}
    # Resolved again whenever the articles (or the date windows) it was resolved from are not the folder's
    # now: this run changed some, or a killed run recorded articles and stopped before resolving them.
    windows = read_windows()
    source = f"{manifest.articles_state()} {sorted(windows.items())}"
    current = (out / STATE_FILE).is_file() and all(
        (have := manifest.graph(iri)) is not None and have.file == special_file(name) and (out / have.file).is_file()
        for name, iri in graphs.items())
    if current and manifest.meta("canonical-from") == source:
        return None
    groups = resolve((MentionRecord.from_json(m) for m in manifest.mentions()), windows, minter=s.minter)
    reports = list(reports_of_groups(groups, s.ref.states, s.minter))
    counts = count(reports)
    counts.event_actors, counts.reports = event_actors(groups, s.minter), {r.event: r for r in reports}
    counts.groups = {m.iri: g for g in groups for m in g.mentions}
    made = {"canonical": lambda: canonical_lines(groups, s.minter), "aggregates": lambda: aggregate_lines(counts, s.minter)}
    for name, iri in graphs.items():
        file = special_file(name)
        with writing(out / file):
            quads, sha = write_lines_file(out / file, made[name]())
        manifest.record_graph(iri, file, quads, sha)
    with replacing(out / STATE_FILE) as tmp:
        write_state(groups, tmp)
    manifest.set_meta("canonical-events", str(len(groups)))
    manifest.set_meta("canonical-from", source)
    return counts


def _store_and_derive_stage(out: Path, manifest: Manifest, s: _Settings, version: str, result: BuildResult) -> None:
    """Bring the on-disk store to the graph files, then run the rules over it for the derived graph.

    Without a usable store (``--no-disk-store``, or a reader holds it) the rules run over the graph
    files loaded in memory."""
    derived_iri = str(s.minter.derived_graph())
    derived_file = special_file("derived")
    derived_now = manifest.graph(derived_iri)
    # The derived graph depends on every other graph: it is derived again when any of them changed.
    others = manifest.compute_state(excluding=derived_iri)
    up_to_date = (derived_now is not None and (out / derived_file).is_file()
                  and manifest.meta("derived-from") == f"{others} {version} {s.owl_rl}")

    def derive_into(store: ox.Store) -> None:
        manifest.forget_stored(derived_iri)  # before derive drops it from the store: a kill then leaves it pending
        quads = derive(store, s.minter)
        if s.owl_rl:
            from .graph.io import read_output

            asserted = [q for q in read_output(out) if q.graph_name != ox.NamedNode(derived_iri)]  # not the old
            quads.extend(owl_rl_closure(asserted + quads, s.minter))
        with writing(out / derived_file):
            count, sha = write_graph_file(out / derived_file, quads)
        manifest.record_graph(derived_iri, derived_file, count, sha)
        manifest.set_meta("derived-from", f"{others} {version} {s.owl_rl}")

    update = None
    if s.disk_store:
        with writing(out / "store"), store_writer(out) as store:
            if store is not None:
                articles = update_store(store, out, manifest)
                if not up_to_date:
                    derive_into(store)
                update = update_store(store, out, manifest)
                update = replace(update, graphs_replaced=articles.graphs_replaced + update.graphs_replaced,
                                 graphs_patched=articles.graphs_patched + update.graphs_patched,
                                 bulk_loaded=articles.bulk_loaded)
                state = manifest.compute_state()
                manifest.set_state(state)
                write_stamp(out, state, update.quads)
    if update is None:
        if not up_to_date:
            derive_into(load_store(out))
        manifest.set_state(manifest.compute_state())
    result.store_update = update
    if update is not None or (s.disk_store and is_fresh(out)):  # a held store that already has it all
        result.files["store"] = str(store_path(out))
    elif s.disk_store:
        result.notices.append(f"{out / 'store'}: not updated, another kg process (kg serve, kg query...) "
                              "has it open; until the next build, readers load the graph files instead")
    result.files["graphs"] = str(out / GRAPHS_DIR)


def _report_stage(out: Path, manifest: Manifest, result: BuildResult, run: _Run, seconds: float) -> None:
    """``report.json``: every article of the folder (from the manifest), the totals, and this run."""
    result.articles.sort()
    failures, warnings = sorted(result.failures), sorted(result.warnings)
    totals = manifest.totals()
    totals["canonical_events"] = int(manifest.meta("canonical-events") or 0)
    report_path = out / "report.json"
    with replacing(report_path) as tmp, tmp.open("w", encoding="utf-8") as f:
        # Written an article at a time: the folder's articles are never all in memory.
        f.write('{\n  "articles": [')
        for number, record in enumerate(manifest.articles()):
            entry = json.dumps(record.report(), ensure_ascii=False, indent=2, sort_keys=True)
            f.write(("," if number else "") + "\n    " + entry.replace("\n", "\n    "))
        f.write(("\n  " if totals["articles"] else "") + "],\n")
        rest = {
            "last_run": {"read": run.read, "extracted": run.extracted, "reused": run.reused,
                         "changed": len(run.changed), "failed": len(failures), "failures": failures,
                         "warnings": warnings, "seconds": round(seconds, 1)},
            "totals": totals,
        }
        result.totals, result.run = totals, rest["last_run"]
        body = json.dumps(rest, ensure_ascii=False, indent=2, sort_keys=True)
        f.write(body[2:] + "\n")
    result.files["report"] = str(report_path)


def _combined_stage(out: Path, manifest: Manifest, wanted: bool, result: BuildResult) -> None:
    """``graph.trig`` and ``graph.ttl``, streamed from the graph files (``--combined``); without
    ``--combined``, those a former build wrote are removed once they no longer match the graph."""
    state = manifest.state()
    names = (("trig", "graph.trig"), ("turtle", "graph.ttl"))
    if not wanted:
        if manifest.meta("combined-state") != state:
            for _, name in names:
                with writing(out / name):
                    (out / name).unlink(missing_ok=True)
        return
    graphs = [(g.iri, out / g.file) for g in manifest.graphs()]
    for fmt, name in names:
        with writing(out / name):
            write_combined(graphs, out / name, fmt)
        result.files[fmt] = str(out / name)
    manifest.set_meta("combined-state", state or "")


def _html_stage(out: Path, result: BuildResult, counts: Counts | None, keep_events: bool) -> None:
    """``index.html`` and every view it links, read from the store (or the graph files); ``counts``:
    those the resolve stage made, if it ran. ``keep_events``: the pair pages' events are kept for the
    next build (:mod:`kg.render.kept_events`; not with the OWL RL closure, which may say more of an
    event than its article does)."""
    from .render.index import write_index

    with opened_store(out) as store, writing(out / "index.html"):
        result.files["index"] = str(write_index(store, out, counts=counts, keep_events=keep_events))
    result.files["html"] = str(out / "graph.html")


def _push_stage(out: Path, remote: str, gsp_path: str, timeout: float) -> dict:
    """Every graph the server at ``remote`` has not been given yet, by Graph Store Protocol PUT."""
    with Manifest.open(out) as manifest:
        graphs = manifest.unpushed(endpoints(remote, gsp_path).store)
        pushed = push_graph_files(out, graphs, remote, gsp_path=gsp_path, timeout=timeout,
                                  on_pushed=lambda done: manifest.mark_pushed(endpoints(remote, gsp_path).store, done))
    return pushed
