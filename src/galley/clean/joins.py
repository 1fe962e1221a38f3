"""Joining a block's lines into one text: what stands at each line end.

``join_lines`` runs ``JOIN_RULES`` in order at every line end of a block; the first rule
with an opinion says what joins the two lines (a space, nothing, or nothing and one
character fewer: a dropped hyphen) and may record a repair; without one, a space.
A new kind of line-end join (a URL form, a script written without spaces) is a rule here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from galley import vocab
from galley.clean import hyphens, urls
from galley.clean.lexicon import DocumentLexicon
from galley.clean.shapes import CITATION_NUMBERS, PAGES, first_word, last_word, opens_glued_note, opens_on_punctuation
from galley.inputs.corrections import NONE, Corrections
from galley.model import Line, Repair
from galley.params import CleanParams

_LEFT_LETTERS = re.compile(r"([^\W\d_]+)[-‐\u00ad]$")
_RIGHT_LETTERS = re.compile(r"[^\W\d_]+")
# The end of a range: a number, perhaps after one letter (``1512.``, ``L111.``, ``e03431``).
_RANGE_END = re.compile(r"^[A-Za-z]?\d")


_SUSPENDED_NEXT = vocab.all_of(vocab.SUSPENDED_HYPHEN_NEXT)
# Before a line-end slash: a letter or a digit, or an abbreviation's stop (``jan./``).
_BEFORE_SLASH = re.compile(r"(?:\w|[^\W\d_]{2}\.)/$")
# A capitalised word of two letters or more (not ``L)`` of ``mg/`` / ``L)``).
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+")


@dataclass(frozen=True)
class Words:
    """What a block's words are judged by: the document's own words, its language, the
    corrections file and the thresholds."""

    lex: DocumentLexicon
    lang: str = "en"
    fixes: Corrections = NONE
    p: CleanParams = CleanParams()
    langs: tuple[str, ...] = ()  # the paper's own language, when a block is judged in another


class LineEnd(NamedTuple):
    """A line end inside a block: the word before it (the text so far's last word, which
    may span lines already joined without a space) and the lines either side."""

    last: str
    prev: Line
    cur: Line
    words: Words

    @property
    def lines(self) -> tuple[int, int]:
        """The raw lines the join spans, first to last: a line put back into reading order
        (``clean.order``) may come before a line it follows in the input."""
        a, b = self.prev.number, self.cur.number
        return min(a, b), max(a, b)


class Join(NamedTuple):
    """How two lines join: ``gap`` between them, after dropping ``drop`` characters of the
    text so far; ``repair`` records the decision when it is one worth explaining; ``text``,
    when set, is the next line's text as it joins (a URL's rest with OCR's spaces closed)."""

    gap: str
    drop: int = 0
    repair: Repair | None = None
    text: str | None = None


JoinRule = Callable[[LineEnd], Join | None]
SPACE = Join(" ")
NOTHING = Join("")


def broken_word(e: LineEnd) -> Join | None:
    """A word broken at the line end: ``multi-`` / ``lateralism`` -> ``multilateralism``,
    ``geo-`` / ``economic`` -> ``geo-economic``, ``mid-`` / ``and long-term`` keeps its space.
    The hyphen rules (``clean.hyphens``) or the corrections file decide; both are recorded."""
    last, cur = e.last, e.cur.text
    goes_on = cur[:1].isalnum() or hyphens.repeats_hyphen(cur)  # (``encontra-`` / ``-se,``)
    if not (last.endswith(("-", "‐", "\u00ad")) and last[-2:-1].isalpha() and goes_on):
        return None
    if opens_glued_note(cur):
        return None  # a page's note between the word's halves: the line end stays a space
    nxt = first_word(cur)
    head = e.prev.text[: e.prev.text.rfind(" ") + 1]  # (the line's text before its last word)
    d, rule = hyphen_decision(last, nxt, e.words, cur[len(nxt) :], head)
    if d.join:
        # In a URL, OCR's spaces in the line's rest close now that the URL's start is known:
        # ``https://carpentries-incub-`` / ``ator. github.io/hpc-intro/``.
        rest = urls.rest_of(last[:-1], cur) if urls.is_url(last) else cur
        word = first_word(rest)
        before = cur[: len(word) + len(cur) - len(rest)]
        repair = Repair(rule + "join", *e.lines, f"{last} {before}", last[:-1] + word, d.why)
        return Join("", 1, repair, rest if rest != cur else None)
    gap = " " if d.why.startswith("suspended") else ""
    if not gap and urls.is_url(last):  # a URL's own hyphen: ``https://www.euro-`` / ``argo.eu /argo-online-school``
        return url_goes_on(e, rule + "keep", d.why)
    return Join(gap, 0, Repair(rule + "keep", *e.lines, f"{last} {nxt}", last + gap + nxt, d.why))


def stray_soft_hyphen(e: LineEnd) -> Join | None:
    """A soft hyphen at a line end that breaks no word (``infor\u00ad`` / ``(see``) marks
    nothing: it goes, and the line end is a space (it used to stay, invisible, in the text)."""
    return Join(" ", 1) if e.last.endswith("\u00ad") else None


def broken_url(e: LineEnd) -> Join | None:
    """A URL broken at a line end goes on without a space (``urls.goes_on``):
    ``https://doi.org/10.1088/`` / ``1748-9326/ab281e``, ``https:`` / ``//doi.org/...``,
    ``https://doi.`` / ``org/10.1002/rse2.31``, ``https://doi.org/10.1145/23`` /
    ``62499.2362532``, ``10.1111/2041-`` / ``210X`` (its hyphen kept). A URL that ends a
    sentence (``... see https://x.org.`` / ``The``) is left alone, and so is a page's number
    set apart by a blank line that a block ran on to (``journal.pcbi.1005510`` / `` `` /
    ``2``), as the break rules leave it."""
    if not urls.goes_on(e.last, e.cur.text, e.words.p, apart=e.cur.blank_before > 0):
        return None
    why = "a URL broken at the line end"
    return url_goes_on(e, "url-join", why, why + " (OCR's spaces in it closed)")


def broken_at_slash(e: LineEnd) -> Join | None:
    """A pair written with a slash, broken after it, goes on without a space: ``e/`` /
    ``ou``, ``race/`` / ``skin color``, ``(mg/`` / ``l)``, ``jan./`` / ``mar. 2020``. A
    line breaks after a slash where the typesetter found room, not at a space (there was
    none). It keeps its space where it may have had one: a slash set apart (``A /`` /
    ``B``), a capitalised word after it (verse: ``Death/`` / ``He kindly stopped``), or a
    paper that sets its slashes so (``caminho/ tinha``, ``lex.spaced_slash``). A URL is
    ``broken_url``'s."""
    last, cur = e.last, e.cur.text
    if not (last.endswith("/") and _BEFORE_SLASH.search(last) and cur[:1].isalnum()) or urls.is_url(last):
        return None
    nxt = first_word(cur)
    if _CAPITALISED.match(nxt) or e.words.lex.spaced_slash:
        return None
    return Join("", 0, Repair("slash-join", *e.lines, f"{last} {nxt}", last + nxt, "a pair broken after its slash"))


def url_goes_on(e: LineEnd, rule: str, why: str, why_closed: str = "") -> Join:
    """The URL ``e.last`` goes on in the next line without a space, OCR's spaces in its rest
    closed now that its start is known (``https://doi.org/10.1111/j.`` / ``1745-6584.
    1988.tb00399.x``: the repair then says ``why_closed``, if given); the repair names every
    word the join took, for the loss checks."""
    text = e.cur.text
    rest = urls.rest_of(e.last, text)
    nxt = first_word(rest)
    before = text[: len(nxt) + len(text) - len(rest)]
    why = (why_closed or why) if rest != text else why
    repair = Repair(rule, *e.lines, f"{e.last} {before}", e.last + nxt, why)
    return Join("", 0, repair, rest if rest != text else None)


def after_digit(e: LineEnd) -> Join | None:
    """A hyphen or a dash after a digit at a line end is never a word broken in two: it
    stays, and the line end is no space.

    - a hyphen: a compound or a range (``(R)-1-`` / ``Phenylethyl`` -> ``(R)-1-Phenylethyl``,
      ``2019-`` / ``2020``), unless it is suspended (``1-`` / ``and 2-dimensional``);
    - an en dash: a range of numbers (``376(4), 1480–`` / ``1512.``, ``225, L107–`` / ``L111.``:
      page ranges of a reference in two narrow columns)."""
    last, cur = e.last, e.cur.text
    if not (last.endswith(("-", "‐", "–")) and last[-2:-1].isdigit() and cur[:1].isalnum()):
        return None
    nxt = first_word(cur)
    if last.endswith("–"):
        if not _RANGE_END.match(cur):
            return None
        rule, why = "range-join", "a range of numbers broken after its dash"
    elif nxt.lower() in _SUSPENDED_NEXT:
        return None
    else:
        rule, why = "hyphen-keep", "a hyphen after a digit joins a compound or a range"
    return Join("", 0, Repair(rule, *e.lines, f"{last} {nxt}", last + nxt, why))


def punctuation_first(e: LineEnd) -> Join | None:
    """A line that opens on a stop, a comma, a colon or a closing bracket goes on the word
    before it without a space: pdftotext's raw mode breaks a line where kerning moves a
    stop back under the letter before it (``E.P`` / ``. White``, ``& White, E. P`` /
    ``. (2018)``). An ellipsis opens a line after a space (``pra mim`` / ``... PEGUEI``)."""
    cur = e.cur.text
    if not (opens_on_punctuation(cur) and e.last[-1:].isalnum()):
        return None
    nxt = first_word(cur)
    return Join(
        "", 0, Repair("punctuation-join", *e.lines, f"{e.last} {nxt}", e.last + nxt, "a line opens on punctuation")
    )


def tight_numbers(e: LineEnd) -> Join | None:
    """A reference's volume, issue and pages broken after their colon or semicolon go on
    without a space where the paper writes them so (``2007;61(5):`` / ``395-400.`` ->
    ``2007;61(5):395-400.``, Vancouver), as ``DocumentLexicon.tight_numbers`` counts; a
    number in prose (``2000–2003:`` / ``0.196199``) keeps its space."""
    last, cur = e.last, e.cur.text
    if not (cur[:1].isdigit() and CITATION_NUMBERS.match(last)):
        return None
    nxt = first_word(cur)
    if not PAGES.match(nxt) or not e.words.lex.tight_numbers:
        return None
    return Join("", 0, Repair("number-join", *e.lines, f"{last} {nxt}", last + nxt, "the paper writes its numbers so"))


def no_space_script(e: LineEnd) -> Join | None:
    """Chinese and Japanese are written without spaces: a wrapped line end between two of
    their characters stands for nothing (``分析し、`` / ``両国の`` -> ``分析し、両国の``)."""
    return NOTHING if e.last and is_cjk(e.last[-1]) and is_cjk(e.cur.text[0]) else None


JOIN_RULES: list[JoinRule] = [
    broken_word,
    stray_soft_hyphen,
    broken_url,
    broken_at_slash,
    after_digit,
    punctuation_first,
    tight_numbers,
    no_space_script,
]


def join_at(e: LineEnd) -> Join:
    """``JOIN_RULES`` in order; anywhere no rule has an opinion, a line end is a space."""
    for rule in JOIN_RULES:
        join = rule(e)
        if join is not None:
            return join
    return SPACE


def is_cjk(ch: str) -> bool:
    """Chinese and Japanese scripts and their punctuation; not Hangul: Korean spaces its words."""
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def hyphen_decision(
    last: str, nxt: str, words: Words, after: str = "", before: str = ""
) -> tuple[hyphens.Decision, str]:
    """The decision and the rule-name prefix: a corrections file overrides the evidence.
    ``after`` is the next line's text after ``nxt``, ``before`` the line's before ``last``."""
    lm, rm = _LEFT_LETTERS.search(last), _RIGHT_LETTERS.match(nxt)
    if lm and rm:
        forced = words.fixes.hyphen(lm.group(1), rm.group(0))
        if forced is not None:
            why = f"forced by the corrections file: {'join' if forced else 'keep'} '{lm.group(1)}-{rm.group(0)}'"
            return hyphens.Decision(forced, why), "correction-hyphen-"
    return hyphens.decide(last, nxt, words.lex, words.lang, words.p, words.langs, after, before), "hyphen-"


def join_lines(
    block: list[Line],
    words: Words,
    repairs: list[Repair],
    offsets: list[int] | None = None,
    texts: list[str] | None = None,
) -> str:
    """Join a block's lines into one text (``JOIN_RULES`` at each line end); ``offsets``
    receives where each line starts in it, ``texts`` each line's text as joined (a URL's
    rest with OCR's spaces closed: ``10.528 1/zenodo`` -> ``10.5281/zenodo``).

    Linear in the block's length: pieces are collected, and only the text's last word is
    looked at (a long reference list is one block in some extractors)."""
    if texts is not None:
        texts[:] = [ln.text for ln in block]
    if len(block) == 1:  # a heading, a reference, a line of its own: nothing to join
        if offsets is not None:
            offsets[:] = [0]
        return block[0].text
    parts = [block[0].text]
    size = len(block[0].text)
    starts = [0]
    last = last_word(block[0].text)
    for prev, cur in zip(block, block[1:], strict=False):
        join = join_at(LineEnd(last, prev, cur, words))
        if join.repair is not None:
            repairs.append(join.repair)
        if join.drop:
            parts[-1] = parts[-1][: -join.drop]
            size -= join.drop
        text = cur.text if join.text is None else join.text
        if texts is not None and join.text is not None:
            texts[len(starts)] = text
        starts.append(size + len(join.gap))
        parts.append(join.gap + text)
        size += len(join.gap) + len(text)
        # The text's last word: it grows when the lines joined without a space.
        joined_word = not join.gap and " " not in text
        last = last[: len(last) - join.drop] + text if joined_word else last_word(text)
    if offsets is not None:
        offsets[:] = starts
    return "".join(parts)
