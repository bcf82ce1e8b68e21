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


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang, resources.lexicon_dir(lang))


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(lexicon(lang) for lang in resources.languages())
