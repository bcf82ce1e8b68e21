"""Who acts in each sentence: states, officials (with rank, post and state) and references to them.

Officials are found from their descriptors (rank, honorific, post, nationality) and the name run
next to them; names need no capital letters, since the run stops at any lexicon cue, entity,
stop word or punctuation. References inside the article (surname only, "his counterpart", "for his
part", "the two countries", a post without a name) are resolved to the persons and states already
seen.
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from dataclasses import dataclass, field

from ..ids import unknown_person_key
from ..lexicon import Lexicon
from ..normalise import match_key
from ..normalise.romanise import romanise
from ..reference import Reference
from .discourse import Discourse
from .gazetteer import clitic_variants
from .document import Doc, Item
from .text import gap_words

DESCRIPTOR_TABLES = {"titles", "ranks", "honorifics", "bodies"}
# One-letter conjunctions and prepositions written onto the next word in Arabic script.
ATTACHED_PREFIXES = frozenset("وفلب")


@dataclass
class Person:
    key: str
    name: str
    surface: str
    start: int  # normalised offsets of the name
    end: int
    known: bool = False
    role: str | None = None
    role_label: str | None = None
    rank: str | None = None
    country: str | None = None
    phrase: tuple[int, int] = (0, 0)  # whole descriptor + name phrase


@dataclass
class Actor:
    """Something that can be a party in a sentence, at a position."""

    start: int
    end: int
    states: list[str]
    person: str | None = None  # person key
    kind: str = "state"  # state | person | pair | pair-persons | counterpart | speaker-switch | capital
    topic: bool = False  # talked about ("the situation in Syria"), not a party
    via: str = "name"  # how a state was named: name, adjective, alias...
    place: bool = False  # named as where something happens ("the Danish capital"): no target of a statement
    referent_at: int = -1  # a reference back ("the two leaders"): where what it refers to was named


@dataclass
class ActorIndex:
    persons: dict[str, Person] = field(default_factory=dict)
    per_sentence: list[list[Actor]] = field(default_factory=list)
    main_states: list[str] = field(default_factory=list)
    main_persons: list[str] = field(default_factory=list)


@cache
def attached_conjunctions(lx: Lexicon) -> frozenset[str]:
    """Conjunctions written onto the next word (the ``attached_conjunctions`` setting: و ف)."""
    return frozenset(match_key(lx.setting("attached_conjunctions") or "").split())


def official_ends(actors: list[Actor]) -> frozenset[int]:
    """Where a word right after an official's phrase starts ("الرئيس اللبناني المنتخب": elected, said of
    the official, not a team)."""
    return frozenset(e for a in actors if a.kind == "person" for e in (a.end, a.end + 1))


@cache
def _clitic_rows(lx: Lexicon) -> tuple[tuple[str, str], ...]:
    return tuple((match_key(r["prefix"]), r.get("applies_to", "any")) for r in lx.table("clitics"))


@cache
def _with_clitics(lx: Lexicon, keys: frozenset[str]) -> frozenset[str]:
    """``keys`` and their spellings with each proclitic of clitics.tsv written onto them (المملكه ->
    للمملكه, والمملكه...)."""
    article = match_key(lx.setting("definite_prefix") or "")
    out = set(keys)
    for key in keys:
        out.update(variant for variant, _ in clitic_variants(key, _clitic_rows(lx), article))
    return frozenset(out)


def _strip_marks(word: str) -> str:
    """Diacritics and tatweel removed, letters kept: على and علي stay apart."""
    return "".join(c for c in word if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640"))


#: Posts of envoys: those who present credentials, and whom an expulsion expels.
ENVOY_ROLES = frozenset({"ambassador", "envoy", "high-commissioner", "charge-d-affaires"})


#: Lexicon word lists whose words never stand in a person's name (their cues are matched apart).
COMMON_WORD_LISTS = ("hostile_acts", "decision_nouns", "courtesies", "sport_words", "back_references",
                     "clause_openers", "demonstratives", "day_words", "envoy_plurals")
COMMON_WORD_TABLES = ("weekdays", "relative_days", "months")


@cache
def _own_state_kinds(lx: Lexicon, ref: Reference) -> dict[str, frozenset[str]]:
    """Each spelling of a word that alone names a wire's own state (own_state_words: "المملكة", with every
    proclitic written onto it: "للمملكة"), and the states whose names open with that word ("مملكة البحرين")."""
    article = match_key(lx.setting("definite_prefix") or "")
    by_first = ref.states_by_first_word(lx.names_language, article)
    out: dict[str, frozenset[str]] = {}
    for word in lx.keys("own_state_words"):
        bare = word[len(article):] if article and word.startswith(article) else word
        for form in _with_clitics(lx, frozenset({word})):
            out[form] = by_first.get(bare, frozenset())
    return out


@cache
def _common_words(lx: Lexicon) -> frozenset[str]:
    """Single words of the lexicons that are not names (hostile acts, weekdays, months...)."""
    words = {w for name in COMMON_WORD_LISTS for form in lx.keys(name) for w in form.split()}
    words |= {w for name in COMMON_WORD_TABLES for row in lx.table(name) for w in match_key(row["form"]).split()}
    return frozenset(words - lx.keys("name_particles") - lx.keys("given_names"))


@cache
def _day_forms(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Weekday names, and the words that make one the day rather than a city ("روز دوشنبه")."""
    weekdays = frozenset(match_key(r["form"]) for r in lx.table("weekdays"))
    return weekdays, frozenset(match_key(r["form"]) for r in lx.table("relative_days")) | lx.keys("day_words")


@cache
def _stop_forms(lx: Lexicon) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Stop words as written (marks stripped), those that folding makes ambiguous, and the folded
    prefixes that cannot open a name."""
    stop = lx.lines("stopwords")
    return (frozenset(_strip_marks(w) for w in stop), frozenset(match_key(w) for w in stop if "ى" in w),
            tuple(match_key(p) for p in lx.lines("non_name_prefixes")))


class ActorFinder:
    def __init__(self, doc: Doc, ref: Reference, discourse: Discourse | None = None):
        self.doc = doc
        self.ref = ref
        self.discourse = discourse if discourse is not None else Discourse()  # what the article said so far
        lx = doc.lexicon
        self.stop = lx.keys("stopwords")
        # Arabic: folding merges على (on) and علي (Ali); compare stop words on the letters as written.
        self.stop_written, self.stop_ambiguous, self.non_name_prefixes = _stop_forms(lx)
        self.particles = lx.keys("name_particles")
        self.envoy_plurals = lx.keys("envoy_plurals")  # "ambassadors in Berlin": the capital is where they serve
        self.name_suffixes = lx.keys("name_suffixes")  # "Marcos Jr": the surname is Marcos
        self.connectors = lx.keys("connectors")
        self.place_preps = lx.keys("place_prepositions")
        self.non_party = lx.keys("non_party_prepositions")
        self.place_modifiers = lx.keys("place_modifiers")
        self.conjunctions = lx.keys("number_joiners")
        # The language profile (settings.csv): how names are written and where descriptors stand.
        self.max_name = int(lx.setting("max_name_words") or 3)
        self.letter_case = lx.setting("letter_case") == "yes"  # names capitalised, as in English
        self.comma_apposition = lx.setting("comma_apposition") == "yes"  # "X, Iran's Minister of ..."
        self.descriptor_after_name = lx.setting("descriptor_after_name") == "yes"
        self.attached_clitics = bool(lx.table("clitics"))  # و ل ب ف written onto the next word
        self.attached_conjunctions = attached_conjunctions(lx)
        self.home_state = lx.setting("home_state") or None
        self.definite_prefix = match_key(lx.setting("definite_prefix") or "")  # "ال": a definite noun
        self.surnames = ref.unique_surnames(lx.names_language)
        self.given_names = lx.keys("given_names")
        self.common_words = _common_words(lx)
        self.weekdays, self.day_words = _day_forms(lx)
        self.non_state_heads = lx.keys("non_state_heads")
        self.place_heads = lx.keys("place_heads")
        self.anaphoric = lx.keys("anaphoric_determiners")
        self.state_nouns = lx.keys("state_nouns")  # "this country": the state named last
        self.own_country_nouns = lx.keys("own_country_nouns")  # "البلاد": the wire's own country
        # "المملكة" alone (with every proclitic written onto it: "للمملكة") and the states it may mean.
        self.own_state_kinds = _own_state_kinds(lx, ref)
        dateline = ref.places.get(doc.dateline_place or "")
        self.dateline_state = dateline.country if dateline else None
        if self.home_state and self.dateline_state in (lx.setting("dateline_home_states") or "").split():
            self.home_state = self.dateline_state  # "کابل - ..." Afghan press: its officials are Afghan
        elif self.home_state and not any(it.is_state and it.value == self.home_state
                                         for items in doc.items for it in items):
            # "کابل (باختر): ..." an official with no nationality in a wire from Kabul that never names
            # Iran serves Afghanistan: the language's home state yields to the dateline's. (Without a
            # dateline it stays: "سخنگوی وزارت امور خارجه" in a bulletin is Iran's spokesman.)
            if self.dateline_state and self.dateline_state != self.home_state:
                self.home_state = self.dateline_state
        self.adjective_first = lx.setting("adjective_position") == "before"

    # ------------------------------------------------------------------ persons
    def _is_name_word(self, item: Item, *, first: bool) -> bool:
        if item.kind != "word":
            return False
        word = item.text
        if any(c.isdigit() for c in word):
            return False
        if self.letter_case:
            if word in self.stop_written:
                return False
            return word[0].isupper() or match_key(word) in self.particles
        written = self.doc.original(item.start, item.end)[2]
        key = match_key(word)
        written = _strip_marks(written)
        # Folding merges إمام (a name) with أمام (in front of): trust the folded form only when the
        # writer used bare letters anyway.
        bare = written == key
        if written in self.stop_written or (bare and key in self.stop and key not in self.stop_ambiguous):
            return False
        if first and word.startswith(self.non_name_prefixes):
            return False
        if key in self.common_words:
            return False  # "حملات هوایی", "روز یکشنبه": words the lexicons know are not names
        return len(word) >= 2

    def _descriptor_run(self, items: list[Item], j: int, *, after_name: bool = False) -> tuple[int, dict]:
        """Consume ranks, honorifics, posts, nationalities and connectors from ``items[j]``."""
        found: dict = {"titles": [], "ranks": [], "honorifics": [], "bodies": [], "states": [], "orgs": [],
                       "end": None}
        n = len(items)
        k = j
        while k < n:
            it = items[k]
            if it.kind == "cue" and it.table in DESCRIPTOR_TABLES:
                if after_name and it.table in ("ranks", "honorifics"):
                    break  # the next person starts here
                if after_name and it.attached and it.table != "bodies" and not (found["titles"] or found["ranks"]):
                    break  # "الملك عبدالله الثاني بالرئيس اللبناني": no apposition opens with "with" or "and"
                if it.attached and found["titles"] and it.table != "bodies" and (
                        found["states"] or self._conjunction_attached(it)):
                    # "الرئيس الصيني بالرئيس الكازاخستاني", "الملك والرئيس ماكرون": after a post and its
                    # nationality, a post with a preposition written onto it, and after any post one with
                    # a conjunction, opens the next official's phrase ("المبعوث الخاص للرئيس الأمريكي"
                    # is one: "of the president", before any nationality).
                    break
                if it.table == "titles" and any(t.value == it.value for t in found["titles"]):
                    break  # "التقى سمو وزير الخارجية وزير الخارجية السوري": the same post again is another official
                heads = found["titles"] + found["bodies"]
                if it.table == "titles" and not self.adjective_first and found["states"] and (
                        heads and found["states"][-1].via == "adjective"
                        and found["states"][-1].start > heads[-1].start
                        or self._post_of_another_state(items, k, found)):
                    # "استقبل ولي العهد السعودي الرئيس اللبناني", "استدعت وزارة الخارجية الإيرانية السفير
                    # الألماني", "وزارت خارجه ایران سفیر آلمان را احضار کرد": where nationality follows the post
                    # or the ministry, a post after "post + nationality" is the next official's.
                    break
                found[it.table].append(it)
                found["end"] = it.end
                k += 1
            elif it.is_state and not (not self.adjective_first and found["states"]
                                      and found["states"][-1].via == "adjective" and it.via != "adjective"):
                # Where nationality follows its noun, a state named after it is no longer the post's:
                # "وشكرت وزارة الخارجية الأفغانية إيران وباكستان" thanks Iran and Pakistan.
                found["states"].append(it)
                found["end"] = it.end
                k += 1
            elif it.kind == "entity" and it.entity_kind == "organisation" and found["titles"]:
                found["orgs"].append(it)
                found["end"] = it.end
                k += 1
            elif it.kind in ("word", "punct") and it.key in self.connectors and (
                    found["titles"] or (found["states"] and self.adjective_first)):
                k += 1  # "Minister of Defence", "Kenya's Foreign Minister"
            elif after_name and found["titles"] and self.descriptor_after_name and it.kind == "word" \
                    and it.key not in self.stop and it.key not in self.common_words \
                    and any(x.is_state or (x.kind == "cue" and x.table == "titles") for x in items[k + 1:k + 4]):
                # A word inside a long post the lexicon does not list ("... وإسناد القوات في ..."); not a
                # word the lexicons know ("حملات هوایی رژیم ...": the post ends before the attack).
                k += 1
            else:
                break
        # Trailing connectors are not part of the run.
        while k > j and items[k - 1].kind in ("word", "punct") and items[k - 1].key in self.connectors:
            k -= 1
        return k, found

    def _post_of_another_state(self, items: list[Item], k: int, found: dict) -> bool:
        """``items[k]`` is a post followed by its own state, after a state that closes the run so far
        (a state alone, or after the post or body it qualifies), or after a comma: "ایران سفیر آلمان",
        "وزارت خارجه ایران کاردار آلمان", "امیر قطر، سلطان هیثم" name two parties."""
        last_state = found["states"][-1]
        heads = found["titles"] + found["bodies"]
        own_state = k + 1 < len(items) and items[k + 1].is_state and items[k + 1].key != last_state.key
        after_comma = items[k - 1].kind == "punct" and items[k - 1].text in ",،"  # "امیر قطر، سلطان هیثم"
        return (not heads or last_state.start > max(x.start for x in heads)) and (own_state or after_comma)

    def _conjunction_attached(self, it: Item) -> bool:
        """A conjunction (and, then) is written onto ``it`` (والرئيس)."""
        return match_key(self.doc.text[it.order:it.start])[:1] in self.attached_conjunctions

    def _person_from(self, items: list[Item], i: int) -> tuple[Person | None, int, dict]:
        """Try to read one official starting at ``items[i]``: descriptors, a name, an apposition."""
        k, before = self._descriptor_run(items, i)
        name_items: list[Item] = []
        if before["bodies"] and not (before["titles"] or before["ranks"] or before["honorifics"]):
            return None, k, before  # a ministry has no name after it
        known_item: Item | None = None
        if k + 1 < len(items) and items[k].text in (",", "،") and before["titles"] and (before["states"] or before["orgs"]) \
                and (items[k + 1].kind == "entity" and items[k + 1].entity_kind == "person"
                     or self._is_name_word(items[k + 1], first=True)):
            k += 1  # "وزير خارجية الباراغواي، روبين راميريز": the name in apposition after the post
        if before["states"] and not before["titles"] and self._known_person_follows(items, k):
            k = self._past_connectors(items, k)  # "Cuba's Miguel Diaz-Canel": past the possessive
        if k < len(items) and items[k].kind == "entity" and items[k].entity_kind == "person":
            known_item = items[k]
            k += 1
        else:
            while k < len(items) and self._is_name_word(items[k], first=not name_items):
                if len(name_items) >= self.max_name and items[k].key not in self.particles:
                    break
                name_items.append(items[k])
                k += 1
            while name_items and name_items[-1].key in self.particles:
                name_items.pop()
                k -= 1
        strong_anchor = bool(before["ranks"] or before["honorifics"])
        if known_item is None and name_items and self._known_by_surname(name_items[:1], before):
            k -= len(name_items) - 1
            name_items = name_items[:1]  # "الرئيس عون": a known official by surname, nothing more
        # After a post alone, a one-word "name" is too often a verb or an adverb: ask for two words.
        elif known_item is None and (not name_items or (len(name_items) < 2 and not strong_anchor)):
            return None, k, before
        # Apposition after the name: "..., Iran's Minister of Defence" / "وزير دفاع جمهورية طاجيكستان".
        a = k
        if self.comma_apposition and a < len(items) and items[a].text == ",":
            a += 1
        a_end, after = self._descriptor_run(items, a, after_name=True)
        nxt = items[a_end] if a_end < len(items) else None
        # "Xi Jinping, Russian President Vladimir Putin": a post followed by a name is the next
        # official's, not an apposition.
        next_is_name = nxt is not None and (nxt.kind == "entity" and nxt.entity_kind == "person" or (
            self.letter_case and self._is_name_word(nxt, first=True)))
        if (after["titles"] or after["ranks"]) and not next_is_name:
            k = a_end
        else:
            after = {"titles": [], "ranks": [], "honorifics": [], "bodies": [], "states": [], "orgs": [], "end": None}
        if known_item is not None:
            entity = known_item.value
            start, end = known_item.start, known_item.end
            surface = self.doc.text[start:end]
            name = self.ref.person_name(entity, surface)
            person = Person(entity, name, surface, start, end, known=True)
        else:
            start, end = name_items[0].start, name_items[-1].end
            while end > start and self.doc.text[end - 1] == ".":
                end -= 1  # "... سامح شكري." ends the sentence, not the name
            surface = self.doc.text[start:end]
            known = self._known_by_surname(name_items, before)
            person = Person(known, self.ref.person_name(known, surface), surface, start, end,
                            known=True) if known else Person(
                "", romanise(self.doc.original(start, end)[2], self.doc.lexicon), surface, start, end)
        titles = before["titles"] + after["titles"]
        ranks = before["ranks"] + after["ranks"]
        states = before["states"] + after["states"]
        if titles:
            person.role = titles[0].value
            o = self.doc.original(titles[0].start, titles[-1].end)
            person.role_label = o[2]
        if ranks:
            person.rank = ranks[0].value
        if states:
            person.country = states[0].value
        elif titles and not person.known and self.home_state:
            person.country = self.home_state
        person.phrase = (items[i].start, max(end, after["end"] or end))
        return person, k, before

    def _past_connectors(self, items: list[Item], j: int) -> int:
        """The first index from ``j`` on that is no connector ("of", "the", "'s")."""
        while j < len(items) and items[j].kind in ("word", "punct") and items[j].key in self.connectors:
            j += 1
        return j

    def _title_follows(self, items: list[Item], j: int) -> bool:
        """A post comes next, maybe after connectors: "Kenya's Foreign Minister", "Iranian Defence Minister"."""
        j = self._past_connectors(items, j)
        return j < len(items) and items[j].kind == "cue" and items[j].table in ("titles", "bodies")

    def _known_person_follows(self, items: list[Item], j: int) -> bool:
        """Where modifiers come first and names are capitalised, a known official's name follows after a
        possessive: "Cuba's Miguel Diaz-Canel" is one official of Cuba."""
        if not (self.adjective_first and self.letter_case):
            return False
        past = self._past_connectors(items, j)
        if past == j:
            return False
        j = past
        # Only an official the reference knows: "Italy's Jannik Sinner" is a player.
        return j < len(items) and items[j].kind == "entity" and items[j].entity_kind == "person"

    def _known_by_surname(self, name_items: list[Item], before: dict) -> str | None:
        """A known official named by surname after a post ("الرئيس عون", "President Aoun")."""
        if len(name_items) != 1 or not (before["titles"] or before["ranks"] or before["honorifics"]):
            return None
        key = name_items[0].key
        if key in self.given_names:
            return None  # "اللواء أحمد حسني" is not Abiy Ahmed: a common first name opens a new name
        return self.surnames.get(key)

    def _key_for(self, person: Person) -> str:
        if person.known:
            return person.key
        return unknown_person_key(person.name)  # one key for the person in every language

    # ------------------------------------------------------------------ main walk
    def find(self) -> ActorIndex:
        index = ActorIndex()
        surname_of: dict[str, str] = {}
        state_counts: Counter[str] = Counter()  # how much each state takes part; picks the article's pair
        place_counts: Counter[str] = Counter()  # states of the cities named, when the pair is short
        for items in self.doc.items:
            actors = self._sentence_actors(items, index, surname_of, state_counts, place_counts)
            for a in actors:
                for s in a.states:
                    if a.kind == "person":
                        state_counts[s] += 1
            self._remember_group(actors)
            self._remember_pair(actors)
            index.per_sentence.append(actors)
        index.main_states = [s for s, _ in state_counts.most_common(2)]
        for state, _ in place_counts.most_common():
            if len(index.main_states) >= 2:
                break
            if state not in index.main_states:
                index.main_states.append(state)  # a visit to Dushanbe involves Tajikistan
        by_country: dict[str, str] = {}
        for p in index.persons.values():
            if p.country and p.country not in by_country:
                by_country[p.country] = p.key
        index.main_persons = list(by_country.values())[:2]
        return index

    def _sentence_actors(self, items: list[Item], index: ActorIndex, surname_of: dict[str, str],
                         state_counts: Counter[str], place_counts: Counter[str]) -> list[Actor]:
        """The actors of one sentence, in order: officials, posts, ministries, references back, states
        and capitals."""
        actors: list[Actor] = []
        attached = self.attached_clitics  # Arabic script writes و ل ب ف onto the surname
        i = 0
        n = len(items)
        while i < n:
            it = items[i]
            if it.kind == "word" or it.kind == "punct":
                own = self._own_country(items, i, state_counts)
                if own is not None:
                    # "وصل إلى البلاد", "وارد کشورمان شد": the wire's own country is where he arrived;
                    # "شكره للمملكة": the Kingdom thanked.
                    actors.append(Actor(it.start, it.end, [own], None, "capital",
                                        place=it.key in self.own_country_nouns))
                    i += 1
                    continue
                # Most of a sentence: only a surname already met can make a word an actor.
                if surname_of and it.kind == "word":
                    key = surname_of.get(it.key) or (self._surname_match(it.key, surname_of) if attached else None)
                    if key:
                        p = index.persons[key]
                        actors.append(Actor(it.start, it.end, [p.country] if p.country else [], key, "person"))
                i += 1
                continue
            starts_person = (it.kind == "cue" and it.table in DESCRIPTOR_TABLES) or \
                (it.kind == "entity" and it.entity_kind == "person") or \
                (it.is_state and self._may_open_person(it)
                 and (self._title_follows(items, i + 1) or self._known_person_follows(items, i + 1)))
            if starts_person:
                following = self._official_at(items, i, index, surname_of, actors)
                if following is not None:
                    i = following
                    continue
            surnamed = self._surname_as_adjective(items, i, surname_of)
            if it.kind == "cue" and it.table == "coreference":
                self._add_reference(items, i, index, actors)
            elif surnamed is not None:
                # "محمد شياع السوداني ... وقال السوداني": the surname of an official named in full
                # earlier, not Sudan.
                p = index.persons[surnamed]
                actors.append(Actor(it.start, it.end, [p.country] if p.country else [], surnamed, "person"))
            elif it.is_state and it.via == "adjective" and self._names_people(items, i):
                pass  # "a Chinese firm", "شركة صينية": the country's business, not its state
            elif it.is_state:
                topic = self._is_topic(items, i, actors)
                # "the Danish capital", "العاصمة الدنماركية": where something happened, which a visit
                # goes to but a condemnation does not aim at.
                as_place = it.via == "adjective" and self._names_place(items, i)
                actors.append(Actor(it.start, it.end, [it.value], None, "state", topic=topic,
                                    via=it.via, place=as_place))
                if not topic:
                    state_counts[it.value] += 1
            elif it.kind == "entity" and it.entity_kind == "place":
                place = self.ref.places.get(it.value)
                if place and place.country:
                    place_counts[place.country] += 1
                capital_of = self.ref.capitals().get(it.value)
                prev = items[i - 1] if i > 0 else None
                after_prep = prev is not None and prev.key in self.place_preps and not self._envoys_posted(items, i - 1)
                if capital_of and not after_prep and not self._weekday_here(items, i):
                    actors.append(Actor(it.start, it.end, [capital_of], None, "capital",
                                        place=self._after_place_noun(items, i)))
            i += 1
        return actors

    def _envoys_posted(self, items: list[Item], k: int) -> bool:
        """Envoys (envoy_plurals) are named within three items before the preposition at ``items[k]`` ("its ambassadors in
        Berlin, Paris and London", "سفرای خود در برلین"): the capitals after it are the states they serve in."""
        # "recalled its ambassadors" is one cue; "سفراءها" carries its possessive. (One ambassador "in Tehran"
        # is the host's guest, not a list of the states he is recalled from.)
        return any(any(word.startswith(plural) for word in it.key.split() for plural in self.envoy_plurals)
                   for it in items[max(0, k - 3):k])

    def _add_reference(self, items: list[Item], i: int, index: ActorIndex, actors: list[Actor]) -> None:
        """The actor a reference back at ``items[i]`` stands for ("his counterpart", "the two countries")."""
        it = items[i]
        ref_actor = self._coreference(items, i, index, actors)
        if ref_actor.kind == "counterpart" and not ref_actor.states and i > 0 and items[i - 1].is_state \
                and actors and actors[-1].start == items[i - 1].start:
            # "his Polish counterpart": the adjective before the noun names the state.
            adjective = actors.pop()
            ref_actor = Actor(adjective.start, ref_actor.end, list(adjective.states), None, "counterpart")
        named_speaker = ref_actor.kind == "speaker-switch" and actors and actors[-1].kind == "person" \
            and not self.doc.text[actors[-1].end:it.start].strip(" ,،")
        if not named_speaker:  # "Bayramov, for his part, praised": the speaker is named
            actors.append(ref_actor)

    def _official_at(self, items: list[Item], i: int, index: ActorIndex, surname_of: dict[str, str],
                     actors: list[Actor]) -> int | None:
        """An official, a post or a ministry starting at ``items[i]``: its actor is added, and the
        index where the walk goes on is returned; None when none starts there."""
        it = items[i]
        person, k, before = self._person_from(items, i)
        if person is not None and not person.known and not self.letter_case:
            named_holder = self._holder_named_before(index, before)
            if named_holder is not None:
                # "وأشاد الرئيس السوري بمواقف المملكة" after "الرئيس السوري أحمد الشرع": the post names its
                # holder again; the words after it are no unknown name (a script without capitals
                # cannot tell them apart).
                end, _ = self._descriptor_run(items, i)
                actors.append(Actor(it.start, before["end"] or it.end,
                                    [named_holder.country] if named_holder.country else [], named_holder.key, "person"))
                return max(end, i + 1)
        if person is not None:
            person = self._register(index, person, surname_of)
            actors.append(Actor(person.phrase[0], person.phrase[1],
                                [person.country] if person.country else [], person.key, "person"))
            return max(k, i + 1)
        if before["bodies"] and not before["titles"]:
            following = self._body_at(items, i, k, before, actors)
            if following is not None:
                return following
        if before["titles"] and not before["states"] and not self.home_state:
            # "رئيس الجمهورية", "the foreign minister" alone: the one official of the article who holds
            # that post.
            role = before["titles"][0].value
            holders = [p for p in index.persons.values() if p.role == role and p.country] or [
                # "سمو ولي العهد" after "الأمير محمد بن سلمان": a known official named earlier under
                # another title who holds this post by the reference.
                p for p in index.persons.values() if p.known and p.country and any(
                    o.role == role and o.state == p.country
                    for o in self.ref.posts_of(p.key, self.doc.article_date))]
            country = holders[0].country if len({p.key for p in holders}) == 1 else None
            if country:
                actors.append(Actor(it.start, before["end"] or it.end, [country], holders[0].key, "person"))
                return max(k, i + 1)
        country = before["states"][0].value if before["states"] else (
            self._this_country(items, k, actors) or self.home_state)
        if (before["titles"] or before["bodies"]) and country:
            # A post without a name ("وزير دفاع طاجيكستان", "the Tajik defence minister") or a ministry
            # ("وزارة الخارجية السورية") speaks for its state.
            role = before["titles"][0].value if before["titles"] else None
            holder = next((p.key for p in index.persons.values()
                           if role and p.country == country and p.role == role), None)
            actors.append(Actor(it.start, before["end"] or it.end, [country], holder, "person"))
            return max(k, i + 1)
        return None

    @staticmethod
    def _holder_named_before(index: ActorIndex, before: dict) -> Person | None:
        """The known official of the article who holds the post and nationality of ``before`` (the
        descriptors read), when exactly one does."""
        if not (before["titles"] and before["states"]):
            return None
        role, state = before["titles"][0].value, before["states"][0].value
        holders = {p.key: p for p in index.persons.values() if p.known and p.role == role and p.country == state}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _body_at(self, items: list[Item], i: int, k: int, before: dict, actors: list[Actor]) -> int | None:
        """A ministry named without a post (``before``: the descriptors read from ``items[i]`` to
        ``items[k]``): the state it speaks for, from the capital after it, the state named with it
        before, or the dateline's. Returns where the walk goes on, or None."""
        it = items[i]
        body = before["bodies"][0].value
        seat = self._seat_after(items, k)
        if not before["states"] and seat:
            # "The foreign ministry in Stockholm summoned...": the ministry of that capital.
            self.discourse.body_named(body, seat)
            actors.append(Actor(it.start, items[k + 1].end, [seat], None, "person"))
            return k + 2
        if before["states"]:
            self.discourse.body_named(body, before["states"][0].value)
        elif body in self.discourse.last_body and not self.home_state:
            # "The ministry rejected...": the ministry last named with its state.
            actors.append(Actor(it.start, before["end"] or it.end, [self.discourse.last_body[body]], None, "person"))
            return max(k, i + 1)
        elif self.dateline_state and not self.home_state and not actors:
            # "PARIS (AFP) - ... the foreign ministry said": the ministry of the dateline's state.
            self.discourse.body_named(body, self.dateline_state)
            actors.append(Actor(it.start, before["end"] or it.end, [self.dateline_state], None, "person"))
            return max(k, i + 1)
        return None

    def _own_country(self, items: list[Item], i: int, state_counts: Counter[str]) -> str | None:
        """The state a wire's word for its own country means: after a place preposition ("إلى البلاد", "به
        کشورمان") the home state of the language's press, else the dateline's; "المملكة" alone
        (own_state_words) the dateline's."""
        it = items[i]
        if it.kind != "word":
            return None
        if it.key in self.own_state_kinds:
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None and (nxt.is_state or nxt.key in self.anaphoric):
                return None
            # "شكره للمملكة على جهودها" in a wire from Riyadh: the Kingdom is the dateline's state; without a
            # dateline of that kind, the kingdom the article has named most so far.
            kinds = self.own_state_kinds[it.key]
            if self.dateline_state and (self.dateline_state in kinds or not kinds):
                return self.dateline_state
            named = [(n, st) for st, n in state_counts.most_common() if st in kinds]
            return named[0][1] if named else None
        if it.key not in self.own_country_nouns or i == 0 \
                or not items[i - 1].key or items[i - 1].key.split()[-1] not in self.place_preps:
            return None  # (the preposition may end a trigger: "وصل إلى")
        return self.home_state or self.dateline_state or self.doc.dateline_state

    def _this_country(self, items: list[Item], k: int, actors: list[Actor]) -> str | None:
        """The state a post's "of this country" (ولیعهد این کشور, ولي عهد هذا البلد) at ``items[k]`` refers
        to: the last state named before it in the sentence."""
        while k < len(items) and items[k].kind == "word" and items[k].key in self.connectors:
            k += 1  # "the crown prince of this kingdom"
        if k + 1 >= len(items) or items[k].key not in self.anaphoric or items[k + 1].key not in self.state_nouns:
            return None
        return next((a.states[0] for a in reversed(actors) if a.states), None)

    def _seat_after(self, items: list[Item], k: int) -> str | None:
        """The state whose capital is named right after a place preposition at ``items[k]`` ("in Moscow")."""
        if k + 1 < len(items) and items[k].kind == "word" and items[k].key in self.place_preps \
                and items[k + 1].entity_kind == "place":
            return self.ref.capitals().get(items[k + 1].value)
        return None

    def _after_place_noun(self, items: list[Item], i: int) -> bool:
        """The city ``items[i]`` follows a place noun, and nothing but its adjective and connectors
        between ("في العاصمة الدنماركية كوبنهاغن", "the Turkish city of Izmir"): named as where
        something happened."""
        preceding = items[max(0, i - 3):i]
        heads = [n for n, x in enumerate(preceding) if x.key in self.place_heads]
        return bool(heads) and all(x.key in self.place_heads or x.is_state and x.via == "adjective"
                                   or x.key in self.connectors for x in preceding[heads[0]:])

    def _names_place(self, items: list[Item], i: int) -> bool:
        """The nationality adjective ``items[i]`` qualifies a place noun (``place_heads``: capital,
        city, العاصمة, پایتخت): a place where something happened, not a party."""
        j = i + 1 if self.adjective_first else i - 1
        return 0 <= j < len(items) and items[j].key in self.place_heads

    def _names_people(self, items: list[Item], i: int) -> bool:
        """The nationality adjective ``items[i]`` qualifies a firm, investors, fans... (``non_state_heads``,
        or a noun of ``non_state_actors``, which is matched as a cue: "Chinese firm", "Kenyan choir")."""
        j = i + 1 if self.adjective_first else i - 1
        if not 0 <= j < len(items):
            return False
        head = items[j]
        return head.kind == "word" and head.key in self.non_state_heads \
            or head.kind == "cue" and head.table == "non_state_actors"

    def _is_topic(self, items: list[Item], i: int, actors: list[Actor]) -> bool:
        """A state named after "in", "about", "the situation in"... or listed right after one."""
        j = i - 1
        while j >= 0 and items[j].kind == "punct" and items[j].text in ",،":
            j -= 1
        if j > 0 and items[j].key in self.place_modifiers:
            j -= 1  # "in western Mali", "في شمال مالي": as "in Mali"
        if j < 0:
            return False
        if items[j].kind in ("word", "cue") and items[j].key in self.non_party:
            return not self._after_government_and(items, j)
        # "in Syria and Lebanon", "في الضفة الغربية وسوريا": listed after a topic, a topic too.
        # "وسوريا" is listed after what came before, and "حيال الملف السوري" qualifies the noun after the
        # preposition; "عن شكره للولايات المتحدة" is neither.
        joined = items[i].attached > 0 and (self._conjunction_attached(items[i]) or (
            items[i].via == "adjective" and not self._names_place(items, i)))  # "في العاصمة الإثيوبية": a place
        if items[j].kind == "word" and items[j].key in self.conjunctions:
            joined, j = True, j - 1
        if not joined or j < 0:
            return False
        last = actors[-1] if actors else None
        if last is not None and last.end == items[j].end:
            return last.topic
        for k in range(j, max(-1, j - 4), -1):
            if items[k].kind == "punct" and items[k].text not in ",،":
                return False
            if items[k].kind in ("word", "cue") and items[k].key in self.non_party:
                return True
        return False

    def _after_government_and(self, items: list[Item], j: int) -> bool:
        """``items[j]`` ("people", "ملت", "شعب") is coordinated with a government noun before it ("the
        government and people of Iraq", "دولت و ملت عراق", "حكومة وشعب العراق"): the state itself is meant,
        not a topic."""
        k = j - 1
        if k >= 0 and items[j].attached == 0 and items[k].kind == "word" and items[k].key in self.conjunctions:
            k -= 1
        elif items[j].attached == 0:
            return False
        return k >= 0 and items[k].kind == "cue" and items[k].table == "bodies"

    def _may_open_person(self, it: Item) -> bool:
        """A state's word may open an official's name ("Egyptian President Sisi", "Egypt's President") only where
        modifiers come before their noun: "استقبل السوداني الرئيس السيسي" is al-Sudani receiving President Sisi,
        not a Sudanese president, and "استدعت إيران السفير الألماني" summons Germany's ambassador."""
        return self.adjective_first

    def _surname_as_adjective(self, items: list[Item], i: int, surname_of: dict[str, str]) -> str | None:
        """The person whose surname the nationality adjective ``items[i]`` is, when one of that surname
        was named earlier in the article and the adjective qualifies no noun (a definite noun right
        before it: "الوفد السوداني" is Sudan's delegation)."""
        it = items[i]
        if not surname_of or not it.is_state or it.via != "adjective":
            return None
        # The matcher leaves the article out of an adjective's span ("ال" + "سوداني"); the surname keeps it.
        key = self._surname_match(it.key, surname_of) or (
            self._surname_match(self.definite_prefix + it.key, surname_of) if self.definite_prefix else None)
        if key is None:
            return None
        prev = items[i - 1] if i > 0 else None
        if prev is not None and prev.kind in ("word", "cue") and self.definite_prefix \
                and prev.key.split()[-1].startswith(self.definite_prefix):
            return None
        return key

    def _surname_match(self, key: str, surname_of: dict[str, str]) -> str | None:
        if key in surname_of:
            return surname_of[key]
        if self.attached_clitics and key[:1] in ATTACHED_PREFIXES and key[1:] in surname_of:
            return surname_of[key[1:]]  # "وعراقجي", "لعون"
        return None

    def _register(self, index: ActorIndex, person: Person, surname_of: dict[str, str]) -> Person:
        key = self._key_for(person)
        existing = index.persons.get(key)
        if existing is None:
            # The same official may come back with a shorter name (surname only).
            surname = match_key(person.surface.split()[-1]) if person.surface.split() else ""
            if surname in surname_of and len(person.surface.split()) == 1:
                existing = index.persons[surname_of[surname]]
        if existing is not None:
            existing.role = existing.role or person.role
            existing.role_label = existing.role_label or person.role_label
            existing.rank = existing.rank or person.rank
            existing.country = existing.country or person.country
            return Person(existing.key, existing.name, existing.surface, person.start, person.end,
                          existing.known, existing.role, existing.role_label, existing.rank,
                          existing.country, person.phrase)
        person.key = key
        if person.known and not person.country:
            posts = self.ref.posts_of(key, self.doc.article_date)
            if posts:
                person.country = posts[0].state if posts[0].state in self.ref.states else None
                person.role = person.role or posts[0].role
        index.persons[key] = person
        words = person.surface.split()
        while len(words) > 2 and match_key(words[-1]) in self.name_suffixes:
            words = words[:-1]
        if len(words) >= 2 and len(match_key(words[-1])) >= 3:
            surname_of.setdefault(match_key(words[-1]), key)
        if person.known:
            for f in self.ref.forms_of("person", key):
                if f.kind == "surname":
                    surname_of.setdefault(match_key(f.form), key)
        return person

    def _weekday_here(self, items: list[Item], i: int) -> bool:
        """Persian دوشنبه is Monday and Dushanbe: after "today"/"day" or before a date it is the day."""
        if items[i].key not in self.weekdays:
            return False
        prev = items[i - 1].key if i > 0 else ""
        nxt = items[i + 1].text if i + 1 < len(items) else ""
        return prev in self.day_words or nxt[:1].isdigit()

    def _remember_pair(self, actors: list[Actor]) -> None:
        """Keep the states of two officials of different states named together ("X and Y")."""
        for a, b in zip(actors, actors[1:]):
            if a.kind == b.kind == "person" and a.states and b.states and a.states[0] != b.states[0]:
                gap = self.doc.text[a.end:b.start].split()
                if gap and all(match_key(w) in self.conjunctions for w in gap):
                    self.discourse.pair_named([a.states[0], b.states[0]], a.start)
                    return

    def _remember_group(self, actors: list[Actor]) -> None:
        """Keep the last run of three or more states joined by "and" and commas."""
        run: list[Actor] = []
        for a in actors:
            if a.kind in ("state", "capital") and a.states:
                gap = gap_words(self.doc.text, run[-1].end, a.start) if run else []
                if run and all(match_key(w) in self.conjunctions for w in gap):
                    run.append(a)
                    continue
                if len(run) >= 3:
                    break
                run = [a]
            elif len(run) >= 3:
                break
            else:
                run = []
        if len(run) >= 3:
            self.discourse.group_listed(list(dict.fromkeys(a.states[0] for a in run)))

    def _coreference(self, items: list[Item], i: int, index: ActorIndex, so_far: list[Actor]) -> Actor:
        it = items[i]
        kind = it.value
        if kind == "pair-persons":
            officials = list(dict.fromkeys(a.states[0] for a in so_far if a.kind == "person" and a.states))
            if len(officials) == 2:
                # "Erdogan held a meeting with Japarov, where the two leaders discussed": the two just named.
                return Actor(it.start, it.end, officials, None, kind)
        if kind == "pair-persons" and self.discourse.last_pair:
            # "The two leaders": the two officials last named together (or two who met since: see
            # EventFinder._resolve).
            return Actor(it.start, it.end, list(self.discourse.last_pair), None, kind,
                         referent_at=self.discourse.last_pair_at)
        if kind in ("pair", "pair-persons"):
            # Resolved when events are read: the article's two main states are known only then.
            return Actor(it.start, it.end, [], None, kind)
        if kind == "counterpart":
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None and nxt.is_state:
                return Actor(it.start, nxt.end, [nxt.value], None, "counterpart")
            return Actor(it.start, it.end, [], None, "counterpart")
        if kind == "for-his-part":
            return Actor(it.start, it.end, [], None, "speaker-switch")
        if kind == "group":
            # "the three countries": the last list of states written out.
            return Actor(it.start, it.end, list(self.discourse.last_group), None, "group")
        return Actor(it.start, it.end, [], None, kind)
