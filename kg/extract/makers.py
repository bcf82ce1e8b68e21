"""Event makers: named rules that turn one trigger, its subject and its objects into events.

Once :class:`~kg.extract.events.EventFinder` has found a trigger's subject and the actors after it,
the makers registered for the trigger's event type are tried in the order registered: the first that
answers (a list, empty or not) decides; one that answers None leaves the trigger to the next. Like the
guards (:mod:`kg.extract.guards`), each maker is a registered, named unit: ``kg rules`` lists it,
``kg eval --disable NAME`` switches it off (its trigger then goes to the next maker of its type), and
it has a case file of short examples in each language it applies to (``tests/cases/makers/<name>.tsv``),
run by one parametrised test.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..model import EventFact
from .actors import Actor
from .document import Item
from .notes import Note, trigger_parts
from .text import gap_words

if TYPE_CHECKING:
    from .events import EventFinder

#: Actor kinds that are officials, or stand for them.
PERSON_KINDS = ("person", "counterpart", "pair", "pair-persons")
#: Actor kinds that refer to both of the article's main parties.
PAIR_KINDS = ("pair", "pair-persons")
#: ... and a capital, which may name a venue rather than a party.
PAIR_OR_CAPITAL = PAIR_KINDS + ("capital",)


@dataclass
class Resolved:
    """An actor as a party: its states, the official acting for them, and the actor it came from."""

    states: list[str]
    person: str | None
    actor: Actor | None


@dataclass
class Args:
    """What a maker reads: the trigger, its subject, the other actors and the objects after it."""

    etype: str
    trig: Item
    note: str
    items: list[Item]
    subject: Resolved
    others: list[Resolved]
    after: list[Resolved]
    actors: list[Actor]
    #: The subject and the others.
    everyone: list[Resolved]
    #: The places the sentence names, the first of them, and its state.
    places: list[str]
    place: str | None
    place_state: str | None


@dataclass
class Objects:
    """What an act between two states is done to: the states after the trigger, those listed, the
    pair an object refers to, and the acting state and its official."""

    actor: str
    direct: list[Resolved]
    both: Resolved | None
    listed: list[str]
    by: list[str]


@dataclass(frozen=True)
class Maker:
    name: str
    summary: str
    types: frozenset[str]
    #: Answers the events made, or None when the trigger is not its case.
    make: Callable[[EventFinder, Args], list[EventFact] | None]


MAKERS: dict[str, Maker] = {}


def maker(name: str, summary: str, types: tuple[str, ...]) -> Callable[
        [Callable[[EventFinder, Args], list[EventFact] | None]], Callable[[EventFinder, Args], list[EventFact] | None]]:
    """Registers an event maker under ``name`` for the event ``types``."""
    def register(fn: Callable[[EventFinder, Args], list[EventFact] | None]) -> Callable[
            [EventFinder, Args], list[EventFact] | None]:
        if name in MAKERS:
            raise ValueError(f"event maker {name!r} registered twice")
        MAKERS[name] = Maker(name, summary, frozenset(types), fn)
        return fn
    return register


def makers_for(etype: str, disabled: frozenset[str] = frozenset()) -> list[Maker]:
    """The makers that may make an event of ``etype``, in the order they are tried."""
    return [m for m in MAKERS.values() if etype in m.types and m.name not in disabled]


def make_events(f: EventFinder, a: Args, makers: list[Maker]) -> list[EventFact]:
    """The events the first of ``makers`` (those of ``a``'s type) that answers makes, each naming it
    (``maker:<name>``); none when none answers."""
    for m in makers:
        made = m.make(f, a)
        if made is not None:
            for ev in made:
                ev.rules.append(f"maker:{m.name}")
            return made
    return []


def all_makers() -> list[tuple[str, str, str]]:
    """(name, types, summary) of every event maker, for ``kg rules``."""
    return [(m.name, " ".join(sorted(m.types)), m.summary) for m in MAKERS.values()]


# ---------------------------------------------------------------------------------- helpers
def states_of(rs: list[Resolved]) -> list[str]:
    """The states of ``rs``, each once, in order."""
    out: list[str] = []
    for r in rs:
        for st in r.states:
            if st not in out:
                out.append(st)
    return out


def persons_of(rs: list[Resolved]) -> list[str]:
    return list(dict.fromkeys(r.person for r in rs if r.person))


def _subject_persons(a: Args) -> list[str]:
    return [a.subject.person] if a.subject.person else []


def _objects(f: EventFinder, a: Args) -> Objects | None:
    """The objects of an act of the subject's state on others (None when the subject has no state)."""
    if not a.subject.states:
        return None
    actor = a.subject.states[0]
    # Verb first, the objects follow in the verb's own clause: "وأدانت ... ، فيما رحبت X" names none of them.
    after = _in_own_clause(f, a, a.after) if f.verb_first else a.after
    direct = [r for r in after if (r.actor is None or r.actor.kind not in PAIR_KINDS)
              and r.states and r.states[0] != actor]
    # "condemned Spain, Ireland and Norway": one act per state listed.
    both = after[0] if after and after[0].actor is not None and after[0].actor.kind == "pair-persons" \
        and after[0].actor.states and actor not in after[0].states else None
    if both is not None:
        listed = list(both.states)  # "Erdogan praised both leaders"
    elif direct and direct[0].actor is not None and direct[0].actor.kind == "group":
        listed = list(direct[0].states)  # "condemned the three countries"
    elif direct and direct[0].actor is not None and direct[0].actor.kind not in ("state", "capital"):
        listed = [direct[0].states[0]]  # an official or a government speaks for one state
    else:
        listed = [r.states[0] for r in f._object_group(direct)]
    listed = [st for st in dict.fromkeys(listed) if st != actor]
    return Objects(actor, direct, both, listed, _subject_persons(a))


def _in_own_clause(f: EventFinder, a: Args, rs: list[Resolved]) -> list[Resolved]:
    """Those of ``rs`` named in the trigger's own clause (:meth:`EventFinder._clause_span`), and those
    that stand for no actor of the text."""
    start, end = f._clause_span(a.items, a.trig)
    return [r for r in rs if r.actor is None or start <= r.actor.start < end]


def _trigger_near(a: Args, etype: str, after: bool, reach: int = 4) -> Item | None:
    """A trigger of ``etype`` among the ``reach`` items right after (or right before) the trigger, with no
    actor between: "welcomed the recognition of", "ترحيبها بالاعتراف", "استقبال ایران از به رسمیت شناختن"."""
    window = [it for it in a.items if it.start >= a.trig.end][:reach] if after \
        else [it for it in a.items if it.end <= a.trig.order][::-1][:reach]
    for it in window:
        if it.is_state or it.kind == "entity":
            return None
        if it.kind == "cue" and it.table == "triggers" and trigger_parts(it)[0] == etype:
            return it
    return None


def _word_near_before(a: Args, words: frozenset[str], reach: int = 4) -> Item | None:
    """A word of ``words`` among the ``reach`` items right before the trigger, in its clause (the one who
    welcomes may stand between: "رحبت إيران بالاعتراف", "استقبال ایران از به رسمیت شناختن")."""
    for it in [it for it in a.items if it.end <= a.trig.order][::-1][:reach]:
        if it.kind == "punct":
            return None
        if it.key in words:
            return it
    return None


# ------------------------------------------------------------------------------ contacts
@maker("one-state-joins", "A state joins a treaty or an organisation (trigger note accession): it is the only "
       "party.", ("other",))
def _accession(f: EventFinder, a: Args) -> list[EventFact] | None:
    if a.note != Note.ACCESSION:
        return None
    if not a.subject.states:
        return []
    return [EventFact("other", a.subject.states[:1], f._placeholder, persons=_subject_persons(a))]


def _contact_parties(f: EventFinder, a: Args) -> tuple[list[str], list[str], str | None] | None:
    """(parties, persons, place) of a contact, or None when too few states take part."""
    everyone = a.everyone
    parties = states_of(everyone)
    # When two officials of different states meet, other states named in the sentence are what they
    # talked about ("talks on the peace process with Armenia").
    people = states_of([r for r in everyone if r.person or (r.actor is not None and r.actor.kind in PERSON_KINDS)])
    if a.etype != "summit" and len(people) >= 2:
        parties = people
        # "Xi held talks with his Russian counterpart Putin, in which the two sides stressed...": the two sides
        # are the two officials just named, not a pair named in an earlier sentence.
        named = states_of([r for r in everyone if r.actor is None or r.actor.kind not in PAIR_OR_CAPITAL])
        named_people = [st for st in people if st in named]
        if len(named_people) >= 2:
            parties = named_people
    # A summit may be reported by its host alone ("Qatar will host an emergency summit").
    if len(parties) < (1 if a.etype == "summit" else 2):
        return None
    persons = persons_of(everyone)
    if any(x.kind == "pair-persons" for x in a.actors):
        persons = list(dict.fromkeys(persons + f.actors.main_persons))
    # The meeting took place where the visit it belongs to went: the article's first visit between
    # these parties (later ones are usually background).
    place = a.place
    visit_hosts = f.discourse.visit_hosts
    hosts = [h for h, _ in visit_hosts if h in parties]
    if hosts and a.etype == "meeting":
        parties.remove(hosts[0])
        parties.insert(0, hosts[0])
        if place is None:
            place = next((p for h, p in visit_hosts if h == hosts[0] and p), None)
    if place is None and a.etype in ("meeting", "summit"):
        place = f._implied_place(parties)
    return parties, persons, place


def _with_each(f: EventFinder, a: Args, actor: str, others: list[str], persons: list[str], place: str | None,
               aimed: bool = False) -> list[EventFact]:
    """One contact of ``actor`` with each of ``others`` (aimed at it when ``aimed``), each with the
    subject's official and the officials of that other state among ``persons``."""
    return [EventFact(a.etype, [actor, other], f._placeholder, target=other if aimed else None,
                      persons=[p for p in persons if p in {a.subject.person, *f._persons_of_state(other)}],
                      place=place)
            for other in others]


@maker("call-per-callee", "'X held telephone conversations with Y and Z' (trigger note call): a call is "
       "between two, so one call with each callee.", ("other",))
def _call_per_callee(f: EventFinder, a: Args) -> list[EventFact] | None:
    if a.note != Note.CALL:
        return None
    contact = _contact_parties(f, a)
    if contact is None:
        return None
    parties, persons, place = contact
    if len(parties) <= 2 or not a.subject.states or parties[0] != a.subject.states[0]:
        return None
    return _with_each(f, a, parties[0], parties[1:], persons, place)


@maker("contact-separately", "'X held separate meetings with A and B', 'التقى كلاً منهما على حدة', 'دیدارهای "
       "جداگانه': a contact marked as separate (lexicon separately) is one contact of the subject with each "
       "other party.", ("meeting", "other"))
def _contact_separately(f: EventFinder, a: Args) -> list[EventFact] | None:
    if not f._separately(a.items, a.trig) or not a.subject.states:
        return None
    contact = _contact_parties(f, a)
    if contact is None:
        return None
    parties, persons, place = contact
    actor = a.subject.states[0]
    others = [st for st in parties if st != actor]
    if len(others) < 2:
        return None
    return _with_each(f, a, actor, others, persons, place)


@maker("envoy-act-per-state", "A summons or a recall (trigger note envoy-act) is aimed at a state: the state of each "
       "envoy summoned, each state an envoy is recalled from ('summoned the ambassadors of France and Germany', "
       "'استدعاء سفيريها لدى مالي والنيجر'): one act on each.", ("other",))
def _envoy_act_per_state(f: EventFinder, a: Args) -> list[EventFact] | None:
    if a.note != Note.ENVOY_ACT:
        return None
    contact = _contact_parties(f, a)
    if contact is None or not a.subject.states:
        return None
    parties, persons, place = contact
    actor = a.subject.states[0]
    if parties[0] != actor:
        return None
    return _with_each(f, a, actor, parties[1:], persons, place, aimed=True)


@maker("next-summit-host", "A summit still to come and its host ('China will host the next summit', 'على أن تستضيف "
       "الهند القمة المقبلة', 'اجلاس آینده به میزبانی ترکمنستان'): the host is its one party.", ("summit",))
def _next_summit_host(f: EventFinder, a: Args) -> list[EventFact] | None:
    if trigger_parts(a.trig)[1] != "planned":
        return None
    hosting = [it for it in a.items if not f.host_words.isdisjoint(it.key.split())]  # "will host" is a cue
    if not hosting:
        return None
    word = hosting[0]
    states = [x for x in a.actors if x.states and not x.topic and x.kind in ("state", "capital", "person")]
    # The host is named right before the word of hosting ("أن أذربيجان ستستضيف", "China will host"),
    # else right after it ("تستضيف الهند", "به میزبانی ترکمنستان").
    before = [x for x in states if x.end <= word.start]
    after = [x for x in states if x.start >= word.end]
    right_before = before[-1] if before and len(gap_words(f.doc.text, before[-1].end, word.start)) <= 1 else None
    host = right_before or (after[0] if after else before[-1] if before else None)
    if host is None:
        return None
    return [EventFact(a.etype, [f._resolve(host).states[0]], f._placeholder)]


@maker("hosted-talks", "Talks a state hosts between two others ('Saudi Arabia hosted talks between the United "
       "States and Russia', 'استضافت عمان محادثات بين إيران والولايات المتحدة'): the two met, and each visited the "
       "host.", ("meeting",))
def _hosted_talks(f: EventFinder, a: Args) -> list[EventFact] | None:
    hosted = not f.host_words.isdisjoint(a.trig.key.split()) or f.verb_final and any(
        not f.host_words.isdisjoint(it.key.split()) for it in a.items if it.start >= a.trig.end)
    if not a.subject.states or not hosted:
        return None  # verb last, the talks come before "میزبانی کرد"
    host = a.subject.states[0]
    # "between" after the verb, or before it when the verb comes last ("مذاکرات میان ایران و آمریکا را
    # میزبانی کرد").
    marks = [it.end for it in a.items if it.key in f.between_words and (f.verb_final or it.start >= a.trig.end)]
    if not marks:
        return None
    mark = marks[0]
    # The talks are what is hosted: no guest is named between the verb and "between" ("hosted his
    # Azerbaijani counterpart ..., the peace process between Azerbaijan and Armenia" hosts a guest).
    if not f.verb_final and (any(a.trig.end <= x.start < mark for x in a.actors if x.states and host not in x.states)
                             or len(gap_words(f.doc.text, a.trig.end, mark)) > 15):
        return None
    sides = list(dict.fromkeys(st for x in a.actors if x.start >= mark and not x.topic
                               for st in f._resolve(x).states[:1] if st != host))[:2]
    if len(sides) < 2:
        return None
    return [EventFact("meeting", sides, f._placeholder, place=a.place),
            *(EventFact("visit", [side, host], f._placeholder, place=a.place) for side in sides)]


@maker("receives-the-visitor", "A meeting where one state is named, in the sentence of a visit to that state or the "
       "one after ('Sisi arrived in Ankara on a visit, where Erdogan received him', 'واستقبله الرئيس التركي', "
       "'اردوغان از وی استقبال کرد'): the host meets the visitor the pronoun or the context stands for.",
       ("meeting",))
def _receives_the_visitor(f: EventFinder, a: Args) -> list[EventFact] | None:
    states = states_of(a.everyone)
    if len(states) != 1 or not f.discourse.made:
        return None
    host, last = states[0], f.discourse.made[-1]
    if last.type != "visit" or len(last.participants) != 2 or last.participants[1] != host \
            or f.sentence_number(a.trig) - f.sentence_number_at(last.evidence.start) > 1:
        return None
    return [EventFact("meeting", [host, last.participants[0]], f._placeholder,
                      persons=list(dict.fromkeys(persons_of(a.everyone) + last.persons)), place=last.place)]


@maker("contact", "A meeting, summit or other contact between the states of the subject and the others; "
       "when officials of two states meet, the states they only speak of are topics; a meeting during a "
       "visit takes the visit's host first and its city.", ("meeting", "other", "summit"))
def _contact(f: EventFinder, a: Args) -> list[EventFact] | None:
    contact = _contact_parties(f, a)
    if contact is None:
        return []
    parties, persons, place = contact
    return [EventFact(a.etype, parties, f._placeholder, persons=persons, place=place)]


@maker("visit-each-destination", "A visit to states listed one after the other ('will travel to Ethiopia and "
       "Somalia', 'جولة تشمل الرياض والدوحة'): one visit to each, by the subject's state.", ("visit",))
def _visit_each_destination(f: EventFinder, a: Args) -> list[EventFact] | None:
    if not a.subject.states:
        return None
    destinations = [r for r in a.after if r.actor is not None and r.actor.kind in ("state", "capital")
                    and not r.actor.topic and r.states]
    listed = f._object_group(destinations)
    first = listed[0].actor if listed else None
    if len(listed) < 2 or first is None or len(gap_words(f.doc.text, a.trig.end, first.start)) > 3:
        return None
    visitor = a.subject.states[0]
    visits = []
    for r in listed:
        host = r.states[0]
        if host == visitor:
            return None
        start = r.actor.start if r.actor is not None else -1
        place = next((it.value for it in a.items if it.kind == "entity" and it.entity_kind == "place"
                      and it.start == start), None)
        f.discourse.visit_to(host, place)
        visits.append(EventFact("visit", [visitor, host], f._placeholder,
                                persons=[a.subject.person] if a.subject.person else [], place=place))
    return visits


def _after_from(f: EventFinder, a: Args, actor: Actor) -> bool:
    """The word right before ``actor`` is "from" (lexicon from_words)."""
    before = [it for it in a.items if it.end <= actor.start]
    return bool(before) and before[-1].kind == "word" and before[-1].key in f.from_words


def _arrived_at(f: EventFinder, a: Args) -> list[str]:
    """The city named after a preposition of place right before the trigger ("وصل إلى الرياض في زيارة",
    "arrived in Riyadh on a state visit ... before heading to Doha"): where this visit goes."""
    if f.verb_final:
        return []  # verb last, every place of the clause stands before the verb
    before = [it for it in a.items if it.end <= a.trig.order][-3:]
    for n, it in enumerate(before[1:], 1):
        if it.kind == "entity" and it.entity_kind == "place" and before[n - 1].key.split()[-1] in f.place_prepositions:
            return [it.value]
    return []


@maker("visit", "The visitor (the subject, else an official of another state) goes to the state of the "
       "destination named after the trigger, or of the first state after it; the host is remembered for the "
       "meetings of the visit.", ("visit",))
def _visit(f: EventFinder, a: Args) -> list[EventFact] | None:
    dest = _arrived_at(f, a) or f._places(a.items, a.trig.start) or a.places
    host = None
    place = a.place
    if dest:
        place = dest[0]
        host = f.ref.places[place].country if place in f.ref.places else None
    if host is None:
        # "از پاکستان راهی سریلانکا", "from Pakistan to Sri Lanka": the state after "from" is where the trip starts.
        host_states = [st for r in a.after for st in r.states if r.actor and r.actor.kind in ("state", "capital")
                       and not _after_from(f, a, r.actor)]
        host = host_states[0] if host_states else None
    candidates = [r for r in a.everyone if r.states and host not in r.states]
    if host is None or not candidates:
        return []
    subject = a.subject
    visitor = sorted(candidates, key=lambda r: (r.person is None, 0))[0]
    if subject.states and host not in subject.states:
        visitor = subject
    f.discourse.visit_to(host, place)
    if subject.actor is not None and subject.actor.kind in ("pair", "pair-persons", "group") \
            and len(subject.states) >= 2 and host not in subject.states:
        # "The two leaders, who arrived in the Turkish capital": each of them visits.
        return [EventFact("visit", [st, host], f._placeholder, place=place) for st in subject.states]
    return [EventFact("visit", [visitor.states[0], host], f._placeholder,
                      persons=[visitor.person] if visitor.person else [], place=place)]


@maker("agreement", "The states named in the sentence sign; a list of signatories right before the trigger "
       "is the parties (the venue's state is only the venue); with fewer than two, the largest summit "
       "reported signs ('the leaders adopted the declaration'), else the two states that last met ('23 "
       "documents were signed in their presence').", ("agreement",))
def _agreement(f: EventFinder, a: Args) -> list[EventFact] | None:
    parties = states_of(a.everyone)
    place = a.place
    preceding = [x for x in a.actors if not x.topic and x.end <= a.trig.start]
    signers = f._subject_group(preceding, ("state", "capital", "person")) if preceding else []
    signer_states = list(dict.fromkeys(st for x in signers if x.kind != "pair" for st in f._resolve(x).states))
    if len(signer_states) >= 2 and a.trig.start - signers[-1].end < 40:
        # "Japan and the Philippines signed...", "X and Y signed a declaration in Ankara": the listed
        # signatories are the parties; the venue's state is only the venue.
        parties = signer_states
    elif a.place_state and a.place_state not in parties:
        parties.append(a.place_state)
    summit = max((e for e in f.discourse.made if e.type == "summit" and e.status == "occurred"),
                 key=lambda e: len(e.participants), default=None)
    if len(parties) < 2 and summit is not None:
        # "the leaders adopted the Kuwait Declaration": the summit's parties sign.
        parties, place = list(summit.participants), place or summit.place
    met = f.discourse.pair_met_lately(f.sentence_number(a.trig))
    if len(parties) < 2 and met and set(parties) <= set(met):
        # "In their presence, 23 cooperation documents were signed", "همچنین ۲۳ سند همکاری امضا شد":
        # signed by the two states that met just before (a visit's talks).
        parties = list(met)
    if len(parties) < 2:
        return []
    if place is None:
        place = f._implied_place(parties)
    return [EventFact("agreement", parties, f._placeholder, persons=persons_of(a.everyone), place=place,
                      count=f._count(a.items, a.trig, ("document",)))]


# ---------------------------------------------------------------------------- statements
@maker("praise", "The subject's state praises each state listed after the trigger; thanks for hospitality "
       "are manners; 'hailed the move' praises the state that last acted; with no object, praise of 'the two "
       "countries' ties' is between the states named (trigger note state-object: a state must be the object).",
       ("statement_praise",))
def _praise(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None:
        return []
    following = [it.key for it in a.items if it.start >= a.trig.end][:4]
    if any(w in f.courtesies for w in following):
        return []  # thanks for the hospitality are manners, not praise
    last_actor = f.discourse.last_actor
    if not o.direct and not o.both and last_actor and last_actor != o.actor and f._decision_object(a.items, a.trig):
        # "Muttaqi hailed the move": the move of the state that last acted.
        return [EventFact(a.etype, [o.actor, last_actor], f._placeholder, target=last_actor, persons=o.by)]
    act = _trigger_near(a, "recognition", after=True)
    if act is not None:
        # "welcomed the recognition of Palestine": the praise goes to the recognising states, never to the
        # state recognised (the first named after the act); none named, no one is praised.
        recognised = next((r.states[0] for r in o.direct if r.actor is not None and r.actor.start >= act.end), None)
        agents = list(dict.fromkeys(st for r in o.direct for st in r.states[:1] if st not in (recognised, o.actor)))
        return [EventFact(a.etype, [o.actor, t], f._placeholder, target=t, persons=o.by) for t in agents]
    first = o.direct[0].actor if o.direct else None
    state_object = first is not None and first.kind in ("state", "capital", "group")
    if a.note == Note.STATE_OBJECT and not state_object:
        return []  # "welcomed the decision of Armenia" praises; "welcomed his guest" does not
    if (o.direct or o.both) and o.listed:
        return [EventFact(a.etype, [o.actor, t], f._placeholder, target=t, persons=o.by) for t in o.listed]
    if a.note == Note.STATE_OBJECT:
        return []
    # Praise of "the two countries' coordination" involves the pair (named in the praise's clause, verb first).
    others = _in_own_clause(f, a, a.others) if f.verb_first else a.others
    parties = [o.actor] + [st for st in states_of(others) if st != o.actor]
    if len(parties) < 2:
        return []
    return [EventFact(a.etype, parties, f._placeholder, target=None, persons=o.by)]


@maker("criticism", "The subject's state criticises each state listed after the trigger; with none named, "
       "the author of the hostile act or decision condemned, else whoever criticised it last (a retort), "
       "else the state behind the act everyone condemned; verb last, the authors of the act before the verb. "
       "An act pointed back to ('condemned this measure', 'هذا الإجراء', 'این اقدام') is the one its "
       "author took before, whatever state the sentence also names.",
       ("statement_criticism",))
def _criticism(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None:
        return []
    actor, d = o.actor, f.discourse
    # "condemned the attack": the target is the state behind the attack named before.
    targets: list[str | None] = [*o.listed] or ([o.direct[0].states[0]] if o.direct else [d.antagonist])
    authors = [st for x in a.actors if x.start in d.hostile_authors_here for st in x.states[:1] if st != actor]
    if f._anaphoric_act(a.items, a.trig) and (d.antagonist or d.last_actor) not in (None, actor):
        # "Baghaei condemned this measure": the act reported before, by the state that took it.
        targets = [d.antagonist or d.last_actor]
    elif f.verb_final and authors:
        # Subject-object-verb: "تحریم‌های آمریکا ... را محکوم کرد": the object, and its author, come
        # before the verb.
        targets = list(dict.fromkeys(authors))
    elif len(o.listed) >= 2:
        pass  # "the sanctions imposed by the United States, Britain and Canada": each of them
    elif f._hostile_object(a.items, a.trig) and d.antagonist and d.antagonist != actor:
        targets = [d.antagonist]
    elif targets == [None] and f._decision_object(a.items, a.trig) and d.last_actor != actor:
        targets = [d.last_actor]  # "Sweden joined NATO ... the Kremlin criticised the move"
    elif targets == [None]:
        # "London rejected the accusations": a retort to whoever criticised it last; "X called the raid
        # an authoritarian act": the raid everyone else condemned.
        accuser = next((e for e in reversed(d.made) if e.type == "statement_criticism"
                        and e.target == actor and e.participants), None)
        condemned = next((e.target for e in reversed(d.made) if e.type == "statement_criticism"
                          and e.target and e.target != actor), None)
        if accuser:
            targets = [accuser.participants[0]]
        elif condemned and f._hostile_object(a.items, a.trig):
            targets = [condemned]
    return [EventFact(a.etype, [actor], f._placeholder, target=t, persons=o.by)
            for t in targets if t is not None and t != actor]


@maker("congratulation", "The subject's state congratulates the first state after the trigger; 'congratulated "
       "them' (object-pronouns) each state just named, 'congratulated him' (object-pronoun) the article's "
       "other party; with no addressee at all, the one the article's congratulations go to.",
       ("congratulation",))
def _congratulation(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None:
        return []
    actor, direct, subject = o.actor, o.direct, a.subject
    if a.note == Note.OBJECT_PRONOUNS and not direct:
        # "held calls with Japarov and Rahmon and congratulated them": each of those just named.
        named = [st for st in states_of(a.others) if st != actor]
        present = persons_of(a.everyone)
        return [EventFact(a.etype, [actor, st], f._placeholder, target=st,
                          persons=[p for p in (subject.person, *f._persons_of_state(st)) if p and p in present])
                for st in named]
    if a.note == Note.OBJECT_PRONOUN:
        # "congratulated him", "هنأه": the pronoun is the object; a state named after a comma belongs to the
        # next clause ("..., and Ukrainian President Zelensky said").
        direct = [r for r in direct if r.actor is None
                  or not any(c in ",،;؛" for c in f.doc.text[a.trig.end:r.actor.start])]
    if a.note == Note.OBJECT_PRONOUN and not direct:
        # The one the article's congratulations went to so far, else the article's other party.
        addressee = _congratulated_so_far(f, actor)
        other = f._other_main(subject.person)
        p = f.actors.persons.get(other) if other else None
        if addressee is not None:
            direct = [Resolved([addressee], None, None)]
        elif p is not None and p.country and p.country != actor:
            direct = [Resolved([p.country], other, None)]
    # Anyone named after the trigger but "the two countries" may be the addressee.
    named_after = any(x.start >= a.trig.end and x.kind not in PAIR_KINDS for x in a.actors)
    # ... in the trigger's own clause: "Boric wrote that ..., while Petro and Arce also sent messages" names
    # no addressee for the second clause.
    named_others = [st for r in _in_own_clause(f, a, a.others) if r.actor is None or r.actor.kind not in PAIR_KINDS
                    for st in r.states if st != actor]
    if not direct and not named_after and not named_others:
        # "X, Y and Z also sent their felicitations", no addressee named: the one the article's
        # congratulations go to.
        addressee = _congratulated_so_far(f, actor)
        if addressee is not None:
            direct = [Resolved([addressee], None, None)]
    if not direct:
        return []
    target = direct[0]
    return [EventFact(a.etype, [actor, target.states[0]], f._placeholder, target=target.states[0],
                      persons=[p for p in (subject.person, target.person) if p])]


def _congratulated_so_far(f: EventFinder, actor: str) -> str | None:
    """The state the article's congratulations went to most often so far (the latest of those as often),
    the sender aside: who "congratulated him" and "also sent congratulations" address."""
    targets = [e.target for e in f.discourse.made if e.type == "congratulation" and e.target and e.target != actor]
    if not targets:
        return None
    return max(reversed(targets), key=targets.count)


# ------------------------------------------------------------------------------- acts
@maker("credentials-batch", "Several envoys present credentials in one ceremony (trigger note credentials, a "
       "plural of ambassador or two envoy posts): one appointment per sending state named in the trigger's "
       "clause, all to the receiving official's state.", ("appointment",))
def _credentials_batch(f: EventFinder, a: Args) -> list[EventFact] | None:
    if not a.subject.states or a.note != Note.CREDENTIALS or not f._several_envoys(a.items):
        return None
    # The envoys are named in the trigger's clause: up to the next word of another event ("يتسلم أوراق
    # اعتماد سفراء اليابان وإيطاليا ويهنئ رئيس وزراء الهند": India sends no envoy).
    clause_end = min((it.start for it in a.items if it.table == "triggers" and it.start > a.trig.end
                      and trigger_parts(it)[0] != "appointment"), default=len(f.doc.text))
    batch = f._credentials_batch([x for x in a.actors if x.start < clause_end])
    if not batch:
        return None
    return [EventFact("appointment", [st, host], f._placeholder) for st, host in batch]


@maker("appointment", "The official named right after the trigger ('appointed X'), else the nearest before it "
       "('his appointment'), takes a post of his state; a credentials trigger adds the receiving state.",
       ("appointment",))
def _appointment(f: EventFinder, a: Args) -> list[EventFact] | None:
    if not a.subject.states:
        return []
    # The person appointed: named right after the trigger ("appointed X"), or the one the possessive
    # points back to ("تعيينه", "his appointment"): the nearest before it.
    trig = a.trig
    near_after = [x for x in a.actors if x.start >= trig.end and x.start - trig.end < 40
                  and x.kind in ("person", "counterpart")]
    near_before = [x for x in a.actors if x.end <= trig.start and x.kind in ("person", "counterpart")]
    pick = near_after[0] if near_after else (near_before[-1] if near_before else None)
    appointee = f._resolve(pick) if pick else None
    if appointee is None or not appointee.states:
        return []
    parties = [appointee.states[0]]
    receiving = next((st for st in states_of(a.everyone) if st != parties[0]), None)
    if a.note == Note.CREDENTIALS:
        if not receiving:
            return []  # an envoy of no named state, or the host alone: no fact to state
        parties.append(receiving)
    return [EventFact("appointment", parties, f._placeholder,
                      persons=[appointee.person] if appointee.person else [])]


@maker("sanction", "The subject's state sanctions the first state after the trigger and those listed with it.",
       ("sanction",))
def _sanction(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None:
        return []
    targets = list(dict.fromkeys(r.states[0] for r in f._object_group(o.direct)))
    return [EventFact(a.etype, [o.actor], f._placeholder, target=t, persons=o.by) for t in targets]


@maker("expulsion", "The subject's state expels the diplomats of the first state after the trigger, and of each "
       "state listed with it ('the diplomatic staff of Argentina, Chile and Peru'), with their number when the "
       "sentence gives one.", ("expulsion",))
def _expulsion(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None or not o.direct:
        return []
    count = f._count(a.items, a.trig, ("diplomat",))
    expelled = o.listed if len(o.listed) > 1 else [o.direct[0].states[0]]
    return [EventFact(a.etype, [o.actor], f._placeholder, target=t, count=count if len(expelled) == 1 else None)
            for t in expelled]


@maker("recognition", "The subject's state recognises the first state after the trigger, else the state "
       "recognised earlier in the article ('recognised it'); 'recognises Palestinian state' is Palestine.",
       ("recognition",))
def _recognition(f: EventFinder, a: Args) -> list[EventFact] | None:
    o = _objects(f, a)
    if o is None:
        return []
    praise = _trigger_near(a, "statement_praise", after=False) or _word_near_before(a, f.welcome_words)
    if praise is not None and a.subject.actor is not None and a.subject.actor.end <= a.trig.start:
        return []  # "رحبت إيران بالاعتراف بدولة فلسطين": who welcomes a recognition does not recognise
    # What is recognised is named in the trigger's clause: "Slovenia is expected to decide on its own recognition
    # ..., while Belgium and Malta are considering the step" does not recognise Belgium.
    direct = _in_own_clause(f, a, o.direct)
    recognised = next((e.target for e in reversed(f.discourse.made) if e.type == "recognition" and e.target), None)
    first_state = direct[0].actor.start if direct and direct[0].actor else len(f.doc.text)
    if any(it.kind == "cue" and it.table == "topics" and it.value == "palestinian-question"
           and a.trig.end <= it.start < first_state for it in a.items):
        # "recognises Palestinian state, drawing Israeli anger": the phrase is a topic cue.
        direct, recognised = [], "PS"
    # "اعترافها بها", "recognised it": the state recognised before.
    t = direct[0].states[0] if direct else recognised
    if t is None:
        return []
    return [EventFact(a.etype, [o.actor, t], f._placeholder, target=t)]
