"""One article prepared for the rules: normalised text, content, sentences, tokens and matches."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Article
from ..normalise import NormalisedText
from .gazetteer import Match
from .text import Sentence


@dataclass(slots=True)
class Item:
    """A unit of a sentence the rules walk over: a dictionary match, or a word or punctuation token."""

    start: int
    end: int
    kind: str  # "entity" | "cue" | "word" | "punct"
    text: str
    match: Match | None
    order: int  # where the unit starts, attached clitic included: the sentence's reading order

    @property
    def entity_kind(self) -> str | None:
        return self.match.entry.entity_kind if self.match else None

    @property
    def table(self) -> str | None:
        """For cues: the lexicon table it comes from (titles, triggers...)."""
        return self.match.entry.via if self.kind == "cue" and self.match else None

    @property
    def value(self) -> str:
        return self.match.entry.entity if self.match else self.text

    def is_state(self) -> bool:
        return self.kind == "entity" and self.entity_kind == "state"


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
        return first.index

    def original(self, start: int, end: int) -> tuple[int, int, str]:
        """Original offsets and quote of the normalised span ``[start, end)``."""
        o_start, o_end = self.norm.original_span(start, end)
        return o_start, o_end, self.article.text[o_start:o_end]
