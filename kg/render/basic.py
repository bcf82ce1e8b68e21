"""A plain offline pyvis view: states and organisations, one edge per pair of parties that share events.

Node and edge tooltips are plain text (vis-network shows titles as text, never as HTML), so article
quotes cannot inject markup; the page carries vis-network inline and loads nothing from the network.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from .. import resources

_REMOTE_TAG = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)

COLOURS = {"state": "#2b6cb0", "organisation": "#b7791f"}
TONE = {"statement_criticism": "#c53030", "sanction": "#c53030", "expulsion": "#c53030"}


def _label(store: ox.Store, iri: str, lang: str) -> str:
    rows = store.query(
        (resources.queries_dir() / "lookup-label.rq").read_text(encoding="utf-8"),
        substitutions={ox.Variable("node"): ox.NamedNode(iri), ox.Variable("lang"): ox.Literal(lang)},
        use_default_graph_as_union=True,
    )
    for row in rows:
        return row["label"].value
    return iri.rsplit("/", 1)[-1]


def state_view(store: ox.Store, out: Path, *, lang: str = "en", title: str = "kg graph") -> dict[str, int]:
    """Write the state-level view of ``store`` to ``out``; returns node and edge counts."""
    from pyvis.network import Network

    query = (resources.queries_dir() / "report-event-parties.rq").read_text(encoding="utf-8")
    parties: dict[str, list[str]] = defaultdict(list)
    info: dict[str, dict] = {}
    for row in store.query(query, use_default_graph_as_union=True):
        event = row["event"].value
        party = row["party"].value
        if party not in parties[event]:
            parties[event].append(party)
        info[event] = {"type": row["type"].value, "quote": row["quote"].value,
                       "article": row["article"].value.rsplit("/", 1)[-1]}
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, members in parties.items():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                edges[tuple(sorted((a, b)))].append(event)
    nodes = sorted({n for pair in edges for n in pair} | {p for ps in parties.values() for p in ps})
    net = Network(height="720px", width="100%", directed=False, cdn_resources="in_line", heading="")
    # Filling the lists directly: add_node/add_edge are quadratic on large graphs.
    net.nodes = [
        {"id": n, "label": _label(store, n, lang), "title": n, "color": COLOURS["state"], "shape": "dot",
         "size": 10 + 3 * sum(1 for pair in edges if n in pair)}
        for n in nodes
    ]
    net.node_ids = list(nodes)
    net.edges = []
    for (a, b), events in sorted(edges.items()):
        types = sorted({info[e]["type"] for e in events})
        lines = [f"{info[e]['type']}: {info[e]['quote'][:200]} [{info[e]['article']}]" for e in sorted(events)]
        colour = next((TONE[t] for t in types if t in TONE), "#4a5568")
        net.edges.append({"from": a, "to": b, "value": len(events),
                          "label": ", ".join(t.replace("statement_", "").replace("_", " ") for t in types),
                          "title": "\n".join(lines), "color": colour, "font": {"size": 11, "align": "middle"}})
    # Edge width shows how many events a pair shares; labels keep one readable size.
    net.set_options('{"edges": {"scaling": {"min": 1, "max": 8, "label": {"enabled": false}}},'
                    ' "physics": {"enabled": %s, "stabilization": {"iterations": 200},'
                    ' "barnesHut": {"springLength": 220}}}'
                    % ("true" if len(nodes) <= 300 else "false"))
    page = net.generate_html()
    page = _REMOTE_TAG.sub("", page)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>\n"
                        "<style>body{font-family:'Noto Sans','Noto Sans Arabic',sans-serif}"
                        " #mynetwork{unicode-bidi:plaintext}</style>", 1)
    out.write_text(page, encoding="utf-8")
    return {"nodes": len(nodes), "edges": len(edges)}


