"""The clean stage: raw lines -> units of cleaned text, plus every repair as evidence.

Steps, in order (each a module of small named rules):
1. ``characters``: per line, ligatures, mojibake, spaces, quotes;
2. ``furniture``: running heads/footers and page numbers, removed and reported;
3. ``unwrap``: block boundaries (headings split off first) from line geometry;
4. ``hyphens``: line-end hyphens joined or kept, from document and lexicon evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from galley import vocab
from galley.clean import characters, columns, furniture, hyphens, unwrap
from galley.inputs.corrections import NONE, Corrections
from galley.model import CleanResult, Line, Removed, Repair, Unit

CORRECTION_SPLIT = "forced by the corrections file: a paragraph starts here"


@cache
def _summary(name: str, rule: characters.Rule) -> str:
    """A rule's reason, its docstring's first line: one string shared by all its repairs."""
    return rule.__doc__.split("\n")[0] if rule.__doc__ else name


def fix_characters(lines: list[Line], repairs: list[Repair]) -> list[Line]:
    out: list[Line] = []
    plain, rules, keep = characters.plain, characters.RULES, out.append  # looked up once, not per line
    for ln in lines:
        text = ln.text
        if plain(text):
            keep(ln)
            continue
        for name, rule in rules:
            fixed = rule(text)
            if fixed != text:
                why = _summary(name, rule)
                repairs.append(Repair(name, ln.number, ln.number, text, fixed, why))
                text = fixed
        text = text.strip()
        if text:
            out.append(replace(ln, text=text) if text != ln.text else ln)
    return out


def find_headings(lines: list[Line], widths: list[int], layout: unwrap.Layout) -> set[int]:
    """Lines set apart like headings: heading-shaped, after a closed line, before a new start."""
    found: set[int] = set()
    for i, ln in enumerate(lines):
        w = widths[i]
        n = len(ln.text)
        if (n > 20 and n > 0.7 * w) or not unwrap.looks_like_heading(ln, w):  # the length test first: no call
            continue
        prev = lines[i - 1] if i else None
        if prev is not None and unwrap.is_bare_marker(prev.text):
            continue  # the text of a list item whose marker stands alone
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        opens = (
            prev is None
            or (i - 1) in found
            or unwrap.closed(prev, ln, w)
            or (layout.blank_separates and ln.blank_before >= 1)
            or unwrap.ends_sentence(prev.text)
        )
        if (
            opens
            and (nxt is None or not nxt.text[:1].islower())
            and (nxt is None or unwrap.fits(ln, nxt, w) or ln.indent > 0)
        ):
            found.add(i)
    return found


def segment(lines: list[Line], fixes: Corrections = NONE) -> list[tuple[list[Line], bool, str]]:
    """Group lines into blocks: (lines, is_heading, why the block started).

    A corrections file may force a boundary (``split_before``) or forbid one
    (``merge_before``) at a raw line; the reason then starts with ``correction``."""
    layout = unwrap.measure(lines)
    geo = unwrap.geometry(lines)
    headings = find_headings(lines, unwrap.region_widths(lines, geo=geo), layout)
    if fixes.merge_before:
        headings -= {i for i, ln in enumerate(lines) if ln.number in fixes.merge_before}
    widths = unwrap.region_widths(lines, sorted(headings), geo)
    blocks: list[tuple[list[Line], bool, str]] = []
    block: list[Line] = []  # the lines of blocks[-1]
    prev_heading = True
    in_refs = False
    split_before, merge_before = fixes.split_before, fixes.merge_before
    goes_on = unwrap.goes_on
    prev: Line | None = None
    for i, ln in enumerate(lines):
        if i in headings and not (in_refs and not unwrap.is_section_heading(ln.text)):
            block = [ln]
            blocks.append((block, True, "heading shape"))
            prev_heading = True
            in_refs = vocab.is_reference_heading(ln.text)
            prev = ln
            continue
        if prev is None or not blocks:
            block = [ln]
            blocks.append((block, False, "start of text"))
        elif ln.number in split_before:
            block = [ln]
            blocks.append((block, False, CORRECTION_SPLIT))
        elif ln.number in merge_before:
            block.append(ln)
            blocks[-1] = (block, False, blocks[-1][2])
        elif prev_heading:  # the rule chain's first rule, without the chain
            block = [ln]
            blocks.append((block, False, unwrap.AFTER_HEADING))
        elif goes_on(prev.text, ln.text):
            block.append(ln)  # most line ends: is_break's first verdict, without the rule chain
        else:
            brk, why = unwrap.run_rules(prev, ln, widths[i], layout, prev_heading, in_refs, len(block))
            if brk:
                block = [ln]
                blocks.append((block, False, why))
            else:
                block.append(ln)
        prev_heading = False
        prev = ln
    return blocks


def _is_cjk(ch: str) -> bool:
    # Chinese and Japanese scripts and their punctuation; not Hangul: Korean spaces its words.
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def word_gap(before: str, after: str) -> str:
    """The space a wrapped line end stands for: none between CJK characters, which are
    written without spaces (``分析し、`` + ``両国の`` -> ``分析し、両国の``)."""
    if before and after and _is_cjk(before[-1]) and _is_cjk(after[0]):
        return ""
    return " "


def join_lines(
    block: list[Line],
    lex: hyphens.DocumentLexicon,
    lang: str,
    repairs: list[Repair],
    fixes: Corrections = NONE,
    offsets: list[int] | None = None,
) -> str:
    """Join a block's lines into one text: hyphens decided, URLs rejoined, a space (or none
    between CJK characters) elsewhere. ``offsets`` receives where each line starts in it.

    Linear in the block's length: pieces are collected, and only the current last word is
    looked at (a long reference list is one block in some extractors)."""
    parts = [block[0].text]
    size = len(block[0].text)
    last = _last_word(block[0].text)
    starts = [0]
    for prev, cur in zip(block, block[1:], strict=False):
        starts.append(size)
        if last.endswith(("-", "‐", "\u00ad")) and len(last) > 1 and last[-2].isalpha() and cur.text[:1].isalnum():
            nxt = cur.text.split(" ", 1)[0]
            d, rule = _hyphen_decision(last, nxt, lex, lang, fixes)
            if d.join:
                repairs.append(Repair(rule + "join", prev.number, cur.number, f"{last} {nxt}", last[:-1] + nxt, d.why))
                parts[-1] = parts[-1][:-1]  # the hyphen is the last character of the text so far
                size -= 1
                starts[-1] -= 1
                gap, last = "", last[:-1] + cur.text if " " not in cur.text else _last_word(cur.text)
            else:
                # A suspended hyphen ("mid- and long-term") keeps its space.
                gap = " " if d.why.startswith("suspended") else ""
                repairs.append(Repair(rule + "keep", prev.number, cur.number, f"{last} {nxt}", last + gap + nxt, d.why))
                last = last + cur.text if not gap and " " not in cur.text else _last_word(cur.text)
        elif last[:1] in _URL_FIRST and unwrap.url_goes_on(last, cur.text):  # the first letter: no call
            nxt = cur.text.split(" ", 1)[0]
            why = "a URL broken at the line end"
            repairs.append(Repair("url-join", prev.number, cur.number, f"{last} {nxt}", last + nxt, why))
            gap, last = "", last + cur.text if " " not in cur.text else _last_word(cur.text)
        else:
            # Only CJK (U+3000 and up) joins without a space: no call for other scripts.
            gap = word_gap(parts[-1], cur.text) if cur.text[:1] >= "\u3000" else " "
            last = (last + cur.text) if not gap and " " not in cur.text else _last_word(cur.text)
        starts[-1] += len(gap)
        parts.append(gap + cur.text)
        size += len(gap) + len(cur.text)
    if offsets is not None:
        offsets[:] = starts
    return "".join(parts)


# Every URL start ``url_goes_on`` knows (``https:``, ``www.``, ``doi:``, ``(https:``) begins with one of these.
_URL_FIRST = frozenset("(hHwWdD")


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :]


def _hyphen_decision(
    last: str, nxt: str, lex: hyphens.DocumentLexicon, lang: str, fixes: Corrections
) -> tuple[hyphens.Decision, str]:
    """The decision and the rule-name prefix: a corrections file overrides the evidence."""
    lm, rm = re.search(r"([^\W\d_]+)[-‐\u00ad]$", last), re.match(r"[^\W\d_]+", nxt)
    if lm and rm:
        forced = fixes.hyphen(lm.group(1), rm.group(0))
        if forced is not None:
            why = f"forced by the corrections file: {'join' if forced else 'keep'} '{lm.group(1)}-{rm.group(0)}'"
            return hyphens.Decision(forced, why), "correction-hyphen-"
    return hyphens.decide(last, nxt, lex, lang), "hyphen-"


def keep_corrected(removed: list[Removed], fixes: Corrections, repairs: list[Repair]) -> list[Removed]:
    """Lines the corrections file says are text come back from the furniture list."""
    out = []
    for r in removed:
        if r.line in fixes.keep_lines:
            why = f"forced by the corrections file: not {r.rule}"
            repairs.append(Repair("correction-keep-line", r.line, r.line, "", r.text, why))
        else:
            out.append(r)
    return out


def clean(lines: list[Line], lang: str = "en", corrections: Corrections | None = None) -> CleanResult:
    """Raw lines -> units, with every repair and every removed line recorded.

    ``corrections`` (from ``<stem>.corrections.toml``) force hyphen, paragraph and furniture
    decisions; each forced decision is a repair whose rule starts with ``correction-``."""
    fixes = corrections or NONE
    repairs: list[Repair] = []
    lines = columns.separate(lines, repairs)
    lines = fix_characters(lines, repairs)
    removed = keep_corrected(furniture.find_furniture(lines), fixes, repairs)
    # A form feed inside a raw line makes two lines with one number: match the text too.
    gone = {(r.line, r.text) for r in removed}
    gone_numbers = {r.line for r in removed}  # the number first: no pair made for most lines
    lines = [ln for ln in lines if ln.number not in gone_numbers or (ln.number, ln.text) not in gone]
    lex = hyphens.DocumentLexicon(ln.text for ln in lines)
    units = []
    joined_by_extractor = hyphens.prejoined([ln.text for ln in lines])
    table = hyphens.restorations(lex, fixes.keep_hyphen, lang, joined_by_extractor)
    blocks = segment(lines, fixes)
    for n in sorted(fixes.merge_before):
        why = "forced by the corrections file: no paragraph break here"
        repairs.append(Repair("correction-merge", n, n, "", "", why))
    # Blocks are let go as their units are made: the units and the blocks' line lists need
    # not be in memory at once.
    blocks.reverse()
    while blocks:
        block, is_heading, why = blocks.pop()
        first = block[0]
        offsets: list[int] = [0]
        if len(block) == 1:  # a heading, a reference, a line of its own: nothing to join
            text = first.text
        else:
            text = join_lines(block, lex, lang, repairs, fixes, offsets)
        if table:
            text = restore_compounds(text, block, offsets, table, lex, fixes, repairs)
        if why == CORRECTION_SPLIT:
            repairs.append(Repair("correction-split", first.number, first.number, "", text[:40], why))
        elif why not in ("start of text", "wrapped line"):
            repairs.append(Repair("block-break", first.number, first.number, "", text[:40], why))
        kind = "heading" if is_heading else ("paragraph" if len(block) > 1 else "line")
        # Unit(text, kind, first_line, last_line, lines, indent, page, offsets), by position: cheaper.
        texts = [ln.text for ln in block]
        units.append(Unit(text, kind, first.number, block[-1].number, texts, first.indent, first.page, offsets))
    return CleanResult(units, repairs, removed)


def restore_compounds(
    text: str,
    block: list[Line],
    offsets: list[int],
    table: dict[str, str],
    lex: hyphens.DocumentLexicon,
    fixes: Corrections,
    repairs: list[Repair],
) -> str:
    """Give back the hyphen of compounds the extractor joined (pdftotext: ``opensource``
    where the paper elsewhere writes ``open-source``), and of those the corrections file
    names. Each restoration is a ``hyphen-restore`` repair on the line that holds it;
    ``offsets`` are kept in step with the text."""
    for pos, word, form in reversed(hyphens.restore(text, table)):
        k = max(i for i, off in enumerate(offsets) if off <= pos)
        forced = form.casefold() in fixes.keep_hyphen
        if forced:
            rule, why = "correction-hyphen-restore", f"forced by the corrections file: keep '{form}'"
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
