"""Units cut before classification: what the cleaner joined that is two blocks.

Each rule in ``SPLITS`` looks at a unit (and the unit after it) and returns its parts, or
None when it does not apply. ``split_units`` runs the rules in order, each over the whole
list as the rule before left it. Cuts go through ``Unit.split`` (the cleaner's joins are
kept), and never where the cleaner glued two lines (a word or URL mended across the line
end is one piece).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from galley.model import Unit
from galley.params import StructureParams
from galley.structure.blocks.code import DEFINED_IN_WORDS, is_code_line
from galley.structure.blocks.quote import STAGE, TURN
from galley.structure.blocks.shapes import (
    ATTRIBUTION,
    BULLET,
    NUMBERED,
    SENTENCE_BREAK,
    at_least_words,
    finished,
    is_body,
    marked,
    opens_sentence,
)
from galley.structure.headings import heading_shape, is_caption, is_known

SplitRule = Callable[[Unit, Unit | None, StructureParams], list[Unit] | None]


def leading_heading(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """A heading joined to the paragraph under it: ``Experience of use in teaching and
    learning situations`` / ``We delivered this workshop three times on-line. ...``. The
    first line is heading-shaped, clearly shorter than the lines under it
    (``leading_heading_width``), and the next line opens a sentence."""
    lines = u.lines
    if len(lines) < 2 or not opens_sentence(lines[1]):
        return None
    first = lines[0]
    if not heading_shape(first, p) or BULLET.match(first):
        return None
    known = is_known(first, p)
    if NUMBERED.match(first) and not known:
        return None  # "1. Create an R project" opens a list item
    # The widest line under it, unless it is printed lines pdftotext joined (``... Manim``
    # / 95 characters / ``users to create an issue ...``: 55): then the next widest, if it
    # is a full line itself, at least as long as the first. Joined lines are told from the
    # lower quartile of the lines under it (printed lines, where half of them may be pairs
    # joined): two of them (jose.00198: 108 and 107 over lines of 62 and 63) are no
    # measure either.
    under = sorted((len(ln) for ln in lines[1:]), reverse=True)
    joined = len(under) > 2 and under[0] > p.leading_joined_share * under[1] and under[1] >= len(first)
    widest = under[1] if joined else under[0]
    quartile = under[3 * len(under) // 4]
    if quartile >= len(first):  # (a full printed line, not a short sentence's)
        widest = min(widest, max(n for n in under if n <= p.leading_joined_share * quartile))
    # A known name with text after its colon runs in (``Financiamento: Conselho Nacional de
    # Desenvolvimento`` / ``Científico e Tecnológico (CNPq), ...``): a heading only as short
    # as any other.
    labelled = ":" in first.rstrip(" :")
    if known and not labelled and len(first.split()) <= p.leading_known_max_words:
        apart = len(lines) > 2 or len(first) < p.leading_known_width * widest or lines[1][:1].isupper()
    else:
        apart = (
            len(lines) > 2
            and len(first) < p.leading_heading_width * widest
            and len(first.split()) <= p.leading_heading_max_words
        )
    if not apart or u.glued(1):
        return None
    head, tail = u.split(1)
    return [replace(head, kind="heading"), replace(tail, kind="paragraph" if len(lines) > 2 else "line")]


def trailing_heading(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """A heading the cleaner joined to the end of the block above it: ``... Familiarity
    with git is a bonus but not fundamental.`` / ``Part 1: Introduction to PEST and the
    Gauss-Levenberg Marquardt Approach``; ``Figure 1: Course timeline`` / ``Teaching
    materials``. The last line is heading-shaped and not a question (``How should I share
    my data?`` closes a paragraph), the line before it finished a sentence or a caption,
    body text follows the unit, and the line is clearly shorter than those above it
    (``trailing_heading_width``) or a well-known name. A line that closes a quotation
    opened above it (rsp-48: ``“A partir do momento ... Encaixo só urgência.`` / ``Faltou?
    Não é problema meu”. (Tecido)``) or names who spoke after its last sentence's stop
    (``Desenhamos e aí depois você chegou. (Sitka, 10 anos)``) ends the words above it; a
    heading may quote a name whole (``O Programa “Mais Médicos” (PMM)``)."""
    lines = u.lines
    if len(lines) < 2 or nxt is None:
        return None
    last, before = lines[-1], lines[-2]
    if not heading_shape(last, p) or last.endswith("?") or u.glued(len(lines) - 1):
        return None
    if last.count("”") > last.count("“") or last.count("»") > last.count("«") or _SPEAKER.search(last):
        return None
    if not is_body(nxt, p):
        return None
    if not (finished(before) or (len(lines) == 2 and is_caption(before))):
        return None
    short = len(last) < p.trailing_heading_width * max(len(x) for x in lines[:-1]) and not NUMBERED.match(last)
    if not (short or is_known(last, p)):
        return None
    n = len(lines) - 1
    head, tail = u.split(n)
    return [replace(head, kind=u.kind if n > 1 else "line"), replace(tail, kind="heading")]


# Who spoke, in brackets after a sentence's stop: ``... você chegou. (Sitka, 10 anos)``.
_SPEAKER = re.compile(r"[.!?…][\"”’]?\s*\([^()]*[^\W\d_][^()]*\)$")


def code_lines(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """Commands the cleaner joined into the prose around them: ``... To install the
    package, type`` / ``install.packages("lorentz")`` / ``library("lorentz")`` / ``at the
    R command line.`` -> prose, code (one command a line), prose. Lines the cleaner glued
    together (``https://www.youtube.com/watch?`` / ``v=Qe6o9j4IjTo``) are code only if all
    of them are."""
    lines = u.lines
    if len(lines) < 2 or u.kind == "equation":
        return None  # (an equation the cleaner set apart reads like an assignment: ``y = Xβ + ε``)
    flags = [is_code_line(ln, p) for ln in lines]
    if not any(flags):
        return None
    k = 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and u.glued(j):
            j += 1
        if not all(flags[k:j]):
            flags[k:j] = [False] * (j - k)
        k = j
    if not any(flags) or all(flags):
        return None
    parts: list[Unit] = []
    rest = u
    for k in reversed(range(1, len(lines))):  # cut from the end: the indexes stay put
        if flags[k] != flags[k - 1]:
            rest, piece = rest.split(k)
            parts.append(_piece(piece, flags[k]))
    parts.append(_piece(rest, flags[0]))
    return parts[::-1]


def definitions(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """Symbols defined one a line under an equation, which the cleaner joined into one
    paragraph: ``Onde:`` / ``f 0 = frequência de vibração nominal do cristal seco`` / ``ρL =
    densidade do líquido`` / ``µQ = módulo de cisalhamento ...`` -> each definition a
    paragraph of its own (with its wrapped lines, which go on in lower case: ``A = área da
    seção transversal do canal de`` / ``drenagem principal``), as printed, and the text after
    them one too. Two definitions at least: one such line may be a sentence's middle."""
    lines = u.lines
    if len(lines) < 2 or u.kind == "equation" or "=" not in u.text:
        return None
    defined = [k for k, ln in enumerate(lines) if DEFINED_IN_WORDS.match(ln.strip()) and not u.glued(k)]
    if len(defined) < 2:
        return None
    after = defined[-1] + 1  # the text after the definitions: the last one's wrapped lines aside
    while after < len(lines) and lines[after][:1].islower() and not DEFINED_IN_WORDS.match(lines[after].strip()):
        after += 1
    if after < len(lines) and u.glued(after):
        return None
    cuts = sorted({*defined, after} - {0, len(lines)})
    parts: list[Unit] = []
    rest = u
    for k in reversed(cuts):  # cut from the end: the indexes stay put
        rest, piece = rest.split(k)
        parts.append(replace(piece, kind="paragraph" if len(piece.lines) > 1 else "line"))
    parts.append(replace(rest, kind="paragraph" if len(rest.lines) > 1 else "line"))
    return parts[::-1]


def list_tail(u: Unit, siblings: list[Unit], p: StructureParams) -> list[Unit] | None:
    """The text after a list that the cleaner ran into its last item: ``• exercise careful
    consideration ... training ML models.`` / ``With regards to specific ML content we
    cover:`` (one line that announces what comes next), or ``4. Understand data and models
    by interacting directly with equations and figures.`` / ``Most of the content provided
    in these modules has been presented ...`` (``list_tail_min_words`` words or more after
    the item's first sentence, in a list whose items are mostly one sentence each: a
    paragraph of its own). ``siblings``: the list's items before this one. The cut falls
    after a line that ends a sentence (not an initial: ``(S.`` / ``E. de Vries``), before a
    line in capitals that opens no item."""
    lines = u.lines
    if len(lines) < 2 or not marked(lines[0]):
        return None
    one_sentence = sum(1 for s in siblings if _sentences(s.text) == 1)
    short_items = bool(siblings) and one_sentence > p.list_tail_share * len(siblings)
    for k in range(1, len(lines)):
        if not _ends_sentence(lines[k - 1]) or not lines[k][:1].isupper() or marked(lines[k]) or u.glued(k):
            continue
        announces = k == len(lines) - 1 and lines[k].rstrip().endswith(":")
        paragraph = short_items and at_least_words(u.text[u.offsets[k] :], p.list_tail_min_words)
        if announces or paragraph:
            head, tail = u.split(k)
            return [head, replace(tail, kind="paragraph" if len(tail.lines) > 1 else "line")]
        if _sentences(" ".join(lines[:k])) > 1:
            return None  # (the item's second sentence already began: it is an item of several)
    return None


def split_list_tails(units: list[Unit], p: StructureParams) -> list[Unit]:
    """``list_tail`` over the units, each item judged with the items of its list before it."""
    out: list[Unit] = []
    siblings: list[Unit] = []
    for u in units:
        parts = list_tail(u, siblings, p)
        siblings = [*siblings, u] if marked(u.text) else []
        out += parts if parts is not None else [u]
    return out


def _sentences(text: str) -> int:
    """Sentences of a list item's text (its marker aside): ends followed by a capital, and
    the last."""
    m = BULLET.match(text) or NUMBERED.match(text)
    return len(SENTENCE_BREAK.findall(text[m.end() if m else 0 :])) + 1


_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")


def _ends_sentence(line: str) -> bool:
    return finished(line) and not _INITIAL.search(line.rstrip())


def _piece(u: Unit, is_code: bool) -> Unit:
    if is_code:
        return replace(u, text="\n".join(u.lines), kind="code")
    return replace(u, kind="paragraph" if len(u.lines) > 1 else "line")


# A quotation's end: the closing mark (a stop may follow), then perhaps its speaker or source
# in brackets on the same line; or the speaker alone on a line after it: ``(Maria de Nazaré)``.
_QUOTE_END = re.compile(r"[”»][.,;]?(?:\s*\([^()]{1,60}\)\.?)?$|^\([^()]{1,60}\)\.?$")


def quotations(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """Quotations the cleaner ran together, one after another (rsp-48's interview answers:
    ``... já passou”.`` / ``(Maria de Nazaré)`` / ``“O difícil é o acesso ...``): a new
    one starts at a line opening with a quotation mark after a line that closed one (or
    named its speaker)."""
    lines = u.lines
    if len(lines) < 2 or "“" not in u.text and "«" not in u.text:
        return None
    for k in range(1, len(lines)):
        if lines[k][:1] in "“«" and _QUOTE_END.search(lines[k - 1].strip()) and not u.glued(k):
            head, tail = u.split(k)
            return [head, *(quotations(tail, nxt, p) or [tail])]
    return None


def attributions(u: Unit, nxt: Unit | None, p: StructureParams) -> list[Unit] | None:
    """Observations the cleaner ran together, or into the paragraph after them, each ending
    with its speaker in brackets (Esc. Anna Nery: ``... volta a explorar] (Bart, 9 anos)``
    / ``Smurfinha encontra pratos coloridos ...`` / ``... (Smurfinha, 9 anos)`` /
    ``Observou-se também interesse dos irmãos ...``): a new block starts at a line opening
    with a capital after a line that names the speaker (see ``shapes.ATTRIBUTION``)."""
    lines = u.lines
    for k in range(1, len(lines)):
        if lines[k][:1].isupper() and not u.glued(k) and ATTRIBUTION.search(lines[k - 1].rstrip()):
            head, tail = u.split(k)
            return [*_exchange(head), *(attributions(tail, nxt, p) or [tail])]
    if ATTRIBUTION.search(u.text.rstrip()):
        return _exchange(u)
    if nxt is not None and TURN.match(nxt.text) and ATTRIBUTION.search(nxt.text.rstrip()):
        return _exchange(u, nxt)  # (the exchange goes on in the next unit, its last turn)
    return None


def _exchange(u: Unit, closing: Unit | None = None) -> list[Unit]:
    """An observation closed by its speakers (in ``u``, or in the turn ``closing`` after
    it), parted from the text before it (``observed``), and cut before each of its turns
    (``turns``)."""
    *before, exchange = observed(u, closing or u)
    parts = [*before, *turns(exchange)]
    return parts if closing is None or len(parts) > 1 else [u]


# A speaker named with an age in an attribution: ``(Charlie, 7 anos; Lola, 4 anos)``,
# ``(Maria, 34 years)`` (a year is no age: ``(Freire, 1996)``).
_SPEAKER_AGE = re.compile(r"([A-ZÀ-Þ][^\W\d_]+),\s*\d{1,3}\s+(?:anos?|años?|years?|meses|months?|ans?|Jahre)\b")


def observed(u: Unit, closing: Unit) -> list[Unit]:
    """The text the cleaner ran into the observation after it: the observation opens a
    line, after a finished one, with the name of a speaker its attribution (``closing``'s)
    gives with an age (Esc. Anna Nery: ``... foram dramatizadas na brincadeira.`` / ``Lola
    pega um cachorro da Patrulha Canina ...`` / ... ``(Charlie, 7 anos; Lola, 4 anos)``)."""
    attribution = ATTRIBUTION.search(closing.text.rstrip())
    names = set(_SPEAKER_AGE.findall(attribution.group())) if attribution else set()
    for k in range(1, len(u.lines)) if names else ():
        line = u.lines[k]
        # (after a sentence of the authors', which ends on a stop: speech may end on ``?``)
        if line.split(" ", 1)[0] in names and u.lines[k - 1].endswith(".") and not TURN.match(line) and not u.glued(k):
            before, observation = u.split(k)
            # (the observation holds its transcriber's notes, the authors' text none: a
            # sentence of theirs that names the child, ``Lola era a mais nova``, is no cut)
            if STAGE.search(observation.text) and not STAGE.search(before.text):
                return [before, observation]
    return [u]


def turns(u: Unit) -> list[Unit]:
    """An exchange closed by its speakers, cut before each turn that opens a line after a
    finished one (``... [estica as mãos para P e entrega as luvas]`` / ``P: Onde que você
    quer que eu coloque a luva?`` / ``Lola: Na mão! ...``)."""
    lines = u.lines
    for k in range(1, len(lines)):
        if TURN.match(lines[k]) and not u.glued(k) and (finished(lines[k - 1]) or lines[k - 1].endswith("]")):
            head, tail = u.split(k)
            return [head, *turns(tail)]
    return [u]


SPLITS: list[SplitRule] = [leading_heading, trailing_heading, code_lines, definitions, quotations, attributions]


def split_units(units: list[Unit], p: StructureParams) -> list[Unit]:
    """Run each rule of ``SPLITS`` over the units, in order."""
    for rule in SPLITS:
        out: list[Unit] = []
        for i, u in enumerate(units):
            parts = rule(u, units[i + 1] if i + 1 < len(units) else None, p)
            if parts is None:
                out.append(u)
            else:
                out += parts
        units = out
    return split_list_tails(units, p)
