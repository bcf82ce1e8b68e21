"""Every named extraction rule, whatever its kind: the guards (:mod:`kg.extract.guards`), the subject
rules (:mod:`kg.extract.subjects`) and the event makers (:mod:`kg.extract.makers`). ``kg rules`` lists them; ``kg eval --disable NAME`` and
``Extractor(disabled=...)`` switch any of them off by name.

>>> {"non-state-subject", "one-state-only", "verb-final", "visit"} <= rule_names()
True
"""
from __future__ import annotations

from .guards import all_guards
from .makers import all_makers
from .subjects import all_subject_rules


def all_rules() -> list[tuple[str, str, str, str]]:
    """(name, kind, event types, summary) of every rule: guards first, then subject rules and makers in
    the order tried."""
    return [(name, "guard", types, summary) for name, types, summary in all_guards()] + \
        [(name, f"subject ({stage})", "all", summary) for name, stage, summary in all_subject_rules()] + \
        [(name, "maker", types, summary) for name, types, summary in all_makers()]


def rule_names() -> frozenset[str]:
    return frozenset(name for name, _, _, _ in all_rules())
