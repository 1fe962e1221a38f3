"""Compounds an extractor joined: give their hyphen back.

pdftotext's default mode joins every line-end hyphen itself, real compounds too
(``high-level`` -> ``highlevel``). When a text shows that (:func:`prejoined`), a joined
spelling gets its hyphen back where the paper itself writes the hyphenated form elsewhere
(``open-source``) or where it is a conventional English compound (``high-level``); the
corrections file may name more (``keep = ["high-level"]``). Inside a URL, a joined piece
gets its hyphen back where the paper writes the hyphenated pair more often than the joined
spelling (``github.com/carpentrieslab/`` beside ``carpentries-lab.github.io``), or in the same
slug (``earth-env-data-science/earth-envdata-science-book``): :func:`url_restorations`.
Each restoration is a ``hyphen-restore`` repair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace

from galley import vocab
from galley.clean import hyphens
from galley.clean.layout import Layout, Measure
from galley.clean.lexicon import WORD, DocumentLexicon, has_frequencies, pattern_allows, zipf
from galley.clean.shapes import HYPHENS, is_bare_marker
from galley.clean.urls import is_url
from galley.inputs.corrections import Corrections
from galley.language import detect
from galley.model import Line, Repair
from galley.params import CleanParams

# A letter and a hyphen: what no line of a text ends in when its extractor joined every
# line-end hyphen; and the same without ``‐`` (U+2010), which pdftotext leaves where it is
# the typesetter's own mark of a word it broke (WeasyPrint's).
_LETTER_HYPHEN = re.compile(r"[^\W\d_][-‐\u00ad]")
_LETTER_ASCII_HYPHEN = re.compile(r"[^\W\d_][-\u00ad]")
# A URL, a path, an address or a host (``climateestimate.net``): its pieces are
# ``url_restorations``' to give back.
_ADDRESS = re.compile(r"/|@|[^\W\d_]\.[^\W\d_]")
# A word of five letters or more outside URLs, paths and addresses (the shortest joined
# spelling worth restoring): ``(?<!...)`` and ``(?!...)`` keep ``https://x.org/opensource``.
_BARE_WORD = re.compile(r"(?<![\w/.@:#=&?%‐-])([^\W\d_]{5,})(?![\w/@‐-]|\.\w)")
# After ``self`` any word, after ``well`` a participle, makes a conventional compound.
_PREFIXES = ("self", "well")
_PARTICIPLE_ENDS = ("ed", "en", "known")


def prejoined(lines: list[Line], layout: Layout, p: CleanParams, typeset: bool = False) -> bool:
    """A wrapped text of some length whose every line-end hyphen ends a text block came
    through an extractor that joins them itself: pdftotext joins a hyphen inside a block and
    leaves one only where the block ends, at a column's or a page's foot (``... The
    University of Colorado Den-`` and a blank line, jose.00184). In a double-spaced text a
    blank line follows every line, so there any line-end hyphen is one left unjoined. (Text
    that was never wrapped, one paragraph per line, never had a line end to hyphenate:
    galley's own output, a word processor's paste.) Where the paper marks its hyphenation
    points with ``‐`` (``typeset``: ``DocumentLexicon.typeset_hyphens``), pdftotext leaves
    those and joins the author's ``-``: only these count."""
    if layout.unwrapped or len(lines) < p.prejoined_min_lines:
        return False
    hyphen = _LETTER_ASCII_HYPHEN if typeset else _LETTER_HYPHEN
    for here, after in zip(lines, [*lines[1:], None], strict=True):
        if hyphen.fullmatch(here.text[-2:]):
            # A page's last line ends a block too, whether or not a blank line survives the
            # running head removed after it (``... analysis. Bioinfor-`` / page 2's text).
            ends_block = after is None or after.blank_before or after.page != here.page
            if layout.double_spaced or not ends_block:
                return False
    return True


def junctions(
    lines: list[Line],
    joined_by_extractor: bool,
    typeset: bool,
    lex: DocumentLexicon,
    lang: str,
    fixes: Corrections,
    repairs: list[Repair],
    p: CleanParams,
) -> dict[tuple[int, str], Line]:
    """Give back the hyphen pdftotext dropped inside a joined line, where the line shows it:
    the lines given back, by their number and extracted text. (They replace the extracted
    ones once the blocks are found: the geometry the blocks are found from is the extracted
    line's.)

    pdftotext joins a printed line that ends in a hyphen to the next and drops the hyphen,
    the author's too: ``... a widely-`` / ``used programming language`` comes out as one
    line ``... a widelyused programming language``, twice the usual line long
    (``joined_by_extractor``: :func:`prejoined`, at the margin; ``Measure.joined``; in a
    region set wider, two of its lines: :func:`_wide_joined`), inside
    a paragraph (a wide line between blank lines is a keyword line, an affiliation, a
    caption). The first printed line ended between ``hyphenated_line_min_share`` and
    ``junction_max_share`` of the longest line around it (:func:`_line_end`) from
    the joined line's start; a word there that is no word as it stands and parts there into
    two words (``widely`` / ``used``; a capital inside it too: ``FriedrichUniversität``) is
    where it ended (:func:`_junction`). That line end is then decided as any other
    (``hyphens.decide``, the corrections file first): the typesetter's hyphen stays joined,
    the author's comes back (``widely-used``,
    ``Otto-Friedrich-Universität``, ``constituem-se``). The joined spellings of the
    junctions are the extractor's, not the paper's: the decisions count them out of the
    document. URLs and paths are left to :func:`url_restorations`. Not found: a junction in
    a line whose last printed part is short (no longer than a printed line), the second one
    of three printed lines joined. Each hyphen given back is a ``hyphen-restore`` repair.

    ``typeset``: the paper marks the words its typesetter broke with ``‐``, which pdftotext
    leaves, so every junction is an author's hyphen; otherwise the typesetter's breaks are
    junctions too (``pro-`` / ``gramming``), and a word in the window it could have broken
    makes a junction found by the lexicon alone uncertain."""
    if not joined_by_extractor:
        return {}
    measure = Measure(lines, p, joins_hyphens=True)
    joined = set(measure.joined)
    joined |= _wide_joined(lines, joined, measure.usual, p)
    found = []
    for i in sorted(joined):
        if lines[i].blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before):
            continue  # a wide line standing alone
        near = _near(lines, i, p)
        line_end = _line_end(lines, near, joined, measure.usual)
        cut = _junction(lines[i], line_end, lex, lang, typeset, p)
        if cut is None:
            continue
        # A junction is judged in the language of its lines (asked only here: most joined
        # lines have no junction to judge).
        line_lang = _language(" ".join(lines[j].text for j in near), lang)
        if line_lang != lang:
            cut = _junction(lines[i], line_end, lex, line_lang, typeset, p)
        if cut is not None:
            found.append((i, cut, line_lang))
    if not found:
        return {}
    lex = lex.less(_word_at(lines[i].text, cut) for i, cut, _ in found)
    out = {}
    for i, cut, line_lang in found:
        text = lines[i].text
        start, end = _span(text, cut, str.isalpha)
        head, rest = text[start:cut], text[cut:end]
        token_start, token_end = _span(text, cut, _not_space)
        forced = fixes.hyphen(head, rest)
        if forced is None:
            decision = hyphens.decide(text[token_start:cut] + "-", text[cut:token_end], lex, line_lang, p)
            if decision.join:
                continue
            rule, why = "hyphen-restore", f"pdftotext joined printed lines here: {decision.why}"
        elif forced:
            continue
        else:
            rule, why = "correction-hyphen-restore", "forced by the corrections file"
        # ``mid-`` / ``and long-term``: a suspended hyphen keeps its space too.
        suspended = rest.lower() in vocab.SUSPENDED_HYPHEN_NEXT.get(line_lang.split("-")[0].lower(), ())
        form = f"{head}- {rest}" if suspended else f"{head}-{rest}"
        repairs.append(Repair(rule, lines[i].number, lines[i].number, head + rest, form, why))
        out[lines[i].number, text] = replace(lines[i], text=text[:start] + form + text[end:])
    return out


def _near(lines: list[Line], i: int, p: CleanParams) -> range:
    """Line ``i`` and the lines within ``joined_line_neighbours`` of it."""
    return range(max(0, i - p.joined_line_neighbours), min(len(lines), i + p.joined_line_neighbours + 1))


def _wide_joined(lines: list[Line], joined: set[int], usual: int, p: CleanParams) -> set[int]:
    """The lines of a wider region that are two of its printed lines joined: among long lines
    (``Measure.joined`` leaves them, a summary set across two columns), one at least twice
    ``hyphenated_line_min_share`` of the median of the long lines (not themselves joined)
    within ``joined_line_neighbours`` of it: its first printed line ended in a hyphen, a
    second ran on (jose.00292 in two columns: ``... offered by the Digital Work Lab at
    Otto-FriedrichUniversität Bamberg. ...``, 248 characters among lines of 122). A table's
    row half as long again as the rows around it is no two printed lines."""
    if not usual:
        return set()  # (no line certainly wrapped: no measure to tell long lines by)
    cap = int(p.joined_line_share * usual)
    out = set()
    for i, line in enumerate(lines):
        if line.raw_length <= cap:
            continue
        long = sorted(n for j in _near(lines, i, p) if j != i and j not in joined and (n := lines[j].raw_length) > cap)
        if long and line.raw_length >= 2 * p.hyphenated_line_min_share * long[len(long) // 2]:
            out.add(i)
    return out


def _line_end(lines: list[Line], near: range, joined: set[int], usual: int) -> int:
    """Where a printed line ends around a joined line: at the longest of its ``near``
    neighbours that are not joined (a column's own measure), else at the text's ``usual``
    line. A list's mark on a line of its own (``•``, ``(a)``) is no printed line's measure:
    around marks alone the usual line stands in."""
    return max(
        (lines[j].raw_length for j in near if j not in joined and not is_bare_marker(lines[j].text.strip())),
        default=usual,
    )


def _junction(line: Line, end: int, lex: DocumentLexicon, lang: str, typeset: bool, p: CleanParams) -> int | None:
    """Where in ``line`` the first printed line ended (the offset of the next one's first
    letter), if a cut of :func:`_cuts` says so: the one the paper itself hyphenates
    elsewhere (``hands-on`` in its title, ``ACOSTA-PEREIRA`` in its references); else the
    one whose rarer half is the most common word, at least ``zipf_common`` (``Bri-och`` is a
    name), or ``zipf_no_word`` where a capital starts the second half
    (``Friedrich-Universität``, ``Sousa-Silva``; not a name's own capital: ``Relia-LearnR``).
    Such a cut found by the lexicon alone must be the line's only reading: not where the
    word parts into two words at another place too (``no-oculto`` or ``noo-culto``,
    ``hands-on`` or ``hand-son``), nor, unless its second half is a capital or an enclitic,
    where the typesetter could have broken a word in the window as near the printed line's
    ``end`` (``testthat and pro-`` / ``gramming``: the junction was ``pro-gramming``, not
    ``test-that``)."""
    lo, hi = p.hyphenated_line_min_share * end, p.junction_max_share * end
    best: tuple[bool, float] = (False, 0.0)
    where = None
    for at, word, k in _cuts(line, lo, hi, lang, p):
        head, rest = word[:k], word[k:]
        attested = lex.count(f"{head}-{rest}") > 0
        rarer = min(_zipf(head, lang), _zipf(rest, lang))
        if not attested:
            capital = head[-1].islower() and rest[0].isupper()
            if not _could_be_compound(head, rest, lex, lang) or rarer < (p.zipf_no_word if capital else p.zipf_common):
                continue
            if _other_reading(line, lo, hi, at, word, k, lang, p):
                continue
            strong = capital or rest.lower() in vocab.ENCLITICS.get(lang.split("-")[0].lower(), ())
            if not (typeset or strong) and _typesetters_break(line, lo, hi, at, k, word, end, lang, p):
                continue
        if (attested, rarer) >= best:
            best, where = (attested, rarer), at + k
    return where


def _cuts(line: Line, lo: float, hi: float, lang: str, p: CleanParams) -> Iterator[tuple[int, str, int]]:
    """``(offset, word, k)``: the words of ``line`` that are no word of ``lang`` nor of
    English (below ``zipf_no_word``), each with a place ``k`` inside it where a printed line
    ``lo`` to ``hi`` characters from the page's margin ends. Not inside a URL, a path, an
    address, a host (``climateestimate.net``) or a name holding a digit (``MS2DeepScore``),
    nor beside a hyphen the word already has unless a capital starts the second half
    (``Otto-FriedrichUniversität``; ``geostatistical-based`` broke at its own hyphen, not
    inside ``geostatistical``)."""
    for token, at, word in _words(line):
        # The places where the printed line holds ``word[:k]`` and its hyphen.
        ks = [k for k in range(2, len(word) - 1) if lo <= line.indent + at + k + 1 <= hi]
        if not ks or _ADDRESS.search(token) or any(ch.isdigit() for ch in token) or _zipf(word, lang) >= p.zipf_no_word:
            continue
        beside = line.text[at - 1 : at] in HYPHENS or line.text[at + len(word) : at + len(word) + 1] in HYPHENS
        for k in ks:
            if not beside or (word[k - 1].islower() and word[k].isupper()):
                yield at, word, k


def _words(line: Line) -> Iterator[tuple[str, int, str]]:
    """``(token, offset, word)``: each run of letters of ``line``, the run of non-spaces it
    stands in and its offset in the line."""
    for token in _URL_TOKEN.finditer(line.text):
        for run in _LETTERS.finditer(token.group()):
            yield token.group(), token.start() + run.start(), run.group()


def _could_be_compound(head: str, rest: str, lex: DocumentLexicon, lang: str) -> bool:
    """Could ``head``-``rest`` be a compound the paper does not write elsewhere? Each half
    has three letters or more, or the second is an enclitic of the language
    (``verificou-se``): a name's ending is no word (``Mohan-an``). A capitalised word whose
    second half starts in lower case is a name unless the paper uses that half as a word
    of its own (``Decision-making``, not ``Hell-rung``)."""
    if len(head) < 3 or (len(rest) < 3 and rest.lower() not in vocab.ENCLITICS.get(lang.split("-")[0].lower(), ())):
        return False
    return not (head[0].isupper() and rest[0].islower()) or lex.count(rest) > 0


def _language(text: str, lang: str) -> str:
    """The language of a joined line and its neighbours: their own function words' where
    they tell one the lexicon knows (a Spanish abstract's ``comprendido`` in a Portuguese
    paper), else the paper's."""
    found = detect(text)
    return found if found and has_frequencies(found) else lang


def _other_reading(line: Line, lo: float, hi: float, at: int, word: str, k: int, lang: str, p: CleanParams) -> bool:
    """Does ``word`` part into two words (each at least ``zipf_common``, of any length) at
    another place in the window than ``k``?"""
    return any(
        kk != k
        and lo <= line.indent + at + kk + 1 <= hi
        and min(_zipf(word[:kk], lang), _zipf(word[kk:], lang)) >= p.zipf_common
        for kk in range(1, len(word))
    )


def _typesetters_break(
    line: Line, lo: float, hi: float, at: int, k: int, word: str, end: int, lang: str, p: CleanParams
) -> bool:
    """Is there a word in the window, other than ``word`` at ``at``, that the typesetter
    could have broken where a printed line ends, no farther from ``end`` (the printed
    line's usual end there) than the cut ``k`` of ``word``: a word (at least
    ``zipf_no_word``) with a hyphenation point of the language's patterns there?"""
    off = abs(line.indent + at + k + 1 - end)
    for _, start, other in _words(line):
        if start == at or _zipf(other, lang) < p.zipf_no_word:
            continue
        for kk in range(1, len(other)):
            length = line.indent + start + kk + 1  # the printed line's, its hyphen included
            if lo <= length <= hi and abs(length - end) <= off and pattern_allows(other[:kk], other[kk:], lang):
                return True
    return False


def _zipf(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` or in English, the language every paper cites."""
    return max(zipf(word.lower(), lang), zipf(word.lower(), "en"))


def _span(text: str, cut: int, inside: Callable[[str], bool]) -> tuple[int, int]:
    """The start and end of the run of characters ``inside`` around offset ``cut``: the
    token (no space) or the word (letters) a junction is in."""
    start, end = cut, cut
    while start > 0 and inside(text[start - 1]):
        start -= 1
    while end < len(text) and inside(text[end]):
        end += 1
    return start, end


def _not_space(ch: str) -> bool:
    return not ch.isspace()


def _word_at(text: str, cut: int) -> str:
    """The lexicon's word around offset ``cut``: the joined spelling of a junction
    (``lexicon.WORD``, a hyphen or an apostrophe inside it: ``Otto-FriedrichUniversität``)."""
    return next((m.group() for m in WORD.finditer(text) if m.start() < cut < m.end()), "")


def compound(word: str, lang: str, p: CleanParams) -> str | None:
    """``highlevel`` -> ``high-level`` when the lexicon says so: a rare joined spelling made
    of a common word and a conventional compound head (``vocab.COMPOUND_HEADS``), or of
    ``self``/``well`` and a participle (``selfguided``, ``wellknown``). A bound prefix is
    no word of one (``interspecific``, ``monospecific``: ``vocab.BOUND_PREFIXES``)."""
    heads = vocab.COMPOUND_HEADS.get(lang, ())
    if not heads or not (word.endswith(heads) or word.startswith(_PREFIXES)):
        return None
    if len(word) < p.compound_min_chars or not word.isalpha():
        return None
    # The longest head that ends the word and leaves two letters or more before it.
    head = max((h for h in heads if word.endswith(h) and len(word) - len(h) >= 2), key=len, default="")
    if head:
        cut = len(word) - len(head)
    elif word.startswith("self") or (word.startswith("well") and word.endswith(_PARTICIPLE_ENDS)):
        cut = 4
    else:
        return None
    if zipf(word, lang) >= p.zipf_rare_joined:
        return None
    left, right = word[:cut], word[cut:]
    if left in vocab.of_language(vocab.BOUND_PREFIXES, lang):  # ``interspecific``, not ``inter-specific``
        return None
    if cut == 4 and left in ("self", "well"):
        return f"{left}-{right}" if zipf(right, lang) >= p.zipf_participle else None
    return f"{left}-{right}" if zipf(left, lang) >= p.zipf_compound_head else None


def restorations(
    lex: DocumentLexicon, forced: frozenset[str], lang: str, joined_by_extractor: bool, p: CleanParams
) -> dict[str, str]:
    """Joined spelling -> hyphenated spelling, case-folded.

    From the corrections file always (``keep = ["high-level"]``); the rest only when the
    extractor joined hyphens itself: ``open-source`` elsewhere in the paper turns
    ``opensource`` back (unless the joined spelling is a word in its own right), and so does
    the lexicon for conventional compounds (``highlevel`` -> ``high-level``)."""
    out = {f.replace("-", ""): f for f in forced if f.count("-") == 1}
    if not joined_by_extractor:
        return out
    lang = lang.split("-")[0].lower() or "en"
    words = lex.words
    # Two spellings of one joined word (rare): the more frequent wins, then the first in
    # alphabetical order.
    hyphened = [f for f in words if f.count("-") == 1 and len(f) >= p.restore_min_chars]
    for form in sorted(hyphened, key=lambda f: (-words[f], f)):
        joined = form.replace("-", "")
        if joined not in out and words[joined] and zipf(joined, lang) < p.zipf_rare_joined:
            out[joined] = form
    for word in words:
        if "-" not in word and word not in out:
            restored = compound(word, lang, p)
            if restored:
                out[word] = restored
    return out


def url_restorations(lex: DocumentLexicon, joined_by_extractor: bool, p: CleanParams) -> dict[str, str]:
    """Joined piece of a URL -> hyphenated pair, case-folded, when the extractor joined
    hyphens itself: each pair of neighbours in the paper's hyphenated words
    (``earth-env-data-science`` gives ``env-data``), where the pair occurs more often than
    the joined spelling as a word of its own (``carpentries-lab`` twice, ``carpentrieslab``
    once; ``argoonline-school`` once and ``argoonlineschool`` once stay as they are)."""
    if not joined_by_extractor:
        return {}
    pairs: Counter[str] = Counter()
    for word, n in lex.words.items():
        parts = word.split("-")
        for a, b in zip(parts, parts[1:], strict=False):
            pairs[f"{a}-{b}"] += n
    out = {}
    for form, n in pairs.items():
        joined = form.replace("-", "")
        if len(joined) >= p.restore_min_chars and n > lex.words[joined]:
            out[joined] = form
    return out


class Restorer:
    """Finds the joined spellings of one document's tables in a unit's text: ``table`` for
    words, ``in_urls`` for the pieces of URLs."""

    def __init__(self, table: dict[str, str], in_urls: dict[str, str] | None = None) -> None:
        self.table = table
        self.in_urls = in_urls or {}
        # One pattern for all joined spellings: ``_BARE_WORD`` with the spellings for its letters.
        alternatives = "|".join(re.escape(w) for w in sorted(table, key=lambda w: (-len(w), w))) or "(?!)"
        self.pattern = re.compile(_BARE_WORD.pattern.replace("[^\\W\\d_]{5,}", f"(?:{alternatives})"), re.I)

    def find(self, text: str) -> list[tuple[int, str, str, bool]]:
        """(offset, joined, hyphenated, in a URL) for each joined spelling in ``text``, the
        hyphenated form keeping the joined word's capitals (``Opensource`` -> ``Open-source``).
        In a URL, only its path: a host keeps its own spelling (``sigmaaldrich.com`` beside
        the company's ``Sigma-Aldrich``)."""
        out = []
        for m in self.pattern.finditer(text):
            form = self.table.get(m.group(1).casefold())
            if form:
                out.append((m.start(1), m.group(1), _hyphened(m.group(1), form), False))
        if self.in_urls and "/" in text:
            for url in _URL_TOKEN.finditer(text):
                if not is_url(url.group()):
                    continue
                path = url.group().find("/", url.group().find("://") + 3)
                for m in _LETTERS.finditer(url.group(), max(path, 0)):
                    form = self.in_urls.get(m.group().casefold())
                    if form and path >= 0:
                        out.append((url.start() + m.start(), m.group(), _hyphened(m.group(), form), True))
        return sorted(out)


_URL_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _hyphened(word: str, form: str) -> str:
    """``word`` with the hyphen of ``form``, in ``word``'s capitals."""
    cut = form.index("-")
    return word[:cut] + "-" + word[cut:]


def restore_compounds(
    text: str,
    block: list[Line],
    offsets: list[int],
    restorer: Restorer,
    lex: DocumentLexicon,
    fixes: Corrections,
    repairs: list[Repair],
) -> str:
    """Give back the hyphens ``restorer`` finds in ``text`` (a unit joined from ``block``),
    each a repair on the line that holds it; ``offsets`` are kept in step with the text."""
    for pos, word, form, in_url in reversed(restorer.find(text)):
        k = max(i for i, off in enumerate(offsets) if off <= pos)
        if form.casefold() in fixes.keep_hyphen:
            rule, why = "correction-hyphen-restore", f"forced by the corrections file: keep '{form}'"
        elif in_url:
            rule = "hyphen-restore"
            why = (
                f"restored hyphen in a URL's path: the paper hyphenates '{form.casefold()}' more often than it "
                "joins it, and the extractor joined every line-end hyphen"
            )
        else:
            rule = "hyphen-restore"
            why = (
                f"restored hyphen: '{form.casefold()}' occurs {lex.count(form)}x in the document "
                "and the extractor joined every line-end hyphen"
            )
        repairs.append(Repair(rule, block[k].number, block[k].number, word, form, why))
        text = text[:pos] + form + text[pos + len(word) :]
        offsets[:] = [off + 1 if off > pos else off for off in offsets]
    return text
