"""Every named extraction rule, whatever its kind: the guards (:mod:`kg.extract.guards`), the subject
rules (:mod:`kg.extract.subjects`), the event makers (:mod:`kg.extract.makers`) and the party rules
(:data:`PARTY_RULES`). ``kg rules`` lists them; ``kg eval --disable NAME`` and
``Extractor(disabled=...)`` switch any of them off by name.

>>> {"non-state-subject", "one-state-only", "verb-final", "visit"} <= rule_names()
True
"""
from __future__ import annotations

from .guards import all_guards
from .makers import all_makers
from .subjects import all_subject_rules


#: Rules that decide a trigger's parties besides its subject and objects; their events name them as
#: ``parties:<name>``.
PARTY_RULES: dict[str, tuple[str, str]] = {
    "own-clause": ("agreement meeting summit",
                   "A meeting, summit or signing takes the parties of its own clause (between clause openers "
                   "and semicolons) when that clause names two states: 'X held talks with Y, while Z met W'."),
    "statement-signatories": ("statement_criticism statement_praise",
                              "A signing of a statement named with a demonstrative ('this statement was signed by "
                              "the foreign ministers of A, B and C') gives each signatory the praise or criticism "
                              "of the last statement with a target the article reported."),
    "joined-earlier-summit": ("summit",
                              "The states named at a summit already reported ('also took part', 'this summit') "
                              "join its parties."),
}


#: Subject choices made where no subject rule decides, and ways a sentence's subjects each act; always
#: on (not switchable), named in the events they decide as ``subject:<name>``.
SUBJECT_DEFAULTS: dict[str, str] = {
    "nearest-before": "The actor just before the trigger (within 60 characters) acts.",
    "first-after": "With none close before, the first actor after the trigger acts.",
    "speaker": "With no actor at all, the official speaking in the article acts.",
    "each-of-list": "A list of states or officials before the trigger ('Spain, Ireland and Norway recognised'; "
                    "verb first: right after it) acts member by member.",
    "each-of-pair": "'The two ministers condemned': each of the pair acts.",
    "each-of-group-reference": "'The three countries recognised': each state of the last list acts.",
    "each-sender": "'Received cables from X and from Y': each sender acts on the receiver.",
    "sender-to-main-official": "'تلقى معاليه اتصالاً من ...': the one sender acts on the article's official.",
}


def all_rules() -> list[tuple[str, str, str, str]]:
    """(name, kind, event types, summary) of every rule: guards first, then subject rules and makers in
    the order tried, then the party rules."""
    return [(name, "guard", types, summary) for name, types, summary in all_guards()] + \
        [(name, f"subject ({stage})", "all", summary) for name, stage, summary in all_subject_rules()] + \
        [(name, "maker", types, summary) for name, types, summary in all_makers()] + \
        [(name, "parties", types, summary) for name, (types, summary) in PARTY_RULES.items()] + \
        [(name, "subject (always on)", "all", summary) for name, summary in SUBJECT_DEFAULTS.items()]


def rule_names() -> frozenset[str]:
    return frozenset(name for name, _, _, _ in all_rules())


def switchable_rule_names() -> frozenset[str]:
    """The rules ``kg eval --disable`` may switch off: every rule but the subject defaults."""
    return rule_names() - SUBJECT_DEFAULTS.keys()
