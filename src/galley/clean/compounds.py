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

from galley import vocab
from galley.clean.layout import Layout
from galley.clean.lexicon import DocumentLexicon, zipf
from galley.clean.urls import is_url
from galley.inputs.corrections import Corrections
from galley.model import Line, Repair
from galley.params import CleanParams

# A letter and a hyphen: what no line of a text ends in when its extractor joined every
# line-end hyphen.
_LETTER_HYPHEN = re.compile(r"[^\W\d_][-‐\u00ad]")
# A word of five letters or more outside URLs, paths and addresses (the shortest joined
# spelling worth restoring): ``(?<!...)`` and ``(?!...)`` keep ``https://x.org/opensource``.
_BARE_WORD = re.compile(r"(?<![\w/.@:#=&?%‐-])([^\W\d_]{5,})(?![\w/@‐-]|\.\w)")
# After ``self`` any word, after ``well`` a participle, makes a conventional compound.
_PREFIXES = ("self", "well")
_PARTICIPLE_ENDS = ("ed", "en", "known")


def prejoined(lines: list[Line], layout: Layout, p: CleanParams) -> bool:
    """A wrapped text of some length whose every line-end hyphen ends a text block came
    through an extractor that joins them itself: pdftotext joins a hyphen inside a block and
    leaves one only where the block ends, at a column's or a page's foot (``... The
    University of Colorado Den-`` and a blank line, jose.00184). In a double-spaced text a
    blank line follows every line, so there any line-end hyphen is one left unjoined. (Text
    that was never wrapped, one paragraph per line, never had a line end to hyphenate:
    galley's own output, a word processor's paste.)"""
    if layout.unwrapped or len(lines) < p.prejoined_min_lines:
        return False
    for here, after in zip(lines, [*lines[1:], None], strict=True):
        if _LETTER_HYPHEN.fullmatch(here.text[-2:]):
            # A page's last line ends a block too, whether or not a blank line survives the
            # running head removed after it (``... analysis. Bioinfor-`` / page 2's text).
            ends_block = after is None or after.blank_before or after.page != here.page
            if layout.double_spaced or not ends_block:
                return False
    return True


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
