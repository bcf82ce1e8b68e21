"""Numbers written as digits or words (``22``, ``٢٢``, ``اثنتين وعشرين``, ``twenty-two``, ``a dozen``).

Number words come from ``numbers.csv`` in the language folder (form,value). A run of number words
joined by the language's conjunction adds up (compound numbers of documents and diplomats
stay well below a hundred).
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import Lexicon
from ..normalise import match_key


@cache
def number_reader(lexicon: Lexicon) -> "NumberReader":
    return NumberReader(lexicon)


class NumberReader:
    def __init__(self, lexicon: Lexicon):
        self.words: dict[str, int] = {}
        for row in lexicon.table("numbers"):
            self.words[match_key(row["form"])] = int(row["value"])
        self.joiners = {match_key(j) for j in lexicon.lines("number_joiners")}
        self.prefixes = tuple(match_key(p) for p in lexicon.lines("number_prefixes"))

    def _word_value(self, word: str) -> int | None:
        key = match_key(word)
        if key in self.words:
            return self.words[key]
        for p in self.prefixes:  # Arabic: و + عشرين
            if key.startswith(p) and key[len(p):] in self.words:
                return self.words[key[len(p):]]
        return None

    def value_before(self, words: list[str]) -> int | None:
        """Value of the number written just before a noun: ``words`` are the preceding tokens, last nearest."""
        if not words:
            return None
        last = words[-1]
        digits = re.fullmatch(r"\d{1,6}", last)
        if digits:
            return int(last)
        total, found, i = 0, False, len(words) - 1
        while i >= 0:
            w = words[i]
            if match_key(w) in self.joiners:
                i -= 1
                continue
            parts = [p for p in w.split("-") if p]
            values = [self._word_value(p) for p in parts]
            if not parts or any(v is None for v in values):
                break
            total += sum(v for v in values if v is not None)
            found = True
            i -= 1
        return total if found else None
