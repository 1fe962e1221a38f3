"""Line-end hyphen decisions: join ``multi-``/``lateralism``, keep ``geo-``/``economic``.

``decide`` runs ``RULES`` in order; the first rule with an opinion decides and its reason is
the evidence in the repair record. A new hyphen rule is a function ``Split -> Decision |
None`` placed in ``RULES``. Evidence, strongest first:
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

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from galley import vocab
from galley.clean.lexicon import DocumentLexicon, has_frequencies, pattern_allows, zipf
from galley.clean.shapes import HYPHENS
from galley.params import CleanParams

_LEFT = re.compile(r"([^\W\d_]+)[-‐\u00ad]$")
_RIGHT = re.compile(r"^([^\W\d_]+)")
_URL = re.compile(r"://|www\.|@|doi:", re.I)
# Any language's conjunctions after a suspended hyphen, for a block whose language the table
# has none for (Italian's ``pre-`` / ``e post-operatoria``, an undetected language).
_ANY_SUSPENDED_NEXT = vocab.all_of(vocab.SUSPENDED_HYPHEN_NEXT)
# The rest of a surname in an author list, before its initials: letters, then a comma or
# nothing (``nubst,`` of APA's ``Winnubst, J.``; ``dani`` of Vancouver's ``Brondani PB``).
_SURNAME_REST = re.compile(r"[^\W\d_]+,?")
# An author's initials after a surname: ``J.``, ``P. B.``, ``J.-P.``, or Vancouver's
# ``CD,`` (up to three capitals, then a comma, a stop or a semicolon).
_INITIALS = re.compile(r"\s+(?:[A-ZÀ-ÖØ-Þ]\.(?:\s?-?[A-ZÀ-ÖØ-Þ]\.)*|[A-ZÀ-ÖØ-Þ]{1,3}[,.;])")
# What may stand before a surname in an author list: nothing (the line's start), a comma,
# a semicolon, ``&`` or ``and``.
_LIST_BEFORE = re.compile(rf"(?:^|[,;&]|\b(?:{vocab.alternation(vocab.ANY_AUTHOR_AND)}))\s*$")
# The word after the initials: in lower case, a species (``E. coli``) or a phrase (``U.S.
# adults``), unless it is the list's ``and`` (``Hell-`` / ``rung, N., and Jahn``).
_NEXT_WORD = re.compile(r"[,;]?\s*([^\W\d_]+)")
_HYPHENED_PREFIXES = vocab.all_of(vocab.HYPHENED_PREFIXES)


@dataclass(frozen=True)
class Decision:
    join: bool
    why: str


@dataclass(frozen=True)
class Split:
    """A line-end hyphen: the tokens either side and the letter runs that meet at it."""

    left_token: str  # ends in the hyphen: ``geo-``, ``cross-browser-``
    right_token: str  # ``economic``, ``Russia``, ``19``
    left: str  # the letters just before the hyphen: ``geo``, ``browser`` ("" if none)
    right: str  # the letters just after it: ``economic`` ("" if none: ``19``)
    lex: DocumentLexicon
    lang: str
    p: CleanParams
    others: tuple[str, ...] = ()  # the paper's other languages with frequencies (English among them)
    after: str = ""  # the next line's text after ``right_token``: `` J., Menon, V.``
    before: str = ""  # the line's text before ``left_token``: ``Economo, M. N., ... Bas, E.,``

    @property
    def joined(self) -> str:
        return self.left + self.right

    @property
    def hyphened(self) -> str:
        return f"{self.left}-{self.right}"

    def z(self, word: str) -> float:
        return zipf(word.lower(), self.lang)

    def z_other(self, word: str) -> float:
        """How common ``word`` is in the paper's other languages (the most)."""
        return max((zipf(word.lower(), lang) for lang in self.others), default=0.0)

    @property
    def known(self) -> bool:
        """Has the lexicon word frequencies for this language?"""
        return has_frequencies(self.lang)

    def words(self, table: vocab.Table) -> frozenset[str]:
        """The words of ``table`` for this language, and English's (scholarly text in any
        language borrows English words: ``software``, ``performance``)."""
        return vocab.of_language(table, self.lang)


Rule = Callable[[Split], Decision | None]


def soft_hyphen(s: Split) -> Decision | None:
    """A soft hyphen (U+00AD) is a hyphenation point by definition: ``infor\u00ad``/``mation``."""
    return Decision(True, "soft hyphen marks a hyphenation point") if s.left_token.endswith("\u00ad") else None


def marks_breaks(lex: DocumentLexicon, p: CleanParams) -> bool:
    """Does the paper mark the words its typesetter broke with ``‐`` (U+2010), its
    author's hyphens being ``-``: ``typeset_hyphen_min_lines`` lines or more end on it and no
    word holds one inside (``DocumentLexicon.typeset_hyphens``)?"""
    return lex.typeset_hyphens >= p.typeset_hyphen_min_lines


def typesetters_hyphen(s: Split) -> Decision | None:
    """A paper whose lines end on ``‐`` (U+2010) but whose words never hold one inside a
    line marks its hyphenation points with it, the author's own hyphens being ``-``
    (WeasyPrint's default ``hyphenate-character``): ``com‐`` / ``posicionalmente``,
    ``apartamen‐`` / ``to``, ``letramag‐`` / ``na.com`` join."""
    if not s.left_token.endswith("‐") or not marks_breaks(s.lex, s.p):
        return None
    return Decision(True, f"'‐' ends {s.lex.typeset_hyphens} lines and no word inside one: the typesetter's hyphen")


def repeats_hyphen(token: str) -> bool:
    """The next line opens with the hyphen again (``-se,``): Portuguese typesetting repeats a
    compound's hyphen at the next line's start (``encontra-`` / ``-se,``)."""
    return token[:1] in "-‐" and token[1:2].isalpha()


def repeated_hyphen(s: Split) -> Decision | None:
    """``encontra-`` / ``-se,``, ``guarda-`` / ``-chuva`` (``repeats_hyphen``): one hyphen,
    the word whole."""
    if repeats_hyphen(s.right_token):
        return Decision(True, "the hyphen repeated at the line's start: one hyphen, kept")
    return None


def not_letters(s: Split) -> Decision | None:
    """A digit or a symbol beside the hyphen keeps it: ``COVID-``/``19``, ``2019-``/``2020``."""
    return Decision(False, "a digit or symbol beside the hyphen") if not (s.left and s.right) else None


def url(s: Split) -> Decision | None:
    """A URL or path that already uses hyphens keeps this one too: LaTeX breaks URLs without
    adding a hyphen (``https://github.com/earth-env-`` / ``data-science``). A URL without
    hyphens goes on to the word rules (WeasyPrint hyphenates ``https://www.auck-``/``land.ac.nz``)."""
    if not (_URL.search(s.left_token) or "/" in s.left_token or "/" in s.right_token):
        return None
    head = s.left_token[: -len(s.left) - 1]
    if any(ch in head or ch in s.right_token for ch in "-‐"):
        zr, zj = s.z(s.right), s.z(s.joined)
        if zr < s.p.zipf_word and zj >= s.p.zipf_word:  # ``python-novice-inflam-``/``mation``: a word broken in two
            return Decision(True, f"'{s.right}' is no word alone and '{s.joined}' is (zipf {zj:.1f})")
        return Decision(False, "part of a URL or path that uses hyphens")
    return None


def url_word(s: Split) -> Decision | None:
    """In a URL, a hyphen the ``url`` rule left (the URL has none of its own) may be the
    typesetter's: WeasyPrint hyphenates a URL's words as prose (``.../10.1371/jour-`` /
    ``nal.pone.0181689``). It joins when the whole is a word and its halves are not both
    common words, or when its rest is no word and its head no common one
    (``biodversityli-`` / ``brary.org``); otherwise it stays, as LaTeX breaks a URL at its
    own hyphen:
    ``https://scikit-`` / ``learn.org``, ``https://www.e-`` / ``publicacoes.uerj.br``,
    ``open-`` / ``source.org`` (a real hyphen dropped breaks the link; a kept one the
    typesetter added is a blemish)."""
    if not _URL.search(s.left_token):
        return None
    whole = max(s.z(s.joined), s.z_other(s.joined))
    left, right = (max(s.z(x), s.z_other(x)) for x in (s.left, s.right))
    if whole >= s.p.zipf_no_word and min(left, right) < s.p.zipf_common:
        return Decision(True, f"a word of a URL the typesetter broke ('{s.joined}' zipf {whole:.1f})")
    if right < s.p.zipf_no_word and left < s.p.zipf_common:
        # ``www.biodversityli-`` / ``brary.org``; not ``https://www.e-`` / ``publicacoes``
        return Decision(True, f"'{s.right}' is no word alone and '{s.left}' no common one")
    return Decision(False, "a URL's own hyphen, or no word the typesetter broke")


def suspended(s: Split) -> Decision | None:
    """``mid-`` / ``and long-term``: a suspended hyphen keeps its hyphen and its space. The
    conjunction is the block's language's, where the vocabulary has its conjunctions:
    ``to`` is no Portuguese word, and ``apartamen-`` / ``to`` is one word broken in two."""
    if s.right.lower() in vocab.SUSPENDED_HYPHEN_NEXT.get(s.lang, _ANY_SUSPENDED_NEXT) and s.right_token == s.right:
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


def _has_vowel(word: str) -> bool:
    """``ERRA``, ``ÇÃO`` have vowels; ``CCNH``, ``MNP`` have none (accents set aside)."""
    return any(c in "AEIOUYaeiouy" for c in unicodedata.normalize("NFD", word))


def capital_after(s: Split) -> Decision | None:
    """A capital after the hyphen is a name or a compound (``Pakistan-``/``Russia``,
    ``Data-``/``Driven``), unless the whole word is in capitals (``CALIBRA-``/``TION``):
    then only a half without a vowel is an acronym's (``UFABC-``/``CCNH``)."""
    if not s.right[0].isupper():
        return None
    if s.left.isupper() and s.right.isupper() and len(s.right) > 1:
        # A half without a vowel is an acronym (``UFABC-``/``CCNH``, ``CN-``/``RBMA``): a
        # surname in capitals broken anywhere (``BEZ-``/``ERRA``) still has vowels each side.
        if not (_has_vowel(s.left) and _has_vowel(s.right)):
            return Decision(False, f"capitals without a vowel on one side: an acronym ('{s.left}', '{s.right}')")
        return None
    return Decision(False, "capital after the hyphen (a name or a compound)")


def author_name(s: Split) -> Decision | None:
    """A surname broken in a reference's author list joins: ``Bas, E., Win-`` / ``nubst, J.,
    Menon`` -> ``Winnubst``, Vancouver's ``Bron-`` / ``dani, P. B.;``, ``Bes-Ras-`` /
    ``trollo M.`` -> ``Bes-Rastrollo``. Where a list's separator (a comma, ``&``, ``and``)
    or the line's start comes before the word and an author's initials after it (``J.``,
    ``CD,``, then no word in lower case: not ``S. aureus``, ``U.S. adults``), the word is a
    surname, and a surname's part after its own hyphen opens with a capital
    (``Ragan-Kelley``, ``Rondeau-Genesse``: ``capital_after``): a lower-case rest is the
    rest of the name the typesetter broke, however common its halves are as words
    (``Hell-`` / ``rung, N.``, ``Cor-`` / ``lay, S.``). A name is capitalised, not in
    capitals (``HIV-`` / ``negative``)."""
    if not (s.left[:1].isupper() and s.left[1:].islower() and s.right.islower()):
        return None
    if not (_SURNAME_REST.fullmatch(s.right_token) and _LIST_BEFORE.search(s.before)):
        return None
    initials = _INITIALS.match(s.after)
    if initials is None:
        return None
    word = _NEXT_WORD.match(s.after[initials.end() :])
    if word and word.group(1).islower() and word.group(1) not in vocab.ANY_AUTHOR_AND:
        return None
    return Decision(True, f"'{s.joined}' is an author's surname: initials follow it")


def suffix_after(s: Split) -> Decision | None:
    """A suffix is no word of a compound: ``computation-``/``ally`` -> ``computationally``,
    Portuguese ``institucional-``/``mente`` -> ``institucionalmente`` (``vocab.SUFFIXES``)."""
    if s.right.lower() in s.words(vocab.SUFFIXES):
        return Decision(True, f"'-{s.right.lower()}' is a suffix, not a word")
    return None


def already_compound(s: Split) -> Decision | None:
    """A word that already holds a hyphen or a slash breaks at its own hyphens
    (``cross-browser-``/``compatible``, ``INRIA/scikit-``/``learn``), unless the last part
    is plainly a word broken in two: its rest no word alone (``high-per-``/``formance``),
    or rarer than the whole (``Nordrhein-Westfa-``/``len``: ``len`` 3.3, ``westfalen``
    4.5)."""
    head = s.left_token[: -len(s.left) - 1]
    if not any(ch in head for ch in "-‐/"):
        return None
    zr, zj = s.z(s.right), s.z(s.joined)
    if zj >= s.p.zipf_word and (zr < s.p.zipf_word or zj > zr):
        return Decision(True, f"'{s.joined}' is a word (zipf {zj:.1f}) more than '{s.right}' alone ({zr:.1f})")
    return Decision(False, "the word already holds a hyphen or a slash")


def hyphened_prefix(s: Split) -> Decision | None:
    """A prefix its language always writes with a hyphen keeps it when the joined spelling
    is no word: Portuguese ``pós-``/``safra``, ``recém-``/``nascido``
    (``vocab.HYPHENED_PREFIXES``); ``ex-``/``ames`` is ``exames``."""
    if s.left.lower() not in vocab.HYPHENED_PREFIXES.get(s.lang, ()) or not s.known:
        return None
    if s.z(s.joined) < s.p.zipf_no_word and s.z(s.right) >= s.p.zipf_word:
        return Decision(False, f"'{s.left}-' is a prefix written with a hyphen in '{s.lang}'")
    return None


def solid_prefix(s: Split) -> Decision | None:
    """A prefix its language writes solid joins, known word or not: Portuguese
    ``multi-``/``paridade`` -> ``multiparidade``, ``micro-``/``métricas`` ->
    ``micrométricas`` (``vocab.SOLID_PREFIXES``); not before an ``h``, the prefix's own last
    letter, or ``r`` after ``sub`` (``micro-ondas``, ``inter-regional``, ``sub-região``)."""
    prefix, first = s.left.lower(), s.right[:1]
    if prefix not in vocab.SOLID_PREFIXES.get(s.lang, ()) or not first.islower():
        return None
    if first in ("h", prefix[-1]) or (prefix.endswith("b") and first == "r"):
        return None
    return Decision(True, f"'{s.left}-' is a prefix '{s.lang}' writes solid")


def other_language(s: Split) -> Decision | None:
    """A word of the paper's other language broken in two: the Portuguese title of a
    reference in an English block (``Tuber-``/``culose``, ``so-``/``bre``), an English one in
    a Portuguese paper (``Actua-``/``tors``). A block too short to tell its own language is
    judged in the paper's, and the joined word is common only in the other one."""
    if not (s.known and s.others and s.right[0].islower()):
        return None
    if min(s.z(s.left), s.z(s.right)) >= s.p.zipf_own_compound:
        return None  # two common words of the block's language: its compound (``vice-``/``versa``, ``to-``/``do``)
    zo, zj = s.z_other(s.joined), s.z(s.joined)
    if zo >= s.p.zipf_common and zo > zj and zo >= min(s.z(s.left), s.z(s.right)):
        return Decision(True, f"'{s.joined}' is a common word (zipf {zo:.1f}) in another language of the paper")
    return None


def unknown_right_half(s: Split) -> Decision | None:
    """A right half that is no word in any language of the paper and occurs nowhere else in
    it is the rest of a word the typesetter broke: a name or a rare term (``Es-``/
    ``maeilzadeh``, ``Sten-``/``sitzki``, ``prin-``/``cipais``). The left half must be no
    word either, or a capitalised syllable (``Win-``/``nubst``), or a short one before a
    rest no language asked knows at all (``es-``/``pecíficos`` in a Portuguese reference of
    an English paper, ``mi-``/``croeletrônico``): a word before it may be a compound's
    (``non-``/``gridded``, ``semântico-``/``objetal`` keep their hyphen)."""
    if not (s.known and s.right.islower() and len(s.left) >= 2):
        return None
    if s.right_token[len(s.right) :].startswith(HYPHENS):  # ``da-Silva``: a compound goes on
        return None
    if max(s.z(s.right), s.z_other(s.right)) >= s.p.zipf_no_word or s.lex.count(s.right) > 1:
        return None
    zl = s.z(s.left)
    syllable = s.left[0].isupper() and s.left[1:].islower() and len(s.left) <= s.p.name_syllable_chars
    unknown = _syllable(s.left, s.right, s.p) and max(s.z(s.right), s.z_other(s.right)) == 0
    if zl >= s.p.zipf_word and not (syllable or unknown):
        return None
    return Decision(True, f"'{s.right}' is no word (zipf < {s.p.zipf_no_word}) and occurs nowhere else in the paper")


def _syllable(left: str, right: str, p: CleanParams) -> bool:
    """Can ``left`` be a word's first syllable before ``right``: at most ``syllable_chars``
    letters, unaccented and no prefix written with a hyphen (Portuguese ``pós-``/
    ``pandêmicos``, ``pré-``/``eclâmpticas``, ``ex-``/``etilistas``, ``não-``), no
    chemical descriptor (``cis-``/``diamminedichloroplatinum``, ``syn-``/``periplanar``),
    and not before its own last vowel (``re-``/``epithelialized``, ``de-``/``ethylation``:
    the hyphen keeps the vowels apart)?"""
    low = left.lower()
    if len(left) > p.syllable_chars or not left.isascii():
        return False
    if low[-1:] in "aeiou" and low[-1:] == right[:1].lower():
        return False  # (``win-``/``nicottiana`` is ``winnicottiana``: only vowels are kept apart)
    return low not in _HYPHENED_PREFIXES and low not in vocab.DESCRIPTOR_PREFIXES


def lone_name(s: Split) -> Decision | None:
    """A capitalised word whose halves the paper uses nowhere else, and whose joined spelling
    the lexicon knows, is a name the typesetter broke: ``Fried-``/``mann``, ``Wake-``/``man``,
    ``Green-``/``away`` in a reference list. A compound at a sentence's start shares its
    words with the paper (``Decision-``/``making``); one the lexicon does not know joined
    keeps its hyphen (``Markdown-``/``formatted``)."""
    if not (s.known and s.left[0].isupper() and s.left[1:].islower() and s.right.islower()):
        return None
    if s.right_token[len(s.right) :].startswith(("-", "‐")) or max(s.lex.count(s.left), s.lex.count(s.right)) > 1:
        return None
    zj = max(s.z(s.joined), s.z_other(s.joined))
    if zj > 0:
        return Decision(True, f"'{s.joined}' is known (zipf {zj:.1f}) and its halves occur nowhere else: a name")
    return None


def no_word_half(s: Split) -> Decision | None:
    """A half that is no word means a hyphenation point: ``multi-``/``lateralism``,
    ``asynchro-``/``nous``, ``Azizzade-``/``nesheli``. A compound with a rare right half
    (``non-``/``gridded``) keeps its hyphen when the joined form is unknown too."""
    if not s.known:
        return None
    zl, zr, zj = s.z(s.left), s.z(s.right), s.z(s.joined)
    if zr < s.p.zipf_word and (zj > 0 or zl < s.p.zipf_no_word):
        return Decision(True, f"'{s.right}' is no word alone (zipf {zr:.1f}); '{s.joined}' zipf {zj:.1f}")
    if zl < s.p.zipf_no_word and not _compound_of_rare_word(s, zl, zr, zj):
        return Decision(True, f"'{s.left}' is no word alone (zipf {zl:.1f})")
    return None


def _compound_of_rare_word(s: Split, zl: float, zr: float, zj: float) -> bool:
    """A rare word the lexicon knows, in lower case, then a common word of four letters or
    more, and a joined spelling no language of the paper knows: a compound
    (``geostatistical-``/``based``: 1.4, 5.5, unknown), whose hyphen the later rules weigh.
    A typesetter's break leaves a common word on the next line rarely, and then a short one
    or a name's (``Harte-``/``mann``, ``Rons-``/``mans``), or after a prefix's piece the
    lexicon holds as a rare word (``uncon-``/``figured``, ``recom-``/``pressed``,
    ``hospita-``/``liza``): those still join."""
    return (
        0 < zl
        and len(s.left) >= s.p.compound_head_chars
        and s.left.islower()
        and len(s.right) >= s.p.common_rest_chars
        and zr >= s.p.zipf_common
        and max(zj, s.z_other(s.joined)) == 0
    )


def lexicon(s: Split) -> Decision | None:
    """Two words: join only when the joined spelling is common in its own right
    (``work-``/``shop``) or nearly as common as its rarer half and the patterns allow a
    break there (``neuro-``/``physiological``); ``geo-``/``strategic`` (zipf 1.9) and
    ``inter-``/``regional`` (2.1 against 4.2 and 4.7) keep their hyphen. A language that
    writes its compounds solid (``vocab.SOLID_COMPOUNDS``) joins any word the lexicon knows
    where the patterns allow a break: Portuguese ``sub-``/``seção`` -> ``subseção`` (2.7)."""
    if not s.known:
        return None
    zl, zr, zj = s.z(s.left), s.z(s.right), s.z(s.joined)
    if zj >= s.p.zipf_common:
        return Decision(True, f"'{s.joined}' is a common word (zipf {zj:.1f})")
    if (
        s.lang in vocab.SOLID_COMPOUNDS
        and zj >= s.p.zipf_no_word
        and pattern_allows(s.left, s.right, s.lang) is not False
    ):
        return Decision(True, f"'{s.joined}' is a word (zipf {zj:.1f}) and '{s.lang}' writes compounds solid")
    if (
        zj >= s.p.zipf_no_word
        and zj >= min(zl, zr) - s.p.zipf_close
        and pattern_allows(s.left, s.right, s.lang) is not False
    ):
        return Decision(True, f"'{s.joined}' (zipf {zj:.1f}) is nearly as common as its halves")
    if zl >= s.p.zipf_no_word and zr >= s.p.zipf_word:
        halves = f"'{s.left}' ({zl:.1f}) and '{s.right}' ({zr:.1f})"
        return Decision(False, f"kept hyphen: '{s.joined}' is rare (zipf {zj:.1f}) beside {halves}")
    return None


def patterns(s: Split) -> Decision | None:
    """Last tie-breaker: no hyphenation point here in the patterns means a real hyphen."""
    if pattern_allows(s.left, s.right, s.lang) is False:
        return Decision(False, f"kept hyphen: no hyphenation point at '{s.hyphened}' in the patterns")
    return None


RULES: list[Rule] = [
    soft_hyphen,
    repeated_hyphen,
    not_letters,
    typesetters_hyphen,
    suspended,
    document_evidence,
    url,
    url_word,
    capital_after,
    author_name,
    suffix_after,
    already_compound,
    hyphened_prefix,
    solid_prefix,
    other_language,
    no_word_half,
    unknown_right_half,
    lone_name,
    lexicon,
    patterns,
]


@functools.lru_cache(maxsize=64)
def _others(lang: str, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The languages other than ``lang`` whose word frequencies ``decide`` also asks: the
    paper's (``langs``) and English (asked per paper, not per line-end hyphen)."""
    tags = (x.split("-")[0].lower() for x in (*langs, "en"))
    return tuple(dict.fromkeys(x for x in tags if x and x != lang and has_frequencies(x)))


def decide(
    left_token: str,
    right_token: str,
    lex: DocumentLexicon,
    lang: str = "en",
    p: CleanParams | None = None,
    langs: tuple[str, ...] = (),
    after: str = "",
    before: str = "",
) -> Decision:
    """Decide a line-end hyphen between ``left_token`` (ending in ``-``) and ``right_token``:
    ``RULES`` in order, the first with an opinion decides; without one, the hyphen stays.
    ``lang`` is the block's language; ``langs`` the paper's others (its own), English always
    among them: scholarly text in any language cites English titles. (Only these: each
    language asked loads its word list, ~37 MB for English; the 50 MB input's cap.)
    ``after`` is the text that follows ``right_token`` on its line, ``before`` the text
    before ``left_token`` on its own."""
    lm, rm = _LEFT.search(left_token), _RIGHT.match(right_token)
    lang = lang.split("-")[0].lower() or "en"
    split = Split(
        left_token,
        right_token,
        lm.group(1) if lm else "",
        rm.group(1) if rm else "",
        lex,
        lang,
        p or CleanParams(),
        _others(lang, langs),
        after,
        before,
    )
    for rule in RULES:
        d = rule(split)
        if d is not None:
            return d
    return Decision(False, f"kept hyphen: no evidence for '{split.joined}' (a compound keeps its hyphen when unsure)")
