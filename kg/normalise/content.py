"""What part of a captured page is the article: drop page chrome, repeated lines and source tags.

Chrome phrases are data (``boilerplate.txt`` in each language folder); the rules here are only
about shape: a line equal to an earlier one (the repeated headline), a line that is a single tag
(``الكوثر_ايران``, ``#Iran``), or a line made only of punctuation and spaces.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from ..lexicon import Lexicon
from . import match_key

_TAG_LINE = re.compile(r"^\s*[#@]?\w+(?:_\w+)+\s*$|^\s*#\w+\s*$")
_NO_WORDS = re.compile(r"^[\W_]*$")


@cache
def _chrome(lexicons: tuple[Lexicon, ...]) -> frozenset[str]:
    return frozenset(match_key(line).rstrip(":： ") for lx in lexicons for line in lx.lines("boilerplate"))


def content_spans(text: str, lexicons: Iterable[Lexicon]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is article content, in order."""
    chrome = _chrome(tuple(lexicons))
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or _NO_WORDS.match(stripped) or _TAG_LINE.match(stripped):
            continue
        key = match_key(stripped)
        if key.rstrip(":： ") in chrome or key in seen:
            continue
        seen.add(key)
        lead = len(line) - len(line.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return spans


_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F]+")
_PERSIAN_ONLY = re.compile(r"[پچژگکی\u200c]")
_LATIN = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str:
    """``ar``, ``fa`` or ``en`` from the script (a cheap, dependable signal for these three)."""
    sample = text[:1500]  # the script of a page shows in its first lines
    if sample.isascii() or not _ARABIC_LETTER.search(sample):
        # ASCII says it without a scan (Python knows it of every string); otherwise one scan, no
        # counting: most pages of a batch are in one script or the other.
        return "en"
    # Runs of letters, not single letters: far fewer matches to count.
    arabic_script = sum(map(len, _ARABIC_LETTER.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
    if arabic_script > latin:
        persian = len(_PERSIAN_ONLY.findall(sample))
        return "fa" if persian > 0.02 * arabic_script else "ar"
    return "en"
