"""Language lexicons: the data files under ``data/lexicons/<lang>/``.

Every language folder uses the same file names (a missing file is an empty table), so adding a
language is adding a folder. ``.txt`` files hold one entry per line; ``.csv`` files have a header;
lines starting with ``#`` are comments in both.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from . import resources
from .event_types import event_types


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per language
class Lexicon:
    lang: str
    folder: Path
    _tables: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict, repr=False)
    _lines: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _keys: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """Rows of ``<name>.csv`` (or ``.tsv``) as dicts; empty when the file does not exist."""
        if name not in self._tables:
            rows: list[dict[str, str]] = []
            for suffix, delimiter in ((".csv", ","), (".tsv", "\t")):
                path = self.folder / f"{name}{suffix}"
                if path.is_file():
                    with path.open(encoding="utf-8", newline="") as fh:
                        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
                        for row in csv.DictReader(lines, delimiter=delimiter):
                            rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
            self._tables[name] = tuple(rows)
        return self._tables[name]

    def setting(self, key: str, default: str = "") -> str:
        """A value of ``settings.csv`` (key,value), e.g. the language's word order."""
        return self._settings.get(key, default)

    @cached_property
    def _settings(self) -> dict[str, str]:
        # Read once: the rules ask for settings for every article. The first row naming a key wins.
        settings: dict[str, str] = {}
        for row in self.table("settings"):
            if "key" in row:
                settings.setdefault(row["key"], row.get("value", ""))
        return settings

    @property
    def names_language(self) -> str:
        """The language of the reference names this language reads: its own, or the one its profile
        names (a variant such as Dari reads Persian names)."""
        return self.setting("names_from") or self.lang

    def keys(self, name: str) -> frozenset[str]:
        """The entries of ``<name>.txt`` as match keys (folded, lower-cased), for membership tests."""
        if name not in self._keys:
            from .normalise import match_key

            self._keys[name] = frozenset(match_key(w) for w in self.lines(name))
        return self._keys[name]

    def lines(self, name: str) -> tuple[str, ...]:
        """Entries of ``<name>.txt``: one per line, comments and blank lines dropped."""
        key = f"{name}.txt"
        if key not in self._lines:
            path = self.folder / key
            entries: list[str] = []
            if path.is_file():
                for ln in path.read_text(encoding="utf-8").splitlines():
                    ln = ln.strip()
                    if ln and not ln.startswith("#"):
                        entries.append(ln)
            self._lines[key] = tuple(entries)
        return self._lines[key]


#: Every key of ``settings.csv``: the language's profile, which the rules read instead of its code.
SETTINGS = {
    "word_order": "VSO, SVO or SOV: where a trigger's subject and objects stand",
    "adjective_position": "before or after: where adjectives and possessors stand beside their noun",
    "letter_case": "yes when names are capitalised and case tells them from words (Latin script)",
    "max_name_words": "how many words an unknown person's name may have",
    "comma_apposition": "yes when a post may follow a name after a comma ('X, Iran's Minister of ...')",
    "descriptor_after_name": "yes when a post's words may go on after the name",
    "definite_prefix": "the definite article written onto a noun (ال): a definite noun refers back",
    "home_state": "the state an official with no stated nationality serves",
    "dateline_home_states": "states whose own press writes the language (space-separated codes): a wire "
                            "filed from one of them serves that state, not home_state",
    "solar_year_offset": "years written in the Solar Hijri calendar are this much less than Gregorian",
    "names_from": "the language whose names of states, places and persons (data/reference) this one reads",
    "object_marker": "the word that closes a direct object (Persian را): a list before it is no subject",
    "attached_conjunctions": "letters, space-separated, that are a conjunction written onto the next word (و ف)",
}
#: Allowed values of other columns, by file and column.
ALLOWED = {
    ("modality", "status"): {"planned", "background", "hypothetical", "conditional", "denial", "invitation",
                             "acceptance"},
    ("sense_contexts", "scope"): {"sentence", "before", "object"},
    ("non_state_actors", "kind"): {"crowd", "civil-society", "party", "firm", "sport", "private", "court", "cargo", "market"},
    ("triggers", "status"): {"", "planned"},
}


def problems(lx: Lexicon) -> list[str]:
    """What the language folder says that the rules would not understand, one line each (file, row)."""
    from .extract.notes import TRIGGER_NOTES  # the rules own the notes they read

    types = event_types()
    found = []
    folder = lx.folder
    for n, row in enumerate(lx.table("settings"), 1):
        if row.get("key") not in SETTINGS:
            found.append(f"{folder / 'settings.csv'}: row {n}: unknown setting {row.get('key')!r}")
    for n, row in enumerate(lx.table("triggers"), 1):
        if row.get("note") and row["note"] not in TRIGGER_NOTES:
            found.append(f"{folder / 'triggers.csv'}: row {n}: unknown note {row['note']!r}")
        if row.get("type") not in types:
            found.append(f"{folder / 'triggers.csv'}: row {n}: unknown event type {row.get('type')!r}")
    for (table, column), allowed in ALLOWED.items():
        for n, row in enumerate(lx.table(table), 1):
            if row.get(column, "") not in allowed:
                found.append(f"{folder / table}.csv: row {n}: unknown {column} {row.get(column)!r}")
    for n, row in enumerate(lx.table("sense_contexts"), 1):
        unknown = set(row.get("blocks", "").split()) - set(types)
        if unknown or not row.get("blocks"):
            found.append(f"{folder / 'sense_contexts.csv'}: row {n}: blocks unknown event types {sorted(unknown)}")
    return found


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang, resources.lexicon_dir(lang))


@cache
def checked_lexicons() -> tuple[Lexicon, ...]:
    """Every language's lexicon, once checked: an unknown setting, note or value is an error."""
    from .errors import LexiconError

    lexicons = all_lexicons()
    found = [line for lx in lexicons for line in problems(lx)]
    if found:
        raise LexiconError(found[0] + (f" (and {len(found) - 1} more)" if len(found) > 1 else ""))
    return lexicons


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(lexicon(lang) for lang in resources.languages())
