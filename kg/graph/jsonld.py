"""Compacted JSON-LD with the project's context (``ontologies/context.jsonld``).

The context gives a short name to every namespace of :data:`~kg.graph.namespaces.PREFIXES` (and the
prefixes ``dip.ttl`` declares), to every class of the DIP ontology (``"@type": "Meeting"``) and to
its properties: object properties take IRIs (``"participant": "https://w3id.org/dipkg/id/state/IR"``),
datatype properties with a typed range take the bare lexical form (``"date": "2024-11-24"``). The
context file is generated from the ontology by :func:`build_context` (``python -m kg.graph.jsonld``)
and a test keeps the two in step.

:func:`serialize` writes a dataset as one JSON document: the context inline (so that reading it needs
no network), then ``@graph`` with one object per named graph (``{"@id": <graph>, "@graph": [...]}``)
and the nodes of the default graph. Named graphs survive the trip, unlike in the triple formats.

Compaction is done here rather than by rdflib's JSON-LD serializer, for three reasons: rdflib orders
nodes by Python's per-process string hash (so two runs differ), turns ``xsd:integer``/``xsd:double``
literals into JSON numbers (which rewrites their lexical form, e.g. ``"0.5"`` becomes ``5.0E-1``
when read back), and a writer that is not the test's parser makes the round-trip test a real check.
The shapes written are the plain ones every JSON-LD 1.0 processor reads: node objects, value
objects and graph objects; no ``@list``, ``@reverse`` or language maps.
"""
from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .. import resources
from ..errors import UsageError
from .namespaces import DIP, PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_OWL = "http://www.w3.org/2002/07/owl#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


# ---------------------------------------------------------------- the context


def build_context(ontology: Path | None = None) -> dict:
    """The ``@context`` object for ``ontology`` (default: the packaged ``dip.ttl``).

    Terms whose name is already a prefix (``topic``, ``rank``) are left out, so ``dip:topic`` and
    ``dip:rank`` are written as compact IRIs: a name can only mean one thing in a context.
    """
    import rdflib

    graph = rdflib.Graph(bind_namespaces="none")
    graph.parse(ontology or resources.ontology_file(), format="turtle")
    prefixes = dict(PREFIXES)
    for name, ns in graph.namespaces():
        prefixes.setdefault(name, str(ns))
    dip = str(DIP._NS)
    rdf_type, owl, rdfs_range = rdflib.RDF.type, rdflib.Namespace(_OWL), rdflib.URIRef(_RDFS + "range")
    xsd = prefixes["xsd"]

    terms: dict[str, object] = {}
    for subject in sorted({s for s in graph.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(dip)}):
        name = str(subject)[len(dip):]
        if not name or name in prefixes:
            continue
        kinds = set(graph.objects(subject, rdf_type))
        curie = "dip:" + name
        if owl.Class in kinds:
            terms[name] = curie
        elif owl.ObjectProperty in kinds:
            terms[name] = {"@id": curie, "@type": "@id"}
        elif owl.DatatypeProperty in kinds or owl.AnnotationProperty in kinds:
            ranges = sorted(str(r) for r in graph.objects(subject, rdfs_range))
            if len(ranges) == 1 and ranges[0].startswith(xsd) and ranges[0] != XSD_STRING:
                terms[name] = {"@id": curie, "@type": "xsd:" + ranges[0][len(xsd):]}
            else:
                terms[name] = curie  # strings, and properties whose range is open
    return {**dict(sorted(prefixes.items())), **terms}


def context_document(context: dict) -> bytes:
    """The context as the bytes of ``context.jsonld`` (sorted keys, one trailing newline)."""
    return (json.dumps({"@context": context}, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


@cache
def load_context() -> dict:
    """The ``@context`` object of the packaged ``context.jsonld``."""
    return json.loads(resources.jsonld_context_file().read_text(encoding="utf-8"))["@context"]


# ---------------------------------------------------------------- compaction


class _Compactor:
    """IRI and value compaction against one context (only the forms :func:`build_context` makes)."""

    def __init__(self, context: dict):
        self.namespaces: list[tuple[str, str]] = []  # (namespace IRI, prefix), longest first
        self.class_terms: dict[str, str] = {}  # IRI -> term, for @type values
        self.terms: dict[str, tuple[str, str | None]] = {}  # property IRI -> (term, coercion)
        for name, definition in context.items():
            if name.startswith("@"):
                continue
            if isinstance(definition, str) and definition.endswith(("/", "#")) and ":" in definition \
                    and definition.split(":", 1)[0] not in context:
                self.namespaces.append((definition, name))
        self.namespaces.sort(key=lambda item: (-len(item[0]), item[1]))
        for name, definition in context.items():
            if name.startswith("@") or any(name == p for _, p in self.namespaces):
                continue
            iri, coercion = (definition, None) if isinstance(definition, str) else \
                (definition["@id"], definition.get("@type"))
            iri = self.expand(iri)
            if coercion is not None and coercion != "@id":
                coercion = self.expand(coercion)
            if coercion is None:
                self.class_terms.setdefault(iri, name)
            self.terms.setdefault(iri, (name, coercion))

    def expand(self, value: str) -> str:
        prefix, _, suffix = value.partition(":")
        for namespace, name in self.namespaces:
            if name == prefix and not suffix.startswith("//"):
                return namespace + suffix
        return value

    def iri(self, value: str) -> str:
        """A compact IRI (``dip:Meeting``) where a namespace fits, else the IRI itself."""
        for namespace, name in self.namespaces:
            # A suffix starting with // would read back as an absolute IRI, not prefix + suffix.
            if value.startswith(namespace) and len(value) > len(namespace) and \
                    not value[len(namespace):].startswith("//"):
                return f"{name}:{value[len(namespace):]}"
        return value

    def vocab(self, value: str) -> str:
        """Where a term is expanded as vocabulary (``@type``), a plain term is shortest."""
        return self.class_terms.get(value) or self.iri(value)

    def node_id(self, term: ox.NamedNode | ox.BlankNode) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        raise UsageError("JSON-LD export cannot write RDF 1.2 triple terms")

    def value(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
        if not isinstance(term, ox.Literal):
            return {"@id": self.node_id(term)}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": self.vocab(term.datatype.value)}

    def entry(self, predicate: str, obj) -> tuple[str, object]:
        """The key and the compacted value of one (predicate, object) pair of a node."""
        if predicate == RDF_TYPE and not isinstance(obj, ox.Literal):
            return "@type", (self.node_id(obj) if isinstance(obj, ox.BlankNode) else self.vocab(obj.value))
        term = self.terms.get(predicate)
        if term is not None:
            name, coercion = term
            if coercion is None:
                return name, self.value(obj)
            if coercion == "@id" and not isinstance(obj, ox.Literal):
                return name, self.node_id(obj)
            if isinstance(obj, ox.Literal) and not obj.language and obj.datatype.value == coercion:
                return name, obj.value
        # The term does not fit this value: a compact IRI key carries no coercion, so it is exact.
        return self.iri(predicate), self.value(obj)


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _nodes(compactor: _Compactor, triples: Iterable[tuple]) -> dict[str, dict]:
    nodes: dict[str, dict[str, list]] = {}
    for subject, predicate, obj in triples:
        node = nodes.setdefault(compactor.node_id(subject), {})
        key, value = compactor.entry(predicate.value, obj)
        node.setdefault(key, []).append(value)
    out: dict[str, dict] = {}
    for node_id, entries in nodes.items():
        obj: dict[str, object] = {"@id": node_id}
        for key, values in entries.items():
            # JSON-LD arrays are unordered (no @list is written), so sorting them changes nothing
            # but makes the bytes the same on every run.
            unique = sorted({_canonical(v): v for v in values}.items())
            obj[key] = unique[0][1] if len(unique) == 1 else [v for _, v in unique]
        out[node_id] = obj
    return out


def to_document(quads: Iterable[ox.Quad], context: dict | None = None) -> dict:
    """The compacted JSON-LD document (a dict) of ``quads``, named graphs kept."""
    context = load_context() if context is None else context
    compactor = _Compactor(context)
    by_graph: dict[object, list[tuple]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append((q.subject, q.predicate, q.object))
    default = by_graph.pop(ox.DefaultGraph(), [])
    top = _nodes(compactor, default)
    for graph_name, triples in by_graph.items():
        graph_id = compactor.node_id(graph_name)
        # A graph's name may also be a subject of the default graph: one object then holds both.
        holder = top.setdefault(graph_id, {"@id": graph_id})
        holder["@graph"] = [n for _, n in sorted(_nodes(compactor, triples).items())]
    return {"@context": context, "@graph": [n for _, n in sorted(top.items())]}


def serialize(quads: Iterable[ox.Quad], context: dict | None = None) -> bytes:
    """:func:`to_document` as UTF-8 JSON bytes: keys sorted, two-space indent, a final newline."""
    document = to_document(quads, context)
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


if __name__ == "__main__":  # regenerate the packaged context after editing dip.ttl
    target = resources.jsonld_context_file()
    target.write_bytes(context_document(build_context()))
    print(target, file=sys.stderr)
