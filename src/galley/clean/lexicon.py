"""Word evidence: how often the document itself uses a form, how common a word is in its
language (wordfreq), and where a word may be hyphenated (pyphen's patterns).

The hyphen rules (``clean.hyphens``) and the compound restorer (``clean.compounds``) ask
these; a new source of word evidence (a language's own word list, a user dictionary) is
a function here.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import islice

# A word: a run of letters, joined by single hyphens or apostrophes (``geo-strategic``,
# ``don't``), in case-folded text where ``‐`` is already ``-``.
WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")  # WORD, on lower-cased ASCII text
_SPACED_SLASH = re.compile(r"[^\W\d_]/ [^\W\d_]")
_TIGHT_SLASH = re.compile(r"[^\W\d_]/[^\W\d_]")
# A number after a colon or semicolon after a number: tight (``48(2):225``) or spaced.
_TIGHT_NUMBERS = re.compile(r"[\d)][:;]\d")
_SPACED_NUMBERS = re.compile(r"[\d)][:;] \d")
# ``‐`` inside a word (``well‐known``) or as a line's bullet (``‐ how many``): the author's;
# not a word's end before a space (a column's last word beside the next column's text:
# ``sin gra‐ (Trad. ...``, layout mode, its spaces closed up).
_AUTHORS_HYPHEN = re.compile(r"\S‐\S|^\s*‐\s")
_ADDRESS = re.compile(r"://|www\.|\.\w{2,4}/|^/|10\.\d{4}")
# Lower-cases ASCII text and makes a space of everything that is neither letter nor joiner.
_ASCII_SPLIT = str.maketrans(
    {ch: ch.lower() if ch.isupper() else " " for ch in map(chr, range(128)) if ch not in string.ascii_lowercase + "-'"}
)


class DocumentLexicon:
    """Whole-word, case-folded counts of the forms a document uses (``‐`` counts as ``-``):
    ``DocumentLexicon(["a geo-strategic view", "GEO-strategic"]).count("geo-strategic") == 2``."""

    def __init__(self, texts: str | Iterable[str]) -> None:
        self._texts = [texts] if isinstance(texts, str) else list(texts)

    @cached_property
    def words(self) -> Counter[str]:
        """Every word and its count, counted when first asked (a text without a line-end
        hyphen never asks)."""
        return count_words(self._texts)

    @cached_property
    def spaced_slash(self) -> bool:
        """Does the document set a slash between words with a space after it (verse quoted
        inline: ``no meio do caminho/ tinha uma pedra``) at least as often as without
        (``e/ou``, ``race/skin``), addresses aside? Then a line that ends on a slash may
        end on that space. Asked only when a line does."""
        spaced = tight = 0
        for t in self._texts:
            if "/" in t:
                spaced += len(_SPACED_SLASH.findall(t))
                tight += sum(1 for w in t.split() if _TIGHT_SLASH.search(w) and not _ADDRESS.search(w))
        return spaced > 0 and spaced >= tight

    @cached_property
    def typeset_hyphens(self) -> int:
        """How many lines end on ``‐`` (U+2010) when no line holds one elsewhere (else 0):
        then it is the typesetter's hyphenation mark, not the author's hyphen (``well‐known``,
        a bullet ``‐ how many``). A column's last word that layout mode set beside the next
        column's text ends its line all the same (``sin gra‐     (Trad. cast. ...``)."""
        ends = 0
        for t in self._texts:
            if "‐" in t:
                if _AUTHORS_HYPHEN.search(t):
                    return 0
                ends += t.rstrip().endswith("‐")
        return ends

    @cached_property
    def tight_numbers(self) -> bool:
        """Does the paper write a number right after a colon or semicolon that follows a
        number (``2014;48(2):225-31``, Vancouver) more often than with a space (``p. 12;
        14``)? Counted inside lines; asked only where a line ends on such a colon."""
        tight = spaced = 0
        for t in self._texts:
            if ":" in t or ";" in t:
                tight += len(_TIGHT_NUMBERS.findall(t))
                spaced += len(_SPACED_NUMBERS.findall(t))
        return tight > spaced

    def count(self, form: str) -> int:
        return self.words[form.casefold()]

    def less(self, forms: Iterable[str]) -> DocumentLexicon:
        """This lexicon with one occurrence of each of ``forms`` taken out: spellings the
        extractor made (``timeconsuming`` where pdftotext joined ``time-`` / ``consuming``)
        are no evidence of how the paper spells a word."""
        other = DocumentLexicon(self._texts)
        words = Counter(self.words)
        words.subtract(form.casefold() for form in forms)
        other.__dict__["words"] = +words  # a cached_property is stored in the instance's dict
        return other


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Every word of the texts, a thousand texts at a time (one string of a 50 MB input
    and the list of its words would cost several times the input in memory). No word
    crosses a line end, so the counts are those of the joined text."""
    words: Counter[str] = Counter()
    stream = iter(texts)
    while batch := list(islice(stream, 1000)):
        # ASCII lines, most of them, are counted without the pattern: twice as fast, which
        # is an eighth of the 50 MB input's analysis (bench/run.py).
        _count_ascii(" ".join([t for t in batch if t.isascii()]), words)
        others = " ".join([t for t in batch if not t.isascii()])
        words.update(WORD.findall(others.casefold().replace("‐", "-")))
    return words


def _count_ascii(text: str, words: Counter[str]) -> None:
    """Count ``_ASCII_WORD.findall(text.lower())`` into ``words``.

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
    """How common ``word`` is in ``lang``, on wordfreq's zipf scale (0 for a word it does
    not know): ``zipf("workshop", "en")`` is about 4.3, ``zipf("lateralism", "en")`` 0."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 0.0
    try:
        return float(zipf_frequency(word, lang))
    except LookupError:
        return 0.0


@lru_cache(maxsize=32)
def has_frequencies(lang: str) -> bool:
    """Does wordfreq know ``lang``? Without it every word would look unknown (zipf 0) and
    every line-end hyphen would be joined: the word rules stay silent instead."""
    try:
        from wordfreq import available_languages
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return False
    return lang in available_languages()


@lru_cache(maxsize=8)
def _pyphen(lang: str):  # type: ignore[no-untyped-def]
    import pyphen

    for candidate in (lang.replace("-", "_"), {"en": "en_US"}.get(lang, lang)):
        if candidate in pyphen.LANGUAGES or pyphen.language_fallback(candidate):
            return pyphen.Pyphen(lang=candidate)
    return None


def pattern_allows(left: str, right: str, lang: str) -> bool | None:
    """May ``left + right`` be hyphenated after ``left``, by the hyphenation patterns of
    ``lang``? None when there are no patterns for it."""
    dic = _pyphen(lang)
    if dic is None:
        return None
    return len(left) in dic.positions((left + right).lower())


def block_language(texts: list[str], lang: str) -> str:
    """The language a block's hyphens are judged in: the paper's ``lang``, unless the block
    has a line-end hyphen and its own words clearly say another language (the Portuguese
    abstract of an English paper: ``incluin-``/``do`` is Portuguese ``incluindo``, unknown
    to English). A block too short to tell keeps the paper's language."""
    if not any(t.endswith(("-", "‐", "\u00ad")) for t in texts[:-1]):
        return lang
    from galley.language import detect

    found = detect(" ".join(texts))
    return found if found and found != lang.split("-")[0].lower() else lang
