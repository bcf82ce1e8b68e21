"""Latin names for persons missing from the reference, and a key that finds them across languages.

Two steps, both driven by data files:

* :func:`romanise` writes an Arabic-script name in Latin letters with the rules of the language's
  folder (``data/lexicons/<lang>/romanisation.tsv``: particles, the article, letters and digraphs by
  position, the short vowel guessed between consonants) after its table of whole names with their
  usual press spelling (``romanised_names.tsv``). A language without rules (English) keeps the
  name as written.
* :func:`name_key` reduces a Latin name to what survives transliteration: known given names and
  particles fold to one spelling (``data/reference/name_variants.csv``: Muhammad, Mohamed ->
  mohammed), the article and ``bin`` go, and any other word keeps only its consonant skeleton
  (vowels and doubled letters dropped, letters that transliterations swap folded: gh/q/g/k/c,
  w/v/f (Arabic writes v as ف), th/s, dh/z/d, ch/j: ض and ظ are d or dh in Arabic, z in Persian). Neighbouring skeletons are joined, so a name written in one word or two
  (Gharibabadi, Gharib Abadi) gets one key.

>>> from kg.lexicon import lexicon
>>> romanise("عباس عراقچی", lexicon("fa"))
'Abbas Araghchi'
>>> romanise("David Lammy", lexicon("en"))
'David Lammy'
>>> name_key("Mohamed Abdel Rahman") == name_key("Muhammad Abdulrahman")
True
>>> name_key(romanise("كاظم غريب آبادي", lexicon("ar"))) == name_key("Kazem Gharibabadi")
True
>>> name_key("Hassan") == name_key("Hassoun")
False
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..errors import LexiconError
from ..lexicon import Lexicon
from . import match_key

ZWNJ = "\u200c"
# Harakat, tanween, shadda, sukun, the hamza and madda written above or below (the ezafe's mark
# on ه included), superscript alef, tatweel: none is a letter of the name.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_VOWELS = frozenset("aeiouAEIOU")
POSITIONS = ("initial", "final", "any")


@dataclass(frozen=True)
class Romaniser:
    """The romanisation rules of one language (see ``data/lexicons/ar/romanisation.tsv``)."""

    words: dict[str, str] = field(default_factory=dict)  # match key of a whole word -> Latin
    joins_next: frozenset[str] = frozenset()
    joins_previous: frozenset[str] = frozenset()
    prefixes: tuple[tuple[str, str], ...] = ()  # longest first
    suffixes: tuple[tuple[str, str], ...] = ()
    letters: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # position -> rules
    short_vowel: str = ""
    given_names: frozenset[str] = frozenset()  # match keys of given_names.txt: parts of a compound

    @property
    def keeps_names(self) -> bool:
        """No letter rules: the language writes names in Latin letters already."""
        return not any(self.letters.values())

    def name(self, text: str) -> str:
        """``text`` (an Arabic-script name) in Latin letters, word by word."""
        text = " ".join(text.split())
        if self.keeps_names:
            return text
        text = _MARKS.sub("", unicodedata.normalize("NFKC", text)).replace("ۀ", "ه")
        words: list[str] = []
        for word in text.split():
            key = match_key(word)
            if words and key in self.joins_previous:
                words[-1] += word  # ذبيح الله: one name written in two words
            elif words and match_key(words[-1]) in self.joins_next:
                words[-1] += word  # عبد الرحمن
            else:
                words.append(word)
        return " ".join(self.word(w) for w in words)

    def word(self, word: str) -> str:
        """One word: a whole name of the table, a suffix or prefix rule, parts of a word split by a
        zero-width non-joiner, two names of the table written as one, or letter by letter."""
        if any("a" <= c.lower() <= "z" for c in word):
            return word  # already Latin
        key = match_key(word)
        if key in self.words:
            return self.words[key]
        plain = word.replace(ZWNJ, "")
        for form, latin in self.suffixes:
            for w in (word, plain):
                head = w[: len(w) - len(form)].rstrip(ZWNJ)
                if w.endswith(form) and len(head) >= 2:
                    return self.word(head) + latin
        for form, latin in self.prefixes:
            rest = plain[len(form):]
            if plain.startswith(form) and len(rest) >= 2:
                tail = self.word(rest)
                return latin + (tail.lower() if latin[-1:].isalpha() else tail)
        if ZWNJ in word:
            parts = [self.word(p) for p in word.split(ZWNJ) if p]
            return parts[0] + "".join(p.lower() for p in parts[1:])
        for cut in range(2, len(plain) - 1):
            head, tail = match_key(plain[:cut]), match_key(plain[cut:])
            if head in self.words and tail in self.words and (head in self.given_names or tail in self.given_names) \
                    and min(len(self.words[head]), len(self.words[tail])) >= 4:
                return f"{self.words[head]} {self.words[tail]}"  # محمدجواد: two names in one word
        return self._letters(plain)

    def _letters(self, word: str) -> str:
        units: list[str] = []
        i = 0
        while i < len(word):
            best: tuple[int, str] | None = None
            for position in POSITIONS:
                if position == "initial" and i > 0:
                    continue
                for form, latin in self.letters.get(position, ()):
                    if position == "final" and i + len(form) != len(word):
                        continue
                    if word.startswith(form, i) and (best is None or len(form) > best[0]):
                        best = (len(form), latin)
            if best is None:
                units.append(word[i])  # a letter the table does not know is kept
                i += 1
                continue
            units.append(best[1])
            i += best[0]
        # Segments: the letters of the units split into runs of vowels and of consonants; a digraph
        # (kh, sh) is one consonant and is never split.
        segments: list[tuple[str, bool]] = []  # (text, is a vowel)
        for unit in units:
            segments.extend((m.group(0), m.group(0)[0] in _VOWELS) for m in _SEGMENT.finditer(unit))
        out = ""
        i = 0
        while i < len(segments):
            if segments[i][1]:
                out += segments[i][0]
                i += 1
                continue
            j = i
            while j < len(segments) and not segments[j][1]:
                j += 1
            run = [text for text, _ in segments[i:j]]
            # After a vowel letter inside the word (a long vowel), a run opens a syllable as at the
            # start (باقري Baqeri); after the word's first letter (أ, إ: a short vowel) it closes one.
            out += _with_vowels(run, i == 0 or i > 1, j == len(segments), self.short_vowel)
            i = j
        return out[:1].upper() + out[1:]


_SEGMENT = re.compile(r"[aeiouAEIOU]+|[^aeiouAEIOU]+")


def _with_vowels(run: list[str], opens: bool, at_end: bool, vowel: str) -> str:
    """A run of consonants with the short vowels the script leaves out, guessed. A run that opens a
    syllable (the word's start, or after a long vowel) reads consonant, vowel, consonant (محمد
    Mahmad, بدر Badr, تخت Takht, باقري Baqeri); a run after an opening short vowel splits over two
    syllables as it is (إسلامي Islami); one that ends the word after it takes a vowel before its
    last consonant (أحمد Ahmad).

    >>> _with_vowels(["m", "h", "m", "d"], True, True, "a"), _with_vowels(["h", "m", "d"], False, True, "a")
    ('mahmad', 'hmad')
    """
    n = len(run)
    if opens:
        gaps = set(range(0, n - 1, 2))
    elif at_end:
        gaps = set(range(n - 2, -1, -2))
    else:
        gaps = set(range(1, n - 1, 2))
    return "".join(c + (vowel if g in gaps else "") for g, c in enumerate(run))


@cache
def romaniser(lx: Lexicon) -> Romaniser:
    """The rules of ``lx`` (``romanisation.tsv`` and ``romanised_names.tsv``), read once."""
    words: dict[str, str] = {}
    joins_next: set[str] = set()
    joins_previous: set[str] = set()
    prefixes: list[tuple[str, str]] = []
    suffixes: list[tuple[str, str]] = []
    letters: dict[str, list[tuple[str, str]]] = {p: [] for p in POSITIONS}
    short_vowel = ""
    for n, row in enumerate(lx.table("romanisation"), 1):
        form, latin, where = row.get("form", ""), row.get("latin", ""), row.get("where", "")
        if where == "word":
            words.setdefault(match_key(form), latin)
        elif where == "joins-next":
            joins_next.add(match_key(form))
            words.setdefault(match_key(form), latin)
        elif where == "joins-previous":
            joins_previous.add(match_key(form))
        elif where == "prefix":
            prefixes.append((form, latin))
        elif where == "suffix":
            suffixes.append((form, latin))
        elif where == "between":
            short_vowel = latin
        elif where in letters:
            letters[where].append((form, latin))
        else:
            raise LexiconError(f"{lx.folder / 'romanisation.tsv'}: row {n}: unknown position {where!r}")
    for row in lx.table("romanised_names"):
        if row.get("form") and row.get("latin"):
            words.setdefault(match_key(row["form"]), row["latin"])

    def longest(rules: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(rules, key=lambda r: -len(r[0])))

    return Romaniser(words, frozenset(joins_next), frozenset(joins_previous), longest(prefixes),
                     longest(suffixes), {p: tuple(r) for p, r in letters.items()}, short_vowel,
                     lx.keys("given_names"))


def romanise(name: str, lx: Lexicon) -> str:
    """``name`` in Latin letters by the rules of its language (as written where there are none).

    >>> from kg.lexicon import lexicon
    >>> romanise("محمد بن عبد الرحمن آل ثاني", lexicon("ar"))
    'Mohammed bin Abdulrahman Al Thani'
    """
    return romaniser(lx).name(name)


# ---------------------------------------------------------------------------------- matching key

@dataclass(frozen=True)
class NameVariants:
    """Latin spellings that fold together (``data/reference/name_variants.csv``)."""

    names: dict[str, str]  # variant -> canonical spelling
    particles: frozenset[str]  # dropped anywhere: bin, ibn, al
    titles: frozenset[str]  # dropped at the start of a name: sheikh, seyed
    joins_next: frozenset[str]  # abd, abdul, abu: one name with the next word
    joins_previous: frozenset[str]  # ullah, uddin: one name with the previous word


@cache
def name_variants() -> NameVariants:
    path = resources.reference_dir() / "name_variants.csv"
    groups: dict[str, dict[str, str]] = {k: {} for k in ("name", "particle", "title", "joins-next", "joins-previous")}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(ln for ln in fh if not ln.startswith("#")), 2):
            kind = row.get("kind", "")
            if kind not in groups:
                raise LexiconError(f"{path}: row {n}: unknown kind {kind!r}")
            form = _ascii(row["form"])
            groups[kind][form] = _ascii(row.get("canonical") or row["form"])
    names = dict(groups["name"])
    names.update({v: v for v in set(names.values())})  # the canonical spelling is a variant of itself
    return NameVariants(names, frozenset(groups["particle"]), frozenset(groups["title"]),
                        frozenset(groups["joins-next"]), frozenset(groups["joins-previous"]))


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


_ARTICLE = re.compile(r"^(?:[ae]l|[ae](sh|th|dh|[tdrzsn])(?=-\1))-")
_ABD = re.compile(r"^abd(?:oul|ul|el|al|ol|u|e|a|o)?-?(?=.)")
_ABU = re.compile(r"^ab(?:ou|u|o)(?:l-?|-)?(?=.)")
# Folds applied in order: digraphs before the letters they contain.
_FOLDS = (("x", "ks"), ("tch", "j"), ("dj", "j"), ("ch", "j"), ("zh", "j"), ("kh", "x"), ("gh", "q"),
          ("sh", "c"), ("th", "s"), ("dh", "d"), ("z", "d"), ("ph", "f"), ("ck", "q"), ("c", "q"), ("k", "q"),
          ("g", "q"), ("w", "f"), ("v", "f"), ("p", "b"))
_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _FOLDS[1:]))
_FOLD_MAP = dict(_FOLDS[1:])


def skeleton(word: str) -> str:
    """The consonants of a Latin word, as transliterations of one Arabic-script word share them.

    >>> skeleton("Araghchi"), skeleton("Araqchi"), skeleton("Hassoun")
    ('arqj', 'arqj', 'hsn')
    """
    w = re.sub(r"[^a-z]", "", _ascii(word))
    w = re.sub(r"(?<=[aeiou])h$", "", w)  # a final h after a vowel is a spelling of ة / ه
    w = _FOLD_RE.sub(lambda m: _FOLD_MAP[m.group(0)], w.replace("x", "ks"))
    if re.match(r"[aeiou]s[^aeiouh]", w):
        w = w[1:]  # Persian and Arabic open s and a consonant with a vowel: Scott, اسکات Eskat
    head = "a" if w[:1] in ("a", "e", "i", "o", "u") else w[:1]
    out = re.sub(r"(.)\1+", r"\1", head + re.sub(r"[aeiouy]", "", w[1:]))
    return out.replace("nb", "mb")  # Jumblatt, جنبلاط: n before b is spoken and often written m


def _units(token: str, v: NameVariants) -> list[tuple[str, bool]]:
    """(unit, is a known name) for one word: a known name, two known names written as one, a
    known name and a skeleton, or a skeleton."""
    if token in v.names:
        return [(v.names[token], True)]
    for cut in range(len(token) - 3, 2, -1):
        head, tail = token[:cut], token[cut:]
        # A long known name may open a word (Mohammadreza, Hosseinzadeh); a short one too often
        # opens another name (Isa-lami, Ali-yev) unless the rest is a known name too (Alireza).
        if head in v.names and (tail in v.names or (len(head) >= 5 and len(tail) >= 4)):
            return [(v.names[head], True), *_units(tail, v)]  # Mohammadreza, Aliabadi
    if token[:2] in ("al", "el") and len(token) >= 6:
        return _units(token[2:], v)  # Albusaidi, Elkhereiji: the article written onto the name
    # Abd al-, Abdul, Abdel, Abdur-; Abu al-, Aboul, Abol: the article inside an Abd- or Abu- name
    # is spelt every way, and Abu is written apart or joined (Abu Marzouk, ابومرزوق).
    return [(skeleton(_ABU.sub("abu", _ABD.sub("abd", token))), False)]


def name_key(name: str) -> str:
    """One key for the spellings of a Latin name (see the module docstring).

    >>> name_key("Sheikh Mohammed bin Abdulrahman Al Thani")
    'mohammed-abdulrahman-sn'
    >>> name_key("Abbas Araqchi") == name_key("Abbas Araghchi")
    True
    """
    v = name_variants()
    tokens: list[str] = []
    for raw in _ascii(name).replace("'", "").replace("\u2019", "").split():
        raw = raw.strip(".,")
        for part in _ARTICLE.sub("", raw).split("-"):
            if part:
                tokens.append(part)
    while tokens and tokens[0] in v.titles:
        tokens.pop(0)
    joined: list[str] = []
    for t in tokens:
        if t in v.particles:
            continue
        if joined and (t in v.joins_previous or joined[-1] in v.joins_next):
            joined[-1] += t  # Abdul Rahman = Abdulrahman, Zabih Ullah = Zabihullah
        else:
            joined.append(t)
    units = [u for t in joined for u in _units(t, v)]
    out: list[str] = []
    previous_known = True
    for n, (unit, known) in enumerate(units):
        if n and not known and unit.startswith("a"):
            unit = unit[1:]  # the mark of an opening vowel counts at the start of a name only
        if not unit:
            continue
        if out and not known and not previous_known:
            out[-1] = re.sub(r"(.)\1+", r"\1", out[-1] + unit)  # Gharib Abadi = Gharibabadi
        else:
            out.append(unit)
        previous_known = known
    return "-".join(u for u in out if u)
