"""The only place the stages are chained: ingest -> normalise/extract -> build -> reason -> write -> store."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from .errors import InputError, UsageError
from .extract import Extractor
from .graph.build import article_quads, ontology_quads, reference_quads
from .graph.io import dump_quads, read_dataset
from .graph.reason import derive, owl_rl_closure
from .graph.remote import DEFAULT_GSP_PATH, endpoints, push_quads
from .graph.store import write_store
from .ids import DEFAULT_BASE, Minter
from .ingest import ReadOptions, read_sources
from .model import Article, Extraction
from .outdir import output_lock, remove_leftovers, staging, writing
from .reference import Reference, default_reference
from .timing import Stages
from .workers import default_jobs, extract_all

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    out_dir: Path
    articles: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    # About this run rather than the inputs, so kept out of report.json (which must not vary).
    notices: list[str] = field(default_factory=list)
    pushed: dict | None = None

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


def build(sources: Iterable[Path | str], out_dir: Path | str, *, base_iri: str = DEFAULT_BASE,
          ref: Reference | None = None, read_options: ReadOptions = ReadOptions(),
          progress: Progress | None = None, html: bool = True, disk_store: bool = True,
          owl_rl: bool = False, remote: str | None = None, gsp_path: str = DEFAULT_GSP_PATH,
          remote_timeout: float = 60, wait: bool = False,
          on_wait: Callable[[str], None] | None = None, min_confidence: float = 0.0,
          jobs: int | None = None) -> BuildResult:
    """Build (or update) the graph in ``out_dir`` from articles in ``sources``.

    Each article's facts replace that article's named graph; graphs of articles not in this run are
    kept; the reference, ontology and derived graphs are rewritten. ``disk_store`` keeps
    ``out_dir/store/`` (an Oxigraph store) equal to ``graph.trig``; ``owl_rl`` adds the OWL 2 RL
    closure to the derived graph; ``remote`` (a SPARQL server's base URL) receives every named
    graph by Graph Store Protocol PUT once the files are written.

    One build at a time writes to ``out_dir`` (:mod:`kg.outdir`): another one running there makes
    this one raise :class:`~kg.errors.OutputError` at once, or wait for it with ``wait=True``
    (``on_wait`` is called once with a line saying so). A file that cannot be written (read-only
    folder, full disk) raises :class:`~kg.errors.OutputError` and leaves the previous
    ``graph.trig``, ``graph.ttl`` and ``report.json`` as they were. Events less sure than
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
    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    with output_lock(out, wait=wait, on_wait=on_wait):
        leftovers = remove_leftovers(out)
        try:
            result, quads = _build_locked(sources, out, minter, ref or default_reference(), read_options,
                                          progress, html, disk_store, owl_rl, min_confidence, jobs)
        except BaseException:
            remove_leftovers(out)  # what the writers of the failed step left
            raise
    if leftovers:
        result.notices.append(f"{out}: removed {len(leftovers)} unfinished file(s) left by an interrupted build "
                              f"({', '.join(str(p.relative_to(out)) for p in leftovers[:3])}"
                              f"{', ...' if len(leftovers) > 3 else ''})")
    if remote:
        try:
            result.pushed = push_quads(quads, remote, gsp_path=gsp_path, timeout=remote_timeout)
        except UsageError as exc:
            raise UsageError(f"{out} is built, but the push failed: {exc}") from exc
        except InputError as exc:
            raise InputError(exc.source, f"{out} is built, but the push failed: {exc.problem}") from exc
        result.files["remote"] = result.pushed["store"]
    return result


def _build_locked(sources: Iterable[Path | str], out: Path, minter: Minter, ref: Reference,
                  read_options: ReadOptions, progress: Progress | None, html: bool, disk_store: bool,
                  owl_rl: bool, min_confidence: float = 0.0,
                  jobs: int | None = None) -> tuple[BuildResult, list[ox.Quad]]:
    """Everything :func:`build` does while it holds the output folder; returns the quads written too."""
    extractor = Extractor(ref, min_confidence=min_confidence)
    result = BuildResult(out)
    clock = Stages()  # KG_STAGE_TIMES=1 prints each stage's seconds (kg.timing)
    clock.start("read")

    extractions: dict[str, Extraction] = {}
    hashes: dict[str, str] = {}
    articles: list[Article] = []
    for article in _readable(sources, read_options, result.failures, result.warnings):
        if article.id in hashes and hashes[article.id] != article.content_hash:
            new_id = f"{article.id}-{article.content_hash[:8]}"
            result.warnings.append(f"{article.source}: id {article.id!r} already used by another article; "
                                   f"using {new_id!r}")
            article = Article(new_id, article.text, article.lang, article.title, article.date, article.url,
                              article.source)
        hashes[article.id] = article.content_hash
        articles.append(article)
    clock.start("extract")
    # Extraction across ``jobs`` processes (kg.workers); results in input order, the same for any jobs.
    for article, extracted in zip(articles, extract_all(articles, extractor, jobs or default_jobs(), ref)):
        if progress:
            progress(article.source or article.id)
        if isinstance(extracted, str):
            result.failures.append(f"{article.source or article.id}: extraction failed: {extracted}")
        else:
            extractions[article.id] = extracted

    clock.start("graph")
    graph_path = out / "graph.trig"
    kept: list[ox.Quad] = []
    regenerated = {ox.NamedNode(minter.reference_graph()), ox.NamedNode(minter.derived_graph()),
                   ox.NamedNode(minter.ontology_graph())}
    replaced = {ox.NamedNode(minter.article_graph(a)) for a in extractions}
    if graph_path.exists():
        try:
            for q in read_dataset(graph_path):
                if q.graph_name not in regenerated and q.graph_name not in replaced:
                    kept.append(q)
        except InputError as exc:
            raise UsageError(f"{graph_path}: existing output cannot be read ({exc.problem}); "
                             "move it away or choose another output folder") from exc

    quads = list(kept)
    for x in extractions.values():
        quads.extend(article_quads(x, minter, ref))
    quads.extend(reference_quads(ref, minter))
    quads.extend(ontology_quads(minter))
    clock.start("derive")
    store = ox.Store()
    store.extend(quads)
    derived = derive(store, minter)
    quads.extend(derived)
    if owl_rl:
        # Not added to the view's store: the closure's type and sameAs echoes would show up there as
        # extra nodes, and the view is meant to show what the articles and the rules say.
        quads.extend(owl_rl_closure(quads, minter))

    clock.start("files")
    for article_id in sorted(extractions):
        x = extractions[article_id]
        result.articles.append({
            "id": article_id,
            "source": x.article.source,
            "lang": x.lang,
            "date": x.article_date.isoformat() if x.article_date else None,
            "counts": _counts(x),
            "warnings": x.warnings,
        })
    report = {
        "articles": result.articles,
        "failures": sorted(result.failures),
        "warnings": sorted(result.warnings),
        "totals": {
            "articles": len(result.articles),
            "failed": len(result.failures),
            "events": sum(a["counts"]["events"] for a in result.articles),
            "quads": len(set(quads)),
        },
    }

    # The three files go into place together: a failure writing any of them keeps all the old ones.
    with staging() as stage:
        with stage.file(graph_path) as tmp:
            dump_quads(quads, tmp, "trig")
        with stage.file(out / "graph.ttl") as tmp:
            dump_quads(quads, tmp, "turtle")
        with stage.file(out / "report.json") as tmp:
            tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    result.files = {"trig": str(graph_path), "turtle": str(out / "graph.ttl")}
    if disk_store:
        clock.start("store")
        with writing(out / "store"):
            update = write_store(out, quads)
        if update is None:
            result.notices.append(f"{out / 'store'}: not updated, another kg process (kg serve, kg query...) "
                                  "has it open; until the next build, readers load graph.trig instead")
        else:
            result.files["store"] = str(update.path)
    result.files["report"] = str(out / "report.json")
    if html:
        clock.start("html")
        from .render.index import write_index

        store.extend(derived)
        # The index writes every view it links, the state view (graph.html) among them.
        with writing(out / "index.html"):
            result.files["index"] = str(write_index(store, out))
        result.files["html"] = str(out / "graph.html")
    clock.stop()
    return result, quads
