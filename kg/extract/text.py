"""Sentences and tokens of the normalised article text, restricted to its content spans."""
from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass

from ..lexicon import Lexicon

# Initialisms keep their dots ("U.S."); a word's sentence-final stop is a token of its own.
TOKEN = re.compile(r"(?:\w\.){2,}|\w+|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?؟]+(?=[\s\"'»”)]|$)|\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int


@cache
def _abbreviations(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon.lines("abbreviations"))


def sentences(text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> list[Sentence]:
    """Split each content span at sentence ends, not after an abbreviation (U.S., Gen.)."""
    abbreviations = _abbreviations(lexicon)
    out: list[Sentence] = []
    for span_start, span_end in spans:
        start = span_start
        for m in _SENTENCE_END.finditer(text, span_start, span_end):
            if m.group().startswith("."):
                j = m.start()
                while j > start and not text[j - 1].isspace():
                    j -= 1  # back to the start of the word the stop ends ("Gen.", "U.S.")
                before = (text[j:m.start()] + "." if j < m.start() else "").lower()
                if before in abbreviations or re.fullmatch(r"(?:\w\.)*\w\.", before) and len(before) <= 4:
                    continue
            end = m.end()
            if text[start:end].strip():
                out.append(Sentence(start, end, len(out)))
            start = end
        if text[start:span_end].strip():
            out.append(Sentence(start, span_end, len(out)))
    trimmed = []
    for s in out:
        seg = text[s.start:s.end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        trimmed.append(Sentence(s.start + lead, s.end - trail, s.index))
    return trimmed


def gap_words(text: str, start: int, end: int) -> list[str]:
    """The words between two positions, commas (Latin and Arabic) left out: what joins two names."""
    return text[start:end].replace(",", " ").replace("،", " ").split()
