"""Dictionary matching of reference surface forms in normalised text (Aho-Corasick).

Each form is folded like the text (:func:`kg.normalise.match_key`) and, for languages whose
``clitics.tsv`` lists attached prefixes (Arabic و ب ل ك ال...), expanded with them, so "وطاجيكستان"
and "للدفاع" match without a tokenizer. Matches must start and end on word boundaries; overlapping
matches are resolved longest first, then by entity priority.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import ahocorasick

from ..lexicon import Lexicon
from ..normalise import NormalisedText, match_key

# When one span names several things, states win over organisations, places and persons (Oman
# before Amman; both are عمان once diacritics are gone).
KIND_PRIORITY = {"state": 0, "organisation": 1, "place": 2, "person": 3, "cue": 4}
VIA_PRIORITY = {"name": 0, "official": 0, "acronym": 0, "alias": 1, "variant": 1, "surname": 3,
                "adjective": 2}


@dataclass(frozen=True)
class Entry:
    entity_kind: str
    entity: str
    via: str
    form: str  # folded form as written in the data (for case-sensitive checks)
    case_sensitive: bool = False
    capitalised: bool = False  # English names: "Turkey" the state, not "turkey" the bird
    lowercase: bool = False  # English cue words: "met" the verb, not "the Met Office"

    #: Kind priority, then how it names: one small number (lower first), computed once, because matching
    #: sorts by it for every candidate of every article.
    priority: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "priority",
                           KIND_PRIORITY.get(self.entity_kind, 9) << 4 | VIA_PRIORITY.get(self.via, 5))


class Match:
    """Where the text names an entry (a class with slots: the compiled build makes it a C struct)."""

    __slots__ = ("start", "end", "entry", "prefix")

    def __init__(self, start: int, end: int, entry: Entry, prefix: int = 0) -> None:
        self.start = start  # in normalised text, the entity itself (clitics excluded)
        self.end = end
        self.entry = entry
        self.prefix = prefix  # characters of attached clitic before ``start``

    def __repr__(self) -> str:
        return f"Match({self.start}-{self.end} {self.entry.entity_kind}:{self.entry.entity} +{self.prefix})"


def clitic_variants(key: str, clitics: Iterable[tuple[str, str]], article: str = "") -> list[tuple[str, int]]:
    """Spellings of ``key`` with attached prefixes, as (variant, prefix length in the variant);
    ``article`` is the language's definite prefix (the ``definite_prefix`` setting: ال)."""
    out: list[tuple[str, int]] = []
    has_article = bool(article) and key.startswith(article)
    for prefix, applies_to in clitics:
        if applies_to == "any":
            out.append((prefix + key, len(prefix)))
        elif applies_to == "bare":
            # Also on a key that opens with the article's letters: "ألماني" folds to "الماني", and "الألماني"
            # is its form with the article (on a key that has the article, the doubled form never occurs).
            out.append((prefix + key, len(prefix)))
        elif applies_to == "article" and has_article:
            # The prefix replaces the article: ل + الدفاع -> للدفاع; the entity starts after it.
            out.append((prefix + key[len(article):], len(prefix)))
    return out


def _mid_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] not in ".!?؟:\"'“”\n-–—(«"


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and all(ord(c) < 0x250 for c in letters)


class Gazetteer:
    """Finds entries in normalised text. Build once, use for many articles."""

    def __init__(self, entries: Iterable[tuple[str, Entry]], lexicons: Iterable[Lexicon] = ()):
        lexicons = list(lexicons)
        clitics_by_lang = {
            lx.lang: [(r["prefix"], r.get("applies_to", "any")) for r in lx.table("clitics")]
            for lx in lexicons
        }
        article_by_lang = {lx.lang: match_key(lx.setting("definite_prefix")) for lx in lexicons}
        table: dict[str, dict[tuple[Entry, int], None]] = {}
        for lang, entry in entries:
            key = match_key(entry.form)
            if not key:
                continue
            table.setdefault(key, {})[(entry, 0)] = None
            for variant, plen in clitic_variants(key, clitics_by_lang.get(lang, ()), article_by_lang.get(lang, "")):
                table.setdefault(variant, {})[(entry, plen)] = None
        self._automaton = ahocorasick.Automaton()
        for key, values in table.items():
            # Whether an entry needs a look at the text's case, computed once rather than per match.
            checked = tuple((entry, plen, entry.case_sensitive or entry.capitalised or entry.lowercase)
                            for entry, plen in values)
            self._automaton.add_word(key, (len(key), checked))
        self.size = len(table)
        self._longest = max(map(len, table), default=0)  # no key is longer: ranks stay positive
        if table:
            self._automaton.make_automaton()

    def entries(self, surface: str) -> list[Entry]:
        """Every entry a surface form (as written in the text) can stand for."""
        found = self._automaton.get(match_key(surface), None) if self.size else None
        return [entry for entry, prefix, _ in found[1] if prefix == 0] if found else []

    def find(self, norm: NormalisedText, spans: list[tuple[int, int]] | None = None) -> list[Match]:
        """Longest non-overlapping matches, in text order; with ``spans`` (normalised, sorted, not
        overlapping: content spans or sentences), only matches lying inside one of them."""
        if not self.size or spans is not None and not spans:
            return []
        text = norm.text
        lowered = norm.lowered
        length = len(lowered)
        regions = spans if spans is not None else [(0, length)]
        region, last_region = 0, len(regions) - 1
        # Candidates and their ranks: the longest first, then by priority, then by position; each rank
        # one integer (length, priority and position in fields of its bits), so that sorting compares
        # plain numbers, and the sort is stable, so that an exact tie keeps the order found.
        candidates: list[Match] = []
        ranks: list[int] = []
        position_bits = length.bit_length()
        longest = self._longest
        # The automaton's values are untyped; declared, they become machine integers when compiled.
        end_index: int
        key_length: int
        values: tuple[tuple[Entry, int, bool], ...]
        for end_index, (key_length, values) in self._automaton.iter(lowered):
            start, end = end_index - key_length + 1, end_index + 1
            if start > 0 and lowered[start - 1].isalnum():
                continue
            if end < length and lowered[end].isalnum():
                continue
            # Matches come by their end: the only region that can hold one is the first ending at or
            # after it.
            while region < last_region and regions[region][1] < end:
                region += 1
            if not regions[region][0] <= start or regions[region][1] < end:
                continue
            for entry, plen, checked in values:
                if checked:
                    if entry.case_sensitive and text[start + plen:end] != entry.form:
                        continue
                    if entry.capitalised and not text[start + plen].isupper():
                        continue
                    if entry.lowercase and text[start].isupper() and _mid_sentence(text, start):
                        continue  # "the Met Office" is not "met"
                candidates.append(Match(start + plen, end, entry, plen))
                ranks.append((((longest - key_length) << 8 | entry.priority) << position_bits) + start + plen)
        taken: list[Match] = []
        occupied = bytearray(length + 1)
        for i in sorted(range(len(candidates)), key=ranks.__getitem__):
            m = candidates[i]
            s = m.start - m.prefix
            # Whatever was taken is at least as long (longest first), so it cannot lie strictly
            # inside this span: it overlaps only if it holds the span's first or last character.
            if occupied[s] or occupied[m.end - 1]:
                continue
            occupied[s:m.end] = b"\x01" * (m.end - s)
            taken.append(m)
        taken.sort(key=_start)  # they do not overlap: their starts differ
        return taken


def _start(m: Match) -> int:
    return m.start


def entries_from_reference(ref, lang: str | None = None) -> list[tuple[str, Entry]]:
    """(lang, Entry) for the surface forms of one language (all when ``lang`` is None).

    Languages are kept apart because folding makes scripts meet: Persian نیجریه (Nigeria) and Arabic
    نيجرية (Nigerien) fold to the same letters. Latin acronyms (NATO, SCO) are kept for every language.
    """
    from ..lexicon import all_lexicons
    from ..normalise import fold

    cased_languages = {lx.lang for lx in all_lexicons() if lx.setting("letter_case") == "yes"}
    out = []
    for f in ref.forms:
        if lang is not None and f.lang != lang and not (f.kind == "acronym" and f.lang in cased_languages):
            continue
        folded = fold(f.form).strip()
        # Case tells names from words only in scripts with letter case (the language's profile).
        cased = f.lang in cased_languages
        case_sensitive = cased and (f.kind == "acronym" or _is_acronym(folded)) and len(folded) <= 8
        capitalised = cased and folded[:1].isupper()
        out.append((f.lang, Entry(f.entity_kind, f.entity, f.kind, folded, case_sensitive, capitalised)))
    return out
