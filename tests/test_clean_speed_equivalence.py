"""The cheap paths of the clean stage give exactly what the plain ones give.

The lexicon counts asked-for forms by searching the folded text instead of counting every
word; ``restore`` turns texts away before its regex scan; ``characters.plain`` and the rule
prefilters skip lines no rule can change. Each is checked here against the plain
computation it replaces, on paper words, hostile strings and random Unicode.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import ftfy
import ftfy.badness
from hypothesis import given, settings
from hypothesis import strategies as st

from galley.clean import characters, furniture, hyphens, unwrap
from galley.read import Line, read_path, to_lines
from strategies import WORDS

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_93fab0643722ce6d.txt"

# Word boundaries are where the cheap counts could go wrong: joiners next to letters,
# digits, underscores, letters that are no ASCII (``ß`` folds to ``ss``), numerals that
# are letters to ``\w`` but not to ``str.isalpha`` (``²``, ``Ⅻ``).
EDGES = st.sampled_from(
    ["-", "‐", "'", "’", "--", "-'", "_", "9", "²", "Ⅻ", "ß", "Straße", "İ", "ſelf", "K", "É", "é", "ǅ"]
)
TOKEN = st.one_of(WORDS, EDGES, st.sampled_from(["co", "operation", "Co", "multi", "lateral", "self", "based"]))
LINE = st.lists(TOKEN, max_size=12).map(lambda ws: "".join(w + (" " if i % 3 == 0 else "") for i, w in enumerate(ws)))
LINES = st.lists(LINE, min_size=1, max_size=8)


def full_count(texts: list[str]) -> Counter[str]:
    """What the lexicon counted before it learnt to search: every word of the joined text."""
    return Counter(hyphens._WORD.findall(" ".join(texts).casefold().replace("‐", "-")))


def asked_forms(texts: list[str], counts: Counter[str], extra: list[str]) -> list[str]:
    """Every counted word, in several capitalisations, the line-end spellings a hyphen
    would ask about, and forms that are no word at all."""
    forms = list(counts) + [w.upper() for w in counts] + [w.title() for w in counts] + extra
    for t in texts:
        forms += t.split()
        forms += [w.replace("-", "") for w in t.split()] + [w.replace("-", "‐") for w in t.split()]
    return forms


@settings(max_examples=300, deadline=None)
@given(LINES, st.lists(TOKEN, max_size=6))
def test_searched_counts_equal_the_full_count(texts: list[str], extra: list[str]) -> None:
    expected = full_count(texts)
    for form in asked_forms(texts, expected, extra):
        # A fresh lexicon for each form: the search must not lean on an earlier answer.
        lex = hyphens.DocumentLexicon(iter(texts))
        assert lex.count(form) == expected[form.casefold()], (form, texts)
    lex = hyphens.DocumentLexicon(texts)
    answers = {form: lex.count(form) for form in asked_forms(texts, expected, extra)}
    assert lex.words == expected
    assert all(lex.count(form) == n for form, n in answers.items())


@settings(max_examples=50, deadline=None)
@given(LINES)
def test_a_text_too_big_to_search_is_counted_as_it_streams(texts: list[str]) -> None:
    limit = hyphens.TARGETED_LIMIT
    hyphens.TARGETED_LIMIT = 3
    try:
        lex = hyphens.DocumentLexicon(iter(texts * 3))
    finally:
        hyphens.TARGETED_LIMIT = limit
    expected = full_count(texts * 3)
    assert lex.words == expected
    assert all(lex.count(form) == expected[form.casefold()] for form in asked_forms(texts, expected, []))


def test_searched_counts_on_a_real_paper_and_hostile_lines() -> None:
    texts = [ln.text for ln in to_lines(read_path(SEED))]
    texts += ["Café-au-lait and café’s naïve co‐operation", "Rock’n’roll ÉCOLE-Normale", "don't stop", "x-'y"] * 3
    expected = full_count(texts)
    forms = list(expected) + ["co-operation", "Café-au-lait", "rock’n’roll", "Normale", "stop-", "", "a b"]
    asked = [hyphens.DocumentLexicon(texts).count(f) for f in forms]
    assert asked == [expected[f.casefold()] for f in forms]
    assert asked[len(expected)] == 3 and asked[len(expected) + 1] == 3


def reference_restore(text: str, table: dict[str, str]) -> list[tuple[int, str, str]]:
    """``restore`` without its early exit: the regex scan over every text."""
    if not table:
        return []
    out = []
    for m in hyphens._finder(tuple(sorted(table))).finditer(text):
        word = m.group(1)
        form = table.get(word.casefold())
        if form:
            cut = form.index("-")
            out.append((m.start(1), word, word[:cut] + "-" + word[cut:]))
    return out


# Joined spellings a table may hold (ASCII ones, and ones the shortcut leaves to the full
# pattern), and words that meet them in every way case-insensitive matching allows:
# capitals, the long s and the Kelvin sign (which match s and k), ß and ﬁ (whose casefold is
# longer), dotless ı (which matches i but does not fold to it), digits, paths, domains.
FORMS = st.sampled_from(
    [
        "open-source",
        "high-level",
        "self-aware",
        "e-mail",
        "co-operation",
        "key-word",
        "stras-se",
        "field-work",
        "item-set",
        "straße-bahn",
        "ı-k",
    ]
)
JOINED = st.sampled_from(
    [
        "OpenSource",
        "opensource",
        "HIGHLEVEL",
        "Email",
        "ſelfaware",
        "coopeRation",
        "strassebahn",
        "STRASSEBAHN",
        "ık",
        "/",
        "\u212aeyword",
        "KEYWORD",
        "keyword2",
        "_keyword",
        "keyword.org",
        "x/keyword",
        "Straße",
        "Strasse",
        "ﬁeldwork",
        "ıtemset",
        "ITEMSET",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TOKEN, JOINED), max_size=20), st.lists(FORMS, max_size=4))
def test_restore_finds_what_the_full_scan_finds(words: list[str], forms: list[str]) -> None:
    text = " ".join(words)
    table = {f.replace("-", ""): f for f in forms}
    assert hyphens.restore(text, table) == reference_restore(text, table)


def test_restore_still_finds_a_joined_compound() -> None:
    table = {"opensource": "open-source"}
    assert hyphens.restore("An OpenSource tool, not opensource.org", table) == [(3, "OpenSource", "Open-Source")]


# -- characters ---------------------------------------------------------------------------

_PLAIN = re.compile(r"[ !#-&(-~]*")  # printable ASCII without the straight quotes ' and "


def reference_plain(text: str) -> bool:
    return _PLAIN.fullmatch(text) is not None and "  " not in text and "--" not in text and " - " not in text


def reference_dashes(text: str) -> str:
    if "-" not in text or characters._CODE_OR_URL.search(text):
        return text
    return characters._TYPEWRITER_DASH.sub(lambda m: "—" if not m.group(0).startswith(" ") else " – ", text)


_ANY_ODD_SPACE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad]|  "
)


def reference_spaces(text: str) -> str:
    if text.isascii() and "  " not in text and not characters._CONTROLS.search(text):
        return text
    if not _ANY_ODD_SPACE.search(text):
        return text
    text = text.translate(characters._INVISIBLE)
    text = characters._SPACES.sub(" ", text)
    text = characters._CONTROLS.sub("", text)
    if "\u00ad" in text[:-1]:
        text = text[:-1].replace("\u00ad", "") + text[-1]
    return re.sub(r" {2,}", " ", text)


FTFY_CONFIG = dict(
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def reference_mojibake(text: str) -> str:
    """``mojibake`` as it was: every line with a hint goes to ftfy."""
    if not characters._MOJIBAKE_HINT.search(text):
        return text
    core = text.strip()
    start = text.find(core)
    return text[:start] + ftfy.fix_text(core, **FTFY_CONFIG) + text[start + len(core) :]


# ftfy's own categories of suspicious characters, the letters that start mojibake, and
# mojibake made the way extractors make it: UTF-8 bytes read in a one-byte encoding.
SUSPICIOUS = "".join(
    "".join(chr(c) for c in range(ord(a), ord(b) + 1)) if b else a
    for part in ftfy.badness.MOJIBAKE_CATEGORIES.values()
    for a, b in re.findall(r"(.)(?:-(.))?", part)
)
ENCODINGS = ["latin-1", "cp1252", "mac_roman", "cp1251", "cp1253", "cp1257", "cp437"]
MOJIBAKE = st.tuples(st.text(max_size=6), st.sampled_from(ENCODINGS)).map(
    lambda te: te[0].encode("utf-8", "surrogatepass").decode(te[1], "replace")
)
CHARS = st.text(alphabet=st.sampled_from(SUSPICIOUS + "ÃÂâ€œ™ ab.,?!Z\xa0&;\x1b[m\x85"), max_size=8)
# The badness pattern reaches two ASCII characters either side of a non-ASCII run
# (``a Ã `` and ``ГўВЂВ.a``): the search windows must too.
ASCII_AROUND = st.text(alphabet="ab .Z\t", max_size=3)
FRAMED = st.tuples(ASCII_AROUND, CHARS, ASCII_AROUND).map("".join)
EDGE_MOJIBAKE = st.sampled_from(["a Ã ", "a\tÂ ", "ГўВЂВ.a", "ГўВЂВ€ ", ".Â “", "é”(", "œ1", "Ã ", "Ã\xa0"])
CHARACTER_LINE = st.lists(
    st.one_of(TOKEN, MOJIBAKE, CHARS, FRAMED, EDGE_MOJIBAKE, st.sampled_from([" ", "  ", " - ", "--", "&amp;"])),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(CHARACTER_LINE)
def test_character_shortcuts_change_nothing(text: str) -> None:
    assert characters.plain(text) == reference_plain(text)
    assert characters._looks_bad(text) == ftfy.badness.is_bad(text)
    assert characters.mojibake(text) == reference_mojibake(text)
    assert characters.dashes(text) == reference_dashes(text)
    assert characters.spaces_and_controls(text) == reference_spaces(text)


def test_mojibake_is_still_repaired() -> None:
    assert characters.mojibake("  donâ€™t stop ") == "  don’t stop "
    assert characters.mojibake("Caf\u00c3\u00a9 &amp; cr\u00c3\u00a8me") == "Café & crème"
    assert characters._looks_bad("Ã©") and not characters._looks_bad("José Peña, Zürich")


_OLD_URLISH = re.compile(r"(?:https?://|doi:|www\.)\S*$|\S*/\S*$", re.I)
URL_LINE = st.lists(
    st.one_of(
        st.sampled_from(["https://", "http:/", "doi:", "DOI:", "dOİ:", "ıwww.", "www.", "WWW.", "/", "a", "1.", ".x"]),
        st.sampled_from([" ", "  ", "\n", "\t", "\xa0", "\u2028", "\x1c", "\u3000"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(URL_LINE)
def test_ends_in_url_is_the_whole_line_search(text: str) -> None:
    # The search over the whole line it replaces (ends_entry's URL test).
    assert unwrap.ends_in_url(text) == bool(_OLD_URLISH.search(text))


def reference_looks_like_heading(ln: Line, width: int) -> bool:
    # unwrap.looks_like_heading before its length test lost the max() call and before the
    # URL pattern got its substring prefilter.
    t = ln.text
    if len(t) > max(20, 0.7 * width):
        return False
    words = t.split()
    if not words or len(words) > 12:
        return False
    first = words[0]
    if not (first[0].isupper() or first[0].isdigit()):
        return False
    if words[-1] in unwrap._GOES_ON or (
        t.endswith((".", ",", ";", "-", "‐")) and not unwrap._NUMBERED_HEADING.match(t + " x")
    ):
        return False
    if unwrap.is_bare_marker(t) or unwrap._URLISH_ANYWHERE.search(t) or not unwrap._THREE_LETTERS.search(t):
        return False
    if unwrap._NUMBERED_HEADING.match(t):
        return sum(c.isalpha() for c in t) >= 3 and not t.endswith((",", ";"))
    if t.endswith(("?", "!", ":")) and len(words) > 6:
        return False
    long_words = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(words) <= 4 or caps >= 0.5 * len(long_words)


HEADING_LINE = st.lists(
    st.one_of(
        st.sampled_from(["Data", "Methods", "2.1", "IV.", "and", "A", "https:", "www.", "doi.org", "1/", "/2", "@"]),
        st.sampled_from([" ", ":", ".", "?", "/", "-", "1"]),
        st.text(max_size=3),
    ),
    min_size=1,
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(HEADING_LINE, st.integers(min_value=0, max_value=120))
def test_heading_shape_shortcuts_change_nothing(text: str, width: int) -> None:
    ln = Line(1, text, 0, 0, 0, 0)
    assert unwrap.looks_like_heading(ln, width) == reference_looks_like_heading(ln, width)


FURNITURE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["Journal", "of", "Page", "12", "3", "#", "İ", "Ⅻ", "٣", "ß", "x"]),
        st.sampled_from([" ", "  ", "\t", "\x1c", "\x85", "\xa0", "\u2028", "\u3000"]),
        st.text(max_size=3),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(FURNITURE_TEXT)
def test_shadow_is_a_function_of_the_key(text: str) -> None:
    # Lines with one key must have one shadow: the shadow is the key without '#' and spaces.
    expected = "".join(furniture.key(text).split()).replace("#", "").encode("utf-8", "surrogatepass")
    assert furniture.shadow(text) == expected


def reference_repeated_lines(lines: list[Line], scan: furniture.Scan) -> dict[int, str]:
    # furniture.repeated_lines before the shadows: a key for every candidate line.
    paged = scan.paged
    edge = scan.edge if paged else [i for i, ln in enumerate(lines) if len(ln.text) >= 20 or not ln.text.isascii()]
    where: dict[str, list[int]] = {}
    for i in edge:
        if i not in scan.numbers:
            where.setdefault(furniture.key(lines[i].text), []).append(i)
    out: dict[int, str] = {}
    for k, idx in where.items():
        idx.sort()
        if paged:
            pages = {lines[i].page for i in idx}
            if len(pages) >= 2 and len(k) >= 3:
                out.update((i, f"repeats at the page edge on {len(pages)} pages") for i in idx)
        elif len(idx) >= 2 and len(k) >= 20 and idx[-1] - idx[0] >= 15 and furniture._has_letters(k):
            out.update((i, f"repeats {len(idx)} times, far apart") for i in idx)
    return out


REPEATING = st.sampled_from(
    ["Journal of Open Source Software 12", "journal  of open source software 7", "Page 3", "Rising et al. (2024) 90"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(REPEATING, FURNITURE_TEXT), st.integers(0, 3)), min_size=1, max_size=60))
def test_repeated_lines_with_shadows_change_nothing(rows: list[tuple[str, int]]) -> None:
    lines = [Line(n + 1, text, 0, 0, page, 0) for n, (text, page) in enumerate(sorted(rows, key=lambda r: r[1]))]
    scan = furniture.Scan(lines)
    assert furniture.repeated_lines(lines, scan) == reference_repeated_lines(lines, scan)
    unpaged = [Line(ln.number, ln.text, 0, 0, 0, 0) for ln in lines]
    scan = furniture.Scan(unpaged)
    assert furniture.repeated_lines(unpaged, scan) == reference_repeated_lines(unpaged, scan)


PAGE_NUMBER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["page", "Page ", "12", "iv", "XI", "ı", "İ", "٣", "-", "–", "—", " of ", "/", "x", "."]),
        st.sampled_from([" ", "  ", "\t", "\x1c", "\x85", "\xa0", "\n"]),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(PAGE_NUMBER_TEXT, min_size=1, max_size=8))
def test_page_number_prefilters_change_nothing(texts: list[str]) -> None:
    # Scan.numbers looks at the last character and the length before the pattern: the same
    # lines as the pattern asked of every line.
    lines = [Line(n + 1, text, 0, 0, 0, 0) for n, text in enumerate(texts)]
    assert furniture.Scan(lines).numbers == {i for i, t in enumerate(texts) if furniture.is_page_number(t)}


_OLD_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")
LINE_END = st.lists(
    st.one_of(
        st.sampled_from(["a)", "iv.", "b.", "x", "(c)", "1.", "•", "é", "word", "ii)", "xi.", "xx)", "v", "etc"]),
        st.sampled_from([".", "!", "?", ":", ";", "'", '"', "’", "”", ")", "]", " ", "\n", "\t", "\xa0"]),
        st.text(max_size=2),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(LINE_END, LINE_END)
def test_sentence_end_and_goes_on_without_the_patterns(prev: str, text: str) -> None:
    # The patterns they replace on most lines: the search over the tail, and goes_on's form
    # before its list-marker prefilter.
    assert unwrap.ends_sentence(prev) == bool(_OLD_SENTENCE_END.search(prev[-8:]))
    old_goes_on = text[:1].islower() and not _OLD_SENTENCE_END.search(prev[-8:]) and not unwrap._LIST_MARKER.match(text)
    assert unwrap.goes_on(prev, text) == old_goes_on


ENTRY_START = st.lists(
    st.one_of(
        st.sampled_from(
            ["Hsiang", "van ", "Rossum", "S.", "G", "[3]", "12.", "Argo", "Team.", "(2018).", "(1999a, May)"]
        ),
        st.sampled_from([",", ", ", " ", ".", "(", ")", "-", "&", "É"]),
        st.text(max_size=2),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(ENTRY_START)
def test_entry_start_prefilters_change_nothing(text: str) -> None:
    # starts_entry before the comma and bracket tests: the three patterns asked of every line.
    old = not unwrap._INITIAL.match(text) and bool(
        unwrap._ENTRY_AUTHOR.match(text) or unwrap._ENTRY_NUMBERED.match(text) or unwrap._ENTRY_YEAR.match(text)
    )
    assert unwrap.starts_entry(text) == old
