"""Footnotes: the note text (page bottom or end) tied back to its call in the text.

A note is a block that opens with its number glued to the text (``2A google account is
required.``) or a numbered line that is not part of a list (``1. We will use the term ML
...`` with no item 0 or 2 around it). Its call is the same number glued to a word shortly
before it: ``website2.`` / ``project1 .`` (pdftotext leaves a space before the stop). The
call becomes a note inline holding the note text; a note whose call cannot be found stays
where it is as an endnote block: never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial

from galley import vocab
from galley.clean.shapes import HYPHENS
from galley.model import Block, Inline, Unit
from galley.params import StructureParams
from galley.structure.blocks.shapes import body_measure, ends_broken_word, finished
from galley.structure.references.entries import opens_with_name
from galley.structure.tables.cells import common_word

_GLUED_NOTE = re.compile(r"^([1-9]\d?)(?=[A-Z“\"‘])")
# A note's marker as a page foot prints it: glued (``1We thank``), spaced (``2 Local``) or
# numbered (``1. Sobre las diferentes``).
_MARKER = re.compile(r"^([1-9]\d?)\.? ?(?=[A-Z“\"‘])")
# A note's number with a full stop, a capital after it (``1. A Conferência``): the cleaner
# may have glued it to a word broken at the line before (``poe-1. A Conferência``).
_NUMBERED = re.compile(r"^[1-9]\d?\. (?=[A-Z“\"‘])")
# The piece of a word a page's notes broke into: letters in lower case (``poe-``, ``crono-``,
# ``-pensa‐`` opening an aside);
# ``SARS-CoV-`` / ``2. The ...`` is a name and its number ending a sentence.
_WORD_PIECE = re.compile(rf"(?:^|\s)[-–(“\"‘]?[^\W\d_A-Z]+[{''.join(HYPHENS)}]$")
# What may close a word before the next (``topo”``, ``sias,``): no full stop, which ends a
# sentence, and no bracket, which a note's own line may close (``schools) and was sent``).
_AFTER_WORD = ",;:”’\"'"
_TEXT_KINDS = ("paragraph", "list_item", "quote", "caption", "heading")


def _note_number(blocks: list[Block], i: int, p: StructureParams, stops: bool = False) -> str:
    """The note number of block ``i``, "" when it is no note: ``2A google account is
    required.`` or ``2 Local VirtualBox images ...`` (a number opening a paragraph), or a
    numbered line that is no list item and reads as a sentence. A numbered line is a list
    item when the nearest numbered item before it carries the number before its own, or
    the nearest after it the next one: ``1. Select and simplify`` / its paragraph / ``2.
    Gradually progress ...`` is a list whatever stands between."""
    b = blocks[i]
    if b.kind == "footnote":  # cut off the text at a page foot (``cut_notes``)
        m = _MARKER.match(b.text)
        return m.group(1) if m else ""
    if b.kind == "paragraph":
        m = _GLUED_NOTE.match(b.text)
        return m.group(1) if m else ""
    if b.kind == "list_item" and b.ordered and b.number.isdigit():
        n = int(b.number)
        if _numbered_near(blocks, i, -1, p) == str(n - 1) or _numbered_near(blocks, i, 1, p) == str(n + 1):
            return b.number if _cited_run(blocks, i, p, stops) else ""
        return b.number if len(b.text.split()) >= p.note_min_words else ""
    return ""


def _cited_run(blocks: list[Block], i: int, p: StructureParams, stops: bool = False) -> bool:
    """Block ``i`` is in a run of numbered items at a page foot: they break into a sentence
    (``... para hablar de una idea indiscutible de`` / ``1. Sobre las diferentes teorías``)
    and the text before calls every number of them (``... la muerte de Diógenes1``): the
    page's notes, set as a list."""
    lo = hi = i
    while lo > 0 and _numbered(blocks[lo - 1]):
        lo -= 1
    while hi + 1 < len(blocks) and _numbered(blocks[hi + 1]):
        hi += 1
    if lo == 0 or not _mid_sentence(blocks[lo - 1].text):
        return False  # a list the text announced, not notes that broke into a sentence
    before = " ".join(b.text for b in blocks[max(0, lo - p.note_reach) : lo] if b.kind in _TEXT_KINDS)
    # (the items before ``i`` were asked first: a note among them took its call with it)
    return all(_cited(b.number, before, p, stops) for b in blocks[i : hi + 1])


def _numbered(b: Block) -> bool:
    return b.kind == "list_item" and b.ordered and b.number.isdigit()


def _numbered_near(blocks: list[Block], i: int, step: int, p: StructureParams) -> str:
    """The number of the nearest numbered list item before (``step`` -1) or after block
    ``i`` in its section, within ``note_reach`` blocks; "" when none."""
    j = i + step
    while 0 <= j < len(blocks) and abs(j - i) <= p.note_reach and blocks[j].kind != "heading":
        if blocks[j].kind == "list_item" and blocks[j].ordered:
            return blocks[j].number
        j += step
    return ""


def _calls(number: str, text: str, p: StructureParams, stops: bool = False) -> list[re.Match[str]]:
    """The calls of note ``number`` in ``text``: the number right after a word, before a
    space or punctuation (``website2.``, ``project1 .``, ``formação6,``), after an acronym
    (``CIMI1)``) or after a closing bracket or quote (``(DL)1,``, ``(MUNDURUKU, 2021)10.``);
    not ``H2O`` or ``CO2`` (a formula)."""
    calls = re.finditer(rf"(?<!\d){number}(?=\s?[.,;:!?)]|\s|$)", text)
    return [m for m in calls if _calls_here(text, m.start(), p, stops)]


def _calls_here(text: str, pos: int, p: StructureParams, stops: bool = False) -> bool:
    """Is the text before ``pos`` what a note's call follows (see ``_calls``)? With
    ``stops`` (a paper whose references are not numbered: ``stop_calls``), also a
    sentence's stop or a clause's comma after a word or a year, a closing quote after it or
    not (Chicago's ``England.1``, ``rebours. »4``, ``empfehle.«3``, ``in 1851.1``,
    ``(BANIWA, 2006).2``)."""
    start = text.rfind(" ", 0, pos) + 1
    word = text[start:pos]
    if word and word.strip(_CLOSING_QUOTES) == "" and start > 1:  # ``rebours. »4``: the word before
        word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    if len(word) >= 2 and word[-1] in ')]’”"' and not word[-2].isspace():
        return True
    after_stop = word.rstrip(_CLOSING_QUOTES + ".,;:!?")  # (``viva”.1`` as ``rebours. »4``)
    if after_stop != word and (not stops or _CITED_LIST.match(text, pos)):
        return False  # (``trabalho.2,17,22``: numbered references cited after the stop)
    if after_stop != word and (_YEAR.fullmatch(after_stop) or after_stop.endswith((")", "]"))):
        # (a sentence ending on its year: ``... in 1851.1``; not ``0.05.2``; or on its
        # citation: ``... (BANIWA, 2006).2``, ``(GLUCKSMANN, 1982, p. 110).4``, ``(p. 152).3``)
        return True
    letters = after_stop.lstrip('(“"‘«')
    if len(letters) >= 2 and letters[-2:].isalpha() and letters[-2:].islower():
        return True
    return len(letters) >= p.note_call_acronym and letters.isalpha() and letters.isupper()


_CLOSING_QUOTES = '»«”’"'
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# A list of numbers cited at once (``2,17,22``, ``4-6``): a numbered reference list's.
_CITED_LIST = re.compile(r"\d+\s?[,–-]\s?\d")


_LINKISH = re.compile(r"://|^(?:doi:|https?:|www\.)|^10\.\d{4,9}/", re.I)


def _inside_link(text: str, pos: int) -> bool:
    """Is ``pos`` inside a URL or DOI? ``...084[1412:TETTWU]2.0.CO;2`` holds no note call."""
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    token = text[start : end if end >= 0 else len(text)]
    return bool(_LINKISH.search(token))


def attach(blocks: list[Block], p: StructureParams) -> list[Block]:
    """Link each note to its call (see the module docstring); returns the new block list."""
    out = list(blocks)
    gone: set[int] = set()  # notes now inside their call's block
    stops = stop_calls((b.kind == "heading", b.text) for b in out)
    for i in range(len(out)):
        if out[i].kind == "heading" and vocab.is_reference_heading(out[i].text):
            if i + 1 >= len(out) or not opens_with_name(out[i + 1].text):
                break  # a numbered reference list cited by number (``ser17.`` / ``17 Winnicott DW``) holds no notes
        number = _note_number(out, i, p, stops)
        if number:
            _attach(out, i, number, gone, p, stops)
    return [b for k, b in enumerate(out) if k not in gone]


def _attach(out: list[Block], i: int, number: str, gone: set[int], p: StructureParams, stops: bool) -> None:
    """Move note ``i`` into its call, or keep it where it stands."""
    note = out[i]
    hit = _find_call(out, i, number, gone, p, stops)
    if hit is None:
        # A glued number ("2A google account ...") is a note in any case: kept where it
        # stands as an endnote, its number as written (without its call it could be
        # "3D printing"). A numbered line without a call stays the list item it looks like.
        if note.kind == "paragraph":
            out[i] = replace(note, kind="footnote")
        return
    j, r, m = hit
    cand = out[j]
    runs = cand.runs()
    run = runs[r].text
    after = run[m.end() :]
    if after.startswith(" ") and after[1:2] in ".,;:!?)":
        after = after[1:]  # "website2 ." -> "website."
    text = note.text[len(number) :].lstrip(" .") if note.kind in ("paragraph", "footnote") else note.text
    body = Block("paragraph", text, source=note.source)
    new = [*runs[:r], Inline(run[: m.start()]), Inline("", kind="note", note=[body]), Inline(after), *runs[r + 1 :]]
    out[j] = replace(cand, inlines=new, text="".join(x.text for x in new if x.kind != "note"))
    gone.add(i)


def _find_call(
    out: list[Block], i: int, number: str, gone: set[int], p: StructureParams, stops: bool = False
) -> tuple[int, int, re.Match[str]] | None:
    """The nearest call of note ``i`` in the ``note_reach`` blocks before it: the block,
    the run of its text and its last call (the one nearest the note). A block that holds a
    note already may hold the next one's call (``... (DIOGENES LAERCIO, VI 77, 2010, p.
    230)1. ... los labios y los dientes2``). A numbered note without such a call takes a
    call OCR misread as a mark (``_misread_call``)."""
    for j in range(i - 1, max(-1, i - p.note_reach), -1):
        cand = out[j]
        # (a block that does not hold the number holds no call of it: most are told so)
        if cand.kind not in _TEXT_KINDS or j in gone or number not in cand.text:
            continue
        runs = cand.runs()
        for r in range(len(runs) - 1, -1, -1):
            if runs[r].kind == "text":
                calls = [c for c in _calls(number, runs[r].text, p, stops) if not _inside_link(runs[r].text, c.start())]
                if calls:
                    return j, r, calls[-1]
    return _misread_call(out, i, gone, p) if out[i].kind in ("list_item", "footnote") else None


# OCR reads a superscript call as a mark glued to the word: ``(DL)! have``, ``project!.``,
# ``configuration’.``. An exclamation mark after a closing bracket before a word in lower
# case, or after a word before a stop, or an apostrophe after a letter other than a
# plural's ``s`` before a stop, is no sentence's: a mark where none belongs. (A speech's
# ``daqui! sai daqui`` or ``“Never!.”`` and a plural's ``the teachers’.`` are.)
_MISREAD_CALL = re.compile(r"(?<=\))!(?= [a-z])|(?<=[^\W\d_])!(?=[.;:](?![”\"]))|(?<=[^\W\d_s])[’'](?=\.)")


def _misread_call(
    out: list[Block], i: int, gone: set[int], p: StructureParams
) -> tuple[int, int, re.Match[str]] | None:
    """The first mark OCR may have read for a call (``_MISREAD_CALL``) in the ``note_reach``
    blocks before numbered note ``i``, not one closing a quotation (``‘code-along’.``). The
    first, not the nearest: the notes come in the order of their calls, and each note takes
    its mark out of the text."""
    for j in range(max(0, i - p.note_reach + 1), i):
        cand = out[j]
        if cand.kind not in _TEXT_KINDS or j in gone:
            continue
        runs = cand.runs()
        for r, run in enumerate(runs):
            if run.kind != "text":
                continue
            for m in _MISREAD_CALL.finditer(run.text):
                if not _inside_link(run.text, m.start()) and (m.group() == "!" or not _quoted(run.text, m.start())):
                    return j, r, m
    return None


def _quoted(text: str, end: int) -> bool:
    """A single quotation mark left open before ``end``: more opened (``‘``, or ``'`` at the
    start or after a space or bracket) than closed."""
    before = text[:end]
    opened = before.count("‘") + len(re.findall(r"(?:^|[\s(\[])'", before))
    closed = before.count("’") + len(re.findall(r"[^\s(\[]'", before))
    return opened > closed


def cut_notes(units: list[Unit], p: StructureParams, lang: str = "en") -> list[Unit]:
    """Notes the cleaner ran into the text: a page's foot notes joined to the paragraph
    that goes on after the page break (``... where all`` / ``1We thank @NickleDave for
    raising this point ...`` / ``more carefully on ... setting.`` / ``2 Local VirtualBox
    images were too slow ...`` / ``machines were not available.`` / ``necessary
    dependencies are ...``). A line opening with a note's marker is a note when the text
    before it (the unit, or the ``note_reach`` units before) cites that number
    (``project1 .``, ``configuration2``) and the note interrupts the text: it stands inside
    a unit of prose, or the unit it opens goes on with the interrupted sentence, or the text
    before it stopped mid-sentence, or it ends its page, or a note comes before it (a page
    foot). The note runs to the next marker or to the line after which the interrupted
    sentence goes on in lower case. A numbered list cited by number (``ser17.`` / ``17
    Winnicott DW. ...``, entry after entry) interrupts nothing. ``attach`` then moves each
    note to its call and joins the sentence it split. A note that broke into a word (``...
    papéis so-`` / ``1Site IPEA ... id=34784`` / ``ciais específicos``) ends where the
    word's rest goes on in lower case, whatever its own last line."""
    out: list[Unit] = []
    count = [0]  # the last note's number: notes count 1, 2, 3 ... (a glued one may skip some)
    stops = stop_calls((len(u.lines) <= p.heading_max_lines, u.text) for u in units)
    for i, u in enumerate(units):
        if len(u.lines) <= p.heading_max_lines and vocab.is_reference_heading(u.text):
            if not count[0] or i + 1 >= len(units) or not opens_with_name(units[i + 1].text):
                return out + units[i:]  # entries numbered as cited are no notes
            # (entries by author and year, the text's notes set at its pages' feet: a
            # numbered line among them is a page's next note, its number cited in the text,
            # ``BARTHES, Roland. Aula. ... 1987.`` / ``9. Dados sobre o crescimento ...``)
        # (a note's marker opening the unit after a note: the page's next note)
        cut_off = (i > 0 and _mid_sentence(units[i - 1].text)) or (bool(out) and out[-1].kind == "footnote")
        foot = cut_off or _page_foot(units, i, p)
        out += _cut_notes(u, partial(_text_before, units, i, p), foot, count, p, lang, stops)
    return out


def _page_foot(units: list[Unit], i: int, p: StructureParams) -> bool:
    """Unit ``i`` is the last of its page (a form feed comes before the next unit), or the
    units after it on its page open with the next notes' numbers: a note printed at the
    foot, after the page's last paragraph (``... como conhecemos como literatura.`` / ``5.
    Romero Jucá foi presidente da FUNAI ...`` / a new page; ``... das aldeias
    indígenas.`` / ``9. Dados sobre ...`` / ``10. Resposta de Daniel Munduruku ...``; a
    page's first notes, ``1 Anthony Trollope, An Autobiography ...`` / ``2 Wolfgang
    Schivelbusch ...``, when the next counts on)."""
    first = _MARKER.match(units[i].lines[0]) if units[i].lines else None
    number = int(first.group(1)) if first else 0
    if i > 0 and units[i - 1].text.rstrip().endswith(":"):
        number = 0  # (a numbered list after a colon may end its page too)
    if number == 1 and not _first_notes(units, i, p):
        number = 0  # (a list's item 1 may end its page too)
    j = i + 1
    while number and j < len(units) and units[j].page == units[i].page:
        m = _MARKER.match(units[j].lines[0]) if units[j].lines else None
        if m is None or int(m.group(1)) != number + 1:
            return False
        number, j = number + 1, j + 1
    return j < len(units) and units[j].page != units[i].page


def _first_notes(units: list[Unit], i: int, p: StructureParams) -> bool:
    """Unit ``i`` opens the page's notes at 1, set as notes are and a list's items are not,
    and the next note follows it on its page (``2 Wolfgang Schivelbusch ...``). Set as
    notes are: no stop after the number (``1 Anthony Trollope, An Autobiography ...``; a
    list numbers ``1.``), or in smaller type than the body (``_smaller_type``: ``1. Para
    aprofundar essa discussão ...``, 102 characters a line in a body of 84)."""
    first = units[i].lines[0] if units[i].lines else ""
    if not first.startswith("1") or i + 1 >= len(units) or units[i + 1].page != units[i].page:
        return False
    nxt = _MARKER.match(units[i + 1].lines[0]) if units[i + 1].lines else None
    if nxt is None or nxt.group(1) != "2":
        return False
    return re.match(r"1(?! ?\.)", first) is not None or _smaller_type(units, i, p)


def _smaller_type(units: list[Unit], i: int, p: StructureParams) -> bool:
    """The units from ``i`` to its page's end are set in smaller type than the body, as
    notes are: every line of them that wraps (each unit's lines but its last) runs longer
    than ``note_type_share`` times the body's full line (``body_measure`` near its upper
    edge, asked only here: a run of notes numbered ``1.`` is rare) and no longer than
    ``note_type_max_share`` times, and one line at least wraps. Notes of one line each say
    nothing; an item whose long URL overruns the margin has a wrapped line before it that
    does not run so long; a list set across both columns of a two-column page runs longer
    than any smaller type makes a line."""
    measure = body_measure(units, p, edge=0.9)
    low, high = p.note_type_share * measure, p.note_type_max_share * measure
    wrapped = [line for u in units[i:] if u.page == units[i].page for line in u.lines[:-1]]
    return measure > 0 and bool(wrapped) and all(low < len(line) <= high for line in wrapped)


def _text_before(units: list[Unit], i: int, p: StructureParams) -> str:
    """The text of the ``note_reach`` units before unit ``i``, where a note's call is looked
    for (joined only for a line that opens with the next note's number: most units have none)."""
    return " ".join(x.text for x in units[max(0, i - p.note_reach) : i])


def _cut_notes(
    u: Unit, before: Callable[[], str], cut_off: bool, count: list[int], p: StructureParams, lang: str, stops: bool
) -> list[Unit]:
    lines = u.lines
    if not lines or len(u.offsets) != len(lines):
        return [u]
    seen = count[0]

    def next_note(m: re.Match[str] | None, upto: int | None = None, skipping: bool = False) -> bool:
        """``m`` opens the next note, whose call is in the text before it: the units before
        and, for a line inside the unit, the unit's text up to ``upto``. ``skipping``: a
        note glued into a broken word may come after notes the extractor scattered (its
        number need only be higher than the last note's)."""
        if m is None or not (int(m.group(1)) == count[0] + 1 or (skipping and int(m.group(1)) > count[0])):
            return False
        return _cited(m.group(1), before() if upto is None else before() + " " + u.text[:upto], p, stops)

    first = _MARKER.match(lines[0])
    # A note opens the unit (not a section: ``2 Diógenes vs. Platón4`` after note 1).
    opens = u.kind != "heading" and next_note(first)
    count[0] += opens
    cuts: list[int] = []
    resumed = False
    in_note, note_at = opens, 0
    broke = ""  # the word the notes broke into (``papéis so-`` / ``1Site IPEA ...`` / ``ciais``)
    for k in range(1, len(lines)):
        # (a mended word; but ``poe-`` / ``1. A Conferência``: a note the hyphen kept)
        glued_note = u.glued(k) and bool(_WORD_PIECE.search(lines[k - 1]) and _NUMBERED.match(lines[k]))
        if u.glued(k) and not glued_note:
            continue
        m = _MARKER.match(lines[k])
        if m and (not first or in_note or _foot_after(u, k, resumed)) and next_note(m, u.offsets[k], glued_note):
            if not in_note and ends_broken_word(lines[k - 1]):
                broke = lines[k - 1].rsplit(" ", 1)[-1][:-1]
            # (in an entry that opens with a number, a number opens the next entry; after
            # the body came back, a note at the next page's foot)
            cuts.append(k)
            in_note, note_at = True, k
            count[0] = int(m.group(1))
        elif in_note and (_page_turns(u, k) or _resumes(lines, k, note_at, broke, lang, p, cut_off)):
            cuts.append(k)  # the text the notes interrupted goes on
            in_note, resumed = False, True
    if opens and not (resumed or cut_off):
        # An entry of a numbered list, not a note interrupting the text; but a number glued
        # to its text (``1We thank ...``) is a note in any case (``attach`` ties it to its
        # call): the next note, cut from the text, counts on from it.
        count[0] = count[0] if _GLUED_NOTE.match(lines[0]) else seen
        return [u]
    if not cuts:
        return [replace(u, kind="footnote")] if opens else [u]
    parts: list[Unit] = []
    rest = u
    for k in reversed(cuts):
        rest, piece = rest.split(k)
        parts.append(replace(piece, kind="footnote" if _MARKER.match(piece.lines[0]) else "paragraph"))
    parts.append(replace(rest, kind="footnote") if opens else rest)
    return parts[::-1]


def _resumes(lines: list[str], k: int, note_at: int, broke: str, lang: str, p: StructureParams, cut_off: bool) -> bool:
    """The body goes on at line ``k`` after the note that opened at ``note_at``: the sentence
    the note interrupted, in lower case (or the rest of the word it broke), or a paragraph
    of the body, in the body's measure again (``_body_again``)."""
    if (finished(lines[k - 1]) or _word_goes_on(broke, lines[k], lang)) and _goes_on(lines[k]):
        return True
    # (the text before the note: its unit's line before it, or the unit before, ``cut_off``
    # when that stopped mid-sentence)
    ended = finished(lines[note_at - 1]) if note_at else not cut_off
    return ended and finished(lines[k - 1]) and lines[k][:1].isupper() and _body_again(lines, note_at, k, p)


def _body_again(lines: list[str], note_at: int, k: int, p: StructureParams) -> bool:
    """The lines from ``k`` run the body's measure again, clearly narrower than the note's: a
    note set in smaller type runs more characters a line (rsp-48, pypdf: ``1Ministério da
    Saúde, DATASUS. Siscolo - Sistema de Informação`` (62) / ... / ``area=0401`` then
    ``Cecílio & Merhy7 afirmam que ...`` (48), the next column's paragraph). Only after a
    finished sentence before the note (``_resumes``: a paragraph ended there, so none goes
    on after it in lower case), with two full lines or more (all but its last), each longer by
    ``quote_wide`` (smaller type) than every one of the next three lines, the first of which
    reaches ``note_body_share`` of their longest (a note's short last sentence does not)."""
    full = [len(ln) for ln in lines[note_at : k - 1]]
    after = [len(ln) for ln in lines[k : k + 3]]
    if len(full) < 2 or len(after) < 2 or min(full) <= (1 + p.quote_wide) * max(after):
        return False
    return after[0] >= p.note_body_share * max(after)


def _foot_after(u: Unit, k: int, resumed: bool) -> bool:
    """After the body came back in a unit a note opened (``resumed``), line ``k`` may open
    the note at the foot of the page it came back on: a page turns after it in the unit
    (a line ``2 March, when ...`` of the body does not end its page)."""
    return resumed and any(t > k for t in u.turns)


def _page_turns(u: Unit, k: int) -> bool:
    """Line ``k`` opens the next page, and the note before it ended on its page: the body
    goes on there, whatever its case (edur-39, pdftotext: ``... ver mais em
    <https://www.livrariamaraca.com.br/escritores-indigenas/>`` / a form feed / ``Nós
    fazemos literatura ...``, the quotation the text announced). A page's notes sit at its
    foot, so the next page opens with its body; a note that runs on breaks off
    mid-sentence or mid-word, and is read on."""
    before = u.lines[k - 1]
    return k in u.turns and not (_mid_sentence(before) or ends_broken_word(before))


def _word_goes_on(head: str, line: str, lang: str) -> bool:
    """``line`` opens with the rest of the word ``head`` the notes broke into: the two
    make a common word of the language (``so`` + ``ciais específicos``: ``sociais``)."""
    rest = line.split(" ", 1)[0].rstrip(f".!?){_AFTER_WORD}")  # (a bracket may close the word)
    return bool(head) and rest.isalpha() and common_word(head + rest, lang)


def _goes_on(line: str) -> bool:
    """The line goes on with a sentence in lower case (``necessary dependencies are``),
    not a link (``http://dx.doi.org/...`` ends an entry)."""
    word = line.split(" ", 1)[0].rstrip(_AFTER_WORD)
    return word.isalpha() and word.islower()


def _mid_sentence(text: str) -> bool:
    """The text stops on a word in lower case, mid-sentence (``... allow instructors to``,
    ``... da África e dos africanos,``): a page ended there. (An entry of a list ends on a
    stop, a number or a link; a list is announced by a colon.)"""
    last = text.rstrip().rsplit(" ", 1)[-1].removesuffix(",")
    if ends_broken_word(last):  # (``... a pesar de tomar en este caso la forma, res‐``)
        last = last[:-1]
    return last.isalpha() and last.islower()


def _cited(number: str, text: str, p: StructureParams, stops: bool = False) -> bool:
    return any(not _inside_link(text, c.start()) for c in _calls(number, text, p, stops))


def stop_calls(items: Iterable[tuple[bool, str]]) -> bool:
    """May a note's call follow a sentence's stop in this paper (``England.1``)? Not where
    its references are numbered (``1. Silva AB ...``, ``[1] A. Smith ...``): there a number
    after the stop cites an entry (``... recurrent stroke.1``). A reference list by author
    and year, or none at all (a paper of notes), leaves it to the notes. ``items``: each
    block's text, and whether it may be a heading (as ``attach`` and ``cut_notes`` ask)."""
    pairs = list(items)
    for k, (heading, text) in enumerate(pairs):
        if heading and vocab.is_reference_heading(text):
            return k + 1 >= len(pairs) or opens_with_name(pairs[k + 1][1])
    return True
