"""Warnings are data: stable codes and severities, documented, and what --strict does with them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from galley.cli import main
from galley.diagnostics import BY_CODE, CODES, NOTEWORTHY, classify, repair_warnings
from galley.model import Repair

ROOT = Path(__file__).resolve().parents[1]
LIGATURES = "An example\n\nIntroduction\n\nThe ﬁrst ﬁnding was ﬂat across the ﬁelds we studied.\n"
MOJIBAKE = "An example\n\nIntroduction\n\nWe donâ€™t know the effect of the naÃ¯ve estimator.\n"
SIDECAR = 'title = "An example"\n[[authors]]\nname = "A. Author"\n'


def test_every_code_is_documented_and_every_documented_code_exists() -> None:
    docs = (ROOT / "docs" / "warnings.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `([WE]-[A-Z0-9-]+)` \| (notice|warning|error) \|", docs, re.M))
    assert documented == {c.code: c.severity for c in CODES}
    assert all(c.code.startswith("E-") == (c.severity == "error") for c in CODES)


def test_messages_galley_writes_get_their_codes_and_lines() -> None:
    repairs = [Repair("ligature", 7, 7, "ﬁ", "fi", "ligature"), Repair("mojibake", 3, 3, "â€™", "’", "x")]
    said = {classify(w, repairs).code: classify(w, repairs) for w in repair_warnings(repairs)}
    assert said["W-LIGATURES"].line == 7 and said["W-LIGATURES"].severity == "notice"
    assert said["W-MOJIBAKE"].line == 3 and said["W-MOJIBAKE"].severity == "warning"
    for rule, template in NOTEWORTHY.items():
        assert classify(template.format(n=2)).code != "W-OTHER", rule
    for text, code in (
        ("not UTF-8: decoded as cp1252", "W-ENCODING"),
        ("normalised CR/CRLF line ends", "W-LINE-ENDS"),
        ("decoded as UTF-16 (byte-order mark)", "W-BOM"),
        ("something new", "W-OTHER"),
    ):
        assert classify(text).code == code


def _project(tmp_path: Path, text: str, config: str = "") -> Path:
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "papers" / "a.toml").write_text(SIDECAR, encoding="utf-8")
    (tmp_path / "galley.toml").write_text('inputs = ["papers/*.txt"]\nformats = ["html"]\n' + config, encoding="utf-8")
    return tmp_path


def test_routine_ligatures_do_not_fail_strict_but_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_project(tmp_path, LIGATURES))
    assert main(["build", "--strict", "--progress", "plain"]) == 0
    assert "W-LIGATURES" not in capsys.readouterr().err, "notices are not printed without -v"
    report = json.loads((tmp_path / "dist" / "report.json").read_text(encoding="utf-8"))
    [d] = report["papers"][0]["diagnostics"]
    assert d["code"] == "W-LIGATURES" and d["severity"] == "notice" and d["line"] == 5
    assert report["summary"]["notices"] == 1 and report["summary"]["warnings"] == 0
    assert main(["build", "--strict", "--progress", "plain", "-v", "--force"]) == 0
    assert "papers/a.txt:5: expanded typographic ligatures on 1 line(s) [W-LIGATURES]" in capsys.readouterr().err


def test_damage_fails_strict_unless_its_code_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_project(tmp_path, MOJIBAKE))
    assert main(["build", "--strict", "--progress", "plain"]) == 3
    assert "[W-MOJIBAKE]" in capsys.readouterr().err
    assert main(["build", "--strict", "--progress", "plain", "--strict-ignore", "w-mojibake"]) == 0
    (tmp_path / "galley.toml").write_text(
        'inputs = ["papers/*.txt"]\nformats = ["html"]\nstrict_ignore = ["W-MOJIBAKE"]\n', encoding="utf-8"
    )
    assert main(["build", "--strict", "--progress", "plain"]) == 0
    assert main(["check", "--strict", "--allow-missing-validator", "axe", "--allow-missing-validator", "nu-html"]) == 0


def test_strict_ignore_names_only_known_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_project(tmp_path, LIGATURES, 'strict_ignore = ["W-NOPE"]\n'))
    assert main(["build"]) == 2
    assert "unknown warning code W-NOPE" in capsys.readouterr().err
    (tmp_path / "galley.toml").write_text(
        'inputs = ["papers/*.txt"]\nstrict_ignore = ["E-LOST-TEXT"]\n', encoding="utf-8"
    )
    assert main(["build"]) == 2
    assert "cannot be ignored" in capsys.readouterr().err


def test_github_annotations_point_at_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_project(tmp_path, MOJIBAKE))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["build", "--progress", "plain"]) == 0
    out = capsys.readouterr().out
    assert "::warning file=papers/a.txt,line=5,title=W-MOJIBAKE::repaired mojibake" in out


def test_report_lists_papers_with_warnings_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path, LIGATURES))
    (tmp_path / "papers" / "0-first-by-name.txt").write_text(LIGATURES, encoding="utf-8")
    (tmp_path / "papers" / "z-damaged.txt").write_text(MOJIBAKE, encoding="utf-8")
    assert main(["build", "--progress", "plain"]) == 0
    page = (tmp_path / "dist" / "report.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="#([^"]+)">', page)
    assert rows[0] == "z-damaged" and sorted(rows[1:]) == rows[1:]
    assert 'class="sev-warning">warning <code>W-MOJIBAKE</code> line 5' in page


def test_codes_are_unique_and_have_advice() -> None:
    assert len(BY_CODE) == len(CODES)
    assert all(c.advice and c.severity in ("notice", "warning", "error") for c in CODES)


def test_a_table_header_word_broken_over_stacked_lines_is_kept() -> None:
    """``Un-`` / ``de-`` / ``cided`` stand one above the other in a table's header, other
    cells' words between them: the table's ``Undecided`` keeps all three parts."""
    from galley.diagnostics import lost_words
    from galley.model import Block, Document, Metadata

    raw = "Un-\nStrongly Dis- de-\nDisagree agree cided Agree\n0 5 6 19\n"
    rows = [["Strongly Disagree", "Disagree", "Undecided", "Agree"], ["0", "5", "6", "19"]]
    table = Block("table", "", rows=rows, head=1, source=(1, 4))
    table.text = " ".join(c for r in rows for c in r)
    assert lost_words(raw, Document(Metadata(), [table])) == []
    # The same words outside a table are no join: the parts are lost.
    para = Block("paragraph", table.text, source=(1, 4))
    assert sorted(lost_words(raw, Document(Metadata(), [para]))) == ["agree", "cided", "de", "dis", "un"]


def test_a_url_joined_over_three_lines_apart_is_kept() -> None:
    """Cad. saúde colet. as pdfminer read it (CC BY): ``http://``, its host two lines down
    and a number after it; the cleaner's two url-joins (the second going on from the
    first's text, with a reading-order repair between) account for all three pieces."""
    from galley.diagnostics import lost_words
    from galley.model import Block, Document, Metadata

    raw = " http://\nObstet Gynecol. 2013 abr;208(4):255-9.\nPMid:\ndx.doi.org/10.1016/j.ajog.2012.10.887.\n23123381.\n"
    kept = "Obstet Gynecol. 2013 abr;208(4):255-9. PMid: http://dx.doi.org/10.1016/j.ajog.2012.10.887.23123381."
    joins = [
        Repair(
            "url-join",
            1,
            4,
            "http:// dx.doi.org/10.1016/j.ajog.2012.10.887.",
            "http://dx.doi.org/10.1016/j.ajog.2012.10.887.",
            "",
        ),
        Repair(
            "url-join",
            4,
            5,
            "http://dx.doi.org/10.1016/j.ajog.2012.10.887. 23123381.",
            "http://dx.doi.org/10.1016/j.ajog.2012.10.887.23123381.",
            "",
        ),
    ]
    doc = Document(Metadata(), [Block("paragraph", kept, source=(1, 5))], repairs=joins)
    assert lost_words(raw, doc) == []
    # Without the joins recorded, the pieces are lost.
    assert lost_words(raw, Document(Metadata(), [Block("paragraph", kept, source=(1, 5))])) != []


CASES = ROOT / "tests" / "cases" / "diagnostics"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_no_word_is_lost_on_a_page_read_in_two_columns(case: Path) -> None:
    """Joins across the two columns of a page, taken apart (layout mode) or put back in
    reading order (a box read first), are matched on their own halves (see
    ``cases/diagnostics/README.md``): the audit reports no loss where the cleaner lost
    nothing, so ``galley check`` does not fail with E-LOST-TEXT."""
    from galley.diagnostics import lost_words
    from galley.inputs.read import read_path
    from galley.pipeline import analyse

    doc = analyse(case)
    assert any(r.rule in ("columns", "reading-order") for r in doc.repairs)
    assert lost_words(read_path(case).text, doc) == []


def test_a_label_run_into_the_abstract_is_kept(tmp_path: Path) -> None:
    """IEEE sets ``Abstract—Intermittent ...``: one word to the audit, which drops the dash,
    while the Document keeps the heading ``Abstract`` and the text's ``Intermittent``."""
    from galley.diagnostics import lost_words
    from galley.pipeline import analyse

    raw = (
        "Flaky or Broken? Classifying Test Failures from CI Logs\n\nRahul Venkataraman\n\n"
        "Abstract—Intermittent test failures waste developer time and\n"
        "erode trust in continuous integration (CI). We present a classifier.\n\n"
        "I. INTRODUCTION\n\nContinuous integration has become the default practice.\n"
    )
    text = tmp_path / "ieee.txt"
    text.write_text(raw, encoding="utf-8")
    doc = analyse(text)
    assert any(r.rule == "run-in-label" for r in doc.repairs)
    assert lost_words(raw, doc) == []
    # The text's first word really lost after the label still counts.
    for b in doc.blocks:
        b.text = b.text.removeprefix("Intermittent")
    doc.meta.abstract = doc.meta.abstract.removeprefix("Intermittent")
    assert lost_words(raw, doc) == ["intermittent"]
