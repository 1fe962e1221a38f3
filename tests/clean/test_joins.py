"""What a line end inside a block stands for: a space, nothing (a word or a URL broken
there, a script written without spaces), or a hyphen kept. Asserted on the units a reader
sees and the repairs that explain them."""

from __future__ import annotations

from galley.clean import clean
from galley.inputs.read import to_lines


def joined(raw: str) -> tuple[str, list[str]]:
    result = clean(to_lines(raw))
    return " | ".join(u.text for u in result.units), [r.rule for r in result.repairs if r.rule != "block-break"]


def test_a_url_broken_at_the_line_end_joins_without_a_space() -> None:
    text, rules = joined(
        "Environmental Research Letters, 14(8), 084010. https://doi.org/10.1088/\n1748-9326/ab281e and more.\n"
    )
    assert "https://doi.org/10.1088/1748-9326/ab281e and more." in text
    assert rules == ["url-join"]


def test_a_url_that_ends_a_sentence_is_left_alone() -> None:
    text, rules = joined("The lessons are online at https://carpentries.org.\nthey are free to use and to adapt.\n")
    assert "https://carpentries.org. they are free" in text and rules == []


def test_chinese_and_japanese_lines_join_without_a_space() -> None:
    text, _ = joined("本研究は両国の関係を分析し、\n両国の戦略的な協力について述べる。\n")
    assert text == "本研究は両国の関係を分析し、両国の戦略的な協力について述べる。"


def test_a_soft_hyphen_that_breaks_a_word_joins_it() -> None:
    text, rules = joined("the amount of infor\u00ad\nmation in the lesson\n")
    assert text == "the amount of information in the lesson" and "hyphen-join" in rules


def test_a_soft_hyphen_that_breaks_no_word_leaves_nothing_behind() -> None:
    # Fixed with the rule loops: the soft hyphen stayed, invisible, in the text (and a
    # second clean of the output then removed it).
    text, _ = joined("the amount of infor\u00ad\n(see Table 2) in the lesson\n")
    assert text == "the amount of infor (see Table 2) in the lesson"
    text, rules = joined("a list of\n\u00ad\nitems in the lesson\n")
    assert "\u00ad" not in text and "spaces" in rules


def test_a_hyphen_after_a_digit_keeps_the_compound_whole() -> None:
    # jbchs-32-10-1956 (scielo-wp-pdfminer, CC BY 4.0): a chemical name broken after "1-".
    text, rules = joined("The product was purified using hexane as eluent. (R)-1-\nPhenylethyl acetate was obtained.\n")
    assert "(R)-1-Phenylethyl acetate" in text and rules == ["hyphen-keep"]
    text, _ = joined("The survey ran in the years 2019-\n2020 in four regions of the country.\n")
    assert "2019-2020 in four" in text
    # A suspended hyphen keeps its space: "1- and 2-dimensional".
    text, _ = joined("The model handles the 1-\nand 2-dimensional cases alike.\n")
    assert "1- and 2-dimensional" in text
