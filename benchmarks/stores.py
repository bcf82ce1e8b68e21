"""Store benchmark: pyoxigraph (in memory, on disk) against rdflib on a synthetic event graph.

Prints a table; it asserts nothing. Each engine runs in its own worker process (so its peak memory
is its own and a step that runs past its time cap can be stopped); ratios are against pyoxigraph
in memory, measured in the same run on the same N-Quads file.

    python benchmarks/stores.py [--triples 1000000] [--cap 60] [--engines oxmem,oxdisk,rdflib]
                                [--steps load,lookup,pairs] [--mem-gb 20] [--no-reload]

The synthetic graph is shaped like a kg build: states, people, one named graph per article,
events (type, participants, initiator, people, place, date, topics) each with an evidence node
(quote selector with offsets). --triples 10000000 works but takes long (rdflib needs many GB and
tens of minutes just to load; expect its steps to hit the cap).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

BASE = "https://w3id.org/dipkg/id/"
DIP = "https://w3id.org/dipkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVENT_TYPES = ["Meeting", "Visit", "AgreementSigning", "Summit", "Praise", "Criticism", "Congratulation",
               "Appointment", "Sanction"]
TOPICS = ["trade", "energy", "security", "counter-terrorism", "health", "water", "migration", "climate"]
EVENTS_PER_ARTICLE = 6
PREFIXES = {"dip": DIP, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "prov": "http://www.w3.org/ns/prov#",
            "oa": OA, "xsd": XSD, "state": BASE + "state/", "event": BASE + "event/",
            "evidence": BASE + "evidence/", "person": BASE + "person/"}

LOOKUP_PERSON = BASE + "person/p7"
LOOKUP = f"""
SELECT ?e ?type ?date ?state WHERE {{
  GRAPH ?g {{
    ?e <{DIP}involvesPerson> <{LOOKUP_PERSON}> ;
       a ?type ; <{DIP}date> ?date ; <{DIP}participant> ?state .
  }}
}}"""
PAIRS = f"""
SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  GRAPH ?g {{ ?e <{DIP}participant> ?a , ?b . }}
  FILTER(STR(?a) < STR(?b))
}} GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 10"""


# --- synthetic data -------------------------------------------------------------------------------

def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{datatype}>" if datatype else text


def generate(n_events: int, *, seed: int = 7, n_states: int = 200) -> Iterator[tuple[str, str, str, str | None]]:
    """Statements (subject, predicate, object, graph) in N-Quads term syntax for ``n_events`` events.

    Countries are drawn with a skew (a few states appear in many events, as in the news), so the
    country-pair counts have a clear top. About 17.5 statements per event.
    """
    rng = random.Random(seed)
    n_people = max(50, n_events // 10)
    states = [BASE + f"state/S{i:03d}" for i in range(n_states)]
    people = [BASE + f"person/p{i}" for i in range(n_people)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_states)]
    ref = _iri(BASE + "graph/reference")
    lookup_every = max(1, n_events // 20)
    for i, s in enumerate(states):
        yield _iri(s), _iri(RDF_TYPE), _iri(DIP + "State"), ref
        yield _iri(s), _iri(RDFS_LABEL), _lit(f"State {i}", lang="en"), ref
        yield _iri(s), _iri(DIP + "isoCode"), _lit(f"S{i:03d}"), ref
    for i, p in enumerate(people):
        yield _iri(p), _iri(RDF_TYPE), _iri(DIP + "Person"), ref
        yield _iri(p), _iri(RDFS_LABEL), _lit(f"Person {i}", lang="en"), ref
        yield _iri(p), _iri(DIP + "nationality"), _iri(rng.choices(states, weights)[0]), ref

    for e in range(n_events):
        a = e // EVENTS_PER_ARTICLE
        article = _iri(BASE + f"article/a{a}")
        graph = _iri(BASE + f"graph/article/a{a}")
        if e % EVENTS_PER_ARTICLE == 0:
            yield article, _iri(RDF_TYPE), _iri(DIP + "Article"), graph
            yield article, _iri(DIP + "textLength"), _lit(str(rng.randint(500, 9000)), XSD + "nonNegativeInteger"), graph
        ev = _iri(BASE + f"event/e{e}")
        evd = _iri(BASE + f"evidence/e{e}")
        kind = rng.choice(EVENT_TYPES)
        parts = set(rng.choices(states, weights, k=rng.choice((1, 2, 2, 2, 3))))
        yield ev, _iri(RDF_TYPE), _iri(DIP + kind), graph
        yield ev, _iri(DIP + "eventType"), _iri(BASE.replace("/id/", "/vocab/") + "event-type/" + kind.lower()), graph
        yield ev, _iri(PROV_DERIVED), article, graph
        yield ev, _iri(DIP + "status"), _iri(DIP + "Occurred"), graph
        for s in sorted(parts):
            yield ev, _iri(DIP + "participant"), _iri(s), graph
        yield ev, _iri(DIP + "initiator"), _iri(min(parts)), graph
        for p in set(rng.choices(people, k=rng.choice((0, 1, 2)))):
            yield ev, _iri(DIP + "involvesPerson"), _iri(p), graph
        if e % lookup_every == 0:  # the lookup person is in about 20 events at any size
            yield ev, _iri(DIP + "involvesPerson"), _iri(LOOKUP_PERSON), graph
        yield ev, _iri(DIP + "date"), _lit(f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", XSD + "date"), graph
        yield ev, _iri(DIP + "place"), _iri(BASE + f"place/pl{rng.randrange(2000)}"), graph
        yield ev, _iri(DIP + "topic"), _iri(BASE.replace("/id/", "/vocab/") + "topic/" + rng.choice(TOPICS)), graph
        yield ev, _iri(DIP + "evidence"), evd, graph
        start = rng.randrange(5000)
        yield evd, _iri(RDF_TYPE), _iri(OA + "TextQuoteSelector"), graph
        yield evd, _iri(OA + "exact"), _lit(f"quote {e} of the article text about {kind.lower()}", lang="ar"), graph
        yield evd, _iri(OA + "start"), _lit(str(start), XSD + "nonNegativeInteger"), graph
        yield evd, _iri(OA + "end"), _lit(str(start + rng.randint(20, 300)), XSD + "nonNegativeInteger"), graph
        yield evd, _iri(PROV_DERIVED), article, graph


def write_nquads(path: Path, target_triples: int) -> tuple[int, int]:
    """Write about ``target_triples`` statements; returns the exact count and the number of events."""
    n_events = max(10, int(target_triples / 17.5))
    count = 0
    with path.open("w", encoding="utf-8") as out:
        buf: list[str] = []
        for s, p, o, g in generate(n_events):
            buf.append(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n")
            count += 1
            if len(buf) >= 100_000:
                out.writelines(buf)
                buf.clear()
        out.writelines(buf)
    return count, n_events


# --- engines (run inside a worker process) ------------------------------------------------------

class Oxigraph:
    def __init__(self, data: Path, work: Path, on_disk: bool):
        import pyoxigraph as ox

        self.ox, self.data, self.work = ox, data, work
        self.store = ox.Store(str(work / "oxstore")) if on_disk else ox.Store()

    def load(self):
        self.store.bulk_load(path=str(self.data), format=self.ox.RdfFormat.N_QUADS)
        return len(self.store)

    def query(self, text: str):
        return [tuple(str(row[i]) for i in range(len(row))) for row in self.store.query(text)]

    def turtle(self):
        ox = self.ox
        target = self.work / "out.ttl"
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(None, None, None))
        ox.serialize(triples, str(target), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return target.stat().st_size

    def nquads(self):
        target = self.work / "out.nq"
        self.store.dump(str(target), self.ox.RdfFormat.N_QUADS)
        return target.stat().st_size


class Rdflib:
    def __init__(self, data: Path, work: Path):
        from rdflib import Dataset

        self.data, self.work = data, work
        self.ds = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            self.ds.bind(prefix, ns)

    def load(self):
        self.ds.parse(str(self.data), format="nquads")
        return sum(1 for _ in self.ds.quads((None, None, None, None)))

    def query(self, text: str):
        def term(t):
            # rdflib writes IRIs bare and literals as their lexical form, as pyoxigraph's str() does not
            from rdflib import Literal, URIRef

            if isinstance(t, URIRef):
                return f"<{t}>"
            if isinstance(t, Literal):
                return t.n3()
            return str(t)

        return [tuple(term(t) for t in row) for row in self.ds.query(text)]

    def turtle(self):
        target = self.work / "out.ttl"
        self.ds.serialize(destination=str(target), format="turtle")
        return target.stat().st_size

    def nquads(self):
        target = self.work / "out.nq"
        self.ds.serialize(destination=str(target), format="nquads")
        return target.stat().st_size


def _worker(engine: str, data: str, work: str, conn, mem_bytes: int | None = None) -> None:
    if mem_bytes:
        # A limit of our own, so an engine that outgrows the machine fails here (MemoryError, or the
        # worker dies) instead of the kernel's OOM killer picking some other process.
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    work_dir = Path(work)
    work_dir.mkdir(parents=True, exist_ok=True)
    impl = Rdflib(Path(data), work_dir) if engine == "rdflib" else Oxigraph(Path(data), work_dir, engine == "oxdisk")
    while True:
        step = conn.recv()
        if step is None:
            return
        started = time.perf_counter()
        try:
            if step == "load":
                info = impl.load()
            elif step == "lookup":
                info = impl.query(LOOKUP)
            elif step == "pairs":
                info = impl.query(PAIRS)
            else:
                info = getattr(impl, step)()
            seconds = time.perf_counter() - started
            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            conn.send(("ok", seconds, info, rss_mb))
        except Exception as exc:  # noqa: BLE001 - report any failure, do not hang the parent
            conn.send(("error", 0.0, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", 0.0))


# --- driver ---------------------------------------------------------------------------------------

STEPS = ["load", "lookup", "turtle", "nquads", "pairs"]  # the slowest rdflib step last
LABELS = {"load": "load (N-Quads)", "lookup": "point lookup", "pairs": "country-pair count",
          "turtle": "write Turtle", "nquads": "write N-Quads", "rss": "peak memory"}
ENGINE_NAMES = {"oxmem": "pyoxigraph mem", "oxdisk": "pyoxigraph disk", "rdflib": "rdflib Dataset"}


class Worker:
    def __init__(self, engine: str, data: Path, work: Path, mem_bytes: int | None = None):
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(engine, str(data), str(work), child, mem_bytes), daemon=True)
        self.proc.start()

    def run(self, step: str, cap: float):
        self.conn.send(step)
        if not self.conn.poll(cap):
            self.stop(kill=True)
            return None
        try:
            return self.conn.recv()
        except EOFError:  # the worker died (out of memory, most likely)
            self.proc.join(10)
            return ("died", 0.0, f"worker died (exit code {self.proc.exitcode})", 0.0)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


def bench_engine(engine: str, data: Path, work: Path, cap: float, load_cap: float, log, *,
                 reload: bool = True, mem_bytes: int | None = None, steps: list[str] = STEPS) -> dict:
    """{step: seconds | ('>', cap) | ('error', msg)}, plus 'rss' (MB) and the query answers."""
    results: dict = {}
    answers: dict = {}
    worker = Worker(engine, data, work / engine, mem_bytes)
    loaded = False
    for step in steps:
        if worker is None:  # a previous step was stopped: a fresh worker, loaded again untimed
            if not reload:
                results[step] = ("skip", None)
                continue
            worker = Worker(engine, data, work / f"{engine}-{step}", mem_bytes)
            reply = worker.run("load", load_cap)
            if reply is None or reply[0] != "ok":
                results[step] = ("skip", None)
                if reply is not None:
                    worker.stop(kill=True)
                worker = None
                continue
        limit = load_cap if step == "load" else cap
        reply = worker.run(step, limit)
        if reply is None:
            results[step] = (">", limit)
            log(f"  {engine}: {step} stopped after {limit:g} s")
            worker = None
            if step == "load":
                break
            continue
        status, seconds, info, rss = reply
        if status in ("died", "error"):
            results[step] = ("error", info)
            log(f"  {engine}: {step} failed: {info}")
            if status == "died":
                worker = None  # its process is gone; the next step starts a new one
            if step == "load":
                break
            continue
        results[step] = seconds
        results["rss"] = max(results.get("rss", 0.0), rss)
        if step in ("lookup", "pairs"):
            answers[step] = info
        if step == "load":
            loaded = True
            answers["quads"] = info
        log(f"  {engine}: {step} {seconds:.3f} s")
    if worker is not None:
        worker.stop()
    results["_answers"] = answers
    results["_loaded"] = loaded
    return results


def _cell(value, ref, unit: str = "s") -> str:
    if isinstance(value, tuple):
        kind, detail = value
        if kind == ">":
            return f"> {detail:g} {unit}"
        return "error" if kind == "error" else "-"
    if value is None:
        return "-"
    text = f"{value:.0f} MB" if unit == "MB" else (f"{value:.3f} s" if value < 10 else f"{value:.1f} s")
    if isinstance(ref, float) and ref > 0 and value is not ref:
        text += f" ({value / ref:.1f}x)"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many triples to generate")
    parser.add_argument("--cap", type=float, default=60.0, help="time cap in seconds per query/write step")
    parser.add_argument("--load-cap", type=float, default=900.0, help="time cap in seconds for loading")
    parser.add_argument("--engines", default="oxmem,oxdisk,rdflib", help="comma list of oxmem, oxdisk, rdflib")
    parser.add_argument("--workdir", type=Path, default=None, help="where to put data files (default: a temp dir)")
    parser.add_argument("--mem-gb", type=float, default=None,
                        help="address-space limit per engine worker in GB; going past it is reported as an error")
    parser.add_argument("--no-reload", action="store_true",
                        help="after a step is stopped at its cap, skip the engine's remaining steps instead of "
                             "loading the data again for each (at 10M triples a reload takes minutes)")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help="comma list of the steps to time, in this order (load always runs first)")
    args = parser.parse_args()
    steps = ["load"] + [x.strip() for x in args.steps.split(",") if x.strip() and x.strip() != "load"]
    if any(x not in STEPS for x in steps):
        parser.error(f"unknown step in {args.steps!r}; choose from {', '.join(STEPS)}")
    mem_bytes = int(args.mem_gb * 1024 ** 3) if args.mem_gb else None
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINE_NAMES]
    if unknown:
        parser.error(f"unknown engine {unknown[0]!r}")
    if args.triples >= 5_000_000:
        print(f"warning: {args.triples:,} triples takes long (generation minutes, rdflib load tens of minutes "
              "and many GB; its steps will likely hit the caps)", file=sys.stderr)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        data = work / "events.nq"
        started = time.perf_counter()
        count, n_events = write_nquads(data, args.triples)
        log(f"generated {count:,} quads ({data.stat().st_size / 1e6:.0f} MB N-Quads) "
            f"in {time.perf_counter() - started:.1f} s")

        results = {e: bench_engine(e, data, work, args.cap, args.load_cap, log, reload=not args.no_reload,
                                   mem_bytes=mem_bytes, steps=steps) for e in engines}

    ref_engine = "oxmem" if "oxmem" in results else engines[0]
    ref = results[ref_engine]
    names = [ENGINE_NAMES[e] for e in engines]
    rows = [(LABELS[s], [_cell(results[e].get(s), ref.get(s) if e != ref_engine else None) for e in engines])
            for s in ["load", "lookup", "pairs", "turtle", "nquads"]]
    rows.append((LABELS["rss"], [_cell(results[e].get("rss"), ref.get("rss") if e != ref_engine else None, "MB")
                                 for e in engines]))
    width0 = max(len(r[0]) for r in rows)
    widths = [max(len(n), *(len(r[1][i]) for r in rows)) for i, n in enumerate(names)]
    print(f"{count:,} quads, {n_events:,} events; ratios against {ENGINE_NAMES[ref_engine]} in this run")
    print("  ".join([" " * width0] + [n.rjust(w) for n, w in zip(names, widths)]))
    for label, cells in rows:
        print("  ".join([label.ljust(width0)] + [c.rjust(w) for c, w in zip(cells, widths)]))

    # the engines must agree, or the timings compare different work
    for step in ("lookup", "pairs"):
        got = {e: results[e]["_answers"].get(step) for e in engines if step in results[e]["_answers"]}
        distinct = {repr(sorted(v)) for v in got.values()}
        if len(distinct) > 1:
            print(f"note: {step} answers differ between engines: rows { {e: len(v) for e, v in got.items()} }")
        elif len(got) > 1:
            print(f"{step}: {', '.join(got)} gave the same {len(next(iter(got.values())))} rows")
    counts = {e: results[e]["_answers"].get("quads") for e in engines if "quads" in results[e]["_answers"]}
    if len(set(counts.values())) > 1:
        print(f"note: loaded quad counts differ: {counts}")
    top = (ref["_answers"].get("pairs") or [None])[0]
    if top:
        print(f"top pair: {top[0]} {top[1]} {top[2]}")


if __name__ == "__main__":
    main()
