"""Block rule: a block quote, told by the measure its lines run.

A quotation set apart (``I enjoyed the live coding and playing with the models to see how
it would effect`` / ``the results. ...``) is indented on both sides, or set in smaller type:
its lines run another measure than the body's. In plain text the narrower measure shows
where a line wrapped although the next word would have fitted on a body line
(``... how it would effect`` + ``the``), the smaller type where its lines run past the
body's measure. It comes after the sentence that introduces it (``... further confirming
our statement of need:``) or after another quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from galley import vocab
from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import ATTRIBUTION, SENTENCE_BREAK, finished, marked, span


def own_measure(lines: list[str], measure: float, p: StructureParams, slack: float = 0.0) -> bool:
    """Do the lines run a measure of their own? Some wrapped line ended where the next
    word would have fitted on a body line with ``slack`` of it to spare (``quote_slack``
    by default) and none ran the body's measure, or every wrapped line ran past it
    (smaller type). Lines: two or more."""
    slack = slack or p.quote_slack
    if measure <= 0 or len(lines) < 2:
        return False
    wrapped = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if not finished(a)]
    if not wrapped:
        wrapped = list(zip(lines, lines[1:], strict=False))
    early = sum(1 for a, b in wrapped if _early(a, b, measure, slack))
    full = sum(1 for a, _ in wrapped if len(a) >= (1 - p.quote_slack) * measure)
    wide = sum(1 for a, _ in wrapped if len(a) > (1 + p.quote_wide) * measure)
    return (early >= 1 and full == 0) or wide == len(wrapped)


def _early(line: str, nxt: str, measure: float, slack: float) -> bool:
    """``line`` wrapped although ``nxt``'s first word would have fitted on a body line."""
    word = nxt.split(" ", 1)[0]
    return len(line) + 1 + len(word) <= (1 - slack) * measure


def introduced(prev: Block | None) -> bool:
    """The block before introduces a quotation (``... our statement of need:``) or is one."""
    if prev is None:
        return False
    return prev.kind == "quote" or (prev.kind == "paragraph" and prev.text.rstrip().endswith(":"))


# A block that is one quotation from its first word to its last, perhaps with the speaker
# or the source after it: "“O difícil é o acesso pra unidade básica (...). ... Se não é,
# não encaixa”. (Algodão)".
_QUOTED = re.compile(r"^[“«„\"][^”»“«\"]{20,}[”»\"][.,;]?(?:\s*\([^()]{1,80}\)\.?)?$", re.S)


def quoted_whole(text: str) -> bool:
    """The text is all one quotation in quotation marks, a speaker in brackets perhaps
    after it (see ``quoted``)."""
    return bool(_QUOTED.match(text.strip()))


def quoted(u: Unit, ctx: Context) -> Block | None:
    """A block that is all one quotation in quotation marks (an interview's answer, a
    source quoted at length: rsp-48's "“É um dia só que se marca consulta ... já
    passou”. (Maria de Nazaré)"), whatever its measure: the marks set it apart. Two lines
    at least: a quoted sentence on a line of its own ends the paragraph that introduced it
    (jose.00239: ``... could be simply summarised as:`` / ``“Provide participants with the
    ability to develop ML models in PyTorch”.``)."""
    text = u.text.strip()
    if text[:1] not in '“«„"' or len(u.lines) < 2 or u.kind == "heading" or not quoted_whole(text):
        return None
    return Block("quote", u.text, source=span(u))


# The source a quotation set apart ends with: its author and year in brackets, perhaps a
# page or a time: "(PAQUET, 1975, p. 19).", "(ÍNDIO..., 2014, 7′ 40″).", "(2012, p. 26)"; a
# note's call may follow it: "(PROFESSOR..., 2015, 1′ 03″)8.".
_SOURCE = re.compile(r"\((?:[^()]|\([^()]*\))*\b(?:1[5-9]|20)\d\d[a-z]?\b[^()]*\)(?:\d{1,2})?[.”\"]*$")


# The source with the page quoted: "(LIMA, 2012, p.26).", "(FRANCO; ..., 2019, p.279-280).".
_PAGED = re.compile(r"\((?:[^()]|\([^()]*\))*\b(?:p|pp|pág|s/p)\.?\s?\d*[^()]*\)(?:\d{1,2})?[.”\"]*$")


def sourced(u: Unit, ctx: Context) -> Block | None:
    """A unit after a sentence that ends with a colon or a comma (``Assim,``, ``Para
    Coelho,``), which ends with its source in brackets: a quotation set apart, whatever its
    measure (in smaller type, a quotation runs about as many characters a line as the body:
    Trans/Form/Ação's ``... de la era grecorromana:`` / ``[...] los imperativos
    fundamentales del cinismo antiguo ...`` / ``mundo contemporáneo. (PAQUET, 1975, p.
    19).``). Quoted at length, a source is cited after the quotation; a paragraph of one's
    own words after a colon or a comma cites no source at its end (in the truth of both
    corpora, 16 quotes do and no paragraph). After a comma the source must give the page
    quoted (``(LIMA, 2012, p.26).``): ``... developed using markdown,`` / ``Python driven
    Jupyter notebooks (Kluyver et al., 2016) ...`` is a paragraph."""
    if len(u.lines) < 2 or u.kind == "heading" or not sourced_after(ctx.prev_block, u.text):
        return None
    return Block("quote", u.text, source=span(u))


def sourced_after(prev: Block | None, text: str, paged: bool = False) -> bool:
    """The text of ``sourced``: after a paragraph that ends with a colon or a comma, it
    ends with its source; after a comma, or when ``paged`` is asked, with the page quoted.
    Asked again, ``paged``, of a paragraph joined across a page's end (``blocks.joins``)."""
    if prev is None or prev.kind != "paragraph" or not prev.text.rstrip().endswith((":", ",")):
        return False
    if marked(text) or not _SOURCE.search(text.rstrip()):
        return False
    # (after a comma, only a quotation's page or its opening cut tells it from a sentence's end)
    paged = paged or prev.text.rstrip().endswith(",")
    return not paged or _PAGED.search(text.rstrip()) is not None or text.lstrip().startswith(_CUT_MARK)


def indented(u: Unit, ctx: Context) -> Block | None:
    """A unit that closes with its source and the page quoted, after a finished paragraph:
    a long citation set apart by the norms (ABNT: indented, in smaller type), which need no
    words to introduce it (Bakhtiniana: ``... com entonações de autocontrole, bajulação e
    mansidão.`` / ``Na entonação, a palavra entra em um`` / ``contato direto com a vida.
    ...`` / ``(VOLÓCHINOV, 2019, p.117-123; grifo`` / ``no original).``). A paragraph may
    cite a page at its end too, so a second mark is needed: its lines run a measure of
    their own, or it reads as a quotation set apart (``_set_apart``: no quotation marks, one
    source naming its author, after the last sentence's stop), which tells it where the
    extractor kept no measure."""
    prev = ctx.prev_block
    if prev is None or prev.kind != "paragraph" or not finished(prev.text):
        return None
    if len(u.lines) < ctx.p.quote_paged_min_lines or u.kind == "heading" or marked(u.text):
        return None
    text = u.text.rstrip()
    if not (_PAGED.search(text) and _SOURCE.search(text)) or not _opens(text.lstrip()):
        return None  # (a source's year and page: ``(p < 0.001).`` is a test's, no source)
    lines = [ln.strip() for ln in u.lines]
    if _set_apart(text) or own_measure(lines, ctx.around.measure, ctx.p):
        return Block("quote", u.text, source=span(u))
    return None


# A bracket that cites a work by its year: "(LIMA, 2012, p.26)", "(2009, p. 300-301)".
_CITES = re.compile(r"\([^()]*\b(?:1[5-9]|20)\d\d[a-z]?\b[^()]*\)")
# The source's author named in its bracket before the year: "(SADE, 1797, p. 210)".
_AUTHORED = re.compile(r"\([^()\d]*[^\W\d_]{2}[^()\d]*,\s*(?:1[5-9]|20)\d\d[a-z]?\b[^()]*\)(?:\d{1,2})?[.”\"]*$")


def _set_apart(text: str) -> bool:
    """A paragraph's text that reads as a quotation set apart: it closes with one source
    that names its author, cites no other work and holds no quotation marks (set apart, a
    quotation needs none); and the source stands where the norms (ABNT, APA) put a long
    quotation's, after its last sentence's stop (``... o mosca o en hierba. (SADE, 1797,
    p. 210).``) or the mark of a cut (``... o falante [...] (VOLÓCHINOV, 2019, p.117)``),
    or says what was done to the words quoted (``(VOLÓCHINOV, 2019,
    p.117-123; grifo no original)``). A paraphrase cites its page inside its last sentence
    (``... desigualdades regionais (SAVIANI, 2009, p. 148).``); a paragraph quoting words in
    marks cites them after the marks (``... de forma comprometida” (BRAIT, 2006, p.10).``:
    18 paragraphs of the truth of both corpora do, every one so)."""
    if any(mark in text for mark in _QUOTATION_MARKS):
        return False
    source = _AUTHORED.search(text)
    if source is None or len(_CITES.findall(text)) != 1:
        return False
    before = text[: source.start()].rstrip()
    after_stop = before[-1:] in ".!?…" or before.endswith(_CUT_MARK)  # (``... o falante [...]``)
    return after_stop or _QUOTATION_NOTE.search(source.group(0)) is not None


# What a source says was done to the words it quotes: emphasis, a translation.
_QUOTATION_NOTE = re.compile(rf"\b(?:{vocab.alternation(vocab.all_of(vocab.QUOTATION_NOTES))})\b", re.I)


_QUOTATION_MARKS = '“”«»"'


# A work cited with the page quoted, in brackets: "Glucksmann (1982, p. 147 - 148)",
# "(SADE, 1797, p. 149)", "(2010, pp. 12-13)".
# The year and the page quoted, to a bracket's end: ``2019, p.121; grifo no original)``.
_YEAR_AND_PAGE = r"(?:1[5-9]|20)\d\d[a-z]?,\s*(?:p|pp|pág)\.\s?\d+[^()]*\)"
_PAGE_CITED = re.compile(rf"\((?:[^()]*\s)?{_YEAR_AND_PAGE}")


def page_introduced(u: Unit, ctx: Context) -> Block | None:
    """A unit after a sentence that cites a work with the page quoted and ends with a colon:
    the quotation that page holds, set apart with no source after it (Trans/Form/Ação:
    ``Cuando Glucksmann (1982, p. 147 - 148) se pregunta ... llega a una conclusión
    similar:`` / ``¿Acaso el impudor mostrado, durante diez siglos, ...``). In the truth of
    both corpora, what follows such a sentence is a quotation 4 times out of 5 (the fifth a
    numbered excerpt, which the list rule claims first)."""
    prev = ctx.prev_block
    if prev is None or prev.kind != "paragraph" or not prev.text.rstrip().endswith((":", ",")):
        return None
    if len(u.lines) < 2 or u.kind == "heading" or marked(u.text) or linked(u.text):
        return None
    # After a comma (``Conforme Volóchinov (2019, p.121; grifo no original),`` / ``as
    # avaliações subentendidas ...``: a paragraph never ends on a comma unless a block set
    # apart follows), the quotation may open inside its source's sentence, in lower case.
    if prev.text.rstrip().endswith(","):
        # (only the quotation ``_cut_at_comma`` cut off there: a paragraph the cleaner ended
        # on such a comma may go on in the next unit)
        ok = u.kind == "quote" and _introduces_at_comma(prev.text)
        return Block("quote", u.text, source=span(u)) if ok else None
    if not _opens(u.text.lstrip()):
        return None
    return Block("quote", u.text, source=span(u)) if _page_cited(prev.text) else None


def _page_cited(text: str) -> bool:
    """The text's last sentence cites a work with the page quoted (``_PAGE_CITED``)."""
    return bool(_PAGE_CITED.search(SENTENCE_BREAK.split(text.rstrip())[-1]))


# An author named in the sentence, the year and the page in brackets after the name, and a
# comma: ``Conforme Volóchinov (2019, p.121; grifo no original),`` introduces a quotation;
# ``... (de uñas anchas) (DIÓGENES LAERCIO VI, 40, 2010, p. 220),`` is a source given after
# one, the sentence going on.
_NAMED_PAGE = re.compile(rf"[^\W\d_]\s*\({_YEAR_AND_PAGE},$")


def _introduces_at_comma(text: str) -> bool:
    """The text ends with a named author's year and page and a comma (``_NAMED_PAGE``)."""
    return _NAMED_PAGE.search(text.rstrip()) is not None


def attributed(u: Unit, ctx: Context) -> Block | None:
    """A unit that ends with its speaker named in brackets after its last sentence, no stop
    after them: an interview's or an observation's words set apart (Esc. Anna Nery: ``Tommy
    retira da caixa uma furadeira. Uma arma! ... é arma de cola? (Tommy, 9 anos)``). In the
    truth of both corpora 27 quotes and no paragraph end so."""
    text = u.text.rstrip()
    if u.kind == "heading" or marked(text) or len(text) > ctx.p.attributed_max_chars or not ATTRIBUTION.search(text):
        return None
    return Block("quote", u.text, source=span(u))


# A turn of a transcribed exchange: the speaker's name (or initial) and a colon, then the
# words: "P: Onde que você quer que eu coloque a luva?", "Charlie: Não… porque tá aqui".
TURN = re.compile(r"^[A-ZÀ-Þ][^\W\d_]{0,20}:\s+\S")
# A transcriber's note in square brackets: "[estica as mãos para P e entrega as luvas]".
STAGE = re.compile(r"\[[^\[\]]*[^\W\d_]{3}[^\[\]]*\]")


def dialogues(blocks: list[Block]) -> list[Block]:
    """The turns of an exchange that ends with its speakers named (``attributed``) are part
    of the quotation, each a quote of its own, and so is the observation that opens the
    exchange when it holds a transcriber's note in square brackets (Esc. Anna Nery: ``Lola
    explora a caixa ... [estica as mãos para P e entrega as luvas]`` / ``P: Onde que você
    quer que eu coloque a luva?`` / ``Lola: Na mão! ... (Lola, 4 anos)``). Only before an
    attributed quote: a run-in label (``Objetivo: ...``) elsewhere is no turn. A short turn
    may have been taken for a heading (``P: Funcionam?``, see ``_turn``)."""
    out = list(blocks)
    for i, b in enumerate(out):
        if b.kind != "quote" or not ATTRIBUTION.search(b.text.rstrip()):
            continue
        j = i - 1
        turns = bool(TURN.match(b.text))
        while j >= 0 and _turn(out[j], out[j - 1] if j > 0 else None):
            out[j] = replace(out[j], kind="quote", level=0)
            turns, j = True, j - 1
        if turns and j >= 0 and out[j].kind == "paragraph" and STAGE.search(out[j].text):
            out[j] = replace(out[j], kind="quote")
    return out


def _turn(b: Block, before: Block | None) -> bool:
    """A paragraph that opens with its speaker, or a short turn on its line taken for a
    heading, which a sentence's stop ends as no heading's does (``P: Funcionam?``), inside
    the exchange: after a turn or the observation that opens it (a section's question,
    ``Brincar: direito ou distração?``, may head an exchange)."""
    if not TURN.match(b.text):
        return False
    if b.kind == "paragraph":
        return True
    if b.kind != "heading" or b.text.rstrip()[-1:] not in ".!?…" or before is None:
        return False
    # (the turn before may have been read as a quote already: a short one after a quote)
    return before.kind in ("paragraph", "quote") and bool(TURN.match(before.text) or STAGE.search(before.text))


def quote(u: Unit, ctx: Context) -> Block | None:
    """A unit after an introduction or another quote whose lines run a measure of their
    own (see the module docstring); or, right after a quote, one short sentence on a line
    of its own (``The doing part, that really helps to get the theory into practice.``),
    unless the quote before was closed by its speaker."""
    if not introduced(ctx.prev_block) or marked(u.text) or u.kind == "heading" or _listlike(u.text):
        return None
    if linked(u.text) or sum(1 for w in u.text.split() if any(c.isalpha() for c in w)) < 3:
        return None  # ``Available at:`` / ``https://...`` or ``05/04/2021 >.``: a reference's tail
    measure = ctx.around.measure
    lines = [ln.strip() for ln in u.lines]
    # After a quote, the text may go on: a second quotation needs the clearer evidence.
    slack = ctx.p.quote_slack * (2 if ctx.prev_block is not None and ctx.prev_block.kind == "quote" else 1)
    if own_measure(lines, measure, ctx.p, slack):
        return Block("quote", u.text, source=span(u))
    prev = ctx.prev_block
    one_line = len(lines) == 1 and finished(lines[0]) and len(lines[0]) < (1 - ctx.p.quote_slack) * measure
    if prev is not None and prev.kind == "quote" and one_line and not _authors_after(prev, u.text):
        return Block("quote", u.text, source=span(u))
    return None


def _authors_after(quote: Block, text: str) -> bool:
    """A quotation closed by its speaker in brackets is over: a sentence after it is the
    authors' (``... (Charlie, 7 anos; Lola, 4 anos)`` / ``Eles também dramatizaram ...``),
    unless it opens a turn or a quotation of its own (``P: E hoje, como é?``)."""
    opens_quotation = TURN.match(text) is not None or text.lstrip()[:1] in _OPENING_MARKS
    return bool(ATTRIBUTION.search(quote.text.rstrip())) and not opens_quotation


def linked(text: str) -> bool:
    """The text holds a link or a DOI (a quotation set apart quotes words, not addresses)."""
    low = text.lower()
    return "://" in low or "www." in low or "doi.org" in low or "doi:" in low


def _listlike(text: str) -> bool:
    """Opens with a lone mark OCR made of a bullet (``¢ 2.1 Definition``, ``e 2.2 Plan``)."""
    first = text.split(" ", 1)[0]
    return len(first) == 1 and not first.isupper() and not first.isdigit()


def cut_quotes(units: list[Unit], p: StructureParams, measure: float) -> list[Unit]:
    """Quotations the cleaner joined to the sentence that introduces them and to each
    other: ``... our statement of need:`` / ``I enjoyed the live coding ... would effect``
    / ``the results. ... the concepts.`` / ``Well-defined steps ... Examples`` / ``we
    worked on are quite nice.`` / ``The doing part, ...`` / ``Below are two tables ...``.
    After a line ending in a colon, the lines that run a measure of their own are cut off,
    each quotation where a line in capitals follows a finished one, and the text after
    them where a line wraps at the body's measure again."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        introduces = i > 0 and units[i - 1].text.rstrip().endswith(":")
        parts = _cut(u, p, measure, introduces)
        out += _cut_at_comma(u, p, measure) if len(parts) == 1 else parts
    return out


def _cut_at_comma(u: Unit, p: StructureParams, measure: float) -> list[Unit]:
    """A quotation the cleaner joined to the words that introduce it on a short line of
    their own, ending with a comma (Bakhtiniana: ``... entre sujeitos sociais organizados.``
    / ``Assim,`` / ``O valor social é o que matiza a ideologia, ...`` / ``... (FRANCO;`` /
    ``ACOSTAPEREIRA; COSTA-HÜBES, 2019, p.279-280).``). A justified line ends short only
    where its paragraph ends, or where a block set apart comes after it; the quotation runs
    to the line that closes with its source (``sourced`` then reads it)."""
    lines = [ln.strip() for ln in u.lines]
    if measure <= 0 or len(lines) < 3 or len(u.offsets) != len(lines) or "," not in u.text:
        return [u]
    closers = _closers(lines)
    for k in range(1, len(lines) - 1):
        intro, first = lines[k - 1], lines[k]
        if not intro.endswith(",") or u.glued(k) or marked(first):
            continue
        short = len(intro) <= p.quote_intro_max_share * measure
        if short and _introduces_at_comma(" ".join(lines[max(0, k - 2) : k])):
            # The source before it, its page quoted, on a line that ends short (at most
            # ``quote_intro_max_share`` of the measure): ``Conforme Volóchinov (2019, p.121;
            # grifo no original),`` / ``as avaliações ...``. The quotation runs to the line
            # that ends its last sentence short (or the unit's end).
            end = next(
                (
                    j
                    for j in range(k + 2, len(lines))
                    if finished(lines[j - 1]) and _early(lines[j - 1], lines[j], measure, p.quote_slack)
                ),
                len(lines),
            )
            head, rest = u.split(k)
            if end == len(lines):
                return [head, replace(rest, kind="quote")]
            body, tail = rest.split(end - k)
            return [head, replace(body, kind="quote"), tail]
        if not _opens(first):
            continue
        if intro.count("(") > intro.count(")"):
            continue  # (``(Manly,`` / ``2019; Hudecek,``: a list of sources goes on)
        end = _sourced_end(lines, k, closers)
        # (the page quoted tells a quotation from a sentence citing a work; so does a
        # quotation's opening cut, ``[…] a literatura acabou caindo pra mim ...``)
        paged = _PAGED.search(" ".join(lines[max(k, end - 3) : end])) or first.startswith(_CUT_MARK)
        if end - k < 2 or not paged:
            continue
        # The words before it end their line short, or its own lines run a narrower
        # measure (the ABNT's long citation: indented, in smaller type).
        if not (_early(intro, first, measure, p.quote_slack) or own_measure(lines[k:end], measure, p)):
            continue
        head, rest = u.split(k)
        if end == len(lines):
            return [head, rest]
        body, tail = rest.split(end - k)
        return [head, body, tail]
    return [u]


# A quotation that starts inside its source's sentence opens with the cut marked: ``[...]``.
_CUT_MARK = ("[...]", "[…]", "(...)", "(…)")


def _opens(line: str) -> bool:
    """The line opens a quotation: with a capital (perhaps after Spanish's opening ``¿``
    or ``¡``), or with the mark of a cut (``[...] é um lugar de sobrevivência``)."""
    return line.lstrip("¿¡")[:1].isupper() or line.startswith(_CUT_MARK)


def _cut(u: Unit, p: StructureParams, measure: float, introduces: bool) -> list[Unit]:
    """``introduces``: the unit before ends with a colon (the quotations open the unit)."""
    if measure <= 0 or len(u.lines) < 3 or len(u.offsets) != len(u.lines) or not (introduces or ":" in u.text):
        return [u]  # (without a colon, no line of its own introduces a quotation)
    lines = [ln.strip() for ln in u.lines]
    if marked(lines[0] + " x"):
        return [u]  # (a list item's wrapped lines are indented: no quotation; ``1.`` alone opens one too)
    k = 0 if introduces else next((k for k in range(1, len(lines)) if lines[k - 1].endswith(":") and not u.glued(k)), 0)
    if (not k and not introduces) or marked(lines[k]) or linked(" ".join(lines[k:])):
        return [u]
    end = k
    while end < len(lines) and (end + 1 == len(lines) or not _body_wrap(lines[end], lines[end + 1], measure, p)):
        end += 1  # lines k .. end - 1: the quotations (the last ends a sentence)
    sourced = end - k < 2 or not own_measure(lines[k:end], measure, p) or not finished(lines[end - 1])
    if sourced:
        end = _sourced_end(lines, k)
        if end - k < 2 or not (
            own_measure(lines[k:end], measure, p) or _paged_block(lines[k:end], p) or _set_apart_after(lines, k, end, p)
        ):
            return [u]
    # (closed by its source, it is one quotation, whatever sentences end its lines)
    inner = [] if sourced else [j for j in range(k + 1, end) if finished(lines[j - 1]) and lines[j][:1].isupper()]
    cuts = ([k] if k else []) + inner
    if end < len(lines):
        cuts.append(end)
    parts: list[Unit] = []
    rest = u
    for j in reversed(cuts):
        if rest.glued(j):
            continue
        rest, piece = rest.split(j)
        parts.append(piece)
    parts.append(rest)
    return parts[::-1]


def _set_apart_after(lines: list[str], k: int, end: int, p: StructureParams) -> bool:
    """Lines ``k`` .. ``end - 1`` after the line inside the unit that ends with a colon,
    ``quote_paged_min_lines`` or more, read as a quotation set apart (``_set_apart``: its
    one source after its last stop, page or none: ``... vive nas aldeias ..., por meio dela
    as pessoas em geral poderão saber:`` / ``Como pensamos, ... mais compreendido (sic).
    (JEKUPÉ, 2018).``); the unit from its start does not (Bakhtiniana: a quotation set apart
    whole, ``Na entonação ... por meio da entonação:`` / ``a entonação é social par
    excellence ... (VOLÓCHINOV, 2019, p. 117-123; grifo no original).``, holds the colon)."""
    if k == 0 or end - k < p.quote_paged_min_lines or lines[k][:1] in _OPENING_MARKS or not _opens(lines[k]):
        return False
    return _set_apart(" ".join(lines[k:end])) and not _set_apart(" ".join(lines[:end]))


def _paged_block(lines: list[str], p: StructureParams) -> bool:
    """Lines after a line that ends with a colon, ``quote_paged_min_lines`` or more, that
    close with the source and the page they quote (``... la masturbación pública.
    (GLUCKSMANN, 1982, p. 144).``), in no quotation marks: a quotation set apart, as the
    citation norms (ABNT, APA) set every long one, whatever measure the extractor kept."""
    return (
        len(lines) >= p.quote_paged_min_lines and lines[0][:1] not in _OPENING_MARKS and bool(_PAGED.search(lines[-1]))
    )


_OPENING_MARKS = "“«„\"'‘"


def _closers(lines: list[str]) -> list[int]:
    """The lines that close a bracket, where a source may end (``_sourced_end`` asks only
    those: a unit of many lines is asked from each of its lines)."""
    return [j for j, line in enumerate(lines) if _closes_bracket(line)]


_NOTE_CALL = re.compile(r"(?<=\))\d{1,2}$")


def _closes_bracket(line: str) -> bool:
    """The line closes a bracket, a stop or a note's call perhaps after it (``(MUNDURUKU,
    2021)10.``)."""
    return _NOTE_CALL.sub("", line.rstrip('.”"')).endswith(")")


def _sourced_end(lines: list[str], k: int, closers: list[int] | None = None) -> int:
    """Where a quotation that opens at line ``k`` ends when its source or its speaker ends a
    line (``neo. (PAQUET, 1975, p. 19).``, ``... a ABA [Análise do Comportamento Aplicada].
    (Gestora de Educação Especial, abril de 2024)``) and the text after it, if any, opens a sentence: the
    line after it; ``k`` when none does. (Its measure can tell the quotation from the body
    where its lines wrap: pypdf's narrow columns wrap the body short, a line at a time, as
    often as a quotation does.)"""
    for j in closers[bisect_left(closers, k) :] if closers is not None else range(k, len(lines)):
        if not _closes_bracket(lines[j]):
            continue
        tail = " ".join(
            lines[max(k, j - 2) : j + 1]
        )  # (a source may wrap: ``(Gestora de Educação Especial,`` / ``abril de 2024)``)
        if (_SOURCE.search(tail) or ATTRIBUTION.search(tail)) and (j + 1 == len(lines) or lines[j + 1][:1].isupper()):
            return j + 1
    return k


def _body_wrap(line: str, nxt: str, measure: float, p: StructureParams) -> bool:
    """``line`` wrapped at the body's measure: it runs it, or the next word would not have
    fitted (the text after the quotations)."""
    if finished(line):
        return False
    return len(line) >= (1 - p.quote_slack) * measure or not _early(line, nxt, measure, p.quote_slack)
