"""Dates in article text: datelines, explicit dates, and day words resolved against the article date.

Month and weekday names are data (``months.csv``: form,month[,calendar]; ``weekdays.csv``:
form,weekday with Monday = 0; ``relative_days.csv``: form,offset). Gregorian, Levantine and Maghreb
month names are plain Gregorian months; Hijri dates (``calendar=hijri``) are converted with
``convertdate`` (tabular calendar), Solar Hijri dates (``calendar=persian``) with ``jdatetime``
(arithmetic, and much faster than an astronomical conversion).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import Lexicon
from ..normalise import match_key


# The text is folded: Arabic-Indic and Persian digits are ASCII digits by now (and an ASCII class is
# cheaper to scan for than the Unicode digit category).
_DIGIT = re.compile(r"[0-9]")
_REACH = 60  # characters a date may extend beyond its digits (month names, separators)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    date: dt.date
    calendar: str


def _convert(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if calendar == "hijri":
            from convertdate import islamic

            return dt.date(*islamic.to_gregorian(year, month, day))
        if calendar == "persian":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


@cache
def date_reader(lexicon: Lexicon) -> "DateReader":
    """One reader per language: building the month patterns is the costly part."""
    return DateReader(lexicon)


class DateReader:
    def __init__(self, lexicon: Lexicon):
        months: dict[str, tuple[int, str]] = {}
        for row in lexicon.table("months"):
            months[match_key(row["form"])] = (int(row["month"]), row.get("calendar") or "gregorian")
        self.months = months
        self.weekdays = {match_key(r["form"]): int(r["weekday"]) for r in lexicon.table("weekdays")}
        self.relative = {match_key(r["form"]): int(r["offset"]) for r in lexicon.table("relative_days")}
        names = sorted(months, key=len, reverse=True)
        if names:
            month = "(?P<month>" + "|".join(re.escape(n) for n in names) + ")"
            alt = r"(?:\s*/\s*(?:" + "|".join(re.escape(n) for n in names) + "))?"
            # The text is lower-cased (month names are match keys), so no pattern needs re.IGNORECASE,
            # whose case-folding comparisons defeat the engine's quick rejection of non-matching
            # alternatives. No pattern opens with a look back either, so that the engine can skip to
            # the characters a date can open with instead of trying each position: a day looks back
            # after its first digit, and a date opening with a month is checked for a word before
            # it in ``find`` (the flag).
            day = r"(?P<day>\d(?<!\w\d)\d?)(?:st|nd|rd|th)?"
            year = r"(?P<year>\d{4})"
            self._patterns: list[tuple[re.Pattern[str], bool]] = [
                (re.compile(rf"{day}\s*(?:-\s*)?(?:of\s+)?{month}{alt}\.?,?\s*(?:\(\w+\)\s*)?{year}(?!\d)"), False),
                (re.compile(rf"{month}{alt}\.?\s+{day},?\s+{year}(?!\d)"), True),
                (re.compile(rf"{month}{alt}\.?\s+{day}(?!\d)(?!\s*,?\s*\d{{4}})"), True),
                (re.compile(rf"{day}\s+{month}{alt}(?![\w])(?!\s*,?\s*\d{{4}})"), False),
            ]
        else:
            self._patterns = []

    def find(self, text: str, start: int = 0, end: int | None = None, *,
             default_year: int | None = None) -> list[FoundDate]:
        """Every explicit date in ``text[start:end]``, a folded and lower-cased text (``NormalisedText.lowered``)."""
        end = len(text) if end is None else end
        found: list[FoundDate] = []
        first = _DIGIT.search(text, start, end)
        if not first:
            return found  # every pattern needs a day number; most sentences have none
        # A date lies around its numbers: read from a little before the first digit to a little
        # after the last (a month name, "/ its other name", "of") instead of the whole sentence.
        last = max(first.start(), *(text.rfind(d, first.start(), end) for d in "0123456789"))
        start, end = max(start, first.start() - _REACH), min(end, last + 1 + _REACH)
        taken: list[tuple[int, int]] = []
        for pattern, at_word_start in self._patterns:
            pos = start
            while (m := pattern.search(text, pos, end)) is not None:
                if at_word_start and m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                    pos = m.start() + 1  # inside a word ("summary"): the next position, as a look back would
                    continue
                pos = m.end()
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                month, calendar = self.months[match_key(m.group("month"))]
                year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else default_year
                if year is None:
                    continue
                day = _convert(calendar, year, month, int(m.group("day")))
                if day is None:
                    continue
                taken.append((m.start(), m.end()))
                found.append(FoundDate(m.start(), m.end(), day, calendar))
        found.sort(key=lambda f: f.start)
        return found

    def relative_day(self, keys: list[str], anchor: dt.date | None, *, future: bool = False) -> dt.date | None:
        """Resolve 'today', 'yesterday', 'on Tuesday'... among words (by key, :func:`match_key`)
        against ``anchor``."""
        if anchor is None:
            return None
        for k in keys:
            if k in self.relative:
                return anchor + dt.timedelta(days=self.relative[k])
        for k in keys:
            if k in self.weekdays:
                delta = (anchor.weekday() - self.weekdays[k]) % 7
                if future:
                    return anchor + dt.timedelta(days=(self.weekdays[k] - anchor.weekday()) % 7)
                return anchor - dt.timedelta(days=delta)
        return None
