"""URLs and DOIs are one token: never split at a line end, never spaced, never de-hyphenated.

Typesetters break a long URL where they can: after ``/`` or ``.`` (the journal's LaTeX and
WeasyPrint), or anywhere at all (LaTeX's ``xurl`` in two narrow columns:
``https://doi.org/10.1145/23`` / ``62499.2362532``, ``ht`` / ``tps://doi.org/...``). OCR
spaces them (``https: / /doi.org/10.18260 /1-2--32072``, ``10.528 1/zenodo``).
:func:`goes_on` says whether the URL at the end of one line goes on at the start of the
next (the break rules keep the two lines in one block, the join rules glue them without a
space); :func:`close_spaces` removes OCR's spaces inside one line's URLs.

A URL's own end is left alone: ``... see https://carpentries.org.`` / ``They``, and an entry
whose DOI ends the line before the next entry (``... https://doi.org/10.1/x`` / ``Smith, J.``).
"""

from __future__ import annotations

import re

from galley import vocab
from galley.clean.shapes import PAGE_RANGE
from galley.params import PARAMS, CleanParams

# A URL or DOI as a word starts so (an opening bracket may come first): a scheme, ``www.``,
# ``doi:``, a DOI ``10.1002/...``, or a host name and a slash (``papers.nips.cc/paper_files``,
# the rest of a URL whose scheme ended the line before).
_URL_START = re.compile(r"^[(\[<]?(?:https?:|www\.|doi:|10\.\d{4,9}/|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)", re.I)
# What a scheme cut short looks like: ``ht`` / ``tps://``, ``http`` / ``s://``.
_SCHEME_PIECE = re.compile(r"^[(\[<]?h(?:t(?:t(?:ps?:?)?)?)?$", re.I)
# Characters of a URL's tail; a tail shows at least one of the marks or a digit.
_TAIL = re.compile(r"^[\w./\-~%#?=&:;+@!*,'()\[\]]+$")
_TAIL_MARK = re.compile(r"[\d/.\-_~%#?=&:]")
_ANY_TAIL = re.compile(r"^[^\s\"“”‘’<>]+$")
# Not a URL's tail: the number of a list item or a numbered reference (``20.``, ``3)``,
# ``[12]``), initials (``G.M.,``), an abbreviation (``e.g.``, ``i.e.,``).
_NOT_A_TAIL = re.compile(r"^(?:\d{1,3}[.)]|\[\d{1,3}\]|(?:[A-Z]\.){1,3},?|(?:[a-z]\.){2,}[,:]?)$")
# After a URL cut anywhere, not its rest: a number that ends a sentence (a page range
# ``451-476.``, a PubMed number pdfminer read after a DOI). A page number on a line of its
# own was taken as furniture before.
_SENTENCE_NUMBER = re.compile(r"^[\d\-–]+[.,;]$")
# Alone on its line after a blank line, a number of three digits at most is a page's or the
# next section's (ACM's ``https://doi.org/10.1145/3543507.3583311`` / `` `` / ``1`` /
# ``INTRODUCTION``); without one, it is the rest of a DOI (``10.1086/3187`` / ``67``).
_SHORT_NUMBER = re.compile(r"^\d{1,3}$")
# After a dot in a path, a file's extension or a directory: ``index.`` / ``php/abralin/``.
_PATH_PIECE = re.compile(r"^[a-z0-9-]+[/?#]")
# After a dot that ends a host name's piece, the next piece and what follows it
# (``https://hpc-carpentry.github.`` / ``io/hpc-shell/``), or a top-level domain alone on
# its line (``https://datathief.`` / ``org``).
_HOST_PIECE = re.compile(r"^[a-z0-9-]+[./:?#]")
_LAST_PIECE = re.compile(r"^[a-z]{2,6}[.,;]?$")
# A number or the next piece of a host name after a dot in the path: ``zenodo.`` / ``4539666``.
_AFTER_DOT = re.compile(r"^(?:\d|[a-z0-9-]+\.[a-z])")
# Where a URL may break before a path or query goes on.
_PATH_BREAKS = ("/", "_", "#", "?", "=", "&", "%", "~", "-")
# A section's name alone on its line after a URL is the next heading (``https://pesthomepage.org/``
# / ``Acknowledgements``), not the URL's last piece.
_SECTION_WORDS = vocab.all_of(vocab.OPENING) | vocab.all_of(vocab.SECTIONS) | vocab.all_of(vocab.REFERENCES)
# Sentence punctuation after a URL's last character.
_TRAILING = ".,;:!?"


def is_url(word: str) -> bool:
    """``https://...``, ``www.``, ``doi.org/...``, ``doi:``, a bare DOI ``10.1002/wcc.579``,
    a host and its path ``papers.nips.cc/paper_files/...``."""
    if ":" not in word and "/" not in word and "www." not in word.lower():
        return False  # every form holds one of these: a plain word is turned away cheaply
    return _URL_START.match(word) is not None


def _core(token: str) -> str:
    """The token without sentence punctuation after it, and without a closing bracket that
    no bracket of its own opened (``ctsheet/).`` -> ``ctsheet/``)."""
    token = token.rstrip(_TRAILING)
    while token.endswith(")") and token.count(")") > token.count("("):
        token = token[:-1].rstrip(_TRAILING)
    return token


def tail_shaped(token: str, strict: bool = True) -> bool:
    """A piece of a URL: URL characters only (``strict``; else anything but quotes, as
    after a slash: ``668281?lang=pt®ion=BR``), with a digit or a URL mark in it
    (``62499.2362532``, ``3/bioinformatics/btv557``, ``.11532.x``, ``ctsheet/``); not a
    word (``Zenodo.``), a bracket that opens a remark (``(accessed``), initials nor the
    number of the next entry (``_NOT_A_TAIL``)."""
    core = _core(token)
    if not core or core[0] in "([" or _TAIL_MARK.search(core) is None or _NOT_A_TAIL.match(token):
        return False
    return (_TAIL if strict else _ANY_TAIL).match(core) is not None


def goes_on(last: str, line: str, p: CleanParams = PARAMS.clean, apart: bool = False) -> bool:
    """Does the URL ``last`` (the last word before a line end) go on at the start of the
    next ``line`` (``apart``: a blank line between them)?

    - a scheme cut short goes on with its rest: ``ht`` / ``tps://``, ``https:`` / ``//doi``;
    - after a dot in the host name, the host's next piece: ``https://doi.`` / ``org/10.1002``;
      after a dot in the path, a number, a host or a directory: ``zenodo.`` / ``4539666``,
      ``index.`` / ``php/abralin/article`` (alone on its line, or holding a dot or a slash,
      or a number of ``url_number_min_digits``: ``pp.112.`` / ``202853. PMid:23209126.``),
      but no page range (``shapes.PAGE_RANGE``: ``s0266467400001255.`` / ``33-53.``, pdfminer's
      pages of an entry read apart from it);
    - after ``/``, ``_``, ``#``, ``?``, ``=``, ``&``, ``%``, ``~`` or ``-``, a piece of a path
      (``10.1088/`` / ``1748-9326/ab281e``, ``2041-`` / ``210X.13104``), a word in lower case,
      a word that closes the URL's bracket (``(http://www.argodatamgt.org/`` /
      ``Documentation)``) or a word alone on its line (``https://github.com/nick1627/`` /
      ``RelativityVisualisation``) but a section's name (``Acknowledgements``);
    - elsewhere (LaTeX breaks anywhere), a piece of a URL alone on its line or holding a
      slash (``https://doi.org/10.1145/23`` / ``62499.2362532``), or a word's rest in lower
      case alone on its line (``CRAN.package.Reli`` / ``aGrowR``), but no page range
      (``_SENTENCE_NUMBER``) nor, after a blank line, a short number alone (``_SHORT_NUMBER``).
    """
    if not line:
        return False
    if _SCHEME_PIECE.match(last):
        nxt = line.split(" ", 1)[0]
        joined = (last + nxt).lstrip("([<").lower()
        return joined.startswith(("http://", "https://")) and len(joined) > len("https://")
    if not is_url(last):
        return False
    line = rest_of(last, line)
    nxt = line.split(" ", 1)[0]
    alone = " " not in line
    if last.endswith(":") and "://" not in last:
        return nxt.startswith("//")
    if last.endswith("."):
        return _after_dot(last, nxt, alone, p)
    if last.endswith((*_PATH_BREAKS, ":")):  # a colon in a path: ``084%5B1412:`` / ``TETTWU%5D2.0.CO;2``
        if tail_shaped(nxt, strict=False) or nxt[:1].islower():
            return True
        if last.count("(") > last.count(")") and _core(nxt) != nxt.rstrip(_TRAILING) and "(" not in nxt:
            return True  # the word closes the bracket the URL opened
        return alone_word(nxt, alone)
    core = _core(nxt)
    if _SENTENCE_NUMBER.match(nxt) or (apart and alone and _SHORT_NUMBER.match(nxt)):
        return False  # a page range, a page's or a section's number, not the rest of a URL
    if alone and nxt[:1].islower() and nxt[-1:].isalnum():
        return True  # the rest of a word of the URL: ``CRAN.package.Reli`` / ``aGrowR``
    return tail_shaped(nxt) and (alone or "/" in core)


def _after_dot(last: str, nxt: str, alone: bool, p: CleanParams) -> bool:
    """``goes_on`` after a URL ending in a dot: in the host name, the host's next piece; in
    the path, a number, a host or a directory, or a word alone on its line."""
    rest = last.lstrip("([<").split("://", 1)[-1]
    if PAGE_RANGE.match(nxt):
        return False
    if "/" not in rest:  # still in the host name
        return _HOST_PIECE.match(nxt) is not None or (alone and _LAST_PIECE.match(nxt) is not None)
    core = _core(nxt)
    piece = _AFTER_DOT.match(nxt) or _PATH_PIECE.match(nxt)
    long_number = core.isdigit() and len(core) >= p.url_number_min_digits  # ``pp.112.`` / ``202853. PMid:``
    if piece is not None and tail_shaped(nxt, strict=False) and (alone or long_number or "/" in core or "." in core):
        return True
    return alone_word(nxt, alone)  # ``CRAN.package.`` / ``ReliaPlotR``


def alone_word(nxt: str, alone: bool) -> bool:
    """A word alone on its line, with no stop after it, that names no section: the last
    piece of a URL broken before it (``https://github.com/nick1627/`` /
    ``RelativityVisualisation``), not the next heading (``Acknowledgements``) nor the end
    of a sentence (``Zenodo.``)."""
    return alone and nxt[-1:].isalnum() and vocab.heading_words(nxt) not in _SECTION_WORDS


def rest_of(last: str, line: str) -> str:
    """``line`` as the rest of the URL ``last``, OCR's spaces in it closed now that the
    URL's start is known: ``https://doi.org/10.1111/j.`` + ``1745-6584. 1988.tb00399.x``
    -> ``1745-6584.1988.tb00399.x`` (no change to a line the URL does not go on in)."""
    if " " not in line or "/" not in last + line:
        return line
    fixed = close_spaces(last + line)
    if fixed.startswith(last) and len(fixed) < len(last) + len(line):
        return fixed[len(last) :]
    return line


_SPACED_SCHEME = re.compile(r"\b(https?): ?/ ?/", re.I)
# A DOI's prefix before its spaced slash: ``10.3233 /978-1-61499-649-1-87``.
_SPACED_DOI = re.compile(r"\b(10\.\d{4,9}) /(?=\S)")
# The DOI resolver's host misread: ``https://do1.org/``, ``https://dol.org/``.
_MISREAD_DOI_HOST = re.compile(r"(?<=://)d[o0][1l]\.org/", re.I)


def close_spaces(text: str) -> str:
    """OCR's spaces inside a URL go (Tesseract sets a space around a slash, after a dot and
    before the narrow ``1``), and its ``do1.org`` is the DOI resolver's host:
    ``https: / /doi.org/10.18260 /1-2--32072`` -> ``https://doi.org/10.18260/1-2--32072``,
    ``https://doi.org/10.528 1/zenodo.5570790`` -> ``.../10.5281/zenodo.5570790``,
    ``https://cir.nit.ac. jp/crid/`` -> ``https://cir.nit.ac.jp/crid/``. Inside a URL only,
    and only these pieces (``_glues``): a page number after a URL (``jose.00261. 12``) and
    a sentence after it stay apart."""
    if "/" not in text:
        return text
    if ": /" in text or ":/ /" in text:
        text = _SPACED_SCHEME.sub(lambda m: m.group(1) + "://", text)
    if "://d" in text:
        text = _MISREAD_DOI_HOST.sub("doi.org/", text)
    if " /" in text:
        text = _SPACED_DOI.sub(r"\1/", text)
    if " " not in text:
        return text
    words = text.split(" ")
    out = [words[0]]
    in_url = is_url(words[0])
    for i, w in enumerate(words[1:], 2):
        prev = out[-1]
        if in_url and w and _glues(prev, w, words[i] if i < len(words) else ""):
            out[-1] = prev + w
            continue
        out.append(w)
        in_url = is_url(w)
    return " ".join(out)


def _glues(prev: str, w: str, nxt: str = "") -> bool:
    """Does the piece ``w`` after a space (``nxt`` after it) go on the URL ``prev``? A piece
    starting with ``/`` (or a slash alone); any piece after a hyphen; after a dot in the
    host name, the host's next piece (``ac.`` / ``jp/crid``). After a digit or a dot: a
    piece starting with ``1`` that holds a slash or a dot or is five characters or more
    (``10.528`` / ``1/zenodo``, ``andp.`` / ``19053220607``). In a DOI also a run of five
    digits or more, after a short number (``ZENODO.47`` / ``70936``) or after a word's dot
    (``eLife.`` / ``78362``), and a narrow ``1`` set apart before such a run (``land9`` /
    ``1`` / ``10402``). After a letter, a piece starting with ``1`` of five characters or
    more (``rs`` / ``14143359``). A whole number's dot ends a sentence
    (``zenodo.4539666.`` / ``25000 records``, a PubMed number), and a long number ends its
    DOI (``zenodo.1234567`` / ``60000``, a table's next column)."""
    if w.startswith("/"):
        return w == "/" or tail_shaped(w)  # a lone slash ends the URL: ``manim.community /``
    if prev.endswith("-"):
        return _TAIL.match(_core(w)) is not None  # no URL ends on a hyphen: ``science-`` / ``book``
    if prev.endswith(".") and "/" not in prev.split("://", 1)[-1]:
        return _HOST_PIECE.match(w) is not None
    if not (w[:1].isdigit() and tail_shaped(w)):
        return False
    core = _core(w)
    if prev[-1:].isdigit() or prev.endswith("."):
        if w.startswith("1") and ("/" in core or "." in core or len(core) >= 5):
            return True
        return (
            core.isdigit()
            and _DOI_NUMBER_GOES_ON.search(prev) is not None
            and (len(core) >= 5 or (core == "1" and _core(nxt).isdigit() and len(_core(nxt)) >= 5))
        )
    return w.startswith("1") and len(core) >= 5 and core.isalnum()


# A DOI whose last piece may go on with a run of digits: it ends on a short number
# (``10.5281/ZENODO.47``, ``land9``) or on a word's dot (``10.7554/eLife.``).
_DOI_NUMBER_GOES_ON = re.compile(r"(?:^|[/:])10\.\d{4,9}/\S*(?:(?<!\d)\d{1,4}|[^\W\d_]\.)$")
