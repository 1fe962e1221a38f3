"""Line-end hyphen decisions: join ``multi-``/``lateralism``, keep ``geo-``/``economic``.

``decide`` runs ``RULES`` in order; the first rule with an opinion decides and its reason is
the evidence in the repair record. Evidence, strongest first:
1. form: a soft hyphen is a hyphenation point; a digit or a suspended hyphen
   (``mid-``/``and long-term``) keep it;
2. the document itself: how often the joined and the hyphenated forms occur elsewhere
   (whole words, case-folded, URLs included: ``datacarpentry.org`` joins ``Datacarpen-``/``try``);
3. form again: a URL or path that uses hyphens keeps this one; a capital after the hyphen
   (``Pakistan-``/``Russia``) keeps it; a suffix
   after it (``computation-``/``ally``) joins; a word that already holds a hyphen or a
   slash (``cross-browser-``/``compatible``) keeps it;
4. the lexicon (wordfreq): a half that is no word joins; two words join only when the
   joined spelling is common in its own right;
5. hyphenation patterns (pyphen) as the last tie-breaker.
When the evidence runs out the hyphen is kept: a kept hyphen is a blemish, a dropped real one
is lost information.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from galley import vocab

_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")  # _WORD on lower-cased ASCII text
# A form the counts can hold: a word of the case-folded text, where ``‐`` is already ``-``.
_KEY = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_JOINERS = "-'’"
# Up to this many characters a document keeps its line texts and answers ``count`` by
# searching its case-folded text; a longer one is counted word by word as it streams in.
TARGETED_LIMIT = 2_000_000
_LEFT = re.compile(r"([^\W\d_]+)[-‐\u00ad]$")
_RIGHT = re.compile(r"^([^\W\d_]+)")
_SUSPENDED_NEXT = vocab.all_of(vocab.SUSPENDED_HYPHEN_NEXT)
_URL = re.compile(r"://|www\.|@|doi:", re.I)
# Word endings that are never a word of a compound: a break before them is a hyphenation
# point (``computation-ally``, ``Astronaut-ics``, ``modular-ize``, ``Projektmanage-ment``).
_SUFFIXES = frozenset(
    "ally ation ations ative ics ical ically ize izes ized izing ise ises ised ising ment ments "
    "ness tion tions sion sions ity ities ism isms ist ists ous ously ive ively able ably ible ibly "
    "ance ances ence ences ency ancy logical logically logy ular ularly ization isation ings ing ed "
    "ling lings tial tially cial cially tic tics".split()
)

COMMON = 3.0  # zipf: a joined spelling most readers meet often
WORD = 2.5  # zipf: a fragment that is a word on its own
NO_WORD = 2.0  # zipf: below this a fragment is no word at all (wordfreq says 0 for unknowns)
CLOSE = 1.1  # zipf: a joined spelling this close to its rarer half is that word broken, not a compound


@dataclass(frozen=True)
class Decision:
    join: bool
    why: str


class DocumentLexicon:
    """Whole-word, case-folded counts of the forms a document uses.

    A word is a run of letters, joined by single hyphens or apostrophes (``geo-strategic``,
    ``don't``); ``‐`` counts as ``-``. Most documents are asked about a handful of forms
    (the two spellings of each line-end hyphen): those are counted where asked, by finding
    them in the case-folded text, with the same word boundaries; the full vocabulary
    (``words``) is counted only when something reads it."""

    def __init__(self, text: str | Iterable[str]) -> None:
        parts: list[str] = []
        self._words: Counter[str] | None = None
        self._folded: str | None = None
        self._asked: dict[str, int] = {}
        size = 0
        stream = iter([text] if isinstance(text, str) else text)
        while chunk := list(islice(stream, 1000)):
            parts += chunk
            size += sum(map(len, chunk))
            if size > TARGETED_LIMIT:
                # A big text is counted as it streams: its folded copy would cost memory.
                self._words = _count_words(chain(parts, stream))
                break
        self._parts: list[str] | None = None if self._words is not None else parts

    @property
    def words(self) -> Counter[str]:
        if self._words is None:
            self._words = _count_words(self._parts or [])
            self._parts = self._folded = None
        return self._words

    def count(self, form: str) -> int:
        key = form.casefold()
        if self._words is not None:
            return self._words[key]
        n = self._asked.get(key)
        if n is None:
            n = self._asked[key] = self._find(key)
        return n

    def _find(self, key: str) -> int:
        """How often ``key`` occurs as a whole word: where ``_WORD`` would find it, starting
        neither after a letter nor after a letter and a joiner, and ending the same way."""
        if not _KEY.fullmatch(key):
            return 0
        text = self._folded
        if text is None:
            # Line by line: lower() on the ASCII lines (most of them) is many times cheaper
            # than casefold() on a text that holds a single curly quote. Same result.
            folded = " ".join([t.lower() if t.isascii() else t.casefold() for t in self._parts or []])
            text = self._folded = folded.replace("‐", "-")
        letter = _LETTER.match
        n, size, end = 0, len(key), len(text)
        i = text.find(key)
        while i >= 0:
            j = i + size
            if (
                i == 0 or not (letter(text, i - 1) or (text[i - 1] in _JOINERS and i > 1 and letter(text, i - 2)))
            ) and (j == end or not (letter(text, j) or (text[j] in _JOINERS and letter(text, j + 1)))):
                n += 1
                i = text.find(key, j)
            else:
                i = text.find(key, i + 1)
        return n


def _count_words(parts: Iterable[str]) -> Counter[str]:
    """Every word of the texts, counted a thousand texts at a time.

    The whole text as one string (and its list of every word) would cost several times the
    input in memory. No word crosses a line end, so the counts are those of the joined text.
    Plain ASCII lines (most of them) are counted apart, without the regex."""
    words: Counter[str] = Counter()
    stream = iter(parts)
    while batch := list(islice(stream, 1000)):
        ascii_ = [t for t in batch if t.isascii()]
        _count_ascii(" ".join(ascii_), words)
        if len(ascii_) < len(batch):
            text = " ".join([t for t in batch if not t.isascii()])
            words.update(_WORD.findall(text.casefold().replace("‐", "-")))
    return words


# Lower-cases ASCII text and makes a space of everything that is neither letter nor joiner.
_ASCII_SPLIT = str.maketrans(
    {ch: ch.lower() if ch.isupper() else " " for ch in map(chr, range(128)) if ch not in string.ascii_lowercase + "-'"}
)


def _count_ascii(text: str, words: Counter[str]) -> None:
    """Count ``_ASCII_WORD.findall(text.lower())`` into ``words``, twice as fast.

    Characters that are neither letters nor joiners end a word wherever they stand, so they
    all become spaces and ``split`` cuts the text into runs of letters and joiners; a run
    without a joiner (nearly all) is one word, the rest (``'quoted'``, ``--``, ``well-``)
    go through the pattern."""
    runs = Counter(text.translate(_ASCII_SPLIT).split())
    for run in [r for r in runs if "-" in r or "'" in r]:
        found = _ASCII_WORD.findall(run)
        if found != [run]:
            n = runs.pop(run)
            for word in found:
                runs[word] += n
    words.update(runs)


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 0.0
    try:
        return float(zipf_frequency(word, lang))
    except LookupError:
        return 0.0


@lru_cache(maxsize=8)
def _pyphen(lang: str):  # type: ignore[no-untyped-def]
    import pyphen

    for candidate in (lang.replace("-", "_"), {"en": "en_US"}.get(lang, lang)):
        if candidate in pyphen.LANGUAGES or pyphen.language_fallback(candidate):
            return pyphen.Pyphen(lang=candidate)
    return None


def pattern_allows(left: str, right: str, lang: str) -> bool | None:
    dic = _pyphen(lang)
    if dic is None:
        return None
    return len(left) in dic.positions((left + right).lower())


@dataclass(frozen=True)
class Split:
    """A line-end hyphen: the tokens either side and the letter runs that meet at it."""

    left_token: str  # ends in the hyphen: ``geo-``, ``cross-browser-``
    right_token: str  # ``economic``, ``Russia``, ``19``
    left: str  # the letters just before the hyphen: ``geo``, ``browser``
    right: str  # the letters just after it: ``economic``
    lex: DocumentLexicon
    lang: str

    @property
    def joined(self) -> str:
        return self.left + self.right

    @property
    def hyphened(self) -> str:
        return f"{self.left}-{self.right}"

    def z(self, word: str) -> float:
        return zipf(word.lower(), self.lang)


Rule = Callable[[Split], Decision | None]


def url(s: Split) -> Decision | None:
    """A URL or path that already uses hyphens keeps this one too: LaTeX breaks URLs without
    adding a hyphen (``https://github.com/earth-env-`` / ``data-science``). A URL without
    hyphens goes on to the word rules (WeasyPrint hyphenates ``https://www.auck-``/``land.ac.nz``)."""
    if not (_URL.search(s.left_token) or "/" in s.left_token or "/" in s.right_token):
        return None
    head = s.left_token[: -len(s.left) - 1]
    if any(ch in head or ch in s.right_token for ch in "-‐"):
        zr, zj = s.z(s.right), s.z(s.joined)
        if zr < WORD and zj >= WORD:  # ``python-novice-inflam-``/``mation``: a word broken in two
            return Decision(True, f"'{s.right}' is no word alone and '{s.joined}' is (zipf {zj:.1f})")
        return Decision(False, "part of a URL or path that uses hyphens")
    return None


def suspended(s: Split) -> Decision | None:
    """``mid-`` / ``and long-term``: a suspended hyphen keeps its hyphen and its space."""
    if s.right.lower() in _SUSPENDED_NEXT and s.right_token == s.right:
        return Decision(False, f"suspended hyphen before '{s.right}'")
    return None


def document_evidence(s: Split) -> Decision | None:
    """The paper's own spelling decides: ``geo-strategic`` elsewhere keeps ``geo-``/``strategic``;
    ``multilateralism`` elsewhere joins ``multi-``/``lateralism``."""
    n_join, n_hyph = s.lex.count(s.joined), s.lex.count(s.hyphened)
    if n_join == n_hyph:
        return None
    counts = f"'{s.joined}' occurs {n_join}x and '{s.hyphened}' {n_hyph}x in the document"
    if n_join > n_hyph:
        return Decision(True, f"joined hyphen: {counts}")
    return Decision(False, f"kept hyphen: {counts}")


def capital_after(s: Split) -> Decision | None:
    """A capital after the hyphen is a name or a compound (``Pakistan-``/``Russia``,
    ``Data-``/``Driven``), unless the whole word is in capitals (``CALIBRA-``/``TION``)."""
    if not s.right[0].isupper():
        return None
    if s.left.isupper() and s.right.isupper() and len(s.right) > 1:
        return None
    return Decision(False, "capital after the hyphen (a name or a compound)")


def suffix_after(s: Split) -> Decision | None:
    """A suffix is no word of a compound: ``computation-``/``ally`` -> ``computationally``."""
    if s.right.lower() in _SUFFIXES:
        return Decision(True, f"'-{s.right.lower()}' is a suffix, not a word")
    return None


def already_compound(s: Split) -> Decision | None:
    """A word that already holds a hyphen or a slash breaks at its own hyphens
    (``cross-browser-``/``compatible``, ``INRIA/scikit-``/``learn``), unless the last part
    is plainly a word broken in two (``high-per-``/``formance``)."""
    head = s.left_token[: -len(s.left) - 1]
    if not any(ch in head for ch in "-‐/"):
        return None
    zr, zj = s.z(s.right), s.z(s.joined)
    if zr < WORD and zj >= WORD:
        return Decision(True, f"'{s.right}' is no word alone and '{s.joined}' is (zipf {zj:.1f})")
    return Decision(False, "the word already holds a hyphen or a slash")


def no_word_half(s: Split) -> Decision | None:
    """A half that is no word means a hyphenation point: ``multi-``/``lateralism``,
    ``asynchro-``/``nous``, ``Azizzade-``/``nesheli``. A compound with a rare right half
    (``non-``/``gridded``) keeps its hyphen when the joined form is unknown too."""
    zl, zr, zj = s.z(s.left), s.z(s.right), s.z(s.joined)
    if zr < WORD and (zj > 0 or zl < NO_WORD):
        return Decision(True, f"'{s.right}' is no word alone (zipf {zr:.1f}); '{s.joined}' zipf {zj:.1f}")
    if zl < NO_WORD:
        return Decision(True, f"'{s.left}' is no word alone (zipf {zl:.1f})")
    return None


def lexicon(s: Split) -> Decision | None:
    """Two words: join only when the joined spelling is common in its own right
    (``work-``/``shop``) or nearly as common as its rarer half and the patterns allow a
    break there (``neuro-``/``physiological``); ``geo-``/``strategic`` (zipf 1.9) and
    ``inter-``/``regional`` (2.1 against 4.2 and 4.7) keep their hyphen."""
    zl, zr, zj = s.z(s.left), s.z(s.right), s.z(s.joined)
    if zj >= COMMON:
        return Decision(True, f"'{s.joined}' is a common word (zipf {zj:.1f})")
    if zj >= NO_WORD and zj >= min(zl, zr) - CLOSE and pattern_allows(s.left, s.right, s.lang) is not False:
        return Decision(True, f"'{s.joined}' (zipf {zj:.1f}) is nearly as common as its halves")
    if zl >= NO_WORD and zr >= WORD:
        halves = f"'{s.left}' ({zl:.1f}) and '{s.right}' ({zr:.1f})"
        return Decision(False, f"kept hyphen: '{s.joined}' is rare (zipf {zj:.1f}) beside {halves}")
    return None


def patterns(s: Split) -> Decision | None:
    """Last tie-breaker: no hyphenation point here in the patterns means a real hyphen."""
    if pattern_allows(s.left, s.right, s.lang) is False:
        return Decision(False, f"kept hyphen: no hyphenation point at '{s.hyphened}' in the patterns")
    return None


RULES: list[Rule] = [
    suspended,
    document_evidence,
    url,
    capital_after,
    suffix_after,
    already_compound,
    no_word_half,
    lexicon,
    patterns,
]


def decide(left_token: str, right_token: str, lex: DocumentLexicon, lang: str = "en") -> Decision:
    """Decide a line-end hyphen between ``left_token`` (ending in ``-``) and ``right_token``."""
    if left_token.endswith("\u00ad"):
        return Decision(True, "soft hyphen marks a hyphenation point")
    lm = _LEFT.search(left_token)
    rm = _RIGHT.match(right_token)
    if not lm or not rm:
        return Decision(False, "a digit or symbol beside the hyphen")
    split = Split(left_token, right_token, lm.group(1), rm.group(1), lex, lang.split("-")[0].lower() or "en")
    for rule in RULES:
        d = rule(split)
        if d is not None:
            return d
    return Decision(False, f"kept hyphen: no evidence for '{split.joined}' (a compound keeps its hyphen when unsure)")


# -- compounds an extractor already joined ----------------------------------------------------

_LINE_END_SPLIT = re.compile(r"[^\W\d_][-‐\u00ad]$")
_BARE_WORD = re.compile(r"(?<![\w/.@:#=&?%‐-])([^\W\d_]{5,})(?![\w/@‐-]|\.\w)")
_ASCII_KEY = re.compile("[a-z]{5,}")
RARE_JOINED = 2.5  # zipf: a joined spelling rarer than this is no author's choice


def prejoined(line_texts: list[str]) -> bool:
    """pdftotext's default mode joins every line-end hyphen itself, real compounds too
    (``high-level`` -> ``highlevel``): a text of some length with no line-end hyphen at all
    came through such an extractor."""
    return len(line_texts) >= 40 and not any(t[-1:] in "-‐\u00ad" and _LINE_END_SPLIT.search(t) for t in line_texts)


# English compound adjectives with these heads are hyphenated by convention
# (``high-level``, ``ground-based``, ``domain-specific``), as are ``self-`` compounds and
# ``well-`` before a participle (``well-established``).
_COMPOUND_HEADS = frozenset(
    "based level term scale time world driven specific related friendly oriented aware dependent "
    "independent wide source focused centered centred intensive sensitive efficient quality class".split()
)


_HEADS = tuple(_COMPOUND_HEADS)
# The last four letters of every head, and the fronts: one set lookup says "no" for most words.
_ENDS = frozenset(h[-4:] for h in _COMPOUND_HEADS) | {"self", "well"}
_HEAD_AT_END = re.compile("(?:" + "|".join(sorted(_COMPOUND_HEADS, key=len, reverse=True)) + ")$")


def compound(word: str, lang: str) -> str | None:
    """``highlevel`` -> ``high-level`` when the lexicon says so: a rare joined spelling made of
    a common word and a conventional compound head (or ``self``/``well`` + participle)."""
    if lang != "en" or len(word) < 6 or not word.isalpha():
        return None
    cut = 0
    m = _HEAD_AT_END.search(word, 2) if word.endswith(_HEADS) else None  # endswith: the cheap "no"
    if m:
        cut = m.start()
    elif word.startswith("self") or (word.startswith("well") and word.endswith(("ed", "en", "known"))):
        cut = 4
    if not cut or zipf(word, lang) >= RARE_JOINED:
        return None
    left, right = word[:cut], word[cut:]
    if cut == 4 and left in ("self", "well"):
        return f"{left}-{right}" if zipf(right, lang) >= 3.0 else None
    return f"{left}-{right}" if zipf(left, lang) >= 3.5 else None


def restorations(lex: DocumentLexicon, forced: frozenset[str], lang: str, joined_by_extractor: bool) -> dict[str, str]:
    """Joined spelling -> hyphenated spelling, case-folded.

    From the corrections file always (``keep = ["high-level"]``); the rest only when the
    extractor joined hyphens itself: ``open-source`` elsewhere in the paper turns
    ``opensource`` back (unless the joined spelling is a word in its own right), and so does
    the lexicon for conventional compounds (``highlevel`` -> ``high-level``)."""
    out = {f.replace("-", ""): f for f in forced if f.count("-") == 1}
    if joined_by_extractor:
        lang2 = lang.split("-")[0].lower() or "en"
        # Two spellings of one joined word (rare): the more frequent wins, then the first in
        # alphabetical order, whatever order the lexicon counted them in.
        words = lex.words
        hyphened = (f for f in words if "-" in f and len(f) >= 6 and f.count("-") == 1)
        forms = sorted(hyphened, key=lambda f: (-words[f], f))
        for form in forms:
            joined = form.replace("-", "")
            if joined not in out and words[joined] and zipf(joined, lang2) < RARE_JOINED:
                out[joined] = form
        for word in words:
            # The cheap "no" first: ``compound`` needs a head at the end or self/well in front
            # (a head of four letters or more: its last four are in _ENDS).
            if len(word) >= 6 and (word[-4:] in _ENDS or word[:4] in _ENDS) and word not in out and "-" not in word:
                restored = compound(word, lang2)
                if restored:
                    out[word] = restored
    return out


def restore(text: str, table: dict[str, str]) -> list[tuple[int, str, str]]:
    """Where ``text`` holds a joined spelling from ``table``: (offset, joined, hyphenated),
    the hyphenated form keeping the joined word's capitals. URLs and paths are left alone."""
    if not table:
        return []
    # Every hit is a word whose case-folded spelling is a key, so a text whose folded form
    # holds no key has none: most texts are turned away here, before the regex scan.
    folded = text.lower() if text.isascii() else text.casefold()
    if not any(joined in folded for joined in table):
        return []
    out = []
    if all(_ASCII_KEY.fullmatch(joined) for joined in table):
        # The common table, ASCII words of five letters or more: any bare word of the text,
        # looked up, finds what the table's own pattern finds (a word matching the pattern
        # case-insensitively is a whole run of letters there too), without compiling that
        # pattern. Only a word outside ASCII (``ſelfaware``) asks it whether it matches.
        for m in _BARE_WORD.finditer(text):
            word = m.group(1)
            form = table.get(word.casefold())
            if form and (word.isascii() or _finder(tuple(sorted(table))).fullmatch(word)):
                cut = form.index("-")
                out.append((m.start(1), word, word[:cut] + "-" + word[cut:]))
        return out
    for m in _finder(tuple(sorted(table))).finditer(text):
        word = m.group(1)
        form = table.get(word.casefold())
        if form:
            cut = form.index("-")
            out.append((m.start(1), word, word[:cut] + "-" + word[cut:]))
    return out


@lru_cache(maxsize=16)
def _finder(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all joined spellings of a document, as whole words outside URLs."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(_BARE_WORD.pattern.replace("[^\\W\\d_]{5,}", f"(?:{alternatives})"), re.I)
