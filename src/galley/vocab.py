"""One vocabulary: every word galley recognises, per language, in one place.

Rules never spell these words out; they ask here. A table maps a language tag (BCP 47
primary subtag: ``en``, ``pt``, ``es``...) to its words, all lower case. Most rules accept
the words of every language at once (``all_of``): a heading "Referências" ends the body of
an English paper as surely as of a Portuguese one, and the paper's language is not always
known. To teach galley a new language or a new section name, add words here: nothing else.

Example: ``is_reference_heading("3. Références")`` is true because ``"références"`` is in
``REFERENCES["fr"]``; the clean stage (which keeps a reference list's lines apart) and the
structure stage (which splits it into entries) read the same table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

Table = Mapping[str, tuple[str, ...]]


def all_of(table: Table) -> frozenset[str]:
    """Every word of a table, whatever its language."""
    return frozenset(w for words in table.values() for w in words)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so ``references`` wins over
    ``reference``), each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# -- section names ---------------------------------------------------------------------

# Sections that open a paper's body: the front matter ends at the first of them.
OPENING: Table = {
    "en": (
        "abstract",
        "summary",
        "introduction",
        "statement of need",
        "background",
        "overview",
        "motivation",
        "executive summary",
        "preface",
    ),
    "pt": ("resumo", "introdução", "apresentação"),
    "es": ("resumen", "introducción", "presentación"),
}

# Well-known section names besides the opening ones (matched on the words at the start of
# a heading): a heading that says one of them is a heading whatever its shape.
SECTIONS: Table = {
    "en": (
        "methods",
        "method",
        "methodology",
        "materials and methods",
        "results",
        "discussion",
        "conclusion",
        "conclusions",
        "concluding remarks",
        "summary and conclusions",
        "acknowledgements",
        "acknowledgments",
        "acknowledgement",
        "acknowledgment",
        "references",
        "bibliography",
        "literature cited",
        "works cited",
        "appendix",
        "appendices",
        "related work",
        "related works",
        "previous work",
        "previous related work",
        "future work",
        "limitations",
        "author contributions",
        "authors' contributions",
        "contributions",
        "funding",
        "conflicts of interest",
        "conflict of interest",
        "competing interests",
        "declaration of interests",
        "data availability",
        "code availability",
        "software availability",
        "availability",
        "ethics statement",
        "learning objectives",
        "teaching experience",
        "experience of use in teaching",
        "story of the project",
        "content",
        "contents",
        "disclaimer",
        "supplementary material",
        "supporting information",
        "notes",
        "endnotes",
        "footnotes",
        "glossary",
        "abbreviations",
        "index terms",
    ),
    "pt": (
        "métodos",
        "método",
        "metodologia",
        "material e métodos",
        "materiais e métodos",
        "procedimentos metodológicos",
        "resultados",
        "discussão",
        "resultados e discussão",
        "conclusão",
        "conclusões",
        "considerações finais",
        "agradecimentos",
        "referências",
        "notas",
        "financiamento",
    ),
    "es": (
        "métodos",
        "método",
        "metodología",
        "materiales y métodos",
        "resultados",
        "discusión",
        "resultados y discusión",
        "conclusión",
        "conclusiones",
        "consideraciones finales",
        "agradecimientos",
        "referencias",
        "notas",
    ),
}

# The heading of a reference list (the clean stage keeps its lines apart, structure splits
# it into entries).
REFERENCES: Table = {
    "en": (
        "references",
        "reference",
        "bibliography",
        "literature cited",
        "works cited",
        "reference list",
        "literature",
        "cited literature",
    ),
    "fr": ("références",),
    "pt": ("referências", "referências bibliográficas", "bibliografia"),
    "es": ("referencias", "referencias bibliográficas", "bibliografía"),
    "de": ("literatur",),
}

# The heading of an abstract: its text is the paper's abstract.
ABSTRACT: Table = {
    "en": ("abstract", "summary", "executive summary", "statement of need and summary"),
    "de": ("zusammenfassung",),
    "fr": ("résumé",),
    "es": ("resumen",),
    "it": ("sommario", "riassunto"),
    "pt": ("resumo",),
    "nl": ("samenvatting",),
}

# Front and back matter outside the paper's own sections: notes, thanks, funding. Always
# top level (``Notas`` after ``REFERÊNCIAS`` in a paper whose sections are in capitals).
BACK_MATTER: Table = {
    "en": ("notes", "endnotes", "footnotes", "acknowledgements", "acknowledgments", "funding"),
    "pt": ("notas", "agradecimentos", "financiamento"),
    "es": ("notas", "agradecimientos", "financiamiento"),
}

# The label of a keyword line: ``Keywords: climate, econometrics``.
KEYWORDS: Table = {
    "en": ("keywords", "key words", "index terms", "subjects"),
    "pt": ("palavras-chave", "palavras chave", "descritores"),
    "es": ("palabras clave", "palabras-clave", "descriptores"),
}

# The label of a date in the front matter: ``Submitted: 09 January 2025``.
DATES: Table = {
    "en": ("submitted", "received", "accepted", "published", "revised", "published online"),
    "pt": ("recebido", "recebido em", "aprovado", "aprovado em", "aceito", "aceito em", "publicado", "publicado em"),
    "es": ("recibido", "recibido el", "aprobado", "aceptado", "aceptado el", "publicado", "publicado el"),
}

# What opens a caption: ``Figure 3:``, ``Table 2.``, ``Fig. 1``.
CAPTIONS: Table = {
    "en": ("figure", "fig.", "table", "listing", "algorithm", "box", "chart", "scheme", "plate"),
}

# Words that count sibling headings: ``Part 1``, ``Session 2``, ``Appendix A`` (written
# capitalised in the heading).
COUNTED_HEADINGS: Table = {
    "en": (
        "part",
        "session",
        "chapter",
        "module",
        "week",
        "day",
        "step",
        "lesson",
        "unit",
        "lecture",
        "lab",
        "exercise",
        "stage",
        "phase",
        "appendix",
    ),
}

# Abbreviations that end on a stop without ending the phrase: a heading may end on one
# (``Tools, libraries, etc.``), a sentence does not end there.
ABBREVIATIONS: Table = {
    "en": ("etc", "al", "vs"),
}

# -- front matter ----------------------------------------------------------------------

# Words of a journal's name: a line in capitals holding one (``JOURNAL OF OPEN SOURCE
# EDUCATION``) is page furniture, not the title.
JOURNAL_WORDS: Table = {
    "en": ("journal", "proceedings", "review", "letters", "transactions"),
}

# Words that name a group among the authors: ``ICV 2020 Group``, ``Grupo Colaborativo``.
AUTHOR_GROUPS: Table = {
    "en": ("group", "consortium", "collaboration", "collaborative", "team", "network", "investigators", "committee"),
    "pt": ("grupo", "consórcio", "rede"),
    "es": ("grupo", "consorcio", "red"),
}

# -- dates -----------------------------------------------------------------------------

MONTHS: Table = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
}

# -- names -----------------------------------------------------------------------------

# Lower-case particles that belong to a surname: "Sven A. van der Burg" -> "van der Burg".
NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "das",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "y",
        "ten",
        "ter",
        "zu",
        "st.",
    }
)

# -- function words --------------------------------------------------------------------

# Words a phrase cannot end on: a line ending in one goes on (``CAMS European Air Quality
# forecasts and``), and a heading never ends on one.
OPEN_ENDINGS: Table = {
    "en": (
        "and",
        "or",
        "of",
        "the",
        "a",
        "an",
        "to",
        "with",
        "for",
        "in",
        "on",
        "by",
        "from",
        "as",
        "at",
        "nor",
        "but",
        "that",
        "which",
    ),
}

# Conjunctions after a suspended hyphen: "mid- and long-term", "Vor- und Nachteile".
SUSPENDED_HYPHEN_NEXT: Table = {
    "en": ("and", "or", "to", "nor"),
    "de": ("und",),
    "fr": ("et", "ou"),
}

# -- word pieces -------------------------------------------------------------------------

# Word endings that are never a word of a compound: a line-end hyphen before one is a
# hyphenation point (``computation-ally``, ``Astronaut-ics``, ``modular-ize``,
# ``Projektmanage-ment``).
SUFFIXES: Table = {
    "en": tuple(
        "ally ation ations ative ics ical ically ize izes ized izing ise ises ised ising ment ments "
        "ness tion tions sion sions ity ities ism isms ist ists ous ously ive ively able ably ible ibly "
        "ance ances ence ences ency ancy logical logically logy ular ularly ization isation ings ing ed "
        "ling lings tial tially cial cially tic tics".split()
    ),
}

# Heads of compound adjectives hyphenated by convention (``high-level``, ``ground-based``,
# ``domain-specific``): a joined ``highlevel`` from an extractor gets its hyphen back.
COMPOUND_HEADS: Table = {
    "en": tuple(
        "based level term scale time world driven specific related friendly oriented aware dependent "
        "independent wide source focused centered centred intensive sensitive efficient quality class".split()
    ),
}

# Words and letters that read as roman numerals, but stand alone on a line as text (a
# variable, a pronoun, a word), never as a page number.
ROMAN_LOOKALIKES: Table = {
    "en": ("i", "v", "x", "mix", "dim"),
}


# -- questions asked of the tables ------------------------------------------------------

_LEADING_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,5})\.?\s+")
_REFERENCE_WORDS = all_of(REFERENCES)


def heading_words(text: str) -> str:
    """A heading's words as the tables spell them: section number and final colon or stop
    taken off, lower case, one space between words (``"3.  References:"`` -> ``"references"``)."""
    t = _LEADING_NUMBER.sub("", text.strip())
    return " ".join(t.lower().replace("’", "'").rstrip(" .:").split())


def is_reference_heading(text: str) -> bool:
    """``References``, ``7. Bibliography``, ``Références``, ``Literatur``: a line that heads a
    reference list, in any language the table knows."""
    return len(text) < 40 and heading_words(text) in _REFERENCE_WORDS
