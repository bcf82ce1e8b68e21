"""Identity of persons missing from the reference across Arabic, Persian and English spellings.

Prints the pairwise precision, recall and F1 of ``kg.evaluate.person_identity`` on a list of names
(default ``data/eval/person_names.csv``), then the pairs merged wrongly and the pairs missed; with
``--rows`` every name with its romanisation and key. With ``--gold DIR...`` the names are instead the
persons of the gold files under DIR that the reference does not know, the gold's canonical name
telling who is who (an annotator's two spellings of one name count as two persons there). Asserts
nothing (tests/test_romanise.py does).

    python benchmarks/person_identity.py [FILE] [--rows] [--gold DIR...]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg import resources
from kg.evaluate import gold_person_names, identity_scores, person_identity, read_golds
from kg.normalise import match_key
from kg.reference import load_reference


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="?", type=Path, default=resources.root() / "data" / "eval" / "person_names.csv")
    parser.add_argument("--rows", action="store_true", help="print every name, its romanisation and its key")
    parser.add_argument("--gold", nargs="+", type=Path, help="folders of gold files (data/corpus ...)")
    args = parser.parse_args()
    if args.gold:
        ref = load_reference()
        known = {match_key(f.form) for pid in ref.persons for f in ref.forms_of("person", pid)}
        known |= {match_key(n) for p in ref.persons.values() for n in p.names.values()}
        golds = read_golds(args.gold)
        r = identity_scores(gold_person_names(golds, known))
    else:
        r = person_identity(args.names)
    if args.rows:
        for row in r["rows"]:
            print(f"{row['person']:<20} {row['lang']}  {row['name']:<40} {row['latin']:<40} {row['key']}")
    print(f"{r['names']} names of {r['persons']} persons; pairs: tp {r['tp']} fp {r['fp']} fn {r['fn']}")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    for a, b, key in r["false_merges"]:
        print(f"merged wrongly: {a} | {b} ({key})")
    for a, b, ka, kb in r["missed"]:
        print(f"missed: {a} ({ka}) | {b} ({kb})")


if __name__ == "__main__":
    main()
