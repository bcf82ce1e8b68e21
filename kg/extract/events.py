"""Events from trigger cues: who did what to whom, where, when, how many, about what.

Each trigger (``triggers.csv``: form,type[,status][,note]) may open an event in its sentence. The
finder reads the article sentence by sentence: the guards (:mod:`kg.extract.guards`) and the
trigger's note (:mod:`kg.extract.notes`) decide whether the trigger reports an act; the subject is
found by a named subject rule (the actor just before the trigger, or the first after it when the verb
comes first, or the current speaker when the verb has no written subject...); then the event makers
(:mod:`kg.extract.makers`) of the trigger's type make the events from the subject and the actors
after it. What earlier sentences said (speaker, antagonist, visits) is the article's
:class:`~kg.extract.discourse.Discourse`; what each event type is, :mod:`kg.event_types`.
"""
from __future__ import annotations

from collections import Counter

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import attrgetter

from ..event_types import event_types
from ..lexicon import Lexicon
from ..model import EventFact, Evidence
from ..normalise import match_key
from ..reference import Reference
from .actors import ActorIndex, Actor, attached_conjunctions, official_ends
from .confidence import default_model, event_features
from .dates import date_reader
from .discourse import Discourse
from .document import Doc, Item
from .guards import CLAUSE_OPENING_MARKS, CLAUSE_PUNCTUATION, ENVOY_ROLES, TriggerView, blocking_event_guard, blocking_guard
from .makers import PAIR_KINDS, PERSON_KINDS, Args, Maker, Resolved, make_events, makers_for
from .notes import Note, trigger_parts
from .subjects import ADJUST, NEAR_SUBJECT, PICK, Clause, Subject, subject_rules
from .numbers import number_reader
from .text import Sentence, gap_words

EXTRACTOR = "kg.extract.rules"
# Years not inside a longer number; the look back comes after the first digits, so that the engine
# can skip to candidate digits instead of trying every position of every sentence.
YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
SOLAR_YEAR = re.compile(r"1[34](?<!\d\d\d)\d\d(?!\d)")


#: Characters from the start of a line within which a dateline states its date.
DATELINE_REACH = 60
_key = attrgetter("key")


@cache
def _hostile_forms(lexicon) -> frozenset[str]:
    """Hostile-act nouns with every proclitic fused on (بالهجمات, للعدوان: the definite prefix ال folds
    into لل)."""
    nouns = lexicon.keys("hostile_acts")
    prefixes = {match_key(r["prefix"]) for r in lexicon.table("clitics")}
    article = match_key(lexicon.setting("definite_prefix"))
    forms = set(nouns)
    for noun in nouns:
        bare = noun[len(article):] if article and noun.startswith(article) else None
        for p in prefixes:
            forms.add(p + noun)
            if bare:
                forms.add(p + bare)
    return frozenset(forms)


def _party_set(ev: EventFact) -> frozenset[str]:
    return frozenset(ev.participants) | ({ev.target} if ev.target else frozenset())


@dataclass
class SentenceState:
    """One sentence as the event rules read it, and what its triggers have made so far."""

    span: Sentence
    items: list[Item]
    actors: list[Actor]
    #: The sentence's cues by lexicon table.
    cues: dict[str, list[Item]]
    topics: list[str]
    #: The triggers that may make events (none in a sentence of background or sport).
    triggers: list[Item]
    negations: list[Item]
    #: Cues that make what follows them planned.
    modality: list[Item]
    keys: list[str]
    #: Whether a determiner of generic reference stands in the sentence.
    generic: bool
    #: Indices of its hostile acts, and start offsets of their authors.
    hostile_at: list[int]
    hostile_authors: set[int]
    #: A call, a summit or a credentials ceremony: a meeting trigger there is that occasion.
    in_call: bool
    in_summit: bool
    in_ceremony: bool
    found: list[EventFact] = field(default_factory=list)
    seen_types: set[tuple[str, bool]] = field(default_factory=set)
    #: Where the clause of the first trigger of each kind (type, planned) starts.
    kind_clause: dict[tuple[str, bool], int] = field(default_factory=dict)
    #: The official who last acted in the sentence, and the last trigger with its subject.
    subject_person: str | None = None
    previous: tuple[Item, Actor | None] | None = None
    #: Start offsets of the states its hostile acts struck, once a criticism asked for them.
    struck: set[int] = field(default_factory=set)
    #: Start offsets of the states named as those a criticism stands with ("solidarity with Mali").
    sided: set[int] = field(default_factory=set)


#: How many days before the article's date an act dated in its sentence belongs to the story's background.
BACKGROUND_DAYS = 10


class EventFinder:
    def __init__(self, doc: Doc, actors: ActorIndex, ref: Reference, version: str,
                 disabled: frozenset[str] = frozenset(), discourse: Discourse | None = None):
        self.doc = doc
        self.disabled = disabled  # names of guards (kg.extract.guards) and makers (kg.extract.makers) switched off
        self.actors = actors
        self.ref = ref
        self.version = version
        # The event types' flags (ontologies/vocab/event-types.csv), as sets for the rules' tests.
        types = self.types = event_types()
        self.talk_types = types.having("talk")  # topics are what the parties talked about
        self.deeds = types.having("deed")  # what "the move" refers back to
        self.contact_types = types.having("contact")  # contacts between states, not statements
        self.symmetric_types = types.having("symmetric")  # meetings, summits, signings: no one is the object
        self.group_types = types.having("group")  # several subjects each act in one sentence
        self.directed_types = types.having("directed")  # one state acts on another: praise, sanctions...
        self.hostile_types = types.having("hostile")  # acts against a state: their author is the antagonist
        self.judged_types = types.having("judged")  # acts a statement judges or names as its topic
        self.statement_types = types.narrower("statement")
        self.numbers = number_reader(doc.lexicon)
        self.dates = date_reader(doc.lexicon)
        self.discourse = discourse if discourse is not None else Discourse()  # what the article said so far
        self.hostile = _hostile_forms(doc.lexicon)
        self._read_word_lists(doc.lexicon)
        self.verb_final = doc.lexicon.setting("word_order") == "SOV"
        # Modifiers (adjectives, possessors) before their noun: "Israel's strike", "the Israeli attack".
        self.modifier_first = doc.lexicon.setting("adjective_position") == "before"
        self.definite_prefix = match_key(doc.lexicon.setting("definite_prefix"))  # "ال": a definite noun
        # Conjunctions written onto the next word (و, ف): "ودان" is "and condemned".
        self.attached_conjunctions = attached_conjunctions(doc.lexicon)
        self.solar_offset = int(doc.lexicon.setting("solar_year_offset") or 0)
        self.verb_first = doc.lexicon.setting("word_order") == "VSO"
        self._lowered = doc.norm.lowered
        self._sentence_starts = [x.start for x in doc.sentences]
        self._dates_in: dict[tuple[int, int], list] = {}  # explicit dates of each sentence, read once
        # Evidence of an event until _finish gives it its sentence's.
        self._makers: dict[str, list[Maker]] = {}  # the makers of each event type, in order
        self._picks, self._adjusts = subject_rules(PICK, disabled), subject_rules(ADJUST, disabled)
        self._placeholder = Evidence(doc.article.id, 0, 0, "", EXTRACTOR, version, 0.0)

    def _read_word_lists(self, lexicon: Lexicon) -> None:
        """The word lists the rules consult, each a lexicon file ``<name>.txt``."""
        words = lexicon.keys
        self.reception = words("reception")
        self.conjunctions = words("number_joiners")
        self.pronouns = words("pronouns")
        # "التقى سموه": the last official named with the honorific the pronoun stands for acts.
        self.honorifics_after_verb = {match_key(r["form"]): match_key(r["honorific"])
                                      for r in lexicon.table("honorific_pronouns")}
        self.from_words = words("from_words")
        self.agent_markers = words("agent_markers")
        self.victim_markers = words("victim_markers")
        self.terror_words = words("terror_words")
        self.with_words = words("with_words")
        self.welcome_words = words("welcome_words")  # who welcomes a recognition does not recognise
        self.object_marker = match_key(lexicon.setting("object_marker"))  # "را": what precedes is the object
        self.back_references = words("back_references")
        self.demonstratives = words("demonstratives")
        self.sport = words("sport_words")
        self.stopwords = words("stopwords")
        self.clause_openers = words("clause_openers")
        # Openers of several words ("در حالی که", "بعد أن"), by their first word.
        self.long_openers: dict[str, list[tuple[str, ...]]] = {}
        for opener in self.clause_openers:
            if " " in opener:
                self.long_openers.setdefault(opener.split()[0], []).append(tuple(opener.split()))
        self.courtesies = words("courtesies")
        self.envoy_plurals = words("envoy_plurals")
        self.sidelines = words("sidelines")
        self.adverbs = words("subject_adverbs")
        self.decisions = words("decision_nouns")
        self.anaphoric = words("anaphoric_determiners")
        self.topic_prepositions = words("non_party_prepositions")
        self.distributives = words("distributives")
        self.solidarity = words("solidarity_words")
        self.light_verbs = words("light_verbs")  # "حمله کرد": a noun made a verb
        self.host_words = words("host_words")  # "will host the next summit": its one party
        self.between_words = words("between_words")  # "hosted talks between A and B"
        self.place_modifiers = words("place_modifiers")  # "western" in "in western Mali"
        # "in", "في", "در": where an act happened (a preposition of place that names no party).
        self.place_prepositions = words("place_prepositions")  # "إلى", "to", "به": where a visit goes
        self.locatives = self.place_prepositions & words("non_party_prepositions")
        self.separately = words("separately")
        self.relative_pronouns = words("relative_pronouns")
        self.generic_determiners = words("generic_determiners")

    # ------------------------------------------------------------------ helpers
    def _resolve(self, actor: Actor | None) -> Resolved:
        if actor is None:
            speaker = self.discourse.speaker
            if speaker:
                p = self.actors.persons.get(speaker)
                return Resolved([p.country] if p and p.country else [], speaker, None)
            return Resolved([], None, None)
        if actor.kind in PAIR_KINDS:
            # "Xi held talks with Lula ... the two presidents witnessed": the two who last met since
            # the pair the reference would otherwise stand for was named.
            met = self.discourse.pair_met_between(actor.referent_at, actor.start)
            return Resolved(list(met or actor.states or self.actors.main_states), None, actor)
        if actor.kind == "counterpart":
            if actor.states:
                holder = next((p.key for p in self.actors.persons.values() if p.country == actor.states[0]), None)
                return Resolved(list(actor.states), holder, actor)
            other = self._other_main(self.discourse.speaker)
            if other:
                p = self.actors.persons[other]
                return Resolved([p.country] if p.country else [], other, actor)
            return Resolved(list(actor.states), None, actor)
        if actor.kind == "speaker-switch":
            other = self._other_main(self.discourse.speaker)
            if other:
                p = self.actors.persons[other]
                return Resolved([p.country] if p.country else [], other, actor)
            return Resolved([], None, actor)
        return Resolved(list(actor.states), actor.person, actor)

    def _main_person(self) -> Resolved:
        """The article's first official: who "سموه" (His Highness) is when nobody else is named."""
        key = self.actors.main_persons[0] if self.actors.main_persons else None
        p = self.actors.persons.get(key) if key else None
        return Resolved([p.country] if p and p.country else [], key, None)

    def _other_main(self, key: str | None) -> str | None:
        mains = self.actors.main_persons
        if key in mains and len(mains) == 2:
            return mains[1 - mains.index(key)]
        return mains[1] if len(mains) == 2 and key is None else None

    def _is_hostile(self, key: str) -> bool:
        """A hostile-act noun (by its key), with fused prepositions peeled off (بالهجمات, للعدوان)."""
        return key in self.hostile or " " in key and key.split()[0] in self.hostile  # "تحریم‌های جدید"

    def _hostile_object(self, items: list[Item], trig: Item, anywhere: bool = False) -> bool:
        """The trigger's object is a hostile act ("condemned the strike", "أدان الاعتداء"); with
        ``anywhere``, whoever is behind it ("called it a violation of Mexico's sovereignty")."""
        following = [it for it in items if it.start >= trig.end][:4 if anywhere else 3]
        for n, it in enumerate(following):
            if self._is_hostile(it.key):
                if anywhere:
                    return True
                if self.modifier_first and any(x.is_state or x.entity_kind == "place" for x in following[:n]):
                    return False  # "condemned Tokyo's decision": the author is named
                rest = [x for x in items if x.start >= it.end][:2]
                if rest and rest[0].is_state:
                    return False  # "the Israeli attack" in Arabic word order: the target is named
                # "the moves by London": the act's author is named, and is the target.
                by = len(rest) == 2 and rest[0].key in self.agent_markers
                return not (by and (rest[1].is_state or rest[1].entity_kind == "place"))
        return False

    def _finish(self, made: list[EventFact], etype: str, sent: SentenceState, planned: bool) -> None:
        """Status, date, topics and evidence of the events one trigger made."""
        s = sent.span
        made = [ev for ev in made if blocking_event_guard(ev, sent.items, self.disabled) is None]
        # "... sent a cable to President Tinubu, in which he expressed his congratulations": the one an act of
        # the sentence went to does not do the same act in it (the second word repeats the first).
        addressed = {done.target for done in sent.found if done.type == etype and done.target}
        made = [ev for ev in made if not ev.participants or ev.participants[0] not in addressed]
        if s.number == self.doc.headline:
            # The headline sums the body up: its "talks" between two states the body reports as a call
            # or a credentials ceremony ("X discusses with Y", "X receives the new ambassador") are that act.
            made = [ev for ev in made if ev.type != "meeting" or not any(
                done.type in ("other", "appointment") and _party_set(done) == _party_set(ev)
                for done in self.discourse.made)]
        hostile, deed = etype in self.hostile_types, etype in self.deeds
        for ev in made:
            ev.status = "planned" if planned else "occurred"
            ev.date = self._date(s.start, s.end, sent.keys, planned)
            if etype in self.talk_types:
                ev.topics = list(dict.fromkeys(sent.topics))
            ev.features = event_features(ev, self.doc.lang, sent.items, s.number == self.doc.headline)
            model = default_model()
            confidence = model.probability(ev.features) if model is not None else self.types[etype].base_confidence
            ev.evidence = self._evidence(s.start, s.end, confidence)
            sent.found.append(ev)
            self.discourse.event_made(ev, hostile, deed)
            if etype in self.symmetric_types and not planned and len(set(ev.participants)) == 2:
                self.discourse.pair_met(s.start, s.number, list(dict.fromkeys(ev.participants)))
            sent.seen_types.add((etype, planned))

    @staticmethod
    def _trace(made: list[EventFact], trig: Item, subject_rule: str) -> None:
        """Names the rules that made each event: the trigger's type (and its note, a rule of its own)
        and the rule that found the subject (``kg eval --by-rule`` scores each name)."""
        etype, _, note = trigger_parts(trig)
        names = [f"trigger:{etype}"] + ([f"trigger-note:{note}"] if note else []) + [subject_rule]
        for ev in made:
            ev.rules = list(dict.fromkeys(names + ev.rules))

    def _senders(self, items: list[Item], after: list[Actor]) -> list[Actor]:
        """Actors introduced by "from" (من, از): the senders of what was received."""
        out = []
        for a in after:
            prev = [it for it in items if it.end <= a.start and not (it.kind == "cue" and it.table in
                                                                  ("honorifics", "titles", "ranks"))]
            # "من أخيه جلالة الملك": a word of kinship or courtesy may stand between; the "from" may
            # end the trigger itself ("اتصالاً هاتفياً من").
            if a.states and any((it.key if it.kind != "cue" else it.key.split()[-1])
                                in self.from_words for it in prev[-2:]):
                out.append(a)
        return out

    def _subject_group(self, before: list[Actor], kinds: tuple[str, ...] = ("state", "capital"),
                       forward: bool = False) -> list[Actor]:
        """The list of states that ends right before the trigger ("X, Y and Z condemned"); with
        ``kinds`` including "person", of officials too ("Somali President X and Ethiopian Prime
        Minister Y signed"); with ``forward``, the list that opens the clause, as a verb-final
        language puts it before its objects ("اسپانیا، ایرلند و نروژ ... دولت فلسطین را به رسمیت
        شناختند")."""
        if forward:
            group = [before[0]]
            for a in before[1:]:
                if a.kind not in kinds or group[0].kind not in kinds:
                    break
                words = [match_key(w) for w in gap_words(self.doc.text, group[-1].end, a.start)]
                if not all(w in self.conjunctions for w in words):
                    break
                group.append(a)
            return group
        group = [before[-1]]
        for a in reversed(before[:-1]):
            if a.kind not in kinds or group[0].kind not in kinds:
                break
            words = [match_key(w) for w in gap_words(self.doc.text, a.end, group[0].start)]
            if not all(w in self.conjunctions or w in self.demonstratives for w in words):
                break  # "Japan and the Philippines"
            group.insert(0, a)
        return group

    def _away_from_fellows(self, made: list[EventFact], fellows: set[str]) -> list[EventFact]:
        """Acts of list members that would aim at a fellow member aim at the author of the last hostile act
        who is none of them ("the transfers" Iran made, not the sanctions Britain, one of the list, took)."""
        for ev in made:
            if ev.target in fellows:
                ev.target = self.discourse.antagonist_besides(fellows) or ev.target
        return made

    def _listed_from(self, actors: list[Actor], first: Actor) -> list[Actor]:
        """``first`` and the states or officials listed with it after it, joined by commas or "and"
        (a verb-first clause names its subject, then its object, with nothing between them)."""
        kinds = ("state", "capital", "person")
        group = [first]
        for a in actors[actors.index(first) + 1:]:
            if a.kind not in kinds or first.kind not in kinds:
                break
            gap = self.doc.text[group[-1].end:a.start]
            words = [match_key(w) for w in gap_words(self.doc.text, group[-1].end, a.start)]
            if not words and not any(c in gap for c in ",،") or not all(w in self.conjunctions for w in words):
                break
            group.append(a)
        return group

    def _object_group(self, direct: list[Resolved]) -> list[Resolved]:
        """The first object after the trigger and the states listed with it ("on Iran and Russia")."""
        if not direct:
            return []
        group = [direct[0]]
        for r in direct[1:]:
            prev = group[-1].actor
            gap = gap_words(self.doc.text, prev.end, r.actor.start) if prev and r.actor else ["x"]
            # "Panama, the Dominican Republic and Uruguay": an article may stand in the gap too.
            if r.actor is None or r.actor.kind not in ("state", "capital") or r.actor.topic or \
                    not all(w in self.conjunctions or w in self.demonstratives for w in gap):
                break
            group.append(r)
        return group

    def _clause_of_its_own(self, sent: SentenceState, trig: Item, kind: tuple[str, bool]) -> bool:
        """A trigger of a kind already reported in the sentence stands in a later clause that names officials
        of two states of its own: "Xi held talks with Putin ..., and the Chinese president also met the Kazakh
        president" reports a second meeting."""
        start, end = self._clause_span(sent.items, trig)
        if start <= sent.kind_clause.get(kind, start):
            return False
        return len({st for a in sent.actors if a.kind in PERSON_KINDS and not a.topic and start <= a.start
                    and a.end <= end for st in self._resolve(a).states}) >= 2

    def _clause_span(self, items: list[Item], trig: Item) -> tuple[int, int]:
        """The trigger's clause: from the last clause opener ("while", "كما", "در حالی که") or
        semicolon before it to the next one after it."""
        start, end = -1, 1 << 62
        for i, it in enumerate(items):
            width = self._opener_width(items, i)
            if width:
                if items[i + width - 1].end <= trig.order:
                    start = items[i + width - 1].end
                elif it.start >= trig.end:
                    end = it.start
                    break
        return start, end

    def _opener_width(self, items: list[Item], i: int) -> int:
        """How many items a clause opener starting at ``items[i]`` takes (a semicolon, "while", "در
        حالی که"); 0 when none starts there."""
        it = items[i]
        if it.key in self.clause_openers or it.kind == "punct" and it.text in CLAUSE_OPENING_MARKS:
            return 1
        for words in self.long_openers.get(it.key, ()):
            if [x.key for x in items[i:i + len(words)]] == list(words):
                return len(words)
        return 0

    def _opens_clause(self, items: list[Item], trig: Item) -> bool:
        """The trigger follows a word that opens a new clause ("فيما", "بينما", "كما")."""
        prev = [it for it in items if it.end <= trig.order][-1:]
        return bool(prev) and prev[0].key in self.clause_openers

    def _long_ago(self, s) -> bool:
        """The sentence dates what it says to a year well before the article's."""
        anchor = self.doc.article_date
        if anchor is None:
            return False
        years = [int(y) for y in YEAR.findall(self.doc.text, s.start, s.end)]
        if self.solar_offset:
            # Persian wires count years in the Solar Hijri calendar ("اسفند ۱۴۰۱" is early 2023).
            years += [int(y) + self.solar_offset for y in SOLAR_YEAR.findall(self.doc.text, s.start, s.end)]
        if years and all(y < anchor.year - 1 for y in years):
            return True
        # "Spain, Ireland and Norway recognised Palestine on May 28" in a wire of June 21: a date weeks
        # before the article's dates every act of the sentence to the story's background.
        found = [f.date for f in self._explicit_dates(s.start, s.end) if not self._in_dateline(f.start)]
        return bool(found) and all((anchor - d).days > BACKGROUND_DAYS for d in found)

    def _definite(self, key: str) -> bool:
        """The word carries the language's definite prefix (ال)."""
        return bool(self.definite_prefix) and key.startswith(self.definite_prefix)

    def _only_determiners(self, start: int, end: int) -> bool:
        """Nothing but determiners ("the", "these") between two positions."""
        return all(match_key(w) in self.demonstratives for w in self.doc.text[start:end].split())

    def _joined(self, start: int, trig: Item) -> bool:
        """An "and" stands before the trigger: a word ("and") or an attached و/ف ("ودان")."""
        gap = gap_words(self.doc.text, start, trig.order)
        attached = self.doc.text[trig.order:trig.start]
        return bool(gap) or bool(attached) and attached[0] in self.attached_conjunctions

    def _only_conjunctions(self, start: int, end: int) -> bool:
        """Nothing but "and" and commas between two positions (an attached و counts)."""
        return all(match_key(w) in self.conjunctions for w in gap_words(self.doc.text, start, end))

    def _decision_object(self, items: list[Item], trig: Item) -> bool:
        """The trigger's object is a decision or step ("criticised the move"), with no author named."""
        following = [it.key for it in items if it.start >= trig.end][:3]
        return any(w in self.decisions for w in following)

    def _anaphoric_act(self, items: list[Item], trig: Item) -> bool:
        """The trigger's object is an act already reported, pointed back to: "condemned this measure",
        "هذا القرار", "این اقدام را ... محکوم کرد" (before the verb when it comes last)."""
        if self.verb_final:
            words = [it.key for it in items if it.end <= trig.start]
        else:
            words = [it.key for it in items if it.start >= trig.end][:4]
        return any(w in self.anaphoric and nxt in self.decisions for w, nxt in zip(words, words[1:]))

    def _on_sidelines(self, items: list[Item], trig: Item) -> bool:
        """"On the sidelines of the summit", "در حاشیه این اجلاس": a place for other meetings."""
        before = " ".join(it.key for it in items if it.end <= trig.start)
        return any(before.endswith(p) or (p + " ") in before[-40:] for p in self.sidelines)

    def _back_reference(self, items: list[Item], trig: Item) -> bool:
        """The trigger names an occasion already reported: "during the call", "خلال الزيارة",
        "در حاشیه این اجلاس". An indefinite one ("during a visit to Warsaw") is news."""
        # The cue itself may carry the words ("during the call" is a trigger of its own).
        before = [it.key for it in items if it.end <= trig.start][-5:] + trig.key.split()[:-1]
        definite = False
        if before and before[-1] in self.demonstratives:
            before, definite = before[:-1], True
        if self.definite_prefix and trig.key.split()[-1].startswith(self.definite_prefix):
            definite = True
        if not definite:
            return False
        return any(" ".join(before[-n:]) in self.back_references for n in (1, 2, 3, 4) if len(before) >= n)

    def _named_as_topic(self, items: list[Item], trig: Item) -> bool:
        """The act is what something is about or for: a preposition of topic before it, determiners aside."""
        before = [it for it in items if it.end <= trig.order]
        while before and before[-1].key in self.demonstratives:
            before.pop()
        return bool(before) and before[-1].kind == "word" and before[-1].key in self.topic_prepositions

    def _relative_clause_start(self, sentence_start: int, trig: Item) -> int | None:
        """Where a relative clause closed by a comma before the trigger opens (", who ...,"), if any."""
        text = self.doc.text[sentence_start:trig.order].lower().replace("،", ",")
        opening = max((text.rfind(f", {r} ") for r in self.relative_pronouns), default=-1)
        if opening < 0 or "," not in text[opening + 2:]:
            return None
        return sentence_start + opening

    def _distributive(self, items: list[Item], trig: Item) -> bool:
        """"each" (``distributives``) among the few words before the trigger: one act per subject."""
        before = " " + " ".join(it.key for it in items if it.end <= trig.start)[-30:] + " "
        return any(f" {d} " in before for d in self.distributives)

    def _separately(self, items: list[Item], trig: Item) -> bool:
        """A word of separateness (``separately``: "separate", "على حدة", "جداگانه") in the trigger or among
        the three words before or after it: a contact held with each party on its own."""
        words = [it for it in items if it.kind == "word"]
        before = [it.key for it in words if it.end <= trig.start][-3:]
        after = [it.key for it in words if it.start >= trig.end][:3]
        near = " " + " ".join(before + [trig.key] + after) + " "  # the trigger too: "separate meetings"
        return any(f" {w} " in near for w in self.separately)

    def honorific_referent(self, honorific: str, before: int) -> Actor | None:
        """The official named most often before ``before`` right after an honorific cue containing
        ``honorific`` ("صاحب السمو الأمير فيصل" for "سموه"); of those named as often, the latest."""
        counts: Counter[str] = Counter()
        latest: dict[str, Actor] = {}
        for items, actors in zip(self.doc.items, self.actors.per_sentence):
            marks = [it.end for it in items if it.kind == "cue" and it.table == "honorifics"
                     and honorific in it.key and it.end <= before]
            for a in actors:
                # Named, not a post alone ("سمو وزير الخارجية" may stand for anyone of that post).
                named = any(a.start <= it.start and it.end <= a.end and (it.kind == "word" or it.entity_kind == "person")
                            for it in items)
                # Right after the honorific, or after a post between ("صاحب السمو أمير البلاد الشيخ مشعل").
                if named and a.kind == "person" and a.person and a.start < before \
                        and any(0 <= a.start - end <= 2 or a.start <= end <= a.end
                                or 0 <= a.start - end and self._only_posts_between(items, end, a.start)
                                and not self._opens_with_post(items, a) for end in marks):
                    counts[a.person] += 1
                    latest[a.person] = a
        if not counts:
            return None
        return max(latest.values(), key=lambda a: (counts[a.person or ""], a.start))

    @staticmethod
    def _only_posts_between(items: list[Item], start: int, end: int) -> bool:
        """Between two offsets stand one to three items, all posts or the wire's words for its own country
        ("أمير البلاد")."""
        between = [it for it in items if start <= it.start and it.end <= end]
        return 1 <= len(between) <= 3 and all(
            it.kind == "cue" and it.table in ("titles", "ranks", "honorifics") or it.kind == "word" for it in between) \
            and any(it.kind == "cue" and it.table == "titles" for it in between)

    @staticmethod
    def _opens_with_post(items: list[Item], a: Actor) -> bool:
        """The actor's phrase opens with a post of its own ("سمو وزير الخارجية وزير الخارجية السوري": the
        honorific's post is another official's)."""
        first = next((it for it in items if it.start >= a.start), None)
        return first is not None and first.kind == "cue" and first.table == "titles"

    def _persons_of_state(self, state: str) -> list[str]:
        return [p.key for p in self.actors.persons.values() if p.country == state]

    def _pronoun_before(self, items: list[Item], trig: Item) -> bool:
        """A subject pronoun right before the trigger ("he also condemned")."""
        words = [it for it in items if it.end <= trig.start][-3:]
        for it in reversed(words):
            key = it.key
            if key in self.pronouns:
                return True
            if it.kind != "word" or key not in self.adverbs:
                return False
        return False

    def _official_apart_from_sport(self, items: list[Item], actors: list[Actor], trig: Item) -> bool:
        """The trigger's clause (:meth:`_clause_span`) names an official and no sport."""
        start, end = self._clause_span(items, trig)
        inside = [it for it in items if it.start >= start and it.end <= end]
        return not self._sport(self._beside_officials(inside, actors)) and any(
            a.kind == "person" and a.start >= start and a.end <= end for a in actors)

    @staticmethod
    def _beside_officials(items: list[Item], actors: list[Actor]) -> list[str]:
        """The keys of ``items`` but a word right after an official's phrase ("الرئيس اللبناني المنتخب":
        elected, not the national team)."""
        ends = official_ends(actors)
        return [it.key for it in items if it.start not in ends]

    def _sport(self, keys: list[str]) -> bool:
        """Words of sport among ``keys`` (a sentence's words), one word or two."""
        return not self.sport.isdisjoint(keys) or not self.sport.isdisjoint(map(" ".join, zip(keys, keys[1:])))

    def _victims(self, items: list[Item], hostile_at: list[int]) -> set[int]:
        """Start offsets of the states struck by a hostile act: named right after the act and a
        preposition of its object ("the attack on Doha", "الهجوم على الدوحة", "حمله به بیروت")."""
        out: set[int] = set()
        for i in hostile_at:
            # The preposition may follow the act's modifiers and author: "حملات هوایی رژیم صهیونیستی به
            # حومه دمشق", "the Israeli air strikes on Damascus".
            for j in range(i + 1, min(i + 6, len(items) - 1)):
                if items[j].key in self.victim_markers:
                    victim = next((x for x in items[j + 1:j + 3] if x.is_state or x.entity_kind == "place"), None)
                    if victim is not None:
                        out.add(victim.start)
                    break
        for i in hostile_at:
            # "an attack on a convoy in western Mali", "الهجوم في شمال مالي": where the act happened was struck.
            for j in range(i + 1, min(i + 12, len(items) - 1)):
                if items[j].kind == "punct" and items[j].text in CLAUSE_PUNCTUATION:
                    break
                if items[j].key in self.locatives:
                    place = next((x for x in items[j + 1:j + 3] if x.kind != "word" or x.key not in self.place_modifiers),
                                 None)
                    if place is not None and (place.is_state or place.entity_kind == "place"):
                        out.add(place.start)
                    break
        # "the terrorist attack that targeted a mosque in Pakistan": an act of terrorists strikes every
        # state the sentence names after it, unless one is its author ("the Israeli terrorist attack").
        terror_acts = [i for i in hostile_at if any(x.key in self.terror_words
                                                    for x in items[max(0, i - 2):i + 3])]
        if terror_acts:
            first = min(items[i].start for i in terror_acts)
            authors = {a for a in (self._antagonist(items, [], terror_acts),) if a}
            out |= {it.start for it in items if it.start > first and it.is_state and it.value not in authors}
            out |= {it.start for it in items if it.start > first and it.entity_kind == "place"
                    and (self.ref.places.get(it.value) is None or self.ref.places[it.value].country not in authors)}
        return out

    def _pair_call(self, etype: str, subject: Actor | None) -> EventFact | None:
        """The phone call that "the two ministers also discussed transit" belongs to: a meeting trigger whose
        subject is the pair, when the pair's last contact in the article was a call (None otherwise)."""
        if etype != "meeting" or subject is None or subject.kind not in PAIR_KINDS:
            return None
        pair = set(self._resolve(subject).states)
        last = next((e for e in reversed(self.discourse.made) if e.type in self.contact_types
                     and set(e.participants) == pair), None)
        called = last is not None and last.type == "other" and f"trigger-note:{Note.CALL}" in last.rules
        return last if called else None

    def _after_place_preposition(self, items: list[Item], actor: Actor | Item) -> bool:
        """A preposition of place ("به", "إلى", "to") is written right before ``actor``, alone or at the end of
        a trigger."""
        preceding = [it for it in items if it.end <= actor.start][-1:]
        # The preposition may end a trigger ("will travel to Vienna").
        return bool(preceding) and preceding[0].key.split()[-1] in self.place_prepositions

    def _in_destination_list(self, items: list[Item], actor: Actor, trig: Item) -> bool:
        """``actor`` stands in a list after the last preposition of place before the trigger ("به ریاض، دوحه،
        بغداد و مسقط سفر کرده"): a destination, with the places listed after that preposition."""
        marks = [it.end for it in items if it.end <= actor.start and it.key.split()[-1] in self.place_prepositions]
        if not marks:
            return False
        between = [it for it in items if marks[-1] <= it.start and it.end <= actor.start]
        return all(it.kind in ("entity", "punct") or it.key in self.conjunctions for it in between)

    def _marked_object(self, actor: Actor) -> bool:
        """The object marker ("را") follows ``actor`` right away: it is the verb's object."""
        if not self.object_marker:
            return False
        following = self.doc.text[actor.end:actor.end + 12].split()
        return bool(following) and match_key(following[0]) == self.object_marker

    def _after_object_preposition(self, items: list[Item], actor: Actor) -> bool:
        """One of the two words right before ``actor`` is a preposition that governs an object (``from_words``,
        ``with_words``, ``victim_markers``: "از کشورهای ایران", "با قطر", "به ترکیه"): a list it opens is
        no subject. Not after the noun of an act, whose author it is ("از تصمیم اسپانیا، ایرلند و نروژ")."""
        before = [it for it in items if it.end <= actor.start][-2:]
        if before and (before[-1].key in self.decisions or before[-1].key in self.hostile):
            return False
        governing = self.from_words | self.with_words | self.victim_markers
        return any(it.kind == "word" and it.key in governing for it in before)

    def _sided_with(self, items: list[Item], actors: list[Actor]) -> set[int]:
        """Start offsets of the actors named within three words after a word of solidarity or sympathy
        (``solidarity_words``: "solidarity with Mali", "تضامنها مع", "همبستگی با")."""
        marks = [it.end for it in items if it.key in self.solidarity]
        if not marks:
            return set()
        return {a.start for a in actors if any(
            0 <= a.start - end and len(gap_words(self.doc.text, end, a.start)) <= 3 for end in marks)}

    def _hostile_positions(self, items: list[Item]) -> list[int]:
        hostile = self.hostile
        # A word's key holds no space; a cue's may ("تحریم‌های جدید"): its first word is the noun.
        # Most sentences name no hostile act: one set test says so without a step per word.
        if hostile.isdisjoint(map(_key, items)) and not any(
                " " in it.key and it.key.split()[0] in hostile for it in items if it.kind == "cue"):
            return []
        return [i for i, it in enumerate(items) if (it.kind == "word" and it.key in hostile) or
                (it.kind == "cue" and self._is_hostile(it.key))]

    def _antagonist(self, items: list[Item], actors: list[Actor], hostile_at: list[int] | None = None) -> str | None:
        """The state named next to a hostile act ("الاعتداء الإسرائيلي", "Israel's strike", "the
        Israeli attack"): right after the noun in Arabic and Persian, right before it in English."""
        for i in (self._hostile_positions(items) if hostile_at is None else hostile_at):
            if self.modifier_first:
                j = i - 1
                if j >= 2 and items[j].kind == "word" and items[j].text.islower() and items[j].text != "s" \
                        and not items[j - 1].text == "'":
                    j -= 1  # one modifier between: "Israel's air strike", "Russian missile attack"
                if j >= 1 and items[j].text == "s" and items[j - 1].text == "'":
                    j -= 2
                if j >= 0 and items[j].is_state:
                    return items[j].value
            elif i + 1 < len(items) and items[i + 1].is_state:
                return items[i + 1].value
            elif i + 2 < len(items) and items[i + 2].is_state and items[i + 1].kind == "word" \
                    and items[i + 1].key not in self.stopwords:
                return items[i + 2].value  # "الاعتداءات المتكررة الإسرائيلية": one modifier between
            elif i >= 1 and items[i - 1].is_state and not any(
                    x.kind == "cue" and x.table == "triggers" for x in items[:i - 1]):
                return items[i - 1].value  # "شنت الولايات المتحدة ضربات": the subject struck
            elif self.verb_final and i + 1 < len(items) and items[i + 1].key in self.light_verbs:
                # "رژیم صهیونیستی به دوحه حمله کرد": the verb's subject, first in its clause, struck.
                first = next((x for x in items[:i] if x.is_state), None)
                if first is not None and not self._after_place_preposition(items, first):
                    return first.value
        return None

    def _hostile_authors(self, items: list[Item], hostile_at: list[int]) -> set[int]:
        """Start offsets of the states named as authors of a hostile act, with those listed beside
        them ("Israeli and US strikes", "حملات رژیم صهیونیستی و آمریکا")."""
        out: set[int] = set()
        for i in hostile_at:
            step = -1 if self.modifier_first else 1
            j = i + step
            if 0 <= j < len(items) and items[j].kind == "word" and items[j].key not in self.stopwords \
                    and 0 <= j + step < len(items) and (items[j + step].is_state or items[j + step].text == "s"):
                j += step  # one modifier between: "حملات اخیر رژیم صهیونیستی", "Israel's air strike"
            while 0 <= j < len(items):
                cur = items[j]
                if cur.is_state:
                    out.add(cur.start)
                elif not (cur.kind == "word" and (cur.key in self.conjunctions or cur.text in ("'", "s"))
                          or cur.kind == "punct" and cur.text in ",،'"):
                    break
                j += step
        return out

    def _several_envoys(self, items: list[Item]) -> bool:
        """The sentence speaks of several envoys: a plural ("the new ambassadors", "سفرای"), a dual,
        or two envoy posts."""
        posts = sum(1 for it in items if it.kind == "cue" and it.table == "titles" and it.value in ENVOY_ROLES)
        return posts >= 2 or any(it.key in self.envoy_plurals for it in items)

    def _credentials_batch(self, actors: list[Actor]) -> list[tuple[str, str]]:
        """(sending state, host) for each envoy of a ceremony where several present credentials.

        The host is the state of the official who receives them (not an envoy), else the host of an
        earlier ceremony in the article, else the article's home or main state; every other state
        named in the sentence sends an envoy ("the ambassadors of Italy, Qatar and Brazil", "the
        ambassador of Norway, the ambassador of Peru and the high commissioner of Tanzania")."""
        def role(a: Actor) -> str | None:
            p = self.actors.persons.get(a.person) if a.person else None
            return p.role if p else None

        receivers = [a.states[0] for a in actors if a.kind == "person" and a.states and a.person
                     and role(a) not in ENVOY_ROLES]
        host = receivers[0] if receivers else (self.discourse.credentials_host or self.doc.lexicon.setting("home_state")
                                               or next(iter(self.actors.main_states), None))
        envoys = list(dict.fromkeys(a.states[0] for a in actors if not a.topic and a.states
                                    and a.start not in self.discourse.hostile_authors_here
                                    and a.kind in ("state", "capital", "person") and a.states[0] != host))
        if host is None or len(envoys) < 2:
            return []
        self.discourse.credentials_received_by(host)
        return [(st, host) for st in envoys]

    def _implied_place(self, parties: list[str]) -> str | None:
        """Where talks between ``parties`` happened when the sentence does not say: the city of a
        visit between them, else the dateline city when it lies in one of their states."""
        for host, place in self.discourse.visit_hosts:
            if host in parties and place:
                return place
        dateline = self.ref.places.get(self.doc.dateline_place or "")
        if dateline and dateline.country in parties:
            return dateline.id
        return None

    def _evidence(self, start: int, end: int, confidence: float) -> Evidence:
        o_start, o_end, quote = self.doc.original(start, end)
        return Evidence(self.doc.article.id, o_start, o_end, quote, EXTRACTOR, self.version, confidence)

    def _places(self, items: list[Item], after: int = -1) -> list[str]:
        return [it.value for it in items if it.kind == "entity" and it.entity_kind == "place" and it.start > after]

    def _count(self, items: list[Item], trigger: Item, kinds: tuple[str, ...]) -> int | None:
        nouns = [it for it in items if it.kind == "cue" and it.table == "documents"
                 and it.value.split("|")[0] in kinds]
        if not nouns:
            return None
        nouns.sort(key=lambda it: (it.start < trigger.start, abs(it.start - trigger.end)))
        noun = nouns[0]
        parts = noun.value.split("|")
        if len(parts) > 1 and parts[1]:
            return int(parts[1])  # a dual: "مذكرتي تفاهم" is two memoranda
        before = [it for it in items if it.end <= noun.start]
        words = [it.text for it in before[-4:] if it.kind in ("word", "cue")]
        value = self.numbers.value_before(words)
        if value is None:
            number_cues = [it for it in before[-3:] if it.kind == "cue" and it.table == "numbers"]
            if number_cues:
                value = int(number_cues[-1].value)
        return value

    def _explicit_dates(self, s_start: int, s_end: int) -> list:
        """The dates written out in a sentence, read once."""
        if (s_start, s_end) not in self._dates_in:
            anchor = self.doc.article_date
            self._dates_in[(s_start, s_end)] = self.dates.find(self._lowered, s_start, s_end,
                                                               default_year=anchor.year if anchor else None)
        return self._dates_in[(s_start, s_end)]

    def _date(self, s_start: int, s_end: int, keys: list[str], planned: bool) -> dt.date | None:
        written = self._explicit_dates(s_start, s_end)
        # The dateline's date ("ANKARA, Dec. 12, 2024 (AA) - ... late on Wednesday") dates the wire; a
        # day word in the same sentence dates the act.
        found = [f for f in written if not self._in_dateline(f.start)]
        if found:
            return found[0].date
        return self.dates.relative_day(keys, self.doc.article_date, future=planned) or (
            written[0].date if written else None)

    def sentence_number(self, it: Item) -> int:
        """The number of the sentence ``it`` is in."""
        return self.sentence_number_at(it.start)

    def sentence_number_at(self, offset: int) -> int:
        """The number of the sentence the text offset ``offset`` is in."""
        return self.doc.sentences[max(0, bisect_right(self._sentence_starts, offset) - 1)].number

    def _subject_besides(self, parties: list[Actor], filed_from: Actor, trig: Item) -> bool:
        """Another party with a state stands before the trigger, or right after it where the verb comes first."""
        after = [a for a in parties if a.start >= trig.end]
        return any(a is not filed_from and a.states and a.end <= trig.start for a in parties) or (
            self.verb_first and bool(after) and bool(after[0].states))

    def _is_dateline(self, a: Actor) -> bool:
        """``a`` is the dateline's city, as the wire names where it was filed."""
        return a.kind == "capital" and self.doc.dateline_place is not None and self._in_dateline(a.start) \
            and not self.doc.text[self.doc.text.rfind("\n", 0, a.start) + 1:a.start].strip()

    def _in_dateline(self, position: int) -> bool:
        """``position`` lies in the head of one of the article's first lines, where the dateline is."""
        return any(start <= position < start + DATELINE_REACH for start, _ in self.doc.spans[:3])

    # ------------------------------------------------------------------ main
    def find(self) -> list[EventFact]:
        events: list[EventFact] = []
        talk_topics: list[str] = []
        order = list(zip(self.doc.sentences, self.doc.items, self.actors.per_sentence))
        if self.doc.headline is not None:
            # The headline sums the story up; read it last, so that what it says joins the facts the
            # body reports (a summit's parties, a meeting's place) rather than opening them.
            order.append(order.pop(self.doc.headline))
            # Its hostile act ("Israeli strike on Doha") still tells whom the body's "the strike" means.
            self.discourse.hostile_act_by(self._antagonist(order[-1][1], order[-1][2]), replace=True)
        previous_items: list[Item] | None = None
        for s, items, actors in order:
            sent, topics = self._sentence(s, items, actors, previous_items)
            previous_items = items
            found: list[EventFact] = []
            if sent is not None:
                for trig in sent.triggers:
                    self._trigger(sent, trig, events)
                found = sent.found
            if found:
                events.extend(found)
            if not found or all(e.type in self.talk_types for e in found):
                talk_topics.extend(topics)
            # Who is speaking now: the sentence's subject, or the other party after "for his part".
            switch = next((a for a in actors if a.kind == "speaker-switch"), None)
            if switch is not None:
                self.discourse.now_speaking(self._resolve(switch).person)
            else:
                acted = sent.subject_person if sent is not None else None
                self.discourse.now_speaking(acted or next((a.person for a in actors if a.person), None))
        # Wires date the act once, in the lead ("on Tuesday", "اليوم الأحد"); later sentences about
        # the same occasion do not repeat it.
        lead_date = next((ev.date for ev in events if ev.date and ev.status == "occurred"), None)
        if lead_date:
            for ev in events:
                if ev.date is None and ev.status == "occurred":
                    ev.date = lead_date
        return self._merge(events, talk_topics)

    def _sentence(self, s: Sentence, items: list[Item], actors: list[Actor],
                  previous_items: list[Item] | None) -> tuple[SentenceState | None, list[str]]:
        """The sentence as the trigger rules read it (None when no trigger may make an event in it), and
        its topics."""
        cues: dict[str, list[Item]] = {}
        for it in items:
            if it.kind == "cue":
                cues.setdefault(it.table or "", []).append(it)
        triggers = cues.get("triggers", [])
        modality = cues.get("modality", [])
        if triggers and (any(m.value == "background" for m in modality) or self._long_ago(s)):
            # "Norway has long hosted talks", "Slovenia, which joined the EU in 2004": a habit or the
            # past, not news.
            triggers = []
        keys = [it.key for it in items] if triggers else []
        contact = any(trigger_parts(t)[0] in self.contact_types for t in triggers)
        if contact and self._sport(self._beside_officials(items, actors)):
            # A match, a tournament: "Iran met Thailand in a friendly" is no diplomacy. An official's act
            # may stand in another clause than the match: "the prime minister arrived on Saturday ..., and
            # attended the opening of the Gulf Cup".
            triggers = [t for t in triggers if trigger_parts(t)[0] not in self.contact_types
                        or self._official_apart_from_sport(items, actors, t)]
        elif contact and previous_items is not None and not any(a.kind == "person" for a in actors) \
                and self._sport([it.key for it in previous_items]):
            # "the two sides will meet again" after a sentence about the match, when no official acts.
            triggers = [t for t in triggers if trigger_parts(t)[0] not in self.contact_types]
        hostile_at = self._hostile_positions(items)
        hostile_authors = self._hostile_authors(items, hostile_at)
        self.discourse.sentence_authors(hostile_authors)
        self.discourse.hostile_act_by(self._antagonist(items, actors, hostile_at))
        topics = [it.value for it in cues.get("topics", ())]
        if not triggers:
            return None, topics
        return SentenceState(
            s, items, actors, cues, topics, triggers, cues.get("negation", []),
            [m for m in modality if m.value == "planned"], keys, not self.generic_determiners.isdisjoint(keys),
            hostile_at, hostile_authors,
            # Talks held during a phone call are the call, not a meeting.
            in_call=any(trigger_parts(t)[2] == Note.CALL for t in triggers),
            # "the meeting of the Council of Heads of State": the meeting is the summit (but one "on the
            # sidelines of this summit" is a meeting of its own, and "attended by" names no summit).
            in_summit=any(trigger_parts(t)[0] == "summit" and trigger_parts(t)[2] != Note.ATTENDANCE
                          and not self._on_sidelines(items, t) for t in triggers),
            # "received the credentials of the new ambassadors": a ceremony, not a meeting.
            in_ceremony=any(trigger_parts(t)[2] == Note.CREDENTIALS for t in triggers)), topics

    def _trigger(self, sent: SentenceState, trig: Item, events: list[EventFact]) -> None:
        """The events one trigger makes, added to its sentence's."""
        etype, status, note = trigger_parts(trig)
        if self._blocked(sent, trig, etype) or self._refers_back(sent, trig, etype, note, events):
            return
        planned = status == "planned" or any(m.start <= trig.start for m in sent.modality)
        # A second trigger of a kind repeats the first ("talks ... discussed"), except for acts several
        # states perform in one sentence ("Saudi Arabia condemned ..., Kuwait denounced") and for a
        # planned one after a held one ("the talks ... agreed to hold the next meeting").
        if (etype, planned) in sent.seen_types and etype not in self.group_types \
                and not self._clause_of_its_own(sent, trig, (etype, planned)):
            return
        if (etype, planned) not in sent.kind_clause:
            sent.kind_clause[(etype, planned)] = self._clause_span(sent.items, trig)[0]
        if not self._note_met(sent, trig, note) or any(0 <= trig.start - n.end <= 12 for n in sent.negations):
            return
        parties = [a for a in sent.actors if not a.topic]
        filed_from = next((a for a in parties if self._is_dateline(a)), None)
        if filed_from is not None and self._subject_besides(parties, filed_from, trig):
            # "باريس (أ ف ب) - وأدانت فرنسا وألمانيا ...": the city a wire is filed from is no party when
            # the clause names who acts (it stands for an official it does not name: "طهران - أدان المتحدث").
            parties = [a for a in parties if a is not filed_from]
        clause_cut = False
        if etype in self.symmetric_types and "own-clause" not in self.disabled:
            # "X held talks with Y ..., while Z met W": the parties of a meeting, summit or signing are
            # those of its own clause, when it names two states ("..., where he met the prime minister"
            # goes on with the sentence's visitor).
            start, end = self._clause_span(sent.items, trig)
            in_clause = [a for a in parties if a.start >= start and a.end <= end]
            clause_cut = len(in_clause) < len(parties) and len(
                {st for a in in_clause for st in self._resolve(a).states}) >= 2
            if clause_cut:
                parties = in_clause
        if etype not in self.contact_types:
            # A place is where a visit goes, not whom a statement or a sanction is about.
            parties = [a for a in parties if not a.place]
        if etype == "statement_criticism" and sent.hostile_at:
            # "condemned the attack on Doha": the victim of the act condemned is not its target.
            sent.struck = self._victims(sent.items, sent.hostile_at)
            parties = [a for a in parties if a.start not in sent.struck]
        if etype == "statement_criticism":
            # "وأعربت عن تضامنها مع جمهورية مالي": the state one stands with is not the one condemned
            # (it may still be the one who condemns).
            sent.sided = self._sided_with(sent.items, sent.actors)
        if etype in self.contact_types:
            # "حملات رژیم صهیونیستی و آمریکا": the authors of an attack are not at the table.
            parties = [a for a in parties if a.start not in sent.hostile_authors]
        received = etype in ("other", "congratulation") and any(
            it.key in self.reception for it in sent.items if it.end <= trig.start)
        if received and self._from_senders(sent, trig, etype, parties, planned):
            return
        subj = self._subject(sent, trig, note, parties, received)
        if subj.nobody:
            return
        call = None if planned or sent.modality else self._pair_call(etype, subj.actor)
        subject = self._resolve(subj.actor)
        made, subject_rule = self._make_for_subjects(sent, trig, etype, parties, subj, subject)
        if call is not None:
            # The talks are the call's: those who spoke in them spoke on it.
            call.persons += [p for ev in made for p in ev.persons if p not in call.persons]
            return
        self._trace(made, trig, subject_rule)
        if clause_cut:
            for ev in made:
                ev.rules.append("parties:own-clause")
        statement = self._signed_statement(sent, made) \
            if etype == "agreement" and "statement-signatories" not in self.disabled else None
        self._finish(made, etype, sent, planned)
        if statement is not None:
            self._signatories_join(statement, made[0], trig, sent, planned)
        if subject.person:
            sent.subject_person = subject.person
        sent.previous = (trig, subj.actor)

    def _signed_statement(self, sent: SentenceState, made: list[EventFact]) -> EventFact | None:
        """The statement reported before that this signing refers back to ("این بیانیه را وزیران خارجه
        ... امضا کرده‌اند", "the statement was signed by the foreign ministers of ..."): a demonstrative
        before the document's noun, and the last statement with a target the article reported."""
        if not made or len(made[0].participants) < 2:
            return None
        items = sent.items
        if not any(it.kind == "cue" and it.table == "documents" and n > 0 and items[n - 1].key in self.anaphoric
                   for n, it in enumerate(items)):
            return None
        return next((e for e in reversed(self.discourse.made) if e.type in self.statement_types and e.target), None)

    def _signatories_join(self, statement: EventFact, signing: EventFact, trig: Item, sent: SentenceState,
                          planned: bool) -> None:
        """Each signatory of a statement makes its praise or criticism (one act per actor)."""
        copies = [EventFact(statement.type, [st], self._placeholder, target=statement.target)
                  for st in signing.participants if st != statement.target]
        self._trace(copies, trig, "parties:statement-signatories")
        self._finish(copies, statement.type, sent, planned)

    def _blocked(self, sent: SentenceState, trig: Item, etype: str) -> bool:
        """A guard, or the sentence, shows that the trigger reports no act of its own."""
        if (sent.in_call or sent.in_summit or sent.in_ceremony) and etype == "meeting":
            return True
        if etype == "summit" and self._on_sidelines(sent.items, trig):
            return True  # "on the sidelines of the summit, X met Y": the summit is where the meeting was
        view = TriggerView(self.doc, sent.items, trig, etype, sent.actors, sent.span.start,
                           self.clause_openers, self.pronouns, self.generic_determiners,
                           self.verb_final, sent.cues, sent.generic, self.with_words)
        if blocking_guard(view, self.disabled) is not None:
            return True
        if etype in self.judged_types and self._named_as_topic(sent.items, trig):
            return True  # "a statement on the recognition of", "called for sanctions", "in recognition of"
        # "condemned the sanctions": the act is what is judged, reported elsewhere.
        return etype in self.judged_types and any(
            trigger_parts(t)[0] in self.statement_types and t.end <= trig.start
            and (self._only_determiners(t.end, trig.order)
                 or self.verb_first and self._definite(trig.key)) for t in sent.triggers)

    def _refers_back(self, sent: SentenceState, trig: Item, etype: str, note: str, events: list[EventFact]) -> bool:
        """The trigger names an occasion already reported ("during the visit", "this summit"); the
        parties named at a summit reported before join it."""
        # "the next summit", "القمة المقبلة" (a planned trigger) is another summit, not the one reported.
        earlier_summit = next((e for e in reversed(events) if e.type == "summit"), None) \
            if etype == "summit" and trigger_parts(trig)[1] != "planned" else None
        back_reference = etype in self.contact_types and (
            self._back_reference(sent.items, trig) or note == Note.ATTENDANCE
            # "The summit, held under...": only determiners before it.
            or earlier_summit is not None and self._only_determiners(sent.span.start, trig.order))
        if etype in ("visit", "meeting") and not back_reference and self._definite_noun(sent.items, trig):
            # "Bourita said the visit opens a new chapter", "Riyadh welcomed the results of the visit": the visit
            # already reported, unless the sentence names two states it did not involve ("the talks between A
            # and B" of another pair are news).
            reported = {st for e in events if e.type == etype and e.status == "occurred" for st in e.participants}
            named = {st for a in sent.actors if not a.topic for st in self._resolve(a).states}
            back_reference = bool(reported) and len(named - reported) <= 1
        if etype == "summit" and back_reference and earlier_summit is None and note != Note.ATTENDANCE:
            back_reference = False  # "Erdogan attended the 11th Summit of the OTS": nothing to refer back to
        last_summit = earlier_summit if back_reference and "joined-earlier-summit" not in self.disabled else None
        if last_summit is not None:
            # "the leaders of X and Y attended this summit": more parties of the one reported.
            present = [self._resolve(a) for a in sent.actors if not a.topic and a.start not in sent.hostile_authors]
            for ev in self._make(etype, trig, sent.items, self._resolve(None), present, [], sent.actors):
                last_summit.rules = list(dict.fromkeys(last_summit.rules + ["parties:joined-earlier-summit"]))
                last_summit.participants += [st for st in ev.participants if st not in last_summit.participants]
                last_summit.persons += [p for p in ev.persons if p not in last_summit.persons]
        return back_reference

    def _definite_noun(self, items: list[Item], trig: Item) -> bool:
        """The trigger is a noun made definite: the article written onto it ("الزيارة") or "the" right before
        it ("the visit")."""
        if self.definite_prefix and match_key(self.doc.text[trig.order:trig.start]).endswith(self.definite_prefix):
            return True  # the matcher leaves the article (and "و" before it) out of the trigger's span
        before = [it for it in items if it.end <= trig.order][-1:]
        return bool(before) and before[0].key in self.demonstratives and " " not in trig.key

    def _note_met(self, sent: SentenceState, trig: Item, note: str) -> bool:
        """The sentence has what the trigger's note asks for (:mod:`kg.extract.notes`)."""
        if note == Note.NEEDS_DOCUMENT:
            return any(it.kind == "cue" and it.table == "documents" for it in sent.items)
        if note == Note.HOSTILE_OBJECT:
            # "called the raid an authoritarian act" judges; "called the minister" does not.
            return self._hostile_object(sent.items, trig, anywhere=True)
        if note == Note.PERSON_OBJECT:
            # "called on Mr. X" pays a visit; "called on governments to act" urges.
            return any(a.kind in ("person", "counterpart") and 0 <= a.start - trig.end <= 2 for a in sent.actors)
        if note == Note.NEEDS_PERSON:
            return any(a.kind in PERSON_KINDS for a in sent.actors)
        if note == Note.CONDOLENCE:
            # "called on the prime minister and conveyed condolences": the meeting is the act.
            return not any(t is not trig and trigger_parts(t)[0] in self.contact_types
                           and trigger_parts(t)[2] != Note.CONDOLENCE for t in sent.triggers)
        if note == Note.AMID_CONGRATULATIONS:
            # "a cable of congratulations", "برقية تهنئة": the sentence's own congratulation word reports it.
            return self._congratulating and not any(
                trigger_parts(t)[0] == "congratulation" and trigger_parts(t)[2] != Note.AMID_CONGRATULATIONS
                for t in sent.triggers)
        return True

    @cached_property
    def _congratulating(self) -> bool:
        """The article congratulates: a congratulation trigger other than a bare message is in it."""
        return any(it.kind == "cue" and it.table == "triggers" and trigger_parts(it)[0] == "congratulation"
                   and trigger_parts(it)[2] != Note.AMID_CONGRATULATIONS for items in self.doc.items for it in items)

    def _from_senders(self, sent: SentenceState, trig: Item, etype: str, parties: list[Actor],
                      planned: bool) -> bool:
        """Acts received ("received cables from X and from Y", "تلقى معاليه اتصالاً من"): the senders act
        on the receiver. True when the trigger is read so."""
        before = [a for a in parties if a.end <= trig.start]
        senders = self._senders(sent.items, [a for a in parties if a.start >= trig.end])
        if len(senders) > 1:
            # "received cables from X and from Y": one act per sender, all to the receiver (named, or the
            # speaker: "تلقى سموه").
            receiver = self._resolve(before[-1]) if before else self._main_person()
            made = [ev for sender in senders
                    for ev in self._make(etype, trig, sent.items, self._resolve(sender), [receiver], [receiver],
                                         parties)]
            rule = "subject:each-sender"
        elif len(senders) == 1 and not before and etype == "other":
            # "تلقى معاليه اتصالاً من ...": the receiver is the article's official; "the two countries" in
            # the same sentence are the caller's and his.
            made = self._make(etype, trig, sent.items, self._resolve(senders[0]), [self._main_person()],
                              [self._main_person()], parties)
            rule = "subject:sender-to-main-official"
        else:
            return False
        self._trace(made, trig, rule)
        self._finish(made, etype, sent, planned)
        return True

    def _subject(self, sent: SentenceState, trig: Item, note: str, parties: list[Actor],
                 received: bool) -> Subject:
        """The subject of a trigger (None: the current speaker), the rule that found it, and the actors
        before and after the trigger that remain objects (:mod:`kg.extract.subjects`)."""
        before = [a for a in parties if a.end <= trig.start]
        after = [a for a in parties if a.start >= trig.end]
        clause = Clause(sent.items, sent.span.start, sent.previous, trig, note, received)
        start = Subject(None, "", before, after)
        for rule in self._picks:
            picked = rule.find(self, clause, start)
            if picked is not None:
                return picked
        subject = self._nearest_subject(trig, before, after)
        for rule in self._adjusts:
            adjusted = rule.find(self, clause, subject)
            if adjusted is not None:
                subject = adjusted
        return subject

    @staticmethod
    def _nearest_subject(trig: Item, before: list[Actor], after: list[Actor]) -> Subject:
        """The default subject: the actor just before the trigger, else the first after it, else the speaker."""
        if before and trig.start - before[-1].end < NEAR_SUBJECT:
            return Subject(before[-1], "subject:nearest-before", before, after)
        if after:
            return Subject(after[0], "subject:first-after", before, after)
        return Subject(None, "subject:speaker", before, after)

    def _make_for_subjects(self, sent: SentenceState, trig: Item, etype: str, parties: list[Actor], subj: Subject,
                           subject: Resolved) -> tuple[list[EventFact], str]:
        """The events of a trigger, and the rule that found their subjects: one act per member when
        several subjects each act ("Spain, Ireland and Norway recognised", "the two ministers condemned")."""
        items, before, subject_actor = sent.items, subj.before, subj.actor
        others = [self._resolve(a) for a in parties if a is not subject_actor and a.start not in sent.sided]
        # Objects in the order written, topics included: "sanctions on Russia" names its target after a
        # preposition.
        objects = sorted(subj.after + [a for a in sent.actors if a.topic and a.start >= trig.end
                                       and (etype in self.contact_types or not a.place)
                                       and a.start not in sent.struck], key=lambda a: a.start)
        after_r = [self._resolve(a) for a in objects if a is not subject_actor and a.start not in sent.sided]
        # Acts several states perform each on their own: condemnations, recognitions...; and contacts
        # held "each" ("Aliyev and Pashinyan each held talks with Trump").
        # Visits too: "Qatar's emir and the Saudi crown prince arrived in Kuwait" are two visits.
        per_member = etype in self.group_types or etype == "visit" or (
            etype in self.contact_types and self._distributive(items, trig))
        group = self._subject_group(before, ("state", "capital", "person")) \
            if per_member and subject_actor in before and not subj.shared else []
        if group and self.verb_final and subject_actor is before[0]:
            # Verb last: a list opening the clause acts member by member; one that ends before the object
            # marker is the object ("حملات رژیم صهیونیستی و آمریکا ... را محکوم کرد"), one right before the
            # verb the subject ("تهران و پکن محکوم کردند").
            opening = self._subject_group(before, ("state", "capital", "person"), forward=True)
            marked = len(opening) > 1 and self._marked_object(opening[-1])
            if marked:
                # "آمریکا ایران را تحریم کرد", "اسپانیا، ایرلند و نروژ فلسطین را به رسمیت شناختند": the last
                # before "را" is the object, not a fellow subject.
                opening = opening[:-1]
            if len(opening) > 1:
                group = opening
            elif marked:
                group = []
            elif etype == "visit" and group and self._in_destination_list(items, group[0], trig):
                group = []  # "به اتیوپی و سومالی سفر خواهد کرد": the list before the verb is where it goes
            elif self.object_marker and self.object_marker in gap_words(self.doc.text, group[-1].end, trig.order):
                group = []
            elif self._after_object_preposition(items, group[0]):
                group = []  # "از کشورهای ایران، پاکستان و چین تشکر کرد": those thanked, not those who thank
        if per_member and not group and self.verb_first and subject_actor in subj.after and not subj.shared:
            # Verb first: "وأدانت فرنسا وألمانيا والمملكة المتحدة ...": the list right after the verb acts.
            group = self._listed_from(subj.after, subject_actor)
        group = [a for a in group if a.states]
        pair = self._resolve(subject_actor).states if subject_actor is not None \
            and subject_actor.kind in PAIR_KINDS else []
        if per_member and subject_actor is not None and subject_actor.kind == "group" and subject_actor.states:
            # "the three countries recognised...": one act per state.
            return [ev for st in subject_actor.states
                    for ev in self._make(etype, trig, items, Resolved([st], None, None), others, after_r, parties)
                    ], "subject:each-of-group-reference"
        if per_member and len(pair) == 2:
            # "وأدان الوزيران ...", "the two ministers condemned": one act per state.
            return [ev for st in pair
                    for ev in self._make(etype, trig, items, Resolved([st], None, None), others, after_r, parties)
                    ], "subject:each-of-pair"
        if len(group) > 1:
            # "Spain, Ireland and Norway recognised...": one event per actor. The list's other members are
            # fellow subjects, never objects (a verb-final clause puts the whole list before the verb:
            # "اسپانیا، ایرلند و نروژ ... به رسمیت شناختن").
            objects_r = [r for r in after_r if r.actor not in group]
            # Nor is a fellow member the target of another's act ("France, Germany and the United Kingdom
            # condemned the transfers" aims at none of them).
            fellows = {st for a in group for st in a.states}
            made = [ev for member in group
                    for ev in self._make(etype, trig, items, self._resolve(member),
                                         [self._resolve(a) for a in parties if a not in group], objects_r, parties)]
            return self._away_from_fellows(made, fellows), "subject:each-of-list"
        return self._make(etype, trig, items, subject, others, after_r, parties), subj.rule

    def _make(self, etype: str, trig: Item, items: list[Item], subject: Resolved,
              others: list[Resolved], after: list[Resolved], actors: list[Actor]) -> list[EventFact]:
        """The events the makers (:mod:`kg.extract.makers`) make of one trigger with this subject."""
        places = self._places(items)
        place = places[0] if places else None
        place_state = self.ref.places[place].country if place and place in self.ref.places else None
        args = Args(etype, trig, trigger_parts(trig)[2], items, subject, others, after, actors, [subject, *others],
                    places, place, place_state)
        makers = self._makers.get(etype)
        if makers is None:
            makers = self._makers[etype] = makers_for(etype, self.disabled)
        return make_events(self, args, makers)

    def _merge(self, events: list[EventFact], talk_topics: list[str]) -> list[EventFact]:
        """One event per act: same type and parties in one article are one event."""
        merged: dict[tuple, EventFact] = {}
        for ev in events:
            parties = frozenset(ev.participants) | ({ev.target} if ev.target else set())
            key: tuple
            # A visit has a direction and a destination: Tehran->Dushanbe is not Dushanbe->Tehran.
            if ev.type == "visit":
                # "his first visit to the Kingdom" names no city: the visit already reported to one.
                place = ev.place if ev.place is not None else next(
                    (k[2] for k in merged if k[0] == "visit" and k[1] == tuple(ev.participants) and k[3] == ev.status),
                    None)
                key = (ev.type, tuple(ev.participants), place, ev.status)
                if key not in merged and (ev.type, tuple(ev.participants), None, ev.status) in merged:
                    key = (ev.type, tuple(ev.participants), None, ev.status)  # ... or reported before it
            else:
                key = (ev.type, parties, ev.target, ev.status)
            if key not in merged:
                merged[key] = ev
                continue
            kept = merged[key]
            kept.persons = list(dict.fromkeys(kept.persons + ev.persons))
            kept.rules = list(dict.fromkeys(kept.rules + ev.rules))
            kept.topics = list(dict.fromkeys(kept.topics + ev.topics))
            kept.place = kept.place or ev.place
            kept.date = kept.date or ev.date
            kept.count = kept.count if kept.count is not None else ev.count
            if ev.evidence.confidence > kept.evidence.confidence:
                # The act is as sure as its best report; that report is its evidence.
                kept.evidence, kept.features = ev.evidence, ev.features
        # A praise of "the two countries' ties" repeats a praise between them with a named target.
        directed = {(ev.type, frozenset(ev.participants) | {ev.target}, ev.status) for ev in merged.values()
                    if ev.target}
        out = [ev for ev in merged.values()
               if ev.target or (ev.type, frozenset(ev.participants), ev.status) not in directed]
        # "the summit convened amid...", "Kuwait hosts the summit": a summit already reported with
        # more parties.
        summits = [ev for ev in out if ev.type == "summit"]
        out = [ev for ev in out if ev.type != "summit" or not any(
            other is not ev and other.status == ev.status and set(ev.participants) < set(other.participants)
            for other in summits)]
        for ev in out:
            if ev.type == "meeting":
                ev.topics = list(dict.fromkeys(ev.topics + talk_topics))
        return out
