"""Line-end hyphen decisions: join ``multi-``/``lateralism``, keep ``geo-``/``economic``.

Evidence, strongest first:
1. the document itself: how often the joined and the hyphenated forms occur elsewhere;
2. form: a capital or digit after the hyphen (``Pakistan-``/``Russia``, ``COVID-``/``19``) and
   suspended hyphens (``mid-``/``and long-term``) keep it;
3. the lexicon (wordfreq): a common joined word is joined; a rare joined word whose halves
   are both words is a compound and keeps its hyphen;
4. hyphenation patterns (pyphen): a break where no typesetter would break is a real hyphen.
When the evidence runs out the hyphen is kept: a kept hyphen is a blemish, a dropped real one
is lost information.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_LEFT = re.compile(r"([^\W\d_]+)[-‐\u00ad]$")
_RIGHT = re.compile(r"^([^\W\d_]+)")
_SUSPENDED_NEXT = {"and", "or", "to", "nor", "und", "et", "ou"}


@dataclass(frozen=True)
class Decision:
    join: bool
    why: str


class DocumentLexicon:
    """Whole-word, case-folded counts of the forms a document uses."""

    def __init__(self, text: str) -> None:
        self.words: Counter[str] = Counter(w.casefold().replace("‐", "-") for w in _WORD.findall(text))

    def count(self, form: str) -> int:
        return self.words[form.casefold()]


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


COMMON = 3.0  # zipf: a word most readers meet often
WORD = 2.5  # zipf: a fragment that is a word on its own


def decide(left_token: str, right_token: str, lex: DocumentLexicon, lang: str = "en") -> Decision:
    """Decide a line-end hyphen between ``left_token`` (ending in ``-``) and ``right_token``."""
    if left_token.endswith("\u00ad"):
        return Decision(True, "soft hyphen marks a hyphenation point")
    lm = _LEFT.search(left_token)
    rm = _RIGHT.match(right_token)
    if not lm or not rm:
        return Decision(False, "a digit or symbol beside the hyphen")
    left, right = lm.group(1), rm.group(1)
    if right.lower() in _SUSPENDED_NEXT and right_token == right:
        return Decision(False, f"suspended hyphen before '{right}'")
    if right[0].isupper():
        return Decision(False, "capital after the hyphen (a name or a compound)")
    joined, hyphened = left + right, f"{left}-{right}"
    n_join, n_hyph = lex.count(joined), lex.count(hyphened)
    if n_join != n_hyph:
        join = n_join > n_hyph
        return Decision(join, f"'{joined}' occurs {n_join}x and '{hyphened}' {n_hyph}x in the document")
    lang2 = lang.split("-")[0].lower() or "en"
    zj = zipf(joined.lower(), lang2)
    if zj >= COMMON:
        return Decision(True, f"'{joined}' is a common word (zipf {zj:.1f})")
    zl, zr = zipf(left.lower(), lang2), zipf(right.lower(), lang2)
    if zr < WORD and zj > 0:
        return Decision(True, f"'{right}' is no word alone and '{joined}' is (zipf {zj:.1f})")
    allowed = pattern_allows(left, right, lang2)
    if allowed is False:
        return Decision(False, f"no hyphenation point at '{left}-{right}' in the patterns")
    if zj > 0 and zl < WORD:
        return Decision(True, f"'{left}' is no word alone and '{joined}' is (zipf {zj:.1f})")
    if zj == 0 and zr < WORD and zl < WORD and allowed:
        return Decision(True, "neither half is a word; the patterns break here")
    return Decision(False, "both halves are words; a compound keeps its hyphen when unsure")
