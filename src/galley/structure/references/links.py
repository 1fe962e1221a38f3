"""DOIs and URLs in a text -> link runs."""

from __future__ import annotations

import re

from galley.model import Inline

# ``https://...`` or a bare DOI ``10.1038/x`` (not inside a path or a word), without the
# punctuation that closes the sentence around it.
URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)\]]|(?<![\w/])10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]]")


def link_runs(text: str) -> list[Inline] | None:
    """``... Zenodo. https://doi.org/10.5281/zenodo.14360351`` -> a text run and a link run;
    a bare DOI ``10.1038/x`` links to https://doi.org/10.1038/x. None when there is
    nothing to link."""
    runs: list[Inline] = []
    last = 0
    for m in URL.finditer(text):
        url = m.group(0)
        href = url if url.startswith("http") else "https://doi.org/" + url
        if m.start() > last:
            runs.append(Inline(text[last : m.start()]))
        runs.append(Inline(url, kind="link", url=href))
        last = m.end()
    if not runs:
        return None
    if last < len(text):
        runs.append(Inline(text[last:]))
    return runs
