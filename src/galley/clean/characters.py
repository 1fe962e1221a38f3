"""Character repairs, line by line: each rule is ``str -> str`` and explains itself.

``fix_characters`` runs ``RULES`` in order on every line; a rule that changes a line
records a Repair with the before/after, its name and its docstring's first line as the
reason. A new character rule (an OCR confusion, a script's own quotes) is a function here,
named in ``RULES``; each returns its input unchanged, cheaply, when it has nothing to do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import ftfy
import ftfy.badness

from galley import vocab
from galley.clean import urls
from galley.model import Line, Repair

Rule = Callable[[str], str]

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPLIT_LIGATURE = re.compile("([ﬀﬁﬂﬃﬄﬅﬆ]) (?=[a-z])")


_ANY_LIGATURE = re.compile("[ﬀﬁﬂﬃﬄﬅﬆ]")
# The lead bytes of UTF-8 read as Latin-1/cp1252 (``Ã``, ``â``, ``Â``): where mojibake starts.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4]")


def split_ligatures(text: str) -> str:
    """Join a word some extractors split after a ligature glyph.

    pdfminer and OCR often emit a space after a ligature: ``ﬁ eld`` -> ``field``,
    ``e ﬀ ect`` is handled by the ligature rule after this one.
    """
    if text.isascii() or not _ANY_LIGATURE.search(text):
        return text
    return _SPLIT_LIGATURE.sub(r"\1", text)


def ligatures(text: str) -> str:
    """Expand typographic ligatures to letters: ``ﬁnal`` -> ``final``, ``eﬀect`` -> ``effect``."""
    if text.isascii() or not _ANY_LIGATURE.search(text):
        return text
    for lig, letters in _LIGATURES.items():
        text = text.replace(lig, letters)
    return text


def mojibake(text: str) -> str:
    """Undo double-encoding with ftfy: ``donâ€™t`` -> ``don’t``. Curly quotes are kept.

    Only ftfy's encoding repairs run; quotes, widths and line ends are our own rules.
    A line without a UTF-8 lead byte read as Latin-1 (``Ã``, ``â``) cannot be mojibake.
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    # The repair must not depend on the spaces around the line (``Ã`` + a trailing space
    # reads as ``à``), so only the stripped line goes to ftfy.
    core = text.strip()
    if not _ftfy_may_change(core):
        return text
    start = text.find(core)
    fixed = ftfy.fix_text(
        core,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return text[:start] + fixed + text[start + len(core) :]


# What the ftfy steps that run besides the encoding repair act on: HTML entities, terminal
# escapes, C1 controls, UTF-16 surrogates.
_FTFY_OTHER = re.compile("[&\x1b\x80-\x9f\ud800-\udfff]")


def _ftfy_may_change(core: str) -> bool:
    """False only where ``ftfy.fix_text`` (as ``mojibake`` calls it) returns ``core``
    unchanged: ftfy repairs an encoding only where its own badness test finds mojibake, and
    its other steps need ``&``, an escape, a C1 control or a surrogate. (The test costs a
    third of the repair; most accented lines of a Portuguese paper need no repair.)"""
    return _FTFY_OTHER.search(core) is not None or ftfy.badness.is_bad(core)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Every character the rule below changes: invisible ones, exotic spaces, controls, a soft hyphen.
_ODD_CHARACTER = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad]"
)


def spaces_and_controls(text: str) -> str:
    """Make exotic spaces plain, drop zero-width characters and stray control characters.

    ``10\u00a0km`` -> ``10 km``; a ``\\x07`` bell from a broken extractor disappears.
    Soft hyphens are dropped, but for one that ends the line after a letter: a hyphenation
    point the joiner handles (``infor\u00ad`` / ``mation``).
    """
    if "  " not in text and not _ODD_CHARACTER.search(text):
        return text
    text = text.translate(_INVISIBLE)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    if "\u00ad" in text:
        # Only a soft hyphen that ends the line after a letter may mark a hyphenation point.
        hyphenation_point = text.endswith("\u00ad") and text[-2:-1].isalpha()
        text = text.replace("\u00ad", "") + ("\u00ad" if hyphenation_point else "")
    return re.sub(r" {2,}", " ", text)


# A bullet a word processor sets in a symbol font, which extractors give as a private-use
# character (Symbol's U+F0B7, Wingdings' U+F0A7, U+F0D8, U+F076, U+F0FC, pdfminer's
# ``(cid:108)`` for a glyph it cannot map), or a decorative one (``➢``, ``►``, ``◆``, ``✓``,
# ``□``), before an item's text.
_SYMBOL_BULLET = re.compile(r"^(?:[\uf000-\uf0ff]|\(cid:\d{1,4}\)|[➢➤►▶▸◆◇❖✓✔✗→□❑➔])(?=\s+\S)")


def symbol_bullets(text: str) -> str:
    """A bullet set in a symbol font or drawn as an ornament, at a line's start, becomes the
    bullet: ``\uf0b7 fresh vegetables;`` (pdfminer, pypdf on a Word PDF) or ``➢ fresh
    vegetables;`` -> ``• fresh vegetables;``. Elsewhere in a line such a glyph is left."""
    return _SYMBOL_BULLET.sub("•", text) if text[:1] in _SYMBOL_STARTS else text


_SYMBOL_STARTS = frozenset("(➢➤►▶▸◆◇❖✓✔✗→□❑➔") | frozenset(chr(c) for c in range(0xF000, 0xF100))


# Glyphs OCR reads a bullet as (``¢``, ``°``, ``«``), before an item's text.
_BULLET_GLYPH = re.compile(r"^[¢°](?= \S)")
_GUILLEMET_BULLET = re.compile(r"^«(?= \S)")
# OCR's ``|`` for the pronoun ``I`` before a word in lower case.
_BAR_PRONOUN = re.compile(r"^\|(?= [a-z])")


def ocr_bullets(text: str) -> str:
    """OCR's misread bullet glyphs become the bullet: ``¢ Introduction to concepts`` ->
    ``• Introduction to concepts`` (``¢`` or ``°``; not ``©``, which starts a copyright
    line), and its ``|`` for the pronoun: ``| enjoyed the live coding`` -> ``I enjoyed the
    live coding`` (a line with another ``|`` is a table's row)."""
    if text[:1] in "¢°":
        return _BULLET_GLYPH.sub("•", text)
    if text.startswith("| ") and text.count("|") == 1:
        return _BAR_PRONOUN.sub("I", text)
    return text


def guillemet_bullets(text: str) -> str:
    """OCR's bullet read as ``«``: ``« Level 1 data from two satellite instruments: ...``
    -> ``• Level 1 data ...``. Only in a text that never closes a guillemet (``»``
    nowhere): where French quotations are set, ``« Le silence des sources`` opens one,
    which may close lines later (``fix_characters`` leaves the rule out)."""
    return _GUILLEMET_BULLET.sub("•", text)


def url_spaces(text: str) -> str:
    """OCR's spaces inside a URL go: ``https: / /doi.org/10.18260 /1-2--32072`` ->
    ``https://doi.org/10.18260/1-2--32072`` (``urls.close_spaces``)."""
    return urls.close_spaces(text)


_APOS = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s|$|[.,;:!?)])|(?<=s)'")
_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=\w)")
_OPEN_DOUBLE = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"(?=\S)')


def typographic_quotes(text: str) -> str:
    """One consistent, typographic style for quotes and apostrophes.

    The seed mixes ``Pakistan’s`` and ``Afghanistan's``: both become ``’``. Straight double
    quotes become “…” by position.  Quotes in code-like runs (``=`` or ``{`` nearby) are
    left alone.
    """
    if "'" not in text and '"' not in text:
        return text
    if re.search(r"[=<>{}\\]", text):
        return text
    text = _APOS.sub("’", text)
    text = _OPEN_SINGLE.sub("‘", text)
    text = text.replace("'", "’")
    text = _OPEN_DOUBLE.sub("“", text)
    return text.replace('"', "”")


_TYPEWRITER_DASH = re.compile(r"(?<=\w)-{2,3}(?=\w)| -{2,3} | - (?=\w)(?<=\w - )")
# Code, a command option, or a URL or DOI anywhere on the line (``doi.org/10.18260/1-2--43749``
# after ``https://`` on the line before keeps its two hyphens).
_CODE_OR_URL = re.compile(r"[=<>{}\\]|://|^\s*[-*] |www\.|\b10\.\d{4,9}/|[a-z0-9-]\.[a-z]{2,}/", re.I)


def dashes(text: str) -> str:
    """One style for dashes: the typewriter forms become typographic ones.

    ``word--word`` -> ``word—word``; a spaced ``--`` or a spaced hyphen between words
    (``Manim - Mathematical Animation``) -> a spaced en dash ``–``. Code-like lines, URLs
    and command options (``--format``) are left alone.
    """
    # Each typewriter form holds ``--`` or `` - ``.
    if ("--" not in text and " - " not in text) or _CODE_OR_URL.search(text):
        return text

    def typographic(m: re.Match[str]) -> str:
        return "—" if not m.group(0).startswith(" ") else " – "

    return _TYPEWRITER_DASH.sub(typographic, text)


# Three stops a space apart, no fourth beside them: LaTeX's \ldots as pdftotext, pdfminer
# and pypdf read it.
_SPACED_ELLIPSIS = re.compile(r"(?<!\. )\.(?: \.){2}(?! \.)")


def ellipsis(text: str) -> str:
    """LaTeX's spaced ellipsis is one character: ``Straw, A., . . . Ivanov, P.`` ->
    ``Straw, A., … Ivanov, P.``, ``Aqui. . . dentro.`` -> ``Aqui… dentro.`` (the reader and
    every search see the word the author wrote, not three stray stops). Four spaced stops
    (an ellipsis and a sentence's stop) are left as they are."""
    if ". . ." not in text:
        return text
    return _SPACED_ELLIPSIS.sub("…", text)


# An accent set as a character of its own before the letter it sits on, and the combining
# mark it stands for: pdflatex's fonts without accented letters draw the accent, then the
# letter (pdftotext, pdfminer, pypdf: ``Zieli´nski``, ``Jo˜ao``, ``M¨uller``, ``aoˆut``,
# ``Koçyi˘git``, ``Radoˇcaj``). The grave is left alone: its glyph is the backquote.
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u00af": "\u0304",  # macron
    "\u02d8": "\u0306",  # breve
    "\u02d9": "\u0307",  # dot above
    "\u00a8": "\u0308",  # diaeresis
    "\u02da": "\u030a",  # ring
    "\u02dd": "\u030b",  # double acute
    "\u02c7": "\u030c",  # caron
}
# The accent after a letter or opening a word (``Zieli´nski``, ``´Alvaro``, ``˚A``); not
# after a figure or a sign: minutes and degrees (``23°10´S``, ``90˚angle``), a URL's tilde
# (``www.cs.ubc.ca/˜arnold``).
_SPACING_ACCENT = re.compile(f"(?:(?<=[^\\W\\d_])|(?<![^\\s]))([{''.join(_SPACING_ACCENTS)}])([^\\W\\d_])")
# An acute set for an apostrophe: an English possessive or contraction (``patient´s``,
# ``I´m``, ``we´ll``, ``they´re``; ``don´t`` makes no letter), or after an elided article,
# pronoun or preposition, in any case (``l´analyse``, ``D´Angelo``, ``O´Neill``,
# ``dell´arte``, ``Sant´Anna``, ``lorsqu´elle``, ``o´clock``).
_ELIDED = "c|d|j|l|m|n|s|t|o|y|qu|lorsqu|puisqu|jusqu|quoiqu|dell|nell|sull|dall|all|coll|pell|quell|un|sant"
_ACUTE_APOSTROPHE = re.compile(rf"(?<=[^\W\d_])\u00b4(?=(?:s|m|ll|re)\b)|(?<![^\W\d_])(?:{_ELIDED})\u00b4", re.I)
# Any of them: a line without one has nothing to do (most lines of a paper in Portuguese
# hold a letter that is no ASCII one, and no spacing accent).
_ANY_SPACING_ACCENT = re.compile(f"[{''.join(_SPACING_ACCENTS)}]")
# The dotless letters LaTeX puts an accent on (``Garc´ıa``).
_DOTLESS = {"\u0131": "i", "\u0237": "j"}


def spacing_accents(text: str) -> str:
    """An accent that the extractor set apart goes back on the letter after it.

    ``Zieli´nski`` -> ``Zieliński``, ``Jo˜ao`` -> ``João``, ``Garc´ıa`` -> ``García``,
    ``Koçyi˘git`` -> ``Koçyiğit``, ``ˇCINOVÁ`` -> ``ČINOVÁ`` (LaTeX draws the accent before
    the letter). Only where the two make one letter (``´b`` stays), after a letter or at a
    word's start (``23°10´S`` stays), and an acute set for an apostrophe stays
    (``patient´s``, ``l´analyse``, ``D´Angelo``; ``dimensions´ impact``, before a space).
    After an elided word's letters the acute stays even where it was an accent: ``n´umero``
    reads as ``n´umero``, not ``número`` (the text cannot tell it from ``n´est``)."""
    if _ANY_SPACING_ACCENT.search(text) is None:
        return text
    kept = {m.end() - 1 for m in _ACUTE_APOSTROPHE.finditer(text)}

    def placed(m: re.Match[str]) -> str:
        if m.start() in kept:
            return m.group()
        letter = unicodedata.normalize("NFC", _DOTLESS.get(m.group(2), m.group(2)) + _SPACING_ACCENTS[m.group(1)])
        return letter if len(letter) == 1 else m.group()

    return _SPACING_ACCENT.sub(placed, text)


def nfc(text: str) -> str:
    """Compose combining accents: ``e\u0301`` -> ``é`` so words compare equal."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def has_nothing_to_repair(text: str) -> bool:
    """Printable ASCII without quotes, double spaces, typewriter dashes, a slash (a URL
    OCR may have spaced), OCR's ``| `` for ``I``, pdfminer's ``(cid:`` bullet or a spaced
    ellipsis: no rule changes
    such a line (``test_characters`` holds every rule in ``RULES`` to it; a new rule that
    repairs plain ASCII must widen this test). Most lines of most papers skip the rules,
    a twentieth of the 50 MB input's analysis time."""
    return (
        text.isascii()
        and text.isprintable()
        and "'" not in text
        and '"' not in text
        and "  " not in text
        and "--" not in text
        and " - " not in text
        and "/" not in text
        and not text.startswith(("| ", "(cid:"))
        and ". . ." not in text
    )


RULES: list[tuple[str, Rule]] = [
    ("split-ligature", split_ligatures),
    ("ligature", ligatures),
    ("mojibake", mojibake),
    ("spaces", spaces_and_controls),
    ("url-spaces", url_spaces),
    ("ocr-bullets", ocr_bullets),
    ("guillemet-bullets", guillemet_bullets),
    ("symbol-bullets", symbol_bullets),
    ("quotes", typographic_quotes),
    ("dashes", dashes),
    ("ellipsis", ellipsis),
    ("spacing-accents", spacing_accents),
    ("nfc", nfc),
]


# A capital, or a numbered sub-item and its capitalised text (``e 2.2 Plan ...``; not a
# table's row ``e 1.25 0.19``).
_LETTER_BULLET = re.compile(r"^([eo]) (?=[A-Z]|\d+(?:\.\d+)+\.? [A-Z])")


def letter_bullets(lines: list[Line], lang: str, repairs: list[Repair], window: int, min_repeats: int) -> list[Line]:
    """OCR reads a list's bullets as a letter: ``e The Penguin dataset`` / ``e The Weather
    prediction dataset`` -> ``• The Penguin dataset`` ... A line is an item when it starts
    with ``e`` or ``o`` and a capital, another line within ``window`` lines does too (a list
    has items), and the letter is no word: not of the language (``vocab.ONE_LETTER_WORDS``:
    in Portuguese ``e Silva`` is "and Silva"), nor of the text, which would use it inside a
    line ``min_repeats`` times. Each one is a repair."""
    taken = vocab.ONE_LETTER_WORDS.get(lang.split("-")[0].lower())
    if taken is None:
        return lines  # a language the table does not know: no letter is safely a bullet
    starts = [i for i, ln in enumerate(lines) if (m := _LETTER_BULLET.match(ln.text)) and m.group(1) not in taken]
    if not starts:
        return lines
    # A letter the text itself uses as a word (``Schmidt e J. Huenteler``: a Portuguese
    # paper read without its language) is no bullet.
    used = {ch for ch in "eo" if sum(f" {ch} " in ln.text for ln in lines) >= min_repeats}
    starts = [i for i in starts if lines[i].text[0] not in used]
    items = {i for k, i in enumerate(starts) if any(0 < abs(i - j) <= window for j in starts[max(0, k - 1) : k + 2])}
    if not items:
        return lines
    out = list(lines)
    why = (letter_bullets.__doc__ or "").split("\n")[0]
    for i in sorted(items):
        ln = lines[i]
        fixed = "•" + ln.text[1:]
        repairs.append(Repair("letter-bullet", ln.number, ln.number, ln.text, fixed, why))
        out[i] = replace(ln, text=fixed)
    return out


def fix_characters(lines: list[Line], repairs: list[Repair]) -> list[Line]:
    """Every line through ``RULES``, each change recorded; lines left empty are dropped.
    A text that closes a guillemet somewhere sets quotations in them: ``«`` opening a line
    is no bullet there (``guillemet_bullets`` is left out)."""
    rules = RULES
    if any("»" in ln.text for ln in lines):
        rules = [(name, rule) for name, rule in RULES if rule is not guillemet_bullets]
    out: list[Line] = []
    for ln in lines:
        text = ln.text
        if has_nothing_to_repair(text):
            out.append(ln)
            continue
        for name, rule in rules:
            fixed = rule(text)
            if fixed != text:
                why = (rule.__doc__ or name).split("\n")[0]
                repairs.append(Repair(name, ln.number, ln.number, text, fixed, why))
                text = fixed
        text = text.strip()
        if text:
            out.append(replace(ln, text=text) if text != ln.text else ln)
    return out
