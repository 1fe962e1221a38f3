"""Block rule: code, one command or call a line."""

from __future__ import annotations

import re

from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import at_most_words, span

# A shell prompt, a Python or R statement, a package manager: how a command opens.
_COMMANDS = (
    r"\$ ",
    ">>> ",
    "> ",
    "#!",
    r"import \w",
    r"from [\w.]+ import ",
    r"def \w+\(",
    "pip3? install",
    "conda ",
    "git ",
    r"cd \S",
    "python3? ",
)
# ... and each command's first letters, which a line must open with to be one.
_COMMAND_OPENINGS = ("$ ", ">>> ", "> ", "#!", "import ", "from ", "def ", "pip", "conda ", "git ", "cd ", "python")
# A command, an assignment (``x <- f(y)``, ``n = 3``) or a call (``library("lorentz")``).
_CODE_LINE = re.compile(
    rf"^(?:{'|'.join(_COMMANDS)}"
    r"|[\w.$]+(?:\[[^\]]*\])?\s*(?:<-|=)\s*\S|[\w.:]+\([^()]*(?:\([^()]*\)[^()]*)*\);?$)"
)
_WORD_STOP = re.compile(r"\w\.$")  # prose ends so: "... the data."
# A symbol defined in words (``ρL = densidade do líquido``, ``f 0 = frequência de vibração``
# under an equation's ``Onde:``): a short symbol (its subscript may stand apart), the sign,
# then two words or more of letters alone, the first in lower case, where code has an
# expression (``ready = found or expired``, ``x = y if flag else z``) or a value (``author
# = Jane Doe``).
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_CODE_WORDS = r"(?!.*\b(?:or|and|not|if|else|is|in|for|lambda|await)\b)"
DEFINED_IN_WORDS = re.compile(
    rf"^[^\W\d_][\w′']{{0,5}}(?: \w{{1,2}})?\s*=\s*{_CODE_WORDS}(?=[^\W\d_A-ZÀ-Þ]){_WORD}(?:\s+{_WORD})+$"
)
# A statistic set on its own line (a table's cells, a figure's legend): ``n = 106``,
# ``N = 1.745 IC95%``, ``p < 0.05``, ``> 98``: a letter or two, a relation, a number.
_STATISTIC = re.compile(r"^(?:[A-Za-z]{1,2}\s*)?[=<>≤≥]\s*[\d.,]+%?(?:\s|$)")


def is_code_line(t: str, p: StructureParams) -> bool:
    """``install.packages("lorentz")``, ``$ pip install galley``, ``x <- read.csv(f)``: a
    command, a statement or a call; not a sentence (``Run the analysis.``, which opens on
    a capital or ends on a stop after a word), a list (``a, b, c``) nor a symbol defined in
    words (``ρL = densidade do líquido``). ``t``: a stripped line."""
    if t[:1].isupper():
        return False
    # What every code line holds, asked first: most lines of prose hold none of it.
    if not ("=" in t or "<" in t or t.endswith((")", ");")) or t.startswith(_COMMAND_OPENINGS)):
        return False
    return (
        bool(_CODE_LINE.match(t))
        and not _WORD_STOP.search(t)
        and not DEFINED_IN_WORDS.match(t)
        and at_most_words(t, p.code_line_max_words)
        and ", " not in t.replace('", "', "")
    )


def code(u: Unit, ctx: Context) -> Block | None:
    """Lines that are commands or calls, not prose: ``install.packages("lorentz")`` /
    ``library("lorentz")``. Kept verbatim, one line each (a unit the code split made is
    code already). Statistics alone (``n = 106`` / ``n = 1.745 IC95%``) are no code."""
    if u.kind != "code" and not all(is_code_line(ln, ctx.p) for ln in u.lines):
        return None
    if all(_STATISTIC.match(ln) for ln in u.lines):  # ``n = 106`` alone: a table's head
        return None
    return Block("code", "\n".join(u.lines), source=span(u))
