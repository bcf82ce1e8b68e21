"""Subject rules: named rules that find who acts for a trigger.

The finder (:class:`~kg.extract.events.EventFinder`) first tries the *pick* rules in the order
registered: the first that answers gives the subject ("X received a call from Y": Y). When none does,
the default holds: the actor just before the trigger (``subject:nearest-before``), else the first
after it (``subject:first-after``), else the current speaker (``subject:speaker``); the *adjust* rules
then correct it in turn (a relative clause, an apposition, a verb that shares the previous one's
subject...). Like the guards and the event makers, each rule is a registered, named unit: ``kg rules``
lists it, ``kg eval --disable NAME`` switches it off, every event it decides names it
(``subject:NAME``), and it has a case file of short examples (``tests/cases/subjects/<name>.tsv``) in
each language it applies to (by the language's profile, :attr:`SubjectRule.applies`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Callable

from ..lexicon import Lexicon
from .actors import Actor
from .document import Item
from .notes import Note, trigger_parts
from .text import gap_words

#: How far (characters) before its trigger an actor is the trigger's subject by nearness alone.
NEAR_SUBJECT = 60

if TYPE_CHECKING:
    from .events import EventFinder

PICK, ADJUST = "pick", "adjust"


@dataclass
class Subject:
    """A trigger's subject (None: the current speaker), the rule that found it, and the actors before
    and after the trigger as they stand once the subject is taken out."""

    actor: Actor | None
    rule: str
    before: list[Actor]
    after: list[Actor]
    #: The subject of the previous verb ("X thanked Y and praised Z").
    shared: bool = False
    #: No one the text names acts: the current speaker is the very one the act is aimed at.
    nobody: bool = False


@dataclass
class Clause:
    """What a subject rule reads besides the actors: the trigger in its sentence."""

    #: The sentence's items, where it starts, and its last trigger with that trigger's subject.
    items: list[Item]
    sentence_start: int
    previous: tuple[Item, Actor | None] | None
    trig: Item
    note: str
    #: The trigger follows a verb of receiving ("received a call from").
    received: bool


@dataclass(frozen=True)
class SubjectRule:
    name: str
    summary: str
    #: PICK: answers the subject or None; ADJUST: corrects the default subject, or None to keep it.
    stage: str
    #: Whether the rule can apply to a language (by its lexicon: word order, notes...).
    applies: Callable[[Lexicon], bool]
    find: Callable[[EventFinder, Clause, Subject], Subject | None]


SUBJECT_RULES: dict[str, SubjectRule] = {}


def _every_language(lx: Lexicon) -> bool:
    return True


def _subject_before_verb(lx: Lexicon) -> bool:
    """The subject may stand before the verb and the objects after it: in a verb-final language the
    verb-final rule reads the first actor of the clause, before any correction could."""
    return lx.setting("word_order") != "SOV"


def _subject_verb_object(lx: Lexicon) -> bool:
    """Subject, verb, object: what follows a verb at once is its object."""
    return lx.setting("word_order") == "SVO"


def _verb_may_open(lx: Lexicon) -> bool:
    """A verb may open its clause with no subject written before it."""
    return lx.setting("word_order") == "VSO"


def subject_rule(name: str, summary: str, stage: str, applies: Callable[[Lexicon], bool] = _every_language
                 ) -> Callable[[Callable[[EventFinder, Clause, Subject], Subject | None]],
                               Callable[[EventFinder, Clause, Subject], Subject | None]]:
    """Registers a subject rule under ``name``; the events it decides name ``subject:<name>``."""
    def register(fn: Callable[[EventFinder, Clause, Subject], Subject | None]) -> Callable[
            [EventFinder, Clause, Subject], Subject | None]:
        if name in SUBJECT_RULES:
            raise ValueError(f"subject rule {name!r} registered twice")
        SUBJECT_RULES[name] = SubjectRule(name, summary, stage, applies, fn)
        return fn
    return register


@cache  # asked once per article with the same switches
def subject_rules(stage: str, disabled: frozenset[str] = frozenset()) -> list[SubjectRule]:
    """The rules of ``stage`` switched on, in the order they are tried."""
    return [r for r in SUBJECT_RULES.values() if r.stage == stage and r.name not in disabled]


def all_subject_rules() -> list[tuple[str, str, str]]:
    """(name, stage, summary) of every subject rule, for ``kg rules``."""
    return [(r.name, r.stage, r.summary) for r in SUBJECT_RULES.values()]


# ----------------------------------------------------------------------------------- picks
@subject_rule("received-from", "After a verb of receiving (reception), the sender named after the trigger acts "
              "and the receiver before it is addressed: 'X received a call from Y', 'تلقى ... اتصالا من'.", PICK,
              lambda lx: bool(lx.keys("reception")))
def _received_from(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if not (c.received and s.after and s.before):
        return None
    return Subject(s.after[0], "subject:received-from", s.before, [s.before[-1]] + s.after[1:])


@subject_rule("verb-final", "Subject-object-verb (word_order SOV): the first actor of the clause acts and "
              "those between it and the verb are objects.", PICK,
              lambda lx: lx.setting("word_order") == "SOV")
def _verb_final(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if not (f.verb_final and s.before):
        return None
    return Subject(s.before[0], "subject:verb-final", s.before, s.before[1:] + s.after)


@subject_rule("pronoun-speaker", "A subject pronoun right before the trigger ('he also condemned'): the official "
              "named earlier in the sentence acts ('Mustafa said he thanked'), else the current speaker.", PICK,
              lambda lx: bool(lx.keys("pronouns")) and _subject_before_verb(lx))
def _pronoun_speaker(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if not f._pronoun_before(c.items, c.trig):
        return None
    # "Palestinian Prime Minister Mohammad Mustafa said he thanked ...": an official named earlier in the
    # sentence is the one speaking now.
    official = next((a for a in reversed(s.before) if a.kind == "person" and a.states), None)
    return Subject(official, "subject:pronoun-speaker", s.before, s.after)


@subject_rule("pronoun-antecedent", "A subject pronoun between the sentence's last official and a trigger too far "
              "from him to be his by nearness ('Biden said in a statement that he had spoken with the president-elect "
              "to congratulate her'): that official acts.", PICK,
              lambda lx: bool(lx.keys("pronouns")) and _subject_before_verb(lx))
def _pronoun_antecedent(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if not s.before:
        return None
    official = s.before[-1]
    if official.kind != "person" or c.trig.start - official.end < NEAR_SUBJECT:
        return None
    if not any(it.key in f.pronouns for it in c.items if official.end <= it.start and it.end <= c.trig.start):
        return None
    return Subject(official, "subject:pronoun-antecedent", s.before, s.after)


@subject_rule("ordered-to-leave", "An envoy of one state named right before an expulsion ('ordered France's "
              "ambassador to leave the country', 'asked the envoy to leave'): the state named before the envoy "
              "expels him.", PICK, _subject_before_verb)
def _ordered_to_leave(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if trigger_parts(c.trig)[0] != "expulsion" or len(s.before) < 2:
        return None
    envoy, actor = s.before[-1], s.before[-2]
    if envoy.kind != "person" or not envoy.states or not actor.states or actor.states == envoy.states \
            or c.trig.start - envoy.end > 3:
        return None
    return Subject(actor, "subject:ordered-to-leave", s.before[:-1], [envoy, *s.after])


@subject_rule("honorific-pronoun", "Verb first (word_order VSO), an honorific pronoun right after the verb "
              "(honorific_pronouns: 'كما التقى سموه وزير الخارجية التركي', 'واستقبل معاليه'), or right before a noun "
              "trigger ('كما بعث سموه ببرقية تهنئة'): the last official named with that honorific acts (else the "
              "current speaker), and the official after it is the object.", PICK,
              lambda lx: lx.setting("word_order") == "VSO" and bool(lx.table("honorific_pronouns")))
def _honorific_pronoun(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if not f.verb_first:
        return None
    following = [it for it in c.items if it.start >= c.trig.end][:1]
    honorific = f.honorifics_after_verb.get(following[0].key) if following else None
    if honorific is None:
        # The verb before a noun trigger: "كما بعث سموه ببرقية تهنئة" (no actor between the pronoun and it).
        preceding = [it for it in c.items if it.end <= c.trig.order][-3:]
        pronoun = next((it for it in reversed(preceding) if it.key in f.honorifics_after_verb), None)
        if pronoun is None or any(pronoun.end <= a.start < c.trig.start for a in s.before):
            return None
        honorific = f.honorifics_after_verb[pronoun.key]
    # The last official named with that honorific ("سمو" for "سموه"), else the current speaker.
    return Subject(f.honorific_referent(honorific, c.trig.start), "subject:honorific-pronoun", s.before, s.after)


@subject_rule(Note.GENITIVE_AGENT, "A verbal noun whose agent follows it (trigger note genitive-agent: 'رحبت الجزائر "
              "باعتراف جامايكا وبربادوس بدولة فلسطين'): the state written right after the noun acts, and the states "
              "listed with it.", PICK,
              lambda lx: any(row.get("note") == Note.GENITIVE_AGENT for row in lx.table("triggers")))
def _genitive_agent(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if c.note != Note.GENITIVE_AGENT or not s.after:
        return None
    first = s.after[0]
    between = gap_words(f.doc.text, c.trig.end, first.start)
    if first.kind not in ("state", "capital", "person") or not all(w in f.stopwords for w in between):
        return None  # "اعتراف كل من إسبانيا": only small words ("each of") may stand between
    return Subject(first, "subject:genitive-agent", s.before, s.after)


@subject_rule("verb-first", "Verb-subject-object (word_order VSO): after a word that opens a clause, the state "
              "or official named right after the verb acts ('فيما استنكرت دولة الكويت'); the one before "
              "belongs to the previous clause.", PICK, lambda lx: lx.setting("word_order") == "VSO")
def _verb_first(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    after, trig = s.after, c.trig
    if f.verb_first and after and after[0].start - trig.end <= 12 and after[0].via != "adjective" \
            and after[0].kind in ("state", "capital", "person") and f._opens_clause(c.items, trig):
        return Subject(after[0], "subject:verb-first", s.before, after)
    return None


@subject_rule(Note.PARTICIPLE, "A participle (trigger note participle: 'praising', 'مشيداً') takes the official of "
              "its clause as subject: 'X said ..., praising Y'.", PICK,
              lambda lx: any(row.get("note") == Note.PARTICIPLE for row in lx.table("triggers")))
def _participle(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if c.note != Note.PARTICIPLE or not any(a.person for a in s.before):
        return None
    return Subject(next(a for a in s.before if a.person), "subject:participle", s.before, s.after)


# ---------------------------------------------------------------------------------- adjusts
@subject_rule("before-relative-clause", "Names inside a relative clause closed by a comma before the trigger do "
              "not act: 'The two leaders, who arrived in Ankara on Wednesday, each held'.", ADJUST,
              lambda lx: bool(lx.keys("relative_pronouns")) and _subject_before_verb(lx))
def _before_relative_clause(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    clause_start = f._relative_clause_start(c.sentence_start, c.trig)
    if clause_start is None:
        return None
    before = [a for a in s.before if a.end <= clause_start]
    if not before:
        return None
    return replace(s, actor=before[-1], rule="subject:before-relative-clause", before=before)


@subject_rule("before-apposition", "An apposition between commas describes the subject before it, and its "
              "adjective does not act: 'Araghchi, Omani FM discuss ...' (where a nationality adjective stands before "
              "its noun; after it, it is part of the post's title).", ADJUST,
              lambda lx: lx.setting("adjective_position") == "before" and _subject_before_verb(lx))
def _before_apposition(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    before, text = s.before, f.doc.text
    if len(before) >= 2 and s.actor is before[-1] and before[-1].via == "adjective" \
            and text[before[-2].end:before[-2].end + 1] == "," and "," in text[before[-1].end:c.trig.start]:
        return replace(s, actor=before[-2], rule="subject:before-apposition")
    return None


@subject_rule("shared-with-previous-verb", "Verbs joined by 'and' share their subject: in 'X thanked Y and "
              "praised Z', X praises and Y is an object.", ADJUST, _subject_before_verb)
def _shared_with_previous_verb(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    previous, before, trig = c.previous, s.before, c.trig
    if previous is not None and before and before[-1].start >= previous[0].end \
            and f._only_conjunctions(before[-1].end, trig.order) and f._joined(before[-1].end, trig):
        return replace(s, actor=previous[1], rule="subject:shared-with-previous-verb", shared=True)
    return None


@subject_rule("object-after-verb", "Subject-verb-object (word_order SVO): the state or official right after the "
              "verb of a directed act is its object, not its subject ('Leaders around the world rushed to "
              "congratulate Donald Trump'): with no actor before, the current speaker acts, if any.", ADJUST,
              _subject_verb_object)
def _object_after_verb(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    actor = s.actor
    if f.verb_first or f.verb_final or actor is None or s.rule != "subject:first-after" \
            or trigger_parts(c.trig)[0] not in f.directed_types:
        return None
    if len(gap_words(f.doc.text, c.trig.end, actor.start)) > 1:
        return None
    before = [it for it in c.items if it.end <= c.trig.start]
    if before and before[-1].key in f.demonstratives:
        return None  # "The expulsion follows Trump's order": a noun, whose agent may follow
    # The current speaker acts, unless the speaker is the very one the act is aimed at ("... to
    # congratulate Donald Trump", Trump being the last official named).
    speaker = f._resolve(None).states
    return replace(s, actor=None, rule="subject:object-after-verb", nobody=bool(set(speaker) & set(actor.states)))


@subject_rule("destination-not-visitor", "The state or capital right after a preposition of place before a visit "
              "('وصل الرئيس الصيني إلى الكويت في زيارة رسمية', 'arrived in Kuwait on a visit') is where the visit goes: "
              "the actor before it visits.", ADJUST, _subject_before_verb)
def _destination_not_visitor(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    actor, before = s.actor, s.before
    if actor is None or s.rule != "subject:nearest-before" or trigger_parts(c.trig)[0] != "visit" \
            or actor.kind not in ("state", "capital") or len(before) < 2 or actor is not before[-1]:
        return None
    if not f._after_place_preposition(c.items, actor) or not before[-2].states:
        return None
    return replace(s, actor=before[-2], rule="subject:destination-not-visitor", before=before[:-1],
                   after=[actor, *s.after])


@subject_rule("object-pronoun-after-contact", "A verb with an object pronoun (trigger note object-pronoun) after a "
              "contact in its sentence ('أجرى الملك اتصالاً بالرئيس اللبناني، هنأه خلاله', 'called the president-elect "
              "and congratulated him'): the pronoun is the one contacted, and the one who made the contact acts.",
              ADJUST, lambda lx: any(row.get("note") == Note.OBJECT_PRONOUN for row in lx.table("triggers")))
def _object_pronoun_after_contact(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    if c.note != Note.OBJECT_PRONOUN or c.previous is None or s.actor is None:
        return None
    previous_trigger, previous_subject = c.previous
    if previous_subject is None or previous_subject is s.actor or s.actor.start < previous_trigger.end \
            or trigger_parts(previous_trigger)[0] not in f.contact_types:
        return None
    # The actor just before the pronoun was the previous contact's object: the pronoun is it.
    return replace(s, actor=previous_subject, rule="subject:object-pronoun-after-contact",
                   after=[s.actor, *s.after])


@subject_rule("named-after-for-his-part", "After 'for his part' with no state of its own, the official named "
              "right after the verb speaks: 'من جانبه، أشاد السيد المدوري' (a verb-first language).", ADJUST,
              _verb_may_open)
def _named_after_for_his_part(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    actor, after = s.actor, s.after
    if actor is not None and actor.kind == "speaker-switch" and after and after[0].kind == "person" \
            and after[0].start - c.trig.end < 25 and not f._resolve(actor).states:
        return replace(s, actor=after[0], rule="subject:named-after-for-his-part")
    return None


@subject_rule("speaker-before-adjective-object", "After the verb, a state's adjective or 'his counterpart' is "
              "the object ('وأشاد بالموقف الأرميني', 'and praised the Armenian position', in a verb-first language): "
              "the current speaker acts.", ADJUST, _verb_may_open)
def _speaker_before_adjective_object(f: EventFinder, c: Clause, s: Subject) -> Subject | None:
    actor, before = s.actor, s.before
    if actor is not None and actor is not (before[-1] if before else None) \
            and (actor.via == "adjective" or actor.kind == "counterpart") and (f.discourse.speaker or not before):
        return replace(s, actor=None, rule="subject:speaker-before-adjective-object")
    return None
