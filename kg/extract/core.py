"""The extractor: one article in, an :class:`~kg.model.Extraction` out.

Language-independent: every word it knows comes from the reference data and the lexicon folder of
the article's language.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import cache

from .. import __version__, resources
from ..lexicon import Lexicon, all_lexicons, checked_lexicons, lexicon
from ..model import Article, Evidence, Extraction, MembershipFact, Mention, PersonFact
from ..normalise import match_key, normalise
from ..normalise.content import content_spans, detect_language
from ..reference import Reference, default_reference
from .actors import ActorFinder
from .confidence import default_min_confidence
from .dates import date_reader
from .discourse import Discourse
from .document import Doc, Item, match_item
from .events import EventFinder
from .gazetteer import Entry, Gazetteer, Match, entries_from_reference
from .text import TOKEN, gap_words, sentences

# Lexicon tables whose forms become cues, and the column holding each cue's value.
CUE_TABLES = {
    "titles": "role",
    "ranks": "rank",
    "triggers": None,  # type|status|note
    "topics": "topic",
    "coreference": "kind",
    "documents": None,  # kind|count
    "modality": "status",
    "negation": None,
    "numbers": "value",
    "bodies": "body",
    "non_state_actors": "kind",
    "sense_contexts": None,  # scope|types
}


# English cue tables whose lower-case forms do not match a capitalised word inside a sentence: "Met
# Office" is no meeting, "One Belt" no number; a capitalised "Treaty" or "Joint Statement" is still one.
CASE_SENSITIVE_CUES = {"triggers", "negation", "modality", "numbers"}


def _cue_value(table: str, row: dict[str, str]) -> str:
    if table == "triggers":
        return "|".join([row.get("type", ""), row.get("status", ""), row.get("note", "")])
    if table == "documents":
        return "|".join([row.get("kind", "document"), row.get("count", "")])
    if table == "negation":
        return "negation"
    if table == "sense_contexts":
        return "|".join([row.get("scope", "sentence"), row.get("blocks", "")])
    return row.get(CUE_TABLES[table] or "", "")


@cache
def _cue_entries(lang: str) -> list[tuple[str, Entry]]:
    lx = lexicon(lang)
    entries: list[tuple[str, Entry]] = []
    for table in CUE_TABLES:
        for row in lx.table(table):
            form = row["form"]
            lowercase = lx.setting("letter_case") == "yes" and table in CASE_SENSITIVE_CUES and form == form.lower() \
                and any(c.isalpha() for c in form)
            entries.append((lang, Entry("cue", _cue_value(table, row), table, form, lowercase=lowercase)))
    for form in lx.lines("honorifics"):
        entries.append((lang, Entry("cue", "honorific", "honorifics", form)))
    for form in lx.lines("blockers"):
        entries.append((lang, Entry("cue", "blocked", "blockers", form)))
    return entries


@cache
def _gazetteer(ref_id: int, lang: str) -> Gazetteer:
    """Names from the reference and cue words from the lexicon, in one automaton: one pass over the
    text, and overlaps between a name and a cue settled like any other (longest first; on equal
    length the name wins: "the Palestinian question" is a topic, "Oman" is a state)."""
    lx = lexicon(lang)
    # A variant reading another language's names takes them as its own (its clitics attach to them).
    names = [(lang if form_lang == lx.names_language else form_lang, entry)
             for form_lang, entry in entries_from_reference(_REFS[ref_id], lx.names_language)]
    return Gazetteer(names + _cue_entries(lang), [lx])


_REFS: dict[int, Reference] = {}


def _items_for(text: str, start: int, end: int, matches: list[Match]) -> list[Item]:
    """The sentence as a sequence of matches and leftover tokens, in reading order.

    ``matches`` lie inside the sentence, sorted and without overlaps; a token any of them covers,
    even in part, is left out. A token's key is its lower case: the text is already folded and a
    token holds no spaces.
    """
    items: list[Item] = []
    n, j = len(matches), 0
    next_start = matches[0].start - matches[0].prefix if matches else end
    # Most space-separated chunks are one plain word: split in C, and only the rest ("Tuesday,",
    # "(IRNA)", "U.S.") goes through the tokenizer's regex.
    tokens: list[str] = []
    for chunk in text[start:end].split():
        if chunk.isalnum():
            tokens.append(chunk)
        else:
            tokens += TOKEN.findall(chunk)
    b = start
    for word in tokens:
        # Only spaces lie between two tokens, and a token opens with a non-space: the first place the
        # word occurs from the end of the last token is where it stands.
        a = text.find(word, b)
        b = a + len(word)
        if b > next_start:
            while j < n and matches[j].end <= a:
                items.append(match_item(matches[j], text))
                j += 1
            next_start = matches[j].start - matches[j].prefix if j < n else end
            if next_start < b:
                continue
        if len(word) > 1 or word.isalnum() or word == "_":  # a token of two characters or more is a word
            items.append(Item(a, b, "word", word, None, a, None, None, word, False, word.lower()))
        else:
            items.append(Item(a, b, "punct", word, None, a, None, None, word, False, word))
    for m in matches[j:]:
        items.append(match_item(m, text))
    return items


def _read_dateline_city(items: list[list[Item]], gazetteer: Gazetteer, text: str, ref: Reference) -> None:
    """A dateline opens with the city the wire was filed from: in "عمان 1 تشرين الثاني 2023 (بترا)"
    the name Oman and Amman share is Amman. Changes, in place, a state name opening one of the first
    three sentences (a headline may be two: "X.. and Y") before a date or an agency into the capital of
    another state written the same way."""
    for sentence in items[:3]:
        if len(sentence) < 2 or not sentence[0].is_state or sentence[0].attached:
            continue
        first, nxt = sentence[0], sentence[1]
        if not (nxt.text[:1].isdigit() or nxt.text in ("-", "(", "/", ",", "،")):
            continue
        for entry in gazetteer.entries(first.text):
            place = ref.places.get(entry.entity) if entry.entity_kind == "place" else None
            if place is not None and place.country and place.country != first.value:
                sentence[0] = match_item(Match(first.start, first.end, entry, 0), text)
                break


def _in_state_list(sentence: list[Item], n: int, joiners: frozenset[str]) -> bool:
    """``sentence[n]`` stands in a list of states: the next item on either side past commas and "and" is a
    state, and something separates them."""
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(sentence) and (sentence[m].kind == "punct" and sentence[m].text in ",،"
                                           or sentence[m].kind == "word" and sentence[m].key in joiners):
            m += step
        later = sentence[max(m, n)] if 0 <= m < len(sentence) else None
        # "مصر وعمان": the conjunction is written onto the later name.
        if later is not None and sentence[m].is_state and (m != n + step or later.attached):
            return True
    return False


def _read_shared_names(items: list[list[Item]], gazetteer: Gazetteer, text: str, ref: Reference,
                       joiners: frozenset[str] = frozenset()) -> None:
    """A name two entities share (عمان: the state Oman, the city Amman) reads as the city when the
    article's other names point to the city's state and nothing else points to the other: "طرق عمان"
    in a bulletin about Jordan's foreign minister is Amman. The article's pointers are the states it
    names in other words and the states of the known officials it names. Changes the items in place."""
    pointers: dict[str, set[str]] = {}  # state -> the surfaces that name it or its officials
    for sentence in items:
        for it in sentence:
            if it.kind != "entity":
                continue
            if it.is_state:
                pointers.setdefault(it.value, set()).add(it.key)
            elif it.entity_kind == "person":
                for post in ref.posts_of(it.value, None)[:1]:
                    pointers.setdefault(post.state, set()).add(it.key)
    for sentence in items:
        for n, it in enumerate(sentence):
            if it.kind == "entity" and it.entity_kind == "place" and _in_state_list(sentence, n, joiners):
                # "... عراق، عمان، قطر ...": among states, the name a city shares with a state is the state.
                state = next((e for e in gazetteer.entries(it.text[it.attached:] if it.attached else it.text)
                              if e.entity_kind == "state"), None)
                if state is not None:
                    sentence[n] = match_item(Match(it.start, it.end, state, it.start - it.order), text)
                continue
            if not it.is_state or pointers.get(it.value, set()) - {it.key}:
                continue  # the state is also named in other words: it is meant
            if _in_state_list(sentence, n, joiners):
                continue  # "... عراق، عمان، قطر ...": among states, the state
            for entry in gazetteer.entries(it.text[it.attached:] if it.attached else it.text):
                place = ref.places.get(entry.entity) if entry.entity_kind == "place" else None
                if place is not None and place.country and place.country != it.value \
                        and place.country in pointers:
                    sentence[n] = match_item(Match(it.start, it.end, entry, it.start - it.order), text)
                    break


#: What follows a dateline's city: a dash, a comma, an agency in brackets, a colon or a slash.
DATELINE_MARKS = frozenset("-–—,،(:/")


def _dateline_follows(doc: Doc, end: int) -> bool:
    """A dateline goes on after the city at ``end``: a mark, or a preposition before the date
    ("القاهرة في 4 يوليو"); a date right after the word makes it a weekday ("دوشنبه ۳ آذر")."""
    rest = doc.text[end:end + 16].lstrip(" ")
    if rest[:1] in DATELINE_MARKS:
        return True
    words = rest.split()
    return bool(words) and match_key(words[0]) in doc.lexicon.keys("place_prepositions")


class Extractor:
    """Extracts facts from articles against one reference; build once, reuse for a batch."""

    def __init__(self, ref: Reference | None = None, disabled: frozenset[str] = frozenset(),
                 min_confidence: float | None = None):
        """``disabled``: names of rules (guards, subject rules, event makers: :mod:`kg.extract.rules`) to
        switch off, for experiments; ``min_confidence``: events less sure than this
        (:mod:`kg.extract.confidence`) are dropped (None: :func:`~kg.extract.confidence.default_min_confidence`,
        0 keeps every event)."""
        self.ref = ref or default_reference()
        self.disabled = frozenset(disabled)
        self.min_confidence = default_min_confidence() if min_confidence is None else min_confidence
        checked_lexicons()  # an unknown setting, trigger note or value stops here, not silently later
        _REFS[id(self.ref)] = self.ref

    def prepare(self, article: Article) -> Doc:
        lang = article.lang if article.lang in resources.languages() else detect_language(article.text)
        lx: Lexicon = lexicon(lang)
        norm = normalise(article.text)
        spans_orig = content_spans(article.text, all_lexicons())
        # Content spans in normalised offsets: the first folded character at or after each boundary.
        spans = [(bisect_left(norm.index, a), bisect_left(norm.index, b)) for a, b in spans_orig]
        sents = sentences(norm.text, spans, lx)
        matches = _gazetteer(id(self.ref), lang).find(norm, [(x.start, x.end) for x in sents])
        starts = [m.start - m.prefix for m in matches]
        items = [_items_for(norm.text, x.start, x.end, matches[bisect_left(starts, x.start):bisect_left(starts, x.end)])
                 for x in sents]
        _read_dateline_city(items, _gazetteer(id(self.ref), lang), norm.text, self.ref)
        _read_shared_names(items, _gazetteer(id(self.ref), lang), norm.text, self.ref, lx.keys("number_joiners"))
        doc = Doc(article, lang, lx, norm, spans, sents, items)
        doc.article_date, doc.dateline_place = self._article_date(doc)
        return doc

    def _article_date(self, doc: Doc) -> tuple[dt.date | None, str | None]:
        place = None
        if doc.spans:
            headline = doc.headline
            for n, items in enumerate(doc.items[:3]):
                if n == headline:
                    continue  # "... تدين القصف على دمشق": a headline's city is news, not where it was filed
                head_end = doc.sentences[n].start + 80
                for it in items:
                    # A dateline opens its line and a mark follows the city: "الكويت - الأنباء", "DOHA —",
                    # "TEHRAN (IRNA) --", "MOSCOW, July 3"; "دوشنبه ۳ آذر" is a date (Monday), not Dushanbe.
                    if it.start < head_end and it.kind == "entity" and it.entity_kind in ("place", "state") \
                            and not doc.text[doc.text.rfind("\n", 0, it.start) + 1:it.start].strip() \
                            and _dateline_follows(doc, it.end):
                        if it.entity_kind == "state":
                            # "الكويت - 22 - 12 (كونا) --": the wire is filed from that state.
                            doc.dateline_state = doc.dateline_state or it.value
                            continue
                        place = it.value
                        break
                if place:
                    break
        if doc.article.date:
            return doc.article.date, place
        reader = date_reader(doc.lexicon)
        lowered = doc.norm.lowered
        for start, end in doc.spans[:3]:
            found = reader.find(lowered, start, min(end, start + 160))
            if found:
                return found[0].date, place
        return None, place

    def extract(self, article: Article) -> Extraction:
        doc = self.prepare(article)
        x = Extraction(article=article, lang=doc.lang, article_date=doc.article_date)
        mentions = {"state": x.states, "organisation": x.organisations, "place": x.places}
        for items in doc.items:
            for it in items:
                if it.kind == "entity" and it.entity_kind in mentions:
                    o_start, o_end, quote = doc.original(it.start, it.end)
                    mentions[it.entity_kind].append(
                        Mention(it.entity_kind, it.value, o_start, o_end, quote, it.via))
        discourse = Discourse()  # what the article has said so far, as its actors and then its events are read
        actor_index = ActorFinder(doc, self.ref, discourse).find()
        found = EventFinder(doc, actor_index, self.ref, __version__, self.disabled, discourse).find()
        x.events = [ev for ev in found if ev.confidence >= self.min_confidence]
        x.uncertain = [ev for ev in found if ev.confidence < self.min_confidence]
        # The persons of the article are those who act in its facts (docs/gold-format.md): named in
        # an event, or an official of a party to one; an official only named in passing stays out.
        # Events under the threshold count here: the doubt is about the act, not about who is named.
        in_events = {k for ev in found for k in ev.persons}
        parties = {st for ev in found for st in [*ev.participants, ev.target] if st}
        for p in actor_index.persons.values():
            if p.key not in in_events and not (p.country in parties and (p.role or p.rank)):
                continue
            o_start, o_end, quote = doc.original(p.start, p.end)
            x.persons.append(PersonFact(
                key=p.key, name=p.name, surface=quote, role=p.role,
                role_label=p.role_label, rank=p.rank, country=p.country, known=p.known,
                evidence=Evidence(article.id, o_start, o_end, quote, "kg.extract.actors", __version__, 0.8),
            ))
        x.memberships = self._memberships(x)
        x.content_spans = [doc.norm.original_span(a, b) for a, b in doc.spans]
        return x

    def _memberships(self, x: Extraction) -> list[MembershipFact]:
        """Memberships of the article's states in the organisations it names, per the reference."""
        countries = sorted(involved_states(x))
        out: list[MembershipFact] = []
        asked: set[str] = set()
        for org_mention in x.organisations:
            # The first mention of an organisation is the evidence; the reference answers the same for
            # the next ones.
            if org_mention.entity in asked:
                continue
            asked.add(org_mention.entity)
            for code in countries:
                ms = self.ref.membership(code, org_mention.entity, x.article_date)
                if ms is None or ms.status not in ("member", "observer"):
                    continue
                ev = Evidence(x.article.id, org_mention.start, org_mention.end, org_mention.surface,
                              "kg.extract.memberships", __version__, 0.7)
                out.append(MembershipFact(code, org_mention.entity, ms.status, ms.start, ms.end, ev, stated=False))
        return out


def involved_states(x: Extraction) -> set[str]:
    """States that take part in a fact: event parties (of the events under the threshold too),
    persons' states."""
    states: set[str] = set()
    for ev in x.events + x.uncertain:
        states.update(ev.participants)
        if ev.target:
            states.add(ev.target)
    for p in x.persons:
        if p.country:
            states.add(p.country)
    return states
