"""Sentences and tokens of the normalised article text, restricted to its content spans."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicon import Lexicon

# A token: a word, an initialism with its dots ("U.S."), or one other character (a word's sentence-final
# stop is a token of its own). Written to open with one character class, so that the regex engine
# skips the spaces between tokens in C instead of trying the whole pattern at each.
TOKEN = re.compile(r"\S(?:(?<=\w)(?:(?:\.\w)+\.|\w*))?")
# A run of stops followed by a space, a quote or the end; or a line break (one class first, as above).
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=\n)|[.!?؟]*(?=[\s\"'»”)]|$))")


_INITIALISM = re.compile(r"(?:\w\.)*\w\.")


class Sentence(NamedTuple):
    start: int
    end: int
    number: int  # its place in the article, from 0


@cache
def _abbreviations(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon.lines("abbreviations"))


def sentences(text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> list[Sentence]:
    """Split each content span at sentence ends, not after an abbreviation (U.S., Gen.)."""
    abbreviations = _abbreviations(lexicon)
    cuts: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        start = span_start
        for m in _SENTENCE_END.finditer(text, span_start, span_end):
            stop = m.start()
            if text[stop] == ".":
                # The word the stop ends ("Gen.", "U.S."): an abbreviation does not end the sentence.
                j = max(start, *(text.rfind(space, start, stop) + 1 for space in " \n\r"))
                before = (text[j:stop] + "." if j < stop else "").lower()
                if before in abbreviations or len(before) <= 4 and _INITIALISM.fullmatch(before):
                    continue
            cuts.append((start, m.end()))
            start = m.end()
        cuts.append((start, span_end))
    out: list[Sentence] = []
    for a, b in cuts:
        seg = text[a:b]
        stripped = seg.strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            out.append(Sentence(a + lead, a + lead + len(stripped), len(out)))
    return out


def gap_words(text: str, start: int, end: int) -> list[str]:
    """The words between two positions, commas (Latin and Arabic) left out: what joins two names."""
    return text[start:end].replace(",", " ").replace("،", " ").split()
