"""Trigger notes: the vocabulary of the ``note`` column of ``triggers.csv``, owned by the rules.

A note makes the rule of a trigger stricter or special ("called on" is a visit only when an official
follows at once). The rules test a trigger's note against these constants, never against a string
of their own; the lexicon check (:func:`kg.lexicon.problems`) refuses a note not listed in
:data:`TRIGGER_NOTES`, so a misspelt note is an error when the lexicons load, not a rule that
silently never fires.

>>> trigger_parts_of("other||call")
('other', '', 'call')
>>> Note.CALL in TRIGGER_NOTES
True
"""
from __future__ import annotations

from typing import Final

from .document import Item


class Note:
    """The trigger notes, one constant each."""

    NEEDS_DOCUMENT: Final = "needs-document"
    NEEDS_PERSON: Final = "needs-person"
    PERSON_OBJECT: Final = "person-object"
    CREDENTIALS: Final = "credentials"
    CALL: Final = "call"
    ACCESSION: Final = "accession"
    OBJECT_PRONOUN: Final = "object-pronoun"
    OBJECT_PRONOUNS: Final = "object-pronouns"
    PARTICIPLE: Final = "participle"
    ATTENDANCE: Final = "attendance"
    STATE_OBJECT: Final = "state-object"
    HOSTILE_OBJECT: Final = "hostile-object"
    AMID_CONGRATULATIONS: Final = "amid-congratulations"
    ENVOY_ACT: Final = "envoy-act"
    GENITIVE_AGENT: Final = "genitive-agent"
    CONDOLENCE: Final = "condolence"


#: Every trigger note, with what it asks of the rules (``kg rules`` and the lexicon README say the same).
TRIGGER_NOTES: Final = {
    Note.NEEDS_DOCUMENT: "an event only when a signed document is named in the sentence",
    Note.NEEDS_PERSON: "an event only when an official (or the two officials) acts in the sentence",
    Note.PERSON_OBJECT: "an event only when an official follows at once ('called on Mr. X', not 'called on "
                        "governments to')",
    Note.CREDENTIALS: "a credentials ceremony: an appointment of the envoy's state to the host, not a meeting",
    Note.CALL: "a telephone call: talks in its sentence are the call; one call per callee",
    Note.ACCESSION: "one state joins a treaty or an organisation: it is the only party",
    Note.OBJECT_PRONOUN: "'congratulated him': the other party of the article is the addressee",
    Note.OBJECT_PRONOUNS: "'congratulated them': one act for each state just named",
    Note.PARTICIPLE: "a participle whose subject is the clause's official ('praising', 'مشيداً')",
    Note.ATTENDANCE: "'also took part': the sentence's parties join the summit already reported",
    Note.STATE_OBJECT: "an event only when the object is a state ('welcomed the decision of Armenia', not "
                       "'welcomed his guest')",
    Note.HOSTILE_OBJECT: "an event only when a hostile act follows ('called the raid an authoritarian act')",
    Note.AMID_CONGRATULATIONS: "a message, cable or telegram: a congratulation only in an article that "
                               "congratulates (another congratulation trigger in it, the headline included)",
    Note.GENITIVE_AGENT: "a verbal noun whose agent is the state written right after it ('اعتراف إسبانيا وإيرلندا "
                          "بدولة فلسطين': Spain and Ireland recognise)",
    Note.CONDOLENCE: "condolences: an act of their own unless conveyed in a meeting or call of the same sentence "
                     "('called on the prime minister and conveyed condolences' is the meeting)",
    Note.ENVOY_ACT: "an act on envoys (a summons, a recall): aimed at the state of each envoy summoned or at each "
                "state an envoy is recalled from",
}


def trigger_parts_of(value: str) -> tuple[str, str, str]:
    """(event type, status, note) of a trigger cue's value (``type|status|note``)."""
    parts = _TRIGGER_PARTS.get(value)
    if parts is None:
        etype, status, note = (value.split("|") + ["", ""])[:3]
        parts = _TRIGGER_PARTS[value] = (etype, status, note)
    return parts


def trigger_parts(trig: Item) -> tuple[str, str, str]:
    """(event type, status, note) of a trigger cue (``triggers.csv``: form,type,status,note)."""
    parts = _TRIGGER_PARTS.get(trig.value)
    return parts if parts is not None else trigger_parts_of(trig.value)


# Trigger values split once: the rules ask for the parts of each trigger many times per sentence.
_TRIGGER_PARTS: dict[str, tuple[str, str, str]] = {}
