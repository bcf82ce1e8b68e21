"""One article prepared for the rules: normalised text, content, sentences, tokens and matches."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Article
from ..normalise import NormalisedText, match_key
from .gazetteer import Match
from .text import Sentence


class Item:
    """A unit of a sentence the rules walk over: a dictionary match, or a word or punctuation token.

    An article makes hundreds and the rules read their fields millions of times per batch: a class
    with slots, which the compiled build (``make compiled``) turns into a C struct. Tokens are built
    where sentences are read (``core._items_for``), matches by :func:`match_item`.
    """

    __slots__ = ("start", "end", "kind", "text", "match", "order", "entity_kind", "table", "value", "is_state",
                 "key")

    def __init__(self, start: int, end: int, kind: str, text: str, match: Match | None, order: int,
                 entity_kind: str | None, table: str | None, value: str, is_state: bool, key: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "entity" | "cue" | "word" | "punct"
        self.text = text
        self.match = match
        self.order = order  # where it starts, attached clitic included: the sentence's reading order
        self.entity_kind = entity_kind  # state, organisation, place, person; "cue" for cues
        self.table = table  # for cues: the lexicon table it comes from (titles, triggers...)
        self.value = value  # the entity or the cue's value; a token's own text
        self.is_state = is_state
        self.key = key  # the text as dictionaries compare it (:func:`kg.normalise.match_key`)

    def __repr__(self) -> str:
        return f"Item({self.kind} {self.text!r} {self.start}-{self.end} {self.value!r})"

    @property
    def attached(self) -> int:
        """Characters of clitic written onto the match before it (و, ب, لل...); 0 for tokens."""
        return self.start - self.order

    @property
    def via(self) -> str:
        """How a dictionary match names its entity (name, adjective, acronym...); empty for tokens."""
        return self.match.entry.via if self.match is not None else ""


def match_item(m: Match, text: str) -> Item:
    e = m.entry
    surface = text[m.start:m.end]
    if e.entity_kind == "cue":
        return Item(m.start, m.end, "cue", surface, m, m.start - m.prefix, "cue", e.via, e.entity, False,
                    match_key(surface))
    return Item(m.start, m.end, "entity", surface, m, m.start - m.prefix, e.entity_kind, None, e.entity,
                e.entity_kind == "state", match_key(surface))


@dataclass
class Doc:
    article: Article
    lang: str
    lexicon: Lexicon
    norm: NormalisedText
    spans: list[tuple[int, int]]  # content spans, normalised offsets
    sentences: list[Sentence]
    items: list[list[Item]]  # per sentence
    article_date: dt.date | None = None
    dateline_place: str | None = None
    #: The state a dateline names when it names a state, not a city ("الكويت - 22 - 12 (كونا) --").
    dateline_state: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def headline(self) -> int | None:
        """Index of the headline sentence: a short first line of its own, without a final stop.

        Headlines compress the story into a few words ("X condemns Y; summit called"); the body
        states the same facts with their parties, so the events read the headline after the body.
        """
        if len(self.sentences) < 3:
            return None
        first = self.sentences[0]
        line = self.text[first.start:first.end].rstrip()
        rest = self.text[first.end:self.sentences[1].start]
        if len(line) > 200 or line[-1:] in ".!?؟" or "\n" not in rest:
            return None
        return first.number

    def original(self, start: int, end: int) -> tuple[int, int, str]:
        """Original offsets and quote of the normalised span ``[start, end)``."""
        o_start, o_end = self.norm.original_span(start, end)
        return o_start, o_end, self.article.text[o_start:o_end]
