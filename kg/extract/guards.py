"""Guards: named checks that keep a trigger word from making an event when its sentence shows that
no state acts in it.

Most of a news feed is not diplomacy: crowds "denounce" with banners, a suspect "confesses" (the
Arabic اعترف is also "recognised"), a referee "sends off" (طرد, "expelled") a player, climbers reach
the "summit" (قمة) of a mountain, a chamber of commerce "refuses the invitation". Each guard names one
such construction of the language, reads its words from the lexicon of the article's language (so a
language is a folder of data, not code), and is a registered, named unit: ``kg rules`` lists them,
``Extractor(disabled=...)`` switches one off for an experiment, and every guard has a case file of
short examples in each language it applies to (``tests/cases/guards/<name>.tsv``), run by one test.

A guard sees one trigger in its sentence (:class:`TriggerView`) and answers whether it blocks it.
An event guard sees a finished event's parties: the one of them, one-state-only, is a backstop for
domestic politics, since the argument rules of ``EventFinder._make`` already pair two states almost
always (no development text reaches it, but texts written apart from the rules did).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..model import EventFact
from .actors import ENVOY_ROLES, Actor, official_ends
from ..normalise import match_key
from .document import Doc, Item

#: Heads of a subject noun phrase, as the non-state-subject guard ranks them.
NON_STATE, STATE, OFFICIAL = "non-state", "state", "official"
#: Cue tables whose forms name an official or a government body: a subject that is a state.
STATE_CUE_TABLES = ("titles", "bodies", "honorifics")
#: Punctuation that closes a clause: a cue of modality does not reach a trigger past one.
CLAUSE_PUNCTUATION = frozenset(",،;؛:.!?؟")
#: How far (in characters) after a noun trigger its agent may stand ("سفر قریب‌الوقوع یک هیئت پارلمانی").
NOUN_AGENT_REACH = 40
#: How far (in characters) a modifier may stand before the noun it qualifies ("Tehran University students").
MODIFIER_REACH = 20
#: Marks after which a new clause opens: a semicolon, and a colon before what someone said ("he
#: added: «pilgrims from Pakistan travelled most»"). A quotation alone does not: students chanting
#: «death to ...» are still the ones chanting.
CLAUSE_OPENING_MARKS = frozenset({";", "؛", ":"})
#: Acts whose counterpart must be a state or an official too: one meets, signs with and congratulates
#: a state or its officials, not a team, a firm or a community ("congratulated the national relay team").
CONTACT_WITH_COUNTERPART = frozenset({"meeting", "agreement", "congratulation"})
#: How far after a verb-first trigger its subject is looked for.
SUBJECT_REACH = 45
#: A dateline: "CITY, date (Agency) -", "الرباط (وكالة) -", "به گزارش خبرگزاری ...،".
DATELINE = re.compile(r"[^\n\-–—]{1,40}[-–—]\s*[^\n\-–—]{1,25}[-–—]\s|[^\n]{0,80}?\s[-–—]{1,2}\s"
                      r"|[^\n(]{0,40}\([^)\n]{1,40}\)\s*[:\-–—]\s|به گزارش[^،,\n]{0,60}[،,]"
                      # "دوشنبه، اسپوتنیک تاجیکستان- ...": city, agency and a dash written onto it
                      r"|[^\n\-–—]{1,25}[،,][^\n\-–—،,]{1,30}[-–—]\s")
#: Quotation marks that open a name: a summit written right after one is a conference's title ("قمة المعرفة").
OPENING_QUOTES = ('"', "«", "“", "„")
CLOSING_QUOTES = ('"', "»", "”")
#: How far a quoted title reaches on either side of its trigger ("Web Summit", "اجلاس سران دانش").
TITLE_REACH = 30


@dataclass
class TriggerView:
    """One trigger in its sentence, as the guards see it."""

    doc: Doc
    items: list[Item]
    trig: Item
    etype: str
    actors: list[Actor]
    sentence_start: int
    clause_openers: frozenset[str]
    pronouns: frozenset[str]
    generic_determiners: frozenset[str]
    verb_final: bool
    #: The sentence's cues by lexicon table, gathered once for all its triggers.
    cues: dict[str, list[Item]]
    #: Whether the sentence holds a determiner of generic reference at all.
    generic: bool
    #: Words of company ("with", "مع", "با"): what follows one is a counterpart.
    with_words: frozenset[str]


@dataclass(frozen=True)
class Guard:
    name: str
    summary: str
    #: Event types it applies to; empty: every type.
    types: frozenset[str]
    blocks: Callable[[TriggerView], bool]

    def applies_to(self, etype: str) -> bool:
        return not self.types or etype in self.types


@dataclass(frozen=True)
class EventGuard:
    name: str
    summary: str
    types: frozenset[str]
    #: Takes the finished event and the items of its sentence; True blocks it.
    blocks: Callable[[EventFact, list[Item]], bool]


GUARDS: dict[str, Guard] = {}
EVENT_GUARDS: dict[str, EventGuard] = {}


def guard(name: str, summary: str, types: tuple[str, ...] = ()) -> Callable[[Callable[[TriggerView], bool]],
                                                                          Callable[[TriggerView], bool]]:
    """Registers a trigger guard under ``name``."""
    def register(fn: Callable[[TriggerView], bool]) -> Callable[[TriggerView], bool]:
        if name in GUARDS or name in EVENT_GUARDS:
            raise ValueError(f"guard {name!r} registered twice")
        GUARDS[name] = Guard(name, summary, frozenset(types), fn)
        return fn
    return register


def blocking_guard(view: TriggerView, disabled: frozenset[str] = frozenset()) -> str | None:
    """The name of the first guard that blocks ``view``'s trigger, or None."""
    for g in GUARDS.values():
        if g.name not in disabled and g.applies_to(view.etype) and g.blocks(view):
            return g.name
    return None


def blocking_event_guard(ev: EventFact, items: list[Item] | None = None,
                         disabled: frozenset[str] = frozenset()) -> str | None:
    """The name of the first event guard that blocks ``ev`` (made in a sentence of ``items``), or None."""
    for g in EVENT_GUARDS.values():
        if g.name not in disabled and ev.type in g.types and g.blocks(ev, items or []):
            return g.name
    return None


# ---------------------------------------------------------------------------------- helpers
def _dateline_end(view: TriggerView) -> int:
    """Where the dateline of the sentence ends (its start when it has none): the city and agency
    there are where the wire was filed, not who acts."""
    text = view.doc.text
    first = view.doc.spans[0][0] if view.doc.spans else 0
    if view.sentence_start - first > 400:
        return view.sentence_start
    m = DATELINE.match(text, view.sentence_start, min(len(text), view.sentence_start + 120))
    return m.end() if m else view.sentence_start


def _clause_start(view: TriggerView) -> int:
    """Where the trigger's clause opens: after the dateline, a clause opener ("while", "فيما") or a
    semicolon, whichever comes last before the trigger."""
    start = _dateline_end(view)
    for it in view.items:
        if it.end > view.trig.order:
            break
        if it.key in view.clause_openers or it.kind == "punct" and it.text in CLAUSE_OPENING_MARKS:
            start = max(start, it.end)
    return start


def _heads(view: TriggerView, start: int, end: int) -> list[tuple[int, str]]:
    """Candidate heads of a subject between two positions, in order: officials, bodies and states
    (not their adjectives, which qualify the next noun), and the nouns of crowds, parties, firms,
    teams and private persons (``non_state_actors``). A state or official written right before
    such a noun is its modifier ("Tehran University students", "Kenyan church choir")."""
    found: list[tuple[int, str]] = []
    # An actor's span holds its title and the states in it ("سفير جمهورية السودان لدى دولة قطر"): one head.
    spans = [(a.start, a.end) for a in view.actors if start <= a.start and a.end <= end and not a.topic
             and a.via != "adjective"]
    after_official = official_ends(view.actors)
    for it in view.items:
        if it.start < start or it.end > end:
            continue
        if it.kind == "word" and it.key in view.pronouns:
            found.append((it.start, OFFICIAL))  # "he condemned": the current speaker, an official
        elif it.kind != "cue":
            continue
        elif it.table == "non_state_actors":
            if it.start in after_official:
                continue  # "الرئيس اللبناني المنتخب": the official's own word (elected), not a team
            found.append((it.start, NON_STATE))
        elif it.table in STATE_CUE_TABLES and not any(a <= it.start and it.end <= b for a, b in spans):
            found.append((it.start, OFFICIAL))
    for a in view.actors:
        if start <= a.start and a.end <= end and a.via == "adjective" and _counted(view, a.start):
            found.append((a.start, NON_STATE))  # "300,000 Ukrainians", "هزار افغان": people, not the state
        if start <= a.start and a.end <= end and not a.topic and a.via != "adjective" and not any(
                x <= a.start and a.end <= y and (x, y) != (a.start, a.end) for x, y in spans):
            found.append((a.start, STATE if a.kind in ("state", "capital") else OFFICIAL))
    found.sort()
    heads: list[tuple[int, str]] = []
    for n, (position, kind) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if kind != NON_STATE and nxt is not None and nxt[1] == NON_STATE and nxt[0] - position <= MODIFIER_REACH \
                and not any(c in CLAUSE_PUNCTUATION for c in view.doc.text[position:nxt[0]]):
            continue  # the state qualifies the noun after it
        heads.append((position, kind))
    return heads


def _counted(view: TriggerView, position: int) -> bool:
    """A number or a multiplier stands right before ``position``: a count of people ("300,000 Ukrainians",
    "۲۹ هزار افغان")."""
    before = [it for it in view.items if it.end <= position][-1:]
    if before and before[0].key in view.doc.lexicon.keys("number_multipliers"):
        return True  # "29 هزار افغان", "thousands of Syrians" (the multiplier counts, with or without a number)
    return bool(before) and (before[0].kind == "cue" and before[0].table == "numbers"
                             or any(c.isdigit() for c in before[0].text))


def _punctuated(text: str, start: int, end: int) -> bool:
    """A mark that closes a clause stands between two positions."""
    return any(c in CLAUSE_PUNCTUATION for c in text[start:end])


def _sentence_cues(view: TriggerView, table: str) -> list[Item]:
    return view.cues.get(table, [])


# ----------------------------------------------------------------------------------- guards
@guard("non-state-subject",
       "The trigger's subject is a crowd, a party, a firm, a team, an NGO or a private person "
       "(non_state_actors), not a state or an official: protesters' banners denounce, a choir tours; or "
       "the one met, signed with or congratulated is: an ambassador meets his community, a prime minister "
       "congratulates the relay team.")
def _non_state_subject(view: TriggerView) -> bool:
    if not view.cues.get("non_state_actors") and not any(
            a.via == "adjective" and _counted(view, a.start) for a in view.actors):
        return False  # most sentences name no crowd, firm or team: nothing to look for
    clause_start = _clause_start(view)
    before = _heads(view, clause_start, view.trig.order)
    if view.etype in CONTACT_WITH_COUNTERPART and _counterpart_is_non_state(view, subject_first=not before):
        return True
    if view.verb_final and " " not in view.trig.key:
        # Verb last, a one-word trigger is a noun, and its agent follows it ("سفر قریب‌الوقوع یک هیئت
        # پارلمانی"): that agent acts, whoever announces it.
        agent = _heads(view, view.trig.end, min(_clause_end(view), view.trig.end + NOUN_AGENT_REACH))
        if agent and agent[0][1] == NON_STATE:
            return True
    if before:
        if before[0][1] != NON_STATE:
            return False
        # "Addressing journalists, Mirziyoyev praised": an official named after a comma, in the trigger's
        # own stretch of the clause, is the subject the opening phrase leads to; one between commas
        # ("the director of an NGO, Dr. X, visited") is only an apposition.
        text = view.doc.text
        first = before[0][0]
        return not any(kind == OFFICIAL and _punctuated(text, first, position)
                       and not _punctuated(text, position, view.trig.order)
                       for position, kind in before[1:])
    # Nothing before: a verb first ("طرد الحكم اللاعب", "ندد المتظاهرون") or a noun whose agent
    # follows ("سفر استارتاپ‌های ایرانی به ایروان", "visit of businessmen"): the subject comes after,
    # up to the clause's end.
    after = _heads(view, view.trig.end, _clause_end(view))
    if after:
        return after[0][1] == NON_STATE
    # A clause with no subject of its own ("..., after returning from a trip to Rafah") shares the
    # sentence's.
    start = _dateline_end(view)
    whole = _heads(view, start, clause_start) if clause_start > start else []
    return bool(whole) and whole[0][1] == NON_STATE


def _clause_end(view: TriggerView, start: int | None = None) -> int:
    """Where the clause that goes on from ``start`` (the trigger's end) closes: the next mark that
    closes a clause, within SUBJECT_REACH characters."""
    start = view.trig.end if start is None else start
    end = start + SUBJECT_REACH
    for it in view.items:
        if it.start >= start and it.kind == "punct" and it.text in CLAUSE_PUNCTUATION:
            return min(end, it.start)
    return end


def _counterpart_is_non_state(view: TriggerView, subject_first: bool) -> bool:
    """The one met is a community, a crowd, a firm...: "the ambassador met members of the Sudanese
    community", "التقى سفير السودان لدى قطر، مساء السبت، بأعضاء جمعية الجالية", "سفیر با اعضای
    جامعه ایرانیان دیدار کرد". The counterpart is the first official or non-state head after the
    subject (state names there belong to the subject's title: "the ambassador of Sudan to Qatar"):
    after the trigger, or before it when the verb comes last."""
    if view.etype == "agreement":
        # An agreement's counterpart is the one it is signed with ("with 12 foreign companies", "مع
        # شركات"), after a word of company (with_words); without one, the signatories are the subject.
        withs = [it for it in view.items if it.key in view.with_words and it.start >= _clause_start(view)]
        if not withs:
            return False
        start = withs[-1].end if withs[-1].end <= view.trig.order else withs[0].end
        heads = _heads(view, start, _clause_end(view, start) if start >= view.trig.end else view.trig.order)
    elif view.verb_final:
        heads = _heads(view, _clause_start(view), view.trig.order)[1:]
    else:
        end = next((it.start for it in view.items if it.start >= view.trig.end
                    and (it.key in view.clause_openers or it.kind == "punct" and it.text in (";", "؛"))),
                   view.items[-1].end if view.items else view.trig.end)
        heads = _heads(view, view.trig.end, end)
        if subject_first:
            heads = heads[1:]
    counterpart = next((kind for _, kind in heads if kind != STATE), None)
    return counterpart == NON_STATE


def _sense_cues(view: TriggerView, scope: str) -> list[Item]:
    return [it for it in _sentence_cues(view, "sense_contexts")
            if it.value.split("|")[0] == scope and view.etype in it.value.split("|")[1].split()]


@guard("word-sense",
       "A word of the sentence (sense_contexts) shows the trigger's other sense: a suspect confesses "
       "(اعترف), a referee sends a player off (طرد), climbers reach a mountain's summit (قمة), a club "
       "refuses an invitation, a ministry recognises degrees, the Summit Hotel (فندق القمة).")
def _word_sense(view: TriggerView) -> bool:
    if not view.cues.get("sense_contexts"):
        return False
    if _sense_cues(view, "sentence"):
        return True
    following = [it for it in view.items if it.start >= view.trig.end][:4]
    objects = {id(it) for it in _sense_cues(view, "object")}
    if any(id(it) in objects for it in following):
        return True
    # "فندق القمة", "هتل قله": the word right before names what the trigger word is part of.
    preceding = [it for it in view.items if it.end <= view.trig.order][-2:]
    before = {id(it) for it in _sense_cues(view, "before")}
    return any(id(it) in before for it in preceding)


@guard("hypothetical",
       "A cue of condition, proposal, demand, denial or rumour (modality: hypothetical) opens the trigger's clause or "
       "qualifies it: 'even if an agreement were signed', 'proposed that the two sides recognise', 'لو', "
       "'اگر', 'a possible visit', 'زيارة محتملة', 'سفر احتمالی'. A condition (modality: conditional) that "
       "opens its clause governs the clause after it too: 'said that if his party won the election, he would "
       "travel to Washington'. Verb last, any such cue in the trigger's clause before the verb governs it, and a "
       "denial closing the clause (modality: denial) denies the noun before it: 'گزارش ... درباره برگزاری دیدار "
       "... را «بی‌اساس» خواند', and an invitation before it (modality: invitation) is to an act not made: 'از دعوت "
       "... برای سفر به اسلام‌آباد تشکر کرد', unless accepted.")
def _hypothetical(view: TriggerView) -> bool:
    text = view.doc.text
    for cue in _sentence_cues(view, "modality"):
        if cue.value == "denial" and view.verb_final and " " not in view.trig.key and cue.start >= view.trig.end \
                and not _punctuated(text, view.trig.end, cue.start):
            return True  # verb last, a denial closing the clause denies the noun before it (not "دیدار کرد و ...")
        if cue.value == "invitation" and view.verb_final and cue.end <= view.trig.start \
                and not _punctuated(text, cue.end, view.trig.start) \
                and not any(c.value == "acceptance" for c in _sentence_cues(view, "modality")):
            return True  # verb last, "از دعوت ... برای سفر به اسلام‌آباد": invited to, not made (unless accepted)
        if cue.value not in ("hypothetical", "conditional"):
            continue
        if cue.end <= view.trig.start and not _punctuated(text, cue.end, view.trig.start):
            return True
        if cue.value == "conditional" and cue.end <= view.trig.start and _opens_clause(view, cue) \
                and sum(c in CLAUSE_PUNCTUATION for c in text[cue.end:view.trig.start]) == 1:
            return True  # "if X, [he would] Y": the main clause after the condition
        if view.verb_final and cue.end <= view.trig.start and cue.start >= _clause_start(view):
            return True  # verb last: "می‌خواهد در صورت ادامه این رویه، سفیر را احضار کند" governs the verb
        if cue.start >= view.trig.end and not text[view.trig.end:cue.start].strip():
            return True  # right after the trigger: "زيارة محتملة"
    return False



def _opens_clause(view: TriggerView, cue: Item) -> bool:
    """``cue`` starts its clause: nothing before it but the dateline, a mark that closes a clause or a
    word that introduces a reported clause (complementisers: "that", "أن", "که")."""
    before = [it for it in view.items if it.end <= cue.start and it.start >= _dateline_end(view)][-1:]
    return not before or before[0].kind == "punct" and before[0].text in CLAUSE_PUNCTUATION \
        or before[0].key in view.doc.lexicon.keys("complementisers")


@guard("generic-reference",
       "A determiner of generic reference (generic_determiners: any, أي, هر) right before the trigger: "
       "'in any future meeting' reports no meeting.")
def _generic_reference(view: TriggerView) -> bool:
    if not view.generic:
        return False
    before = [it for it in view.items if it.end <= view.trig.order][-1:]
    return bool(before) and before[0].key in view.generic_determiners


#: Acts a demonstrative refers back to: a statement's noun after "this" is the one already reported.
#: (Contacts are merged with the occasion they refer to instead: ``EventFinder._back_reference``.)
STATEMENT_TYPES = ("statement_praise", "statement_criticism", "congratulation", "recognition")


@guard("demonstrative-reference",
       "A demonstrative right before a statement's noun (anaphoric_determiners: this, هذا, این) points back "
       "to an act already reported: 'this welcome comes days after the US veto' opens no new act.",
       STATEMENT_TYPES)
def _demonstrative_reference(view: TriggerView) -> bool:
    before = [it for it in view.items if it.end <= view.trig.order][-1:]
    return bool(before) and before[0].key in view.doc.lexicon.keys("anaphoric_determiners")


@guard("named-conference",
       "A summit inside a short quoted title is a conference's name ('\"قمة المعرفة\"', '\"Web Summit\"', "
       "'«اجلاس سران دانش»'), not a meeting of leaders.", ("summit",))
def _named_conference(view: TriggerView) -> bool:
    if _title_cased_name(view):
        return True
    text = view.doc.text
    opening = max(text.rfind(q, view.sentence_start, view.trig.order) for q in OPENING_QUOTES)
    if opening < 0 or view.trig.order - opening > TITLE_REACH:
        return False
    if text[opening] == '"' and text.count('"', view.sentence_start, opening) % 2:
        return False  # that mark closes a quotation
    closing = min((i for i in (text.find(q, view.trig.end, view.trig.end + TITLE_REACH) for q in CLOSING_QUOTES)
                   if i >= 0), default=-1)
    # A short quoted title around the trigger; a quoted statement runs on.
    return closing >= 0 and not any(q in text[opening + 1:view.trig.order] for q in CLOSING_QUOTES)


def _title_cased_name(view: TriggerView) -> bool:
    """Where names are capitalised, "the World Governments Summit": the trigger is capitalised after one to
    three capitalised words that name no state, organisation or place, right after "the"."""
    if view.doc.lexicon.setting("letter_case") != "yes" or not view.doc.text[view.trig.start:view.trig.end][:1].isupper():
        return False
    before = [it for it in view.items if it.end <= view.trig.order][-4:]
    words: list[Item] = []
    for it in reversed(before):
        if it.kind == "word" and it.text[:1].isupper() and it.key not in ("the",):
            words.append(it)
            continue
        if it.kind != "word" or it.key != "the":
            return False
        break
    else:
        return False
    return 1 <= len(words) <= 3


@guard("lone-summit",
       "A summit in an article that names no international organisation, in a sentence with no official "
       "and at most one state, is a conference or a mountain top ('a technology summit opened in Doha', "
       "'رفع العلم على قمة إيفرست'), not a meeting of leaders: one state alone attends only an "
       "organisation's summit.",
       ("summit",))
def _lone_summit(view: TriggerView) -> bool:
    # An organisation named anywhere in the article: "the next summit", "the summit" refer to its own.
    if any(it.kind == "entity" and it.entity_kind == "organisation" for items in view.doc.items for it in items):
        return False
    # Leaders attend summits: an official in the sentence ("the Iraqi president attended the Arab summit")
    # makes it one, named organisation or not.
    if any(view.cues.get(table) for table in STATE_CUE_TABLES) or any(a.person for a in view.actors):
        return False
    states = {code for a in view.actors if not a.topic and not a.place for code in a.states}
    return len(states) <= 1


@guard("expulsion-of-no-envoy",
       "An expulsion expels envoys: a sentence that names no diplomat, embassy, consulate or persona non grata "
       "(diplomatic_words) expels migrants, players or members ('28,000 migrants were expelled from Iran', "
       "'the referee sent him off'), not a state's envoys; a headline's are read in its lead.", ("expulsion",))
def _expulsion_of_no_envoy(view: TriggerView) -> bool:
    if any(it.value in ENVOY_ROLES for it in view.cues.get("titles", ())):
        return False
    end = view.items[-1].end if view.items else view.trig.end
    doc = view.doc
    if doc.sentences and doc.sentences[0].start == view.sentence_start:
        # A headline's short words ("France expels 12 Algerian officials") are spelled out in the lead.
        end = doc.sentences[min(2, len(doc.sentences) - 1)].end
    sentence = match_key(doc.text[view.sentence_start:end])
    if any(word in sentence for word in doc.lexicon.keys("diplomatic_words")):  # keys are match keys
        return False
    return not _foreign_staff(view)


def _foreign_staff(view: TriggerView) -> bool:
    """The sentence names a state's staff by nationality ("12 French officials", "موظفين فرنسيين"; lexicon
    staff_words): officials of another state, whom only their host can expel."""
    staff = view.doc.lexicon.keys("staff_words")
    before = view.doc.lexicon.setting("adjective_position") == "before"
    items = view.items
    for i, it in enumerate(items):
        if it.is_state and it.via == "adjective":
            j = i + 1 if before else i - 1
            if 0 <= j < len(items) and items[j].key in staff:
                return True
    return False


#: Event types that need two distinct states: contacts and acts between states. Appointments, summits
#: (one state at an organisation's summit) and `other` (accessions, summons) may have one.
BETWEEN_STATES = frozenset({"meeting", "visit", "agreement", "statement_praise", "statement_criticism",
                            "congratulation", "sanction", "expulsion", "recognition"})


def _parties(ev: EventFact) -> set[str]:
    return set(ev.participants) | ({ev.target} if ev.target else set())


def _one_state_only(ev: EventFact, items: list[Item]) -> bool:
    return len(_parties(ev)) < 2


EVENT_GUARDS["one-state-only"] = EventGuard(
    "one-state-only",
    "A meeting, visit, agreement, statement, congratulation, sanction, expulsion or recognition needs two "
    "distinct states: two politicians of one state meeting is domestic politics.",
    BETWEEN_STATES, _one_state_only)


def _two_state_summit(ev: EventFact, items: list[Item]) -> bool:
    return len(set(ev.participants)) == 2 and not any(
        it.kind == "entity" and it.entity_kind == "organisation" for it in items)


EVENT_GUARDS["two-state-summit"] = EventGuard(
    "two-state-summit",
    "A summit of two states in a sentence that names no international organisation is their bilateral "
    "meeting, which the sentence's own meeting word reports ('Modi and Putin hold summit talks', 'after the "
    "summit, Kishida hosted Yoon'), or a forum one of them hosts: not a summit of its own.",
    frozenset({"summit"}), _two_state_summit)


def all_guards() -> list[tuple[str, str, str]]:
    """(name, types, summary) of every guard, trigger guards first, for ``kg rules``."""
    rows = [(g.name, " ".join(sorted(g.types)) or "all", g.summary) for g in GUARDS.values()]
    return rows + [(g.name, " ".join(sorted(g.types)), g.summary) for g in EVENT_GUARDS.values()]
