"""Every threshold galley decides by, in one frozen, documented object.

pdfminer's ``LAParams`` is the model: each field says what it measures and in which unit,
so a reader sees why a line was judged short or a word was joined, and a test can move
one threshold across its boundary. Rules never write a bare number; they read it here.

``PARAMS`` holds the defaults. A stage takes a ``Params`` (``clean(..., params=PARAMS)``)
so a caller or a test may pass another one (``dataclasses.replace``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanParams:
    """Thresholds of the clean stage (lines -> units)."""


@dataclass(frozen=True)
class StructureParams:
    """Thresholds of the structure stage (units -> Document).

    Grouped by the step that reads them; each says what it measures and in which unit
    (words are whitespace-separated pieces, characters are code points, units are the
    cleaner's units, lines are a unit's source lines)."""

    def __hash__(self) -> int:
        # Computed once: the params are part of the key of structure's memo caches (see
        # structure.headings), asked hundreds of thousands of times on a long input.
        try:
            return self.__dict__["_hash"]  # type: ignore[no-any-return]
        except KeyError:
            value = hash(tuple(getattr(self, name) for name in self.__dataclass_fields__))
            object.__setattr__(self, "_hash", value)
            return value

    # -- where the front matter ends (structure/front/region.py) --------------------------
    front_limit: int = 80
    """Units from the start in which the first opening heading (``Abstract``,
    ``1 Introduction``) is looked for; a paper without one in reach has no front matter."""
    prose_min_words: int = 40
    """Words of a unit of running text: the first one ends the front matter even without
    an opening heading (a title block is never this long)."""
    prose_lower_share: float = 0.5
    """Share of a unit's words that open in lower case for it to be running text (title
    blocks and author lists are mostly capitalised words)."""
    keywords_reach: int = 12
    """Units after the front matter in which a ``Keywords:`` line under the abstract is
    still taken out as metadata."""

    # -- front-matter lines (structure/front/) --------------------------------------------
    sidebar_label_max_words: int = 6
    """Words of a journal sidebar line that opens on a label (``Software``, ``Editor:
    Jane Doe``); longer, it is prose that opens on the word."""
    licence_line_max_words: int = 8
    """Words of a line that continues the licence text after ``License`` (``Creative
    Commons Attribution 4.0``) without naming a licence itself."""
    contact_max_words: int = 4
    """Words left on a line once its emails or ORCID ids are taken out for it to be a
    contact line (``Correspondence: Hankin hankin.robin@gmail.com``), not prose."""
    journal_name_min_words: int = 2
    """Words of a line in capitals holding a journal word (``JOURNAL OF OPEN SOURCE
    EDUCATION``) for it to be the journal's name, page furniture."""
    author_search_lines: int = 12
    """Unlabelled front lines in which the first author line is looked for."""
    author_marker_reach: int = 5
    """Lines after a plain name line in which a marker line (``1``) or an interleaved
    ``, Next Author`` line shows it opens the author list (pdftotext, pdfminer)."""
    single_author_search_lines: int = 4
    """Unlabelled front lines (the title's first included) in which a lone author without
    markers or affiliation below is looked for, last resort."""
    author_last_name_reach: int = 3
    """Lines after an author list left open (``Anna Brakemeier,``) in which its last name
    is looked for when pdfminer set an affiliation between them."""
    name_max_words: int = 6
    """Words of one author's name (``Ashlee N. Ford Versypt``); more is a phrase."""
    name_caps_max_chars: int = 3
    """Characters of a name word in capitals that is still a name (``LI``, ``WU``);
    ``UNIVERSITY`` is not."""
    author_line_max_chars: int = 400
    """Characters of a line that may be a list of names."""
    name_tail_max_words: int = 8
    """Words of a line that continues a wrapped author list (``, and Ana``)."""
    title_min_words: int = 2
    """Words of a title: a one-word line above the title (a page number, a running head)
    is not part of it, and a running head of one word is not the title."""

    # -- units cut before classification (structure/blocks/splits.py) --------------------
    leading_heading_width: float = 0.75
    """A first line at most this share of the widest line under it (characters) may be a
    heading the cleaner joined to its paragraph."""
    leading_heading_max_words: int = 10
    """Words of such a first line."""
    leading_known_width: float = 0.9
    """The same share for a well-known section name (``Methods``) over a two-line unit."""
    leading_known_max_words: int = 9
    """Words of a well-known section name taken off the top of a unit."""
    trailing_heading_width: float = 0.8
    """A last line shorter than this share of the widest line above it (characters) may
    be a heading the cleaner joined to the end of the block above."""
    code_line_max_words: int = 8
    """Words of a line that is a command or call (``install.packages("lorentz")``)."""

    # -- block rules (structure/blocks/) ---------------------------------------------------
    short_line_words: int = 8
    """Words of a short line (a one-line unit without final stop or bullet): table cells,
    figure labels and headings are short lines."""
    cell_run: int = 3
    """Short lines in a row from which they are table cells or figure labels, not
    headings (unless well known or numbered next)."""
    dense_reach: int = 4
    """Units each side of a unit in the window that tells a dense stretch (a table read
    cell by cell): the window is ``2 * dense_reach + 1`` units wide."""
    dense_min_window: int = 5
    """Units a window needs (near the ends of the text it is cut short) to tell anything."""
    dense_share: float = 0.65
    """Share of the window's units that are short pieces (``short_line_words`` words at
    most, list items aside) for the stretch to be dense."""
    heading_max_lines: int = 2
    """Source lines of a unit that may be a heading (a wrapped title has two)."""
    body_min_words: int = 8
    """Words of a unit that is body text under a heading whatever its end."""
    body_sentence_min_words: int = 3
    """Words of a finished sentence that is body text under a heading."""
    closed_max_words: int = 12
    """Words of a heading-shaped line that counts as finished before the next heading
    (a heading after a heading is not the end of a cut phrase)."""
    list_max_number: int = 60
    """Highest number of a numbered list item; ``1984. The year ...`` is no list item."""
    headless_references_min: int = 3
    """Entry-shaped units closing the paper that make a reference list without heading."""

    # -- what a heading looks like (structure/headings.py) ---------------------------------
    heading_max_chars: int = 110
    """Characters of a heading-shaped line."""
    heading_max_words: int = 14
    """Words of a heading-shaped line."""
    question_heading_max_words: int = 8
    """Words of a heading that ends on ``?`` or ``!`` (``Why Python?``); longer, a question
    is prose."""
    heading_min_letters: int = 3
    """Letters a heading needs in all, and in its longest word (``0``, ``A.1`` are cells)."""
    heading_word_share: float = 0.5
    """Share of a heading's words holding a letter (``0 2 10 8`` is a table row)."""
    known_heading_max_chars: int = 120
    """Characters of a line that may be a well-known section name with its tail
    (``Introduction: the Lorentz transformation``)."""
    opening_max_words: int = 12
    """Words of a line that may be an opening heading (``Statement of need``)."""

    # -- heading levels (structure/levels.py) --------------------------------------------
    max_heading_level: int = 6
    """Deepest heading level (HTML and pandoc have six)."""
    announced_min_words: int = 3
    """Words of a heading whose appearance in the section before it makes it a subsection
    (``... two sections: (i) Remote sensing observations from satellites and ...``)."""
    announced_reach: int = 4000
    """Characters of the section before a heading in which its words are looked for."""

    # -- references (structure/references/) ----------------------------------------------
    entry_year_reach: int = 400
    """Characters from the start of a unit in which an entry-shaped unit gives its year
    (``Darling, A. E., ... (2019).``)."""
    numbered_share: float = 0.5
    """Share of a reference list's units that open with a number (``[12]``, ``12.``) for
    the list to be numbered (then it splits at numbers only)."""

    # -- footnotes (structure/notes.py) -----------------------------------------------------
    note_reach: int = 40
    """Blocks before a note in which its call is looked for (about a page)."""
    note_min_words: int = 3
    """Words of a numbered line without neighbours in sequence for it to be a note
    (``1. We will use the term ML ...``), not a lone list item."""


@dataclass(frozen=True)
class Params:
    clean: CleanParams = field(default_factory=CleanParams)
    structure: StructureParams = field(default_factory=StructureParams)


PARAMS = Params()
