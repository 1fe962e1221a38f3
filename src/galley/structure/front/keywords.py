"""Front-line rule: the keywords."""

from __future__ import annotations

import re

from galley.clean.headings import FUNCTION_WORDS, is_section_name, open_ended
from galley.clean.shapes import KEYWORD_LABEL
from galley.clean.shapes import KEYWORD_LINE as KEYWORDS
from galley.model import Metadata
from galley.params import StructureParams
from galley.structure.front.lines import FrontLine, Reading, joined

# The label alone on its line, the list under it: ``Keywords`` / ``colonial Lagos, ...``.
LABEL_ALONE = re.compile(rf"^(?:{KEYWORD_LABEL})\s*[:.]?$", re.I)
_SEPARATOR = re.compile(r"\s*[,;·•]\s*")
# A sentence's end inside a line, the next one opening in a capital.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")


def keyword_lines(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """``Keywords: climate change, econometrics, tutorial`` (also ``Index Terms—``) ->
    ``meta.keywords``; a list ending in a comma, or a next line in lower case that reads as
    more keywords, goes on, and so does one the cleaner kept together with its next line
    (``_goes_on``)."""
    n = take(lines, i, r.meta, r.p)
    return ("keywords", n) if n else None


def take(lines: list[FrontLine], i: int, meta: Metadata, p: StructureParams) -> int:
    """The keyword list opening at line ``i`` into ``meta`` (the first list found wins):
    how many lines it takes, 0 when line ``i`` is no keyword line."""
    m = KEYWORDS.match(lines[i].text)
    if not m:
        return _take_below(lines, i, meta, p) if LABEL_ALONE.match(lines[i].text.strip()) else 0
    value, n = m.group(1), 1
    while i + n < len(lines) and (
        value.rstrip().endswith((",", ";"))
        or _more_in_lower_case(lines[i + n].text, p)
        or _goes_on(value, lines[i], lines[i + n], p)
    ):
        value += " " + lines[i + n].text
        n += 1
    if n > 1:
        # Read as the cleaner joined the lines: "asso-" / "ciated factors" is one word.
        value = KEYWORDS.match(joined(lines[i : i + n])).group(1)  # type: ignore[union-attr]
    words = [k.strip(" .") for k in _SEPARATOR.split(value)]
    if not meta.keywords:
        meta.keywords = [k for k in words if k]
    return n


def _take_below(lines: list[FrontLine], i: int, meta: Metadata, p: StructureParams) -> int:
    """The label alone on line ``i`` and its list under it: on one line, parted by commas or
    semicolons into pieces of ``keyword_max_words`` words or fewer (SAGE: ``Keywords`` /
    ``colonial Lagos, market women, municipal government``), or one keyword a line, two or
    more in one block (Elsevier: ``Keywords:`` / ``Wetland restoration`` / ``Nitrate
    retention`` / ...). 0 when no list is under it: a section named so, or a sentence."""
    below = lines[i + 1 :]
    if not below:
        return 0
    first = below[0].text.strip()
    pieces = [x.strip(" .") for x in _SEPARATOR.split(first)]
    if len(pieces) > 1 and all(0 < len(x.split()) <= p.keyword_max_words for x in pieces):
        n = 1
        while n < len(below) and (
            joined(below[:n]).rstrip().endswith((",", ";")) or _more_in_lower_case(below[n].text, p)
        ):
            n += 1
        words = [k.strip(" .") for k in _SEPARATOR.split(joined(below[:n]))]
    else:
        n = 0
        while n < len(below) and _same_block(below[0], below[n]) and _one_keyword(below[n].text, p):
            n += 1
        if n < 2:
            return 0
        words = [x.text.strip(" .;,") for x in below[:n]]
    if not meta.keywords:
        meta.keywords = [k for k in words if k]
    return 1 + n


def record_text(lines: list[FrontLine], i: int, n: int) -> str:
    """The keyword list of lines ``i`` to ``i + n`` as one line for the report, as the
    cleaner joined it; a label alone above its list gets a colon, and a list of one keyword
    a line semicolons (``Keywords: Wetland restoration; Nitrate retention``), so that it
    reads back as the list it is (``KEYWORDS``)."""
    if KEYWORDS.match(lines[i].text) or n < 2:
        return joined(lines[i : i + n])
    below = lines[i + 1 : i + n]
    listed = joined(below) if _SEPARATOR.search(below[0].text) else "; ".join(x.text.strip() for x in below)
    return f"{lines[i].text.strip().rstrip(':.')}: {listed}"


def _same_block(first: FrontLine, line: FrontLine) -> bool:
    """``line`` is in ``first``'s unit, or both stand alone, a unit a line (the cleaner set
    each of a list's lines apart)."""
    if line.source is first.source:
        return True
    return all(x.source is not None and len(x.source.lines) == 1 for x in (first, line))


def _one_keyword(text: str, p: StructureParams) -> bool:
    """A line that is one keyword: a few words (``keyword_max_words``), no sentence, no
    section's name (``Introduction``, ``1. Introduction``)."""
    t = text.strip()
    words = t.split()
    if not 0 < len(words) <= p.keyword_max_words or t.endswith((".", ":")) or t[:1].isdigit():
        return False
    return not is_section_name(t)


def _more_in_lower_case(text: str, p: StructureParams) -> bool:
    """A next line in lower case is more of the list when it reads as keywords: pieces cut
    by a separator, each of ``keyword_max_words`` words or fewer besides function words
    (or more in capitals, ``_keyword_like``), the last breaking off on a function word only
    in a subject heading's capitals (``Unidades de`` / ``Cuidado Intensivo``); the first may
    end the last keyword (``... multi-agent systems, partially`` / ``observable
    Markov decision processes``, ``...; Neoplasias do Colo do Útero, prevenção &`` /
    ``controle; Serviços de Saúde da Mulher; ...``). Not a column read after the list,
    which goes on mid-sentence (pdftotext on two columns: ``...; computational science and
    engineering`` / ``ential equation and the solution .py file followed by a``, ``...;
    Python`` / ``ential equations, which are then solved with the``)."""
    if not text[:1].islower() or _SENTENCE_INSIDE.search(text):
        return False  # (``stand in their course. This began as ...``: a sentence ends in it)
    pieces = _pieces(text)
    if open_ended(pieces[-1]) and not _capitalised(_content_words(pieces[-1])):
        return False  # (a sentence breaks off there; a subject heading may: ``Unidades de``)
    return all(_keyword_like(x, p) for x in pieces)


def _keyword_like(text: str, p: StructureParams) -> bool:
    """``text`` may be one keyword: ``keyword_max_words`` words or fewer besides function
    words (``de``, ``the``, ``e``), or more in capitals, as subject headings are written
    (``Integralidade em Saúde Qualidade, Acesso e Avaliação da Assistência à Saúde``)."""
    words = _content_words(text)
    if not words:
        return False
    return len(words) <= p.keyword_max_words or _capitalised(words[1:])


def _capitalised(words: list[str]) -> bool:
    """Every word opens in a capital, as a subject heading's do."""
    return all(w[:1].isupper() for w in words)


def _content_words(text: str) -> list[str]:
    """The words of ``text`` that are no function words."""
    return [w for w in text.split() if w.lower() not in FUNCTION_WORDS]


def _goes_on(value: str, first: FrontLine, nxt: FrontLine, p: StructureParams) -> bool:
    """The list wrapped onto the next line: it broke off on a function word (``...; Brotes
    de`` / ``Enfermedades``, ``...; Assassinos no Tribunal do`` / ``Júri``), or the next
    line of its block is more of its keywords, cut by its separator into pieces of
    ``keyword_max_words`` words or fewer, or more in capitals (``...; Encuestas`` /
    ``Epidemiológicas; Brasil``, ``_one_piece``). A capitalised word alone in the list's
    block after a list not finished by a stop is its last keyword's end (``...;
    Esgotamento`` / ``Profissional``), unless it names a section (``Introdução``)."""
    if nxt.source is None:
        return False
    if open_ended(value):
        return True
    if nxt.source is not first.source:
        return False  # (a line set apart after a list that is not open: ``Context``, a heading)
    word = nxt.text.strip()
    if " " not in word and word[:1].isupper() and word[-1:].isalpha() and not value.rstrip().endswith("."):
        return not is_section_name(word)
    sep = ";" if ";" in value else ","
    pieces = nxt.text.rstrip(" .").rstrip(sep).split(sep)
    return len(pieces) > 1 and all(_one_piece(x, sep, p) for x in pieces)


def _one_piece(text: str, sep: str, p: StructureParams) -> bool:
    """``text`` may be one keyword of a list parted by ``sep``: ``keyword_max_words`` words
    or fewer, or more in capitals in a list parted by semicolons (``Transtornos de
    Estresse por Calor``), which an address never is (``Universidade Federal de Santa
    Catarina, Florianópolis, SC``)."""
    words = text.split()
    if 0 < len(words) <= p.keyword_max_words:
        return True
    return sep == ";" and bool(words) and _capitalised(_content_words(text))


def _pieces(text: str) -> list[str]:
    """The line cut at its separators; one that ends the line says the list goes on
    (``engineering; availability; maintainability; reliability testing;`` /
    ``accelerated life testing``), and cuts off no piece."""
    return _SEPARATOR.split(text.rstrip(" .").rstrip(",;·• "))
