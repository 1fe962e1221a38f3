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
    """Thresholds of the structure stage (units -> Document)."""


@dataclass(frozen=True)
class Params:
    clean: CleanParams = field(default_factory=CleanParams)
    structure: StructureParams = field(default_factory=StructureParams)


PARAMS = Params()
