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
    """Thresholds of the clean stage (lines -> units).

    Lengths are in characters of a line's text (its indent counted where the field says
    "raw"), shares are fractions of 1, and word frequencies are wordfreq's zipf scale
    (log10 of occurrences per billion words: 3.0 is about once per million words, a word
    wordfreq does not know is 0). The *measure* is a region's usual line length (see
    ``clean.layout``); fit slacks are shares of it.
    """

    # -- columns (clean.columns): layout-mode text read column by column ------------------
    gutter_min_columns: int = 2
    """A gutter is a band of page columns blank on every line of a run, at least this wide."""
    gutter_line_spaces: int = 3
    """On one line, two columns are parted by at least this many spaces (words of a justified
    line have one or two between them)."""
    gutter_min_lines: int = 3
    """A gutter has text on both sides of it on at least this many lines."""
    prose_min_words: int = 4
    """A piece of prose (not a table cell) has at least this many words ..."""
    prose_letter_share: float = 0.6
    """... and at least this share of its visible characters are letters."""
    prose_column_share: float = 0.6
    """A column is prose when at least this share of its pieces are."""
    column_align: int = 2
    """The right column's pieces start within this many page columns of one another ..."""
    column_aligned_share: float = 0.75
    """... on at least this share of the run's lines (a column has a straight left edge)."""
    two_prose_min_lines: int = 8
    """Two prose columns side by side on at least this many lines are a page's two columns;
    twice as many may have two left edges (entries and their hanging lines)."""
    carried_prose_share: float = 0.4
    """A page that goes on with the page before's two columns of prose is two columns with
    at least this share of prose pieces on each side (its references' URLs, DOIs and
    figures are no prose), or with a left column of prose (``prose_column_share``) that
    fills its width (``column_fill``) beside anything (a table set in the right column)."""
    column_fill: int = 8
    """A column fills its width when its lines end within this many page columns of the
    gutter (justified or wrapped prose; a table's labels end ragged)."""
    column_shift: int = 8
    """... one edge of its gutter (where the left column ends or the right one starts)
    within this many page columns of the page before's."""
    sidebar_margin: int = 8
    """A sidebar's pieces start at least this many page columns left of the body's edge."""
    sidebar_min_labels: int = 2
    """Lines of a gutter's run whose left piece is a sidebar's label (``DOI``, ``Received:``,
    ``Published:``) from which on the run is a journal's sidebar beside the body, wherever it
    sits (not only in the margin)."""
    edge_context_lines: int = 60
    """The body's left edge is measured over this many lines either side of a run ..."""
    edge_line_chars: int = 50
    """... from the lines at least this long outside any run (body prose)."""
    column_width_share: float = 0.7
    """A text whose usual (median) line is at most this share of its long lines (the 95th
    percentile) is set in two columns (pdftotext's default mode keeps no gutter): a right
    column's top read before the left column's foot may be put back (clean.order)."""
    column_half_share: float = 0.55
    """... or at most this share of the line ``column_long_rank`` places from the longest:
    a column is about half the page (lines across both columns, a title block's and a
    float's, are few in a paper of a few pages; one column's longest lines, a footer in
    small type or a URL, run less than twice its usual line)."""
    column_long_rank: int = 5
    """... that line's place, counted from the longest (1: the longest)."""
    order_min_words: int = 3
    """... and only a box of prose moves: one with at least this many words of letters (a
    table's cell, ``rendaf1``, stays where it is)."""
    rows_top_boxes: int = 3
    """Two columns read row by row (clean.order.rows_read_across): at most this many boxes
    at a paper's first page's top may run across both columns (a title, a summary),
    besides a title block of short boxes or all up to the keywords line."""
    rows_alternation: float = 0.8
    """... the page as read alternates between its columns: at least this share of its
    boxes come from the other column than the box before them (a box beside two shorter
    ones is read after both)."""
    rows_balance: float = 0.8
    """... its columns are about as long: the shorter holds at least this share of the
    longer one's lines (a page with one box out of place is another rule's)."""
    rows_min_lines: int = 8
    """... and each of them holds at least this many lines (a few short boxes, a note
    between the halves of a word, are no page of columns)."""
    rows_min_pages: int = 2
    """... and a text is read so only where at least this many of its pages are, each
    taken as read (one page alone may be one column with a box in lower case)."""
    rows_full_line: float = 0.75
    """... a box's last line, without a sentence's end, leaves its sentence open only at
    this share of the page's usual line or longer (a short one ends a title, an item)."""
    list_end_share: float = 0.6
    """A list's bullets read after their page's text (clean.markers): an item that ends on
    no stop ends on a line shorter than this share of the page's longest line, before an
    item in a capital (``data transformations`` / ``Decomposing a time series ...``)."""
    list_measure_slack: int = 1
    """... and the text after such a list opens on the first line, in a capital, that runs
    more than this many characters past every line of the list (the page's measure comes
    back after the items' indented one: ``R tutorials follow the principles of ...``)."""
    list_full_share: float = 0.8
    """... a page's full line, to which its lists' indented lines are shorter: the length
    this share of the page's lines stay under (its longest are a URL, a title)."""
    url_between_max_lines: int = 2
    """A URL alone on its line and cut where no URL ends (``http://dx.doi.org/10.1016/``)
    whose rest comes after at most this many lines of text (``Pract. 2014;105(3):322-6.`` /
    ``j.diabres.2014.06.001.``): the extractor read the URL before the text printed before
    it on its line; that text moves before it (clean.order)."""

    # -- characters (clean.characters) ---------------------------------------------------
    letter_bullet_window: int = 6
    """OCR's bullet read as a letter (``e The Penguin dataset``): a line is an item when
    another line within this many lines starts the same way (a list has items)."""

    # -- figures (clean.figures): a drawing's labels read as text ------------------------
    figure_label_max_words: int = 6
    """A drawing's label (a box of a diagram, an axis title) has at most this many words."""
    figure_min_lines: int = 3
    """A figure's labels are taken out only when at least this many stand above its caption
    (one or two short lines there may be the end of a list or a heading)."""

    # -- furniture (clean.furniture): running heads, footers, page numbers ----------------
    edge_lines: int = 4
    """How far from a page edge a running head, footer or page number may sit, in
    non-blank lines from the first or the last line of a page."""
    min_repeats: int = 2
    """A line is furniture only when it comes back this many times: on this many pages
    (text with page breaks), this many times (without), or, for a short companion of a
    footer, this many times beside other furniture."""
    page_slack: int = 1
    """Pages a bare number at a page edge may stray from the paper's own count (the usual
    difference between such numbers and their pages' positions) and still be a page
    number; farther, it is text (the rest of a URL broken at a column's foot: ``2072``)."""
    min_head_chars: int = 3
    """A running head at a page edge has at least this many characters (numbers masked):
    a lone ``#`` or ``a)`` repeated at page tops is text."""
    head_page_share: float = 0.35
    """A running head is on at least this share of the pages but the first (a head of even
    or odd pages only is on half of them; a table's header repeated atop three pages of
    eleven is not a running head)."""
    unpaged_min_chars: int = 20
    """Without page breaks (pypdf), a repeated line counts as furniture only from this
    many characters: short lines (``Methods``, ``Table 1``) repeat in any text."""
    unpaged_min_spread: int = 15
    """... and only when its first and last occurrence are at least this many lines apart
    (a footer comes once a page)."""
    unpaged_min_letters: int = 10
    """... and only when it holds at least this many letters (a row of numbers repeats)."""
    page_step_max: int = 2
    """Without page breaks, a footer's page number counts up by 1 (every page) to this
    much (a head of even or odd pages only) from one occurrence to the next."""
    page_cover_share: float = 0.5
    """... and the footer whose numbers set the pages spreads over the whole text: its
    occurrences are on average at least this share of an even share of the text apart
    (the text's lines over one more than the occurrences)."""
    unpaged_min_pages: int = 3
    """Without page breaks and without a page number, a long line is a footer only when it
    comes back at least this many times ..."""
    page_stretch_ratio: float = 2.0
    """... and no stretch of the text without it is longer than this many times its usual
    distance (it is on every page, not in one part of the text)."""
    notice_max_chars: int = 90
    """A template's notice at a page's edge (``Preprint submitted to JOURNAL OF OPEN
    EDUCATION RESEARCH``: 57) has at most this many characters; a longer line is text."""
    byline_max_lines: int = 15
    """The paper's byline (title, authors, affiliations) is sought in its first this many
    lines, before its abstract or first section: the authors a running head names."""
    companion_max_chars: int = 40
    """A short piece of a footer on a line of its own (``jose.00239.``) has at most this
    many characters."""
    extended_head_min_chars: int = 12
    """A running head that a footer repeats with its DOI or page number (``Educ. rev.
    2023;39:e38419``: 25) has at least this many characters: a shorter one (a bare page
    number, a journal's initials) opens text lines too often to tell."""
    beside_lines: int = 2
    """A line this many lines or fewer away from removed furniture is beside it."""

    # -- layout (clean.layout): the lines' geometry ----------------------------------------
    double_spaced_share: float = 0.6
    """More than this share of lines after a blank line: the text is double-spaced (a blank
    line after every line, so a single blank line says nothing)."""
    double_spaced_wrap_share: float = 0.5
    """... and more than this share of the lines that go on in lower case (a wrapped
    sentence's next line) after a blank line: a paper whose tables put a blank line after
    each cell (scielo-wp-poppler, 0.65 of all lines) keeps its prose lines together (0.27)."""
    double_spaced_min_wraps: int = 20
    """... judged from this many lines going on in lower case: fewer say nothing."""
    blank_separates_share: float = 0.02
    """More than this share (and not double-spaced): blank lines separate text boxes
    (pdfminer, poppler), so a blank line after a closed line ends a block."""
    unwrapped_share: float = 0.05
    """Fewer than this share of lines going on in lower case (or ending in a hyphen): the
    text was never wrapped (pasted from a word processor), one paragraph per line."""
    unwrapped_min_lines: int = 3
    """... judged only from this many lines on."""
    measure_window: int = 20
    """A line's measure is taken over this many lines either side of it."""
    measure_step: int = 4
    """The measure is taken once every this many lines (it changes slowly)."""
    measure_min_sample: int = 3
    """The measure is the median raw length of the wrapped lines in the window when there
    are at least this many; else the second-longest line of the window stands in."""
    fit_slack: float = 0.04
    """The fit test: the next line's first word "would have fitted" at the end of this
    line only with this share of the measure to spare (proportional fonts: 90 characters
    of ``mmm`` and of ``iii`` do not fill the same line)."""
    open_fit_slack: float = 0.02
    """The fit test after a sentence end, in a text whose blank lines do not mark where
    blocks end (``Layout.blank_marks_ends`` false: pypdf, pdftotext): a paragraph's last
    line and a wrapped line are told apart by the line alone, so the next word need only
    have fitted. Where blank lines do mark the ends (pdfminer's boxes, OCR), a block
    ending with none needs ``fit_slack`` to spare."""
    blank_end_share: float = 0.55
    """Blank lines mark where blocks end when at least this share of the text's clearly
    closed lines (a sentence end shorter than ``short_line_share`` of the text's usual
    line, before a capital) have a blank line after them."""
    blank_end_min_sample: int = 5
    """... judged only from this many clearly closed lines on."""
    short_line_share: float = 0.6
    """A raw line shorter than this share of its measure is short: it closed its block."""
    joined_line_share: float = 1.25
    """A raw line longer than this many measures is printed lines the extractor joined at
    their hyphens (pdftotext drops the hyphen: ``acces-`` / ``sible``): no printed line of
    that measure is so long. The measure: the line's own, when its last printed part is
    bounded (``layout.last_printed_part``); the text's usual line, when the region's
    measure is taken (``layout.Measure``)."""
    usual_line_spread: float = 0.1
    """The usual printed line is the top of the densest range of wrapped lines this share
    of it wide (ragged right and proportional type vary a measure's full lines so much)."""
    usual_half_share: float = 0.6
    """... unless a range no longer than this share of it (printed lines, the densest being
    two of them joined) holds ``usual_half_min`` as many lines."""
    usual_half_min: float = 0.8
    """... as many as this share of the densest range's lines."""
    joined_line_neighbours: int = 3
    """Such a long line is joined printed lines when at least half the lines this many
    either side of it are not long (among long lines it is a wider region's, a summary
    across two columns)."""
    hyphenated_line_min_share: float = 0.85
    """A printed line that ends in a hyphenated word fills at least this share of its
    measure: of a joined line, all but the last printed part are at least this long."""
    junction_max_share: float = 1.1
    """... and at most this share of its measure: where pdftotext joined two printed lines,
    the first ended (its hyphen dropped) between ``hyphenated_line_min_share`` and this share
    of the longest line around it (else the text's usual line) from the joined line's start
    (``compounds.junctions``)."""

    # -- headings (clean.headings): lines set apart like headings ------------------------------
    heading_max_share: float = 0.7
    """A heading is at most this share of its measure long ..."""
    heading_short_chars: int = 20
    """... or at most this many characters, whatever the measure."""
    heading_max_words: int = 12
    """A heading has at most this many words."""
    run_in_label_min_words: int = 4
    """Words after an abstract's label run into its line (``Abstract. We study the role
    ...``) from which the label is set apart as its heading (``Summary: Results`` is one
    heading)."""
    heading_min_letters: int = 3
    """A heading has at least this many letters (``2.1``, ``(a)`` are not headings)."""
    heading_max_question_words: int = 6
    """A line ending in ``?``, ``!`` or ``:`` with more words than this is a sentence."""
    heading_any_case_words: int = 4
    """A heading of at most this many words may be in any case (``Data and code``) ..."""
    heading_capital_share: float = 0.5
    """... a longer one needs at least this share of its long words capitalised."""
    heading_long_word_chars: int = 4
    """A long word, for the capital test, has at least this many characters."""
    title_min_capitals: int = 5
    """A line longer than a heading's usual share of the measure may still be one when all
    its long words are capitalised and there are at least this many of them (``Part 2:
    Python-based Decision-Support Modelling Workflows``: 5)."""
    stacked_heading_min_share: float = 0.5
    """The first of two heading lines in capitals that are one heading wrapped after a full
    word (``clean.headings.stacked_capitals``) runs at least this share of the measure (a
    heading's larger font wraps it sooner than the text's)."""
    sentence_heading_max_words: int = 9
    """A line found a heading only by the new sentence after it, its words in any case
    (``clean.headings.before_new_sentence``), has at most this many words."""
    wrapped_heading_max_lines: int = 3
    """A numbered heading found by the outline's evidence alone runs over at most this many
    lines (``clean.headings.wrapped_in_sequence``)."""
    wrapped_heading_max_words: int = 20
    """A numbered heading the typesetter wrapped onto a second line has at most this many
    words on its two lines (``3.4.1 Imagens de mulheres ... pelos assassinos``: 17)."""
    wrapped_early_min_share: float = 0.5
    """A heading set in larger type wraps before the text's measure, but only where its next
    word no longer fits in that type: its first line and the next word take at least this
    share of the text's measure (type at most twice the text's size). Shorter, the pair is
    a narrow column's (a table's cell: ``Teaching`` / ``notes``)."""

    # -- URLs (clean.urls) ------------------------------------------------------------------
    label_reach: int = 3
    """A PubMed label read on a line of its own (``PMid:``) goes back before its number, a
    line alone holding one within this many lines below it (clean.order)."""
    url_number_min_digits: int = 4
    """After a dot in a URL's path at a line end, a number of at least this many digits
    on the next line goes on the URL even with words after it (``pp.112.`` / ``202853.
    PMid:23209126.``); a shorter one (``19 Australian Bureau``) starts the next entry."""

    # -- breaks (clean.breaks): where a block ends ------------------------------------------------
    label_max_words: int = 6
    """A run-in label that starts a part of a structured abstract or of the back matter
    (``Conclusões e implicações para a prática:``, ``clean.breaks.labelled_part``) has at
    most this many words."""
    caption_max_lines: int = 4
    """A caption a page sets at its top, inside the text the page before left open
    (``clean.breaks.caption_at_page_top``), runs at most this many lines: the text goes on
    after them."""
    max_entry_lines: int = 10
    """A reference entry has at most this many lines; past them, the text after a
    reference list (an appendix) is split by the usual rules."""
    entry_end_slack: float = 0.25
    """A reference entry ends on a short line: the next capitalised word would have
    fitted with this share of the measure to spare."""
    front_notes_max_lines: int = 12
    """The notes on the authors and history at the first page's foot (``clean.order.
    front_notes_first``) run at most this many lines."""
    equation_max_words: int = 1
    """A line of a display equation holds at most this many function words of prose, of three
    letters or more (``f(x) = 0 for x < 0``: one; ``with k = 3 clusters and``: two;
    ``clean.shapes.is_equation``)."""
    ahead_lines: int = 3
    """A break rule sees this many lines after the line it decides on: a numbered
    equation's lines before its number (``clean.breaks.numbered_equation``)."""
    list_item_slack: float = 0.1
    """A list item starts after a line the item's first word would have fitted on, with
    this share of the measure to spare."""
    line_box_max_share: float = 0.95
    """A box of one heading-shaped line stands apart only when shorter than this share of
    its measure: a full line alone at a column's foot is a sentence going on
    (``breaks._line_box``)."""
    box_slack: float = 0.15
    """A blank line between text boxes ends a block after a line the next word would have
    fitted on, with this share to spare (else the box split a sentence)."""
    short_line_slack: float = 0.2
    """A line before a capitalised line ends a block, even without a stop, when the next
    word would have fitted with this share of the measure to spare."""
    paragraph_blank_lines: int = 2
    """In double-spaced text, this many blank lines after a sentence end mark a paragraph."""
    extra_trailing_spaces: int = 2
    """Word's PDF export: at least this many trailing spaces (and more than the usual)
    after a sentence end mark a paragraph's last line."""
    indent_step: int = 2
    """A line indented at least this many spaces deeper than the line before, after a
    sentence end, starts a paragraph."""

    # -- line-end hyphens (clean.hyphens), zipf --------------------------------------------------
    zipf_common: float = 3.0
    """A joined spelling at least this frequent is a word most readers meet: join."""
    zipf_word: float = 2.5
    """A fragment at least this frequent is a word on its own (below: a piece of a word)."""
    zipf_no_word: float = 2.0
    """A fragment below this is no word at all (and a joined spelling from it on is a word)."""
    typeset_hyphen_min_lines: int = 3
    """Lines ending on ``‐`` (U+2010), none holding one inside, from which on that character
    is the typesetter's hyphenation mark (every such line end joins)."""
    zipf_close: float = 1.1
    """A joined spelling at most this much rarer than its rarer half is that word broken,
    not a compound of two words."""
    language_min_blocks: int = 2
    """A language other than the paper's that at least this many of its blocks are written
    in is asked for every block's line-end hyphens (an English article's Portuguese
    references); one block may be told wrong (a reference of names and ``de``) ..."""
    language_min_share: float = 0.005
    """... and at least this share of its blocks: a long text has a few blocks told wrong
    (0.05 % French in 50 MB of English papers, each language's word list ~40 MB in
    memory), an English article's Portuguese references are 0.6 % of its blocks or more."""
    zipf_own_compound: float = 3.5
    """Both halves at least this common in the block's language make the split its own
    compound, whatever another language of the paper joins (``vice-``/``versa``: 4.7 and
    3.7; Portuguese ``en-``/``tre`` in an English block has 'tre' at 3.1)."""
    name_syllable_chars: int = 4
    """A capitalised left half of at most this many letters, before a right half that is no
    word, is a name's first syllable (``Win-``/``nubst``, ``Sten-``/``sitzki``); a longer
    one that is a word (``Semântico-``/``objetal``) may be a compound's first word."""
    syllable_chars: int = 3
    """A left half of at most this many letters, before a right half no language asked
    knows at all (zipf 0), is a word's first syllable (``es-``/``pecíficos``,
    ``mi-``/``croeletrônico``); a longer word before it may be a compound's."""
    common_rest_chars: int = 4
    """A common word of at least this many letters after the hyphen, where the joined
    spelling is no word, makes a rare word in lower case before it a compound's first
    (``geostatistical-``/``based``), not a word broken in two; a shorter one may be a
    typesetter's break's rest."""
    compound_head_chars: int = 8
    """... and the rare word before it has at least this many letters: a shorter one may
    be a prefix's piece the lexicon holds as a rare word (``uncon-``/``figured``)."""

    # -- compounds the extractor joined (clean.compounds) ---------------------------------------
    prejoined_min_lines: int = 40
    """A text of at least this many lines without one line-end hyphen came through an
    extractor that joins them itself (pdftotext's default mode)."""
    zipf_rare_joined: float = 2.5
    """A joined spelling rarer than this is no author's choice: its hyphen is given back."""
    restore_min_chars: int = 6
    """A hyphenated spelling of the paper is restored only from this many characters."""
    compound_min_chars: int = 6
    """A joined word is tried as a conventional compound (``highlevel``) only from this
    many characters."""
    zipf_compound_head: float = 3.5
    """... when its first part is at least this frequent (``high``: 5.9) ..."""
    zipf_participle: float = 3.0
    """... or, after ``self``/``well``, when the rest is at least this frequent."""


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
    front_body_min_words: int = 12
    """Words of the text read under a title block's keyword list for it to go back to the
    body, as running text (shorter, a piece of a column's line beside the title block, it
    is reported with the front matter)."""
    keyword_max_words: int = 4
    """Words of one keyword at most, where a keyword line's next line is read as more of
    its keywords (``Epidemiológicas; Brasil``), not as text."""
    keywords_reach: int = 20
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
    """Words of one author's name, its particles aside (``Ashlee N. Ford Versypt``: 4,
    ``Sandra Maria do Valle Leone de Oliveira``: 5); more is a phrase."""
    name_caps_max_chars: int = 3
    """Characters of a name word in capitals that is still a name (``LI``, ``WU``);
    ``UNIVERSITY`` is not."""
    author_line_max_chars: int = 400
    """Characters of a line that may be a list of names."""
    name_tail_max_words: int = 8
    """Words of a line that continues a wrapped author list (``, and Ana``)."""
    affiliation_min_commas: int = 2
    """Commas in a box of lines between the title and the names for it to be an address
    (``Nordita, KTH ..., Hannes Alfvéns väg 12, SE-106 91`` / ``Stockholm, Sweden``: 3), an
    affiliation read before its author; a translated title has fewer."""
    case_slip_min_names: int = 3
    """Names with their markers a list must hold beside the one marked name OCR set partly
    in lower case (``Djura smits?``) for that one to pass as a name."""
    citation_min_repeats: int = 2
    """Pages on which a citation in the running footer (``Journal of Open Source Education,
    9 (97), 292``) must come back to be the paper's own (a reference line taken for a
    running head comes once)."""
    citation_max_words: int = 16
    """Words of a front line that is the paper's citation (``Biota Neotrop.
    2022;22(1):e20211306``); longer, it is prose that cites."""
    title_min_words: int = 2
    """Words of a title: a one-word line above the title (a page number, a running head)
    is not part of it, and a running head of one word is not the title."""
    translation_min_votes: float = 1.0
    """A title and the translation printed under it each tell their language by this many
    function-word votes at least (``LanguageParams.min_votes`` asks a paper for more; a
    title has a few words: ``Impacto do estresse na saúde de cortadores de cana`` gives
    Portuguese 1.5)."""

    # -- units cut before classification (structure/blocks/splits.py) --------------------
    leading_heading_width: float = 0.75
    """A first line at most this share of the widest line under it (characters) may be a
    heading the cleaner joined to its paragraph."""
    leading_heading_max_words: int = 10
    """Words of such a first line."""
    leading_joined_share: float = 1.25
    """The widest line under it, more than this many times the next widest (of three lines
    or more under it, the next widest a full line at least as long as the first), is printed
    lines pdftotext joined: the next widest stands in (as ``CleanParams.joined_line_share``)."""
    leading_known_width: float = 0.9
    """The same share for a well-known section name (``Methods``) over a two-line unit."""
    leading_known_max_words: int = 9
    """Words of a well-known section name taken off the top of a unit."""
    trailing_heading_width: float = 0.8
    """A last line shorter than this share of the widest line above it (characters) may
    be a heading the cleaner joined to the end of the block above."""
    list_tail_min_words: int = 25
    """Words after a one-sentence list item, from a line in capitals, that make a paragraph
    the cleaner ran into the item (``4. Understand ... figures.`` / ``Most of the content
    provided in these modules ...``)."""
    list_tail_share: float = 0.6
    """... in a list where more than this share of the items before are one sentence each
    (in a list of items of several sentences, the next sentence is the item's)."""
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
    paragraph_beside_lines: int = 5
    """A heading-shaped line with a paragraph of at least this many lines either side is a
    heading even inside a dense stretch (a table's cells are short, and sit beside each
    other, not between two paragraphs)."""
    beside_measure_share: float = 0.8
    """... paragraphs whose widest line runs at least this share of the body's measure (a
    table's cells of five lines sit in a narrow column)."""
    heading_max_lines: int = 2
    """Source lines of a unit that may be a heading (a wrapped title has two)."""
    heading_wrap_min_share: float = 0.6
    """Share of the body's measure the first line of a two-line heading fills at least when
    only its early wrap (a larger type) sets it apart: a table's cell wraps early too, on a
    narrow column (``Live coding or`` / ``demonstrations``)."""
    table_note_max_lines: int = 3
    """Source lines of a table's or a figure's note (``Fonte: ...``, ``Note. ...``)."""
    table_notes_max_lines: int = 6
    """Lines of the run of notes under a table that an extractor ran into its rows (``# Dados
    ausentes ...`` / ``* Coeficiente ...`` / ``Fonte: ...``); a longer run of such lines is
    a list (``* item`` after ``* item``), not a table's notes."""
    numbered_heading_max_lines: int = 3
    """... and of one that opens with the section number the paper's sequence expects
    (``3.4 Projeções das dimensões extralinguísti-`` / ``cas do enunciado na realização do
    conteúdo`` / ``temático`` in a narrow column)."""
    body_min_words: int = 8
    """Words of a unit that is body text under a heading whatever its end."""
    body_sentence_min_words: int = 3
    """Words of a finished sentence that is body text under a heading."""
    closed_max_words: int = 12
    """Words of a heading-shaped line that counts as finished before the next heading
    (a heading after a heading is not the end of a cut phrase)."""
    quote_intro_max_share: float = 0.8
    """Share of the measure the line may fill that ends with a named author's year, page
    and a comma before a quotation set apart (``Conforme Volóchinov (2019, p.121; grifo no
    original),``): a justified line that ends a clause runs nearly the measure."""
    quote_slack: float = 0.05
    """A line shorter than the body's measure by this share, or that the next word would
    have fitted on with this share to spare, runs a narrower measure (a quote's)."""
    quote_measure_edge: float = 0.9
    """How far up the crowd of paragraph lines the body's measure is read for quotes (0.5:
    its middle; near its upper edge, the full line a quote's shorter lines are told from)."""
    attributed_max_chars: int = 1500
    """Characters of a unit that ends with its speaker in brackets for it to be a quotation
    (an interview's answer, an observation): a longer one is prose that ran into it."""
    quote_wide: float = 0.08
    """Lines that run past the body's measure by more than this share are in smaller type
    (a quote's)."""
    quote_paged_min_lines: int = 3
    """After a line ending with a colon, at least this many lines closing with their source
    and page (``(GLUCKSMANN, 1982, p. 144).``) are a quotation set apart, whatever their
    measure: the citation norms set apart quotations longer than three lines."""
    list_max_number: int = 60
    """Highest number of a numbered list item; ``1984. The year ...`` is no list item."""
    headless_references_min: int = 3
    """Entries (or entry-shaped units, none of them a piece of another) closing the paper
    that make a reference list without heading."""
    gathered_min: int = 2
    """Entries read after the reference list, among the back matter's lines (two columns
    whose boxes pdftotext alternates), that are moved back to the list: one alone may be a
    paragraph that opens with a citation."""
    entry_pieces_max: int = 3
    """Units after an entry's first that may hold the rest of it (a narrow column's line
    the cleaner took for a code line or a heading: ``python framework for environmental
    model uncertainty``) when it is gathered back to its list."""
    reference_group_max_words: int = 4
    """Most words of a heading inside a reference list that names the kind of the entries
    after it (``Teses e Dissertações:``); a longer line ending in a colon is an entry's."""

    # -- what a heading looks like (structure/headings.py) ---------------------------------
    heading_max_chars: int = 110
    """Characters of a heading-shaped line."""
    heading_max_words: int = 14
    """Words of a heading-shaped line, its section number not counted."""
    numbered_heading_max_words: int = 24
    """Words of a subsection's name that carries the number the paper's outline expects
    next (``3.4.1 Imagens de mulheres ... pelos assassinos``), the number not counted: a
    longer line is text."""
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
    capitals_top_min: int = 2
    """Unnumbered headings in capitals (front and back matter aside) from which a paper sets
    its top sections in capitals, and a heading in mixed case among them is a subsection."""
    announced_reach: int = 4000
    """Characters of the section before a heading in which its words are looked for."""
    spaced_known_min: int = 2
    """Well-known top headings (``Summary``, ``References``) with a blank line under them
    from which, in layout-mode text, a heading without one is read as a subsection."""
    spaced_known_share: float = 0.75
    """... and the share of the well-known headings whose space the text tells that must
    have one."""

    # -- references (structure/references/) ----------------------------------------------
    entry_year_reach: int = 400
    """Characters from the start of a unit in which an entry-shaped unit gives its year
    (``Darling, A. E., ... (2019).``)."""
    numbered_share: float = 0.5
    """Share of a reference list's units that open with a number (``[12]``, ``12.``) for
    the list to be numbered (then it splits at numbers only)."""
    capitals_list_share: float = 0.7
    """Share of a reference list's lines opening with a name that set the surname in
    capitals (ABNT: ``SOUZA, C. M.;``) for the list to set every author so: then a name in
    mixed case opens no entry (``Cadernos Saúde Coletiva, Rio de Janeiro, v. 31``: a journal
    wrapped onto its line) and a title's first word in capitals does (``A SAÚDE do
    trabalhador rural no Brasil.``, an entry without an author) ..."""
    capitals_list_min: int = 3
    """... and at least this many such lines (a list of two says nothing of its style)."""

    # -- tables (structure/tables/) ------------------------------------------------------------
    table_min_units: int = 2
    """Units beside a table caption that must be cells (no prose) for a table to be rebuilt
    there: a caption with one line after it is a figure's or a table lost to the extractor."""
    measure_band: float = 0.1
    """The body's measure is where most lines of paragraphs fall within this share of one
    another (justified prose runs it; a table's wrapped cells and wide floats scatter)."""
    table_prose_width: float = 0.85
    """A line within this share of the body's measure (and at most its inverse above it)
    runs the measure: prose, not a cell."""
    table_prose_share: float = 0.6
    """Share of a unit's lines (its last aside) that run the measure for it to be prose,
    which ends a table."""
    table_cell_lines: int = 3
    """Short lines (a column of cells) a unit opens with before prose that the cleaner
    joined to them is cut off as the text after the table."""
    table_sentence_words: int = 10
    """Words of a one-line sentence at a table's far end for it to be the text around the
    table, not a cell (cells that are sentences are short: ``Interactive curve fitting.``)."""
    table_sentence_function_share: float = 0.2
    """Share of a unit's words that are function words (``the``, ``of``, ``de``) for a unit
    whose words mostly open with a capital to read as a sentence (a funding paragraph), not
    as a row of names or a reference (``Dawson, D. (2018). Measuring Individuals’ Virtues
    in Business. ...``: 2 of 14)."""
    table_sentence_width: float = 0.75
    """Share of the measure the first line of a finished unit at a table's far end runs
    for it to be the text around the table."""
    table_repeat_min: int = 3
    """Lines of a table opening with one word for the word to be a column's repeated value
    (``Beginner``), which goes on a row, not opens one."""
    table_row_width: float = 0.5
    """Share of a table's widest line that the first line of each of its rows reaches when
    the rows are told by lines going on in lower case (a row's first line holds its cells
    side by side)."""
    table_gap_spaces: int = 4
    """In layout text, blank page columns between two pieces of a line that part two cells
    (a sentence end leaves two or three)."""
    table_min_rows: int = 2
    """Rows (lines parted into cells, rows of figures, keys) a grid needs, its header
    aside."""
    table_cell_max_words: int = 150
    """Words of one rebuilt cell. A longer cell took a column of cells or the running text
    into one (a 934-line checklist read as six rows): the grid is not the table's, which
    stays verbatim. The longest row of any table in the dev corpora holds 121 words."""
    table_header_max_lines: int = 2
    """Lines of the header above each column of figures in a table read column by column
    (``IC95%``; ``Prevalência`` / ``% (IC95%)``)."""
    table_run_columns: int = 3
    """Columns, and rows, a single run of figures must make for it to be read as columns one
    after another (pdfminer): fewer are as likely rows read one after another."""
    table_merged_header_words: int = 2
    """Words a column, at least, of a line that holds the headers of a table's columns run
    together (pdfminer: ``Cortadores de cana (%) Trabalhadores urbanos (%) ...``, 4 a
    column), for labels under headers that span columns to be read by count."""
    table_merged_header_width: float = 2.0
    """How many times as long as the longest label such a line is, at least: one column's
    header, or a label, is no run of them."""
    table_period_max: int = 8
    """Most cells of a row when a table comes a cell a line, row after row (pdftotext)."""
    table_stack_lines: int = 12
    """Short lines a run must hold, a column of figures or marks among them, to be a table
    read a cell a line without a caption beside it (pdfminer; see ``region.cell_stacks``):
    a list of short items or a poem's lines hold no column of figures, and fewer lines are
    as likely a figure's labels."""
    table_min_keys: int = 3
    """Keys of one shape (file names, ``Day 1:``) a table's first column holds for them to
    mark its rows in plain text."""
    table_numbers_min: int = 2
    """Numbers that end a line for them to be a row's figures (``0 5 6 19 8 38 3,8``), not
    a number in a label (``Table 2``, ``Day 1``)."""
    table_row_numbers: int = 3
    """Cells of each line in a run of lines of numbers only for each to be a whole row, its
    first number the label (``18-29 5,5 3,3 9,0``, pypdf), not cells of one row set a cell
    a line (``37 4,1``, pdftotext)."""
    table_row_agreement: float = 0.6
    """Share of the rows of figures that hold the usual count of them: a table's rows agree
    (scattered numbers in prose do not)."""
    table_figure_header_lines: int = 2
    """Lines of a table's header above its first row of figures, where the rows come a row a
    line: above a table of labels and one figure each (``Público Matrículas`` /
    ``Deficiência Intelectual 952.904``; more lines are the text around the table, and no
    such table is read), or between a caption and its rows in one unit (``entry NbOPO4.nH2O
    / mg ee of 1 after ...`` / ``24 hb / %`` / ``1 10 88 84 78``; the caption is cut no
    further above the rows, unless the header's lines are short cells)."""
    table_group_words: int = 4
    """Words of a line above a row that opens with its figures for the line to be a group's
    row (``2iP``, ``BA/NAA In vitro Leaf``), not the row above's text going on."""
    table_codes_max: int = 3
    """Short codes in capitals after a row's figures that are cells of the row too (``1 3
    2.0 RA Und,``: a category, a stratum)."""
    table_mark_repeats: int = 4
    """Times the commonest mark (``X``, ``MS``, ``VU``) of a table of marks must come for its
    lines' short codes in capitals to be cells, not acronyms ending a label."""
    table_marked_share: float = 0.5
    """Lines ending on marks in a table of marks, against the lines without (its labels, its
    groups' rows, a wrapped label's lines): one a row, most of the others its label."""
    table_marks_stacked: float = 0.25
    """Most share of a table's lines of marks that may come right under another line of
    marks (a row with two: ``X`` / ``EN``); more, and the marks are a column read after the
    labels, which cannot be set back on their rows."""
    table_wrap_width: float = 0.7
    """Share of the widest label in a table of marks or figures that a line above a row's
    label must reach to be the label's first line wrapped (``Aspidosperma rizzoanum Scudeler & A.C.D.``
    / ``Castello``), not a group's row of its own (``Annonaceae``)."""
    table_marks_before_figure: int = 3
    """Marks a row of a table of marks ends on before a figure for the figure to be the row's
    last cell (``araticum X I NP ZOO 117``: the areas, the classes, then the specimen's
    number); after fewer, the figure ends a label and its code (``Libby and Thorne (2007) JBE
    65``: a journal and its citations), a row of a label and a figure."""
    table_value_spread: float = 1.5
    """Most ratio of the characters before a column's repeated value on one row's line to
    those on another's, where each row's line holds its value inside it (OCR reads a row a
    line: ``Python for Data Science, Al and Development Beginner 25h``, the value's column
    starts at one place on the page, proportional type varies the count); wider, the
    values fall where a wrapped text put them, no column."""
    table_label_max_words: int = 6
    """Words of a label in a two-column table of labels and sentences (``Live coding or
    demonstrations``, ``Continuous anonymous feedback``); a longer unit ending on no stop
    is no label, and the table is of another shape. Also the words of a column's header
    read apart from its cells (``Description``, over a table read a column at a time)."""

    # -- footnotes (structure/notes.py) -----------------------------------------------------
    note_reach: int = 40
    """Blocks before a note in which its call is looked for (about a page)."""
    note_type_share: float = 1.1
    """Ratio of the wrapped lines of a page's foot to the body's full line (characters to
    characters) past which the foot is set in smaller type, as notes are: a numbered run
    there (``1. Para aprofundar ...`` / ``2. Protocolo de Ética ...``, wrapped lines of 96
    to 102 characters in a body of 84) is the page's notes, not a list."""
    note_type_max_share: float = 1.6
    """Ratio of those wrapped lines to the body's full line past which they are no smaller
    type but a wider box: a list set across both columns of a two-column page (lines of
    112 characters under columns of 52) is a list."""
    note_min_words: int = 3
    """Words of a numbered line without neighbours in sequence for it to be a note
    (``1. We will use the term ML ...``), not a lone list item."""
    note_body_share: float = 0.75
    """Share of the longest of the three lines after a note (in smaller type, set wider) that
    the first must reach for the body to open again there (the next column's paragraph);
    shorter, it may be the note's own last sentence."""
    note_call_acronym: int = 3
    """Capitals of an acronym a note's number may follow as its call (``CIMI1)``); a
    shorter one with a number is a formula (``CO2``, ``NO2``)."""


@dataclass(frozen=True)
class LanguageParams:
    """Thresholds of language detection (``galley.language``): votes are function words of
    the text (``vocab.FUNCTION_WORDS``), a word several languages share split among them."""

    sample_words: int = 20000
    """A paper's language is told from its first this many words (a 50 MB input is not
    read twice for it)."""
    min_votes: float = 2.0
    """A language wins with at least this many votes (fewer: the text does not say) ..."""
    min_lead: float = 1.2
    """... at least this many times the votes of the next language ..."""
    min_share: float = 0.1
    """... and votes from at least this share of the text's words (a paper in a language
    without a table here has few: Indonesian's ``di`` and ``a`` are not a vote for Italian)."""


@dataclass(frozen=True)
class Params:
    clean: CleanParams = field(default_factory=CleanParams)
    structure: StructureParams = field(default_factory=StructureParams)
    language: LanguageParams = field(default_factory=LanguageParams)


PARAMS = Params()
