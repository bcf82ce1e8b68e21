"""Script normalisation with an offset map back to the original text.

Matching needs one spelling per word: no diacritics or tatweel, one alef, one yeh, one kaf, ASCII
digits, plain spaces. Evidence needs the original offsets. :func:`normalise` gives both: the folded
text and, for each of its characters, the index of the original character it came from.

>>> n = normalise("هنّأ نظيرَه ٢٢")
>>> n.text
'هنا نظيره 22'
>>> n.original_span(5, 10)
(6, 12)
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache


def _char_folds() -> dict[str, str]:
    folds: dict[str, str] = {}
    # Arabic diacritics (harakat, tanween, shadda, sukun), superscript alef, Quranic marks, tatweel.
    for cp in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]:
        folds[chr(cp)] = ""
    # Invisible characters: zero-width (ZWNJ included: Persian writes it inside words), bidi marks, BOM.
    for cp in [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x00AD]:
        folds[chr(cp)] = ""
    for cp in [0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009]:
        folds[chr(cp)] = " "
    letter_folds = {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ؤ": "و",
        "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
        "ک": "ك", "ڪ": "ك",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
        "İ": "I",  # its lower case is two characters; keep lengths stable
    }
    folds.update(letter_folds)
    for i in range(10):
        folds[chr(0x0660 + i)] = str(i)  # Arabic-Indic digits
        folds[chr(0x06F0 + i)] = str(i)  # Persian digits
    # Presentation forms: decompose to the base letters, then fold those.
    for cp in [*range(0xFB50, 0xFDFF), *range(0xFE70, 0xFEFF)]:
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            folds[ch] = "".join(folds.get(c, c) for c in decomposed)
    return folds


@cache
def _tables() -> tuple[dict[str, str], re.Pattern[str]]:
    folds = _char_folds()
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(folds)) + "]")
    return folds, pattern


@dataclass(frozen=True)
class NormalisedText:
    """Folded text plus ``index[i]`` = position in the original of folded character ``i``."""

    text: str
    index: Sequence[int]  # a range when every fold kept one character for one
    original_length: int

    @cached_property
    def lowered(self) -> str:
        """The folded text in lower case, computed once: matching and date reading both read it."""
        return self.text.lower()

    def original_offset(self, i: int) -> int:
        """Original position of folded position ``i`` (``len(text)`` maps to the original end)."""
        if i >= len(self.index):
            return self.original_length
        return self.index[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded span ``[start, end)``."""
        if end <= start:
            o = self.original_offset(start)
            return o, o
        return self.index[start], self.index[end - 1] + 1


def normalise(text: str) -> NormalisedText:
    """Fold ``text`` for matching and keep the map back to the original offsets."""
    folds, pattern = _tables()
    found = list(pattern.finditer(text))
    if all(len(folds[m.group()]) == 1 for m in found):
        # One character for one (most English pages: quotes and dashes at most): positions do not
        # move, and the offset map is the identity, not a list of every position.
        folded = pattern.sub(lambda m: folds[m.group()], text) if found else text
        return NormalisedText(folded, range(len(text)), len(text))
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in found:
        i = m.start()
        if i > pos:
            pieces.append(text[pos:i])
            index.extend(range(pos, i))
        replacement = folds[m.group()]
        if replacement:
            pieces.append(replacement)
            index.extend([i] * len(replacement))
        pos = i + 1
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return NormalisedText("".join(pieces), tuple(index), len(text))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The folded form alone, for dictionary keys: the same folding as :func:`normalise`."""
    return normalise(text).text


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """Key used to compare surface forms: folded, lower-cased, single-spaced."""
    return " ".join(fold(text).lower().split())
