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
import unicodedata
from collections.abc import Iterable, Mapping

Table = Mapping[str, tuple[str, ...]]


def all_of(table: Table) -> frozenset[str]:
    """Every word of a table, whatever its language."""
    return frozenset(w for words in table.values() for w in words)


_OF_LANGUAGE: dict[tuple[int, str], frozenset[str]] = {}


def of_language(table: Table, lang: str) -> frozenset[str]:
    """The words of a table for one language (``pt-BR`` reads ``pt``) and English's:
    scholarly text in any language borrows English words and headings. Use it where a
    word of another language would mislead (``e``, ``do``, ``die`` are function words of
    Portuguese and German but words of English): ``of_language(OPEN_ENDINGS, "pt")``."""
    primary = lang.split("-")[0].lower() or "en"
    key = (id(table), primary)
    if key not in _OF_LANGUAGE:
        _OF_LANGUAGE[key] = frozenset(table.get(primary, ())) | frozenset(table.get("en", ()))
    return _OF_LANGUAGE[key]


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
        "highlights",
    ),
    "pt": ("introdução", "apresentação", "considerações iniciais", "resumo"),
    "es": ("introducción", "presentación", "resumen"),
    "fr": ("introduction", "avant-propos", "résumé"),
    "de": ("einleitung", "einführung", "zusammenfassung"),
    "it": ("introduzione", "premessa", "riassunto", "sommario"),
    "nl": ("inleiding", "samenvatting"),
    "sv": ("inledning", "bakgrund", "sammanfattning"),
}

# Well-known section names besides the opening ones (matched on the words at the start of
# a heading): a heading that says one of them is a heading whatever its shape.
SECTIONS: Table = {
    "en": (
        "methods",
        "method",
        "methodology",
        "materials and methods",
        "experimental section",  # chemistry's methods section ('Experimental' alone is a plot's legend too)
        "experimental procedures",
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
        "ethics approval",
        "ethical approval",
        "ethical considerations",
        "source of funding",
        "sources of funding",
        "conflict of interests",
        "declaration of competing interest",
        "contributors",
        "supplementary materials",
        "data availability statement",
        "availability of data and materials",
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
        "parte experimental",
        "procedimento experimental",
        "procedimentos metodológicos",
        "aspectos metodológicos",
        "resultados",
        "resultados e discussão",
        "discussão",
        "conclusão",
        "conclusões",
        "considerações finais",
        "agradecimentos",
        "referências",
        "referências bibliográficas",
        "bibliografia",
        "literatura citada",
        "apêndice",
        "anexo",
        "anexos",
        "notas",
        "financiamento",
        "contribuições dos autores",
        "conflito de interesses",
        "conflitos de interesse",
        "conflito de interesse",
        "conflitos de interesses",
        "fonte de financiamento",
        "fontes de financiamento",
        "contribuição dos autores",
        "colaboradores",
        "aprovação ética",
        "considerações éticas",
        "material suplementar",
        "disponibilidade dos dados",
        "disponibilidade de dados",
        "declaração de disponibilidade de dados",
        "declaração de disponibilidade de conteúdo",
        "limitações",
    ),
    "es": (
        "métodos",
        "método",
        "metodología",
        "material y métodos",
        "materiales y métodos",
        "parte experimental",
        "resultados",
        "resultados y discusión",
        "discusión",
        "conclusión",
        "conclusiones",
        "consideraciones finales",
        "agradecimientos",
        "referencias",
        "referencias bibliográficas",
        "bibliografía",
        "apéndice",
        "anexo",
        "anexos",
        "notas",
        "financiación",
        "financiamiento",
        "conflicto de intereses",
        "conflicto de interés",
        "conflictos de intereses",
        "fuente de financiamiento",
        "fuentes de financiamiento",
        "contribución de los autores",
        "colaboradores",
        "consideraciones éticas",
        "material suplementario",
        "contribuciones de los autores",
        "disponibilidad de datos",
        "declaración de disponibilidad de datos",
        "limitaciones",
    ),
    "fr": (
        "méthodes",
        "méthode",
        "méthodologie",
        "matériel et méthodes",
        "matériels et méthodes",
        "résultats",
        "discussion",
        "conclusion",
        "conclusions",
        "remerciements",
        "références",
        "bibliographie",
        "annexe",
        "annexes",
        "notes",
    ),
    "de": (
        "methoden",
        "methode",
        "methodik",
        "material und methoden",
        "ergebnisse",
        "diskussion",
        "fazit",
        "schlussfolgerungen",
        "danksagung",
        "literatur",
        "literaturverzeichnis",
        "anhang",
        "anmerkungen",
    ),
}

# The first word of a part's label in a structured abstract (``Objetivo: Identificar ...``,
# ``Conclusões e implicações para a prática: ...``, ``Main results: ...``).
ABSTRACT_PARTS: Table = {
    "en": tuple(
        (
            "objective objectives aim aims purpose background context introduction setting design participants "
            "method methods results findings main conclusion conclusions interpretation implications practice"
        ).split()
    ),
    "pt": tuple(
        (
            "objetivo objetivos objeto introdução contexto desenho participantes método métodos resultados "
            "principais conclusão conclusões implicações prática"
        ).split()
    ),
    "es": tuple(
        (
            "objetivo objetivos objeto introducción contexto diseño participantes método métodos resultados "
            "principales conclusión conclusiones implicaciones práctica"
        ).split()
    ),
    "fr": tuple("objectif objectifs contexte méthode méthodes résultats conclusion conclusions".split()),
    "de": tuple("ziel hintergrund methode methoden ergebnisse schlussfolgerung schlussfolgerungen".split()),
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
        "references and notes",
    ),
    "pt": (
        "referências",
        "referências bibliográficas",
        "bibliografia",
        "literatura citada",
        "referências consultadas",
        "literatura consultada",
        "obras citadas",
        "fontes e bibliografia",
        "fontes e referências",
    ),
    "fr": ("références", "références bibliographiques", "bibliographie"),
    "es": (
        "referencias",
        "referencias bibliográficas",
        "bibliografía",
        "referencias citadas",
        "bibliografía citada",
        "obras citadas",
        "literatura citada",
    ),
    "de": ("literatur", "literaturverzeichnis"),
    "it": ("bibliografia", "riferimenti bibliografici", "riferimenti"),
    "nl": ("literatuur", "literatuurlijst", "referenties", "bibliografie"),
    "sv": ("referenser", "litteratur", "litteraturförteckning", "källor", "källförteckning"),
    "ca": ("referències", "referències bibliogràfiques", "bibliografia"),
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
    "sv": ("sammanfattning",),
    "ca": ("resum",),
}

# Sections a journal sets above the abstract, in the body's first lines: the abstract under
# them is still the paper's.
BEFORE_ABSTRACT: Table = {
    "en": ("highlights", "research highlights", "graphical abstract", "key points", "key findings"),
    "pt": ("destaques",),
    "es": ("aspectos destacados", "puntos clave"),
    "fr": ("faits saillants", "points clés"),
}

# Front and back matter outside the paper's own sections: notes, thanks, funding. Always
# top level (``Notas`` after ``REFERÊNCIAS`` in a paper whose sections are in capitals).
BACK_MATTER: Table = {
    "en": ("notes", "endnotes", "footnotes", "acknowledgements", "acknowledgments", "funding"),
    "pt": ("notas", "agradecimentos", "financiamento"),
    "es": ("notas", "agradecimientos", "financiamiento"),
    "fr": ("notes", "remerciements", "financement"),
    "de": ("anmerkungen", "danksagung", "förderung"),
    "it": ("note", "ringraziamenti", "finanziamenti"),
    "nl": ("noten", "dankwoord", "dankbetuiging"),
    "sv": ("noter", "tack", "tackord", "finansiering"),
}

# The label of a keyword line: ``Keywords: climate, econometrics``.
KEYWORDS: Table = {
    "en": ("keywords", "key words", "index terms", "subjects"),
    "pt": ("palavras-chave", "palavras chave", "descritores", "unitermos"),
    "es": ("palabras clave", "palabras-clave", "descriptores"),
    "fr": ("mots-clés", "mots clés"),
    "de": ("schlüsselwörter", "schlagwörter", "stichwörter"),
    "it": ("parole chiave", "parole-chiave"),
    "nl": ("trefwoorden", "sleutelwoorden"),
    "sv": ("nyckelord", "sökord"),
    "ca": ("paraules clau", "paraules-clau"),
}

# The labels of the dates of a paper's history in the front matter (``Submitted: 09 January
# 2025``, ``Recibido: 12 de enero de 2023``), by the date each gives.
RECEIVED: Table = {
    "en": ("submitted", "received", "received for publication"),
    "pt": ("recebido", "recebido em", "submetido", "submetido em"),
    "es": ("recibido", "recibido el"),
    "fr": ("reçu", "reçu le", "soumis", "soumis le"),
    "de": ("eingereicht", "eingegangen", "eingereicht am", "eingegangen am"),
    "it": ("ricevuto", "ricevuto il"),
    "nl": ("ontvangen", "ingediend"),
    "sv": ("inkommen", "mottagen", "inskickad"),
}
ACCEPTED: Table = {
    "en": ("accepted",),
    "pt": ("aprovado", "aprovado em", "aceito", "aceito em", "aceite", "aceite em"),
    "es": ("aceptado", "aprobado", "aceptado el", "aprobado el"),
    "fr": ("accepté", "accepté le"),
    "de": ("angenommen", "akzeptiert", "angenommen am"),
    "it": ("accettato", "accettato il"),
    "nl": ("aanvaard", "geaccepteerd"),
    "sv": ("accepterad", "godkänd"),
}
PUBLISHED: Table = {
    "en": ("published", "published online", "available online", "first published", "first published online"),
    "pt": ("publicado", "publicado em"),
    "es": ("publicado", "publicado el"),
    "fr": ("publié", "publié le", "mis en ligne", "mis en ligne le"),
    "de": ("veröffentlicht", "online veröffentlicht", "veröffentlicht am"),
    "it": ("pubblicato", "pubblicato il", "pubblicato online"),
    "nl": ("gepubliceerd",),
    "sv": ("publicerad",),
}
REVISED: Table = {
    "en": ("revised", "received in revised form", "revised form received"),
    "pt": ("revisado", "revisto"),
    "es": ("revisado",),
    "fr": ("révisé", "révisé le"),
    "de": ("überarbeitet", "revidiert"),
    "it": ("revisionato", "rivisto"),
    "nl": ("herzien",),
    "sv": ("reviderad",),
}
# The label of the box of a paper's history beside its abstract (Elsevier's ``ARTICLE INFO``
# / ``Article history:`` / ``Received 3 November 2021`` / ...).
HISTORY: Table = {
    "en": ("article info", "article information", "article history"),
    "pt": ("histórico do artigo", "informações do artigo"),
    "es": ("historia del artículo", "información del artículo", "historial del artículo"),
    "fr": ("historique de l'article", "info article", "informations sur l'article"),
    "de": ("artikelhistorie", "artikelinformationen"),
}
# Any of them: the label that opens a date line.
DATES: Table = {
    lang: tuple(w for table in (RECEIVED, ACCEPTED, PUBLISHED, REVISED) for w in table.get(lang, ()))
    for lang in ("en", "pt", "es", "fr", "de", "it", "nl", "sv")
}

# What opens a caption: ``Figure 3:``, ``Table 2.``, ``Fig. 1``.
CAPTIONS: Table = {
    "en": (
        "figure",
        "fig.",
        "table",
        "listing",
        "algorithm",
        "box",
        "chart",
        "scheme",
        "plate",
        "graph",
        "map",
        "photo",
        "photograph",
        "illustration",
        "diagram",
        "exhibit",
    ),
    "pt": (
        "figura",
        "tabela",
        "quadro",
        "gráfico",
        "imagem",
        "mapa",
        "esquema",
        "ilustração",
        "fotografia",
        "foto",
        "diagrama",
        "fluxograma",
        "prancha",
    ),
    "es": (
        "figura",
        "tabla",
        "cuadro",
        "gráfico",
        "imagen",
        "mapa",
        "esquema",
        "ilustración",
        "fotografía",
        "foto",
        "diagrama",
        "lámina",
    ),
    "fr": ("tableau", "graphique", "carte", "photographie", "schéma"),
    "de": ("abbildung", "abb.", "tabelle", "tab.", "karte", "grafik"),
    "it": ("figura", "tabella", "grafico", "immagine", "mappa"),
    "nl": ("figuur", "tabel", "grafiek", "afbeelding", "kaart"),
    "sv": ("figur", "tabell", "diagram", "karta", "bild"),
    "ca": ("figura", "taula", "gràfic", "mapa"),
}

# [body] The caption words that name a table (``Table 2: Results``, ``Tabela 1 -``,
# ``Quadro 1 -``, ``Tabla 3.``): the cells structure.tables rebuilds sit beside such a caption.
TABLES: Table = {
    "en": ("table",),
    "pt": ("tabela", "quadro"),
    "es": ("tabla", "cuadro"),
    "fr": ("tableau",),
    "de": ("tabelle",),
    "it": ("tabella",),
    "nl": ("tabel",),
    "ca": ("taula",),
}

# [body] The word that opens the source or the note set under a table or a figure
# (``Fonte: Pesquisa Nacional de Saúde, 2013``, ``Note. a Searches with ...``).
TABLE_NOTES: Table = {
    "en": ("source", "sources", "note", "notes", "legend"),
    "pt": ("fonte", "fontes", "nota", "notas", "legenda"),
    "es": ("fuente", "fuentes", "nota", "notas", "leyenda"),
    "fr": ("source", "sources", "note", "notes", "légende"),
    "de": ("quelle", "quellen", "anmerkung", "anmerkungen", "legende"),
    "it": ("fonte", "fonti", "nota", "note", "legenda"),
    "nl": ("bron", "bronnen", "noot", "noten", "legenda"),
}

# [body] The phrase that opens the note under a table of means compared by a test
# (``Mean followed by different alphabets are statistically significant at p<0.05.``,
# ``Médias seguidas pela mesma letra não diferem entre si pelo teste de Tukey``): the
# sentence explains the letters of the rows above it, unmarked. Written capitalised in
# the note.
TABLE_NOTE_PHRASES: Table = {
    "en": ("mean followed by", "means followed by"),
    "pt": ("média seguida", "médias seguidas"),
    "es": ("media seguida", "medias seguidas"),
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
    "pt": ("sr", "sra", "dr", "dra", "prof", "profa"),
    "es": ("sr", "sra", "dr", "dra", "ej"),
}

# -- front matter ----------------------------------------------------------------------

# Words of a journal's name: a line in capitals holding one (``JOURNAL OF OPEN SOURCE
# EDUCATION``) is page furniture, not the title.
JOURNAL_WORDS: Table = {
    "en": ("journal", "proceedings", "review", "letters", "transactions"),
    "pt": ("revista", "cadernos", "anais", "boletim", "arquivos"),
    "es": ("revista", "anales", "boletín", "cuadernos"),
    "fr": ("revue", "cahiers", "annales", "bulletin"),
    "de": ("zeitschrift", "jahrbuch", "archiv"),
    "it": ("rivista", "annali", "bollettino", "quaderni"),
}

# A template's notice printed once at a page's edge: ``Preprint submitted to Open Learning
# Quarterly`` (LaTeX's elsarticle, at the first page's foot).
SUBMISSION_NOTICES: Table = {
    "en": ("preprint submitted to", "manuscript submitted to", "submitted to"),
}

# Words that name a group among the authors: ``ICV 2020 Group``, ``Grupo Colaborativo``.
AUTHOR_GROUPS: Table = {
    "en": ("group", "consortium", "collaboration", "collaborative", "team", "network", "investigators", "committee"),
    "pt": ("grupo", "consórcio", "rede"),
    "es": ("grupo", "consorcio", "red"),
}

# Words that name an institution, not a person: a line holding one is an affiliation, never
# an author line (``Universidade Federal de Minas Gerais``). A trailing ``*`` takes any
# ending (``Universit*``: University, Université, Universität); case as printed.
INSTITUTIONS: Table = {
    "en": (
        "Universit*",
        "Institut*",
        "Department",
        "Dept.",
        "School",
        "College",
        "Laborator*",
        "Center",
        "Centre",
        "Hospital",
        "Facult*",
        "Academy",
        "Inc.",
        "Ltd",
        "GmbH",
        "Foundation",
        "Museum",
        "Observatory",
        "Survey",
        "Agency",
        "Ministry",
        "Division",
        "Research",
        "Lab",
        "Labs",
        "Corporation",
        "Company",
        "Council",
        "Program",
        "Programme",
        "Unit",
        "Group",
    ),
    "pt": (
        "Universidade",
        "Faculdade",
        "Departamento",
        "Centro",
        "Escola",
        "Fundação",
        "Ministério",
        "Secretaria",
        "Programa",
        "Núcleo",
        "Empresa",
    ),
    "es": (
        "Universidad",
        "Facultad",
        "Departamento",
        "Centro",
        "Escuela",
        "Fundación",
        "Ministerio",
        "Secretaría",
        "Programa",
    ),
    "fr": ("Département", "École", "Centre"),
    "de": ("Fakultät", "Abteilung", "Lehrstuhl", "Zentrum"),
}

# The word before an author list's last name: ``Iser1 e Deborah Carvalho Malta2``,
# ``Freitas1 y María José Pérez``.
AUTHOR_AND: Table = {
    "en": ("and",),
    "pt": ("e",),
    "es": ("y", "e"),
    "fr": ("et",),
    "de": ("und",),
    "it": ("e", "ed"),
    "nl": ("en",),
    "sv": ("och",),
}
# ... in any language: an author list's ``and`` wherever the paper comes from.
ANY_AUTHOR_AND = all_of(AUTHOR_AND)

# The word that ends a list's item before the last (``encourage good practice, and`` /
# ``exercise careful consideration``): an item's end when its marker is read elsewhere.
LIST_CONJUNCTIONS: Table = {
    "en": ("and", "or"),
    "pt": ("e", "ou"),
    "es": ("y", "e", "o", "u"),
    "fr": ("et", "ou"),
    "de": ("und", "oder"),
    "it": ("e", "ed", "o"),
    "nl": ("en", "of"),
    "sv": ("och", "eller"),
}

# The word that opens a byline: ``par Jean-Pierre FABRE``, ``By Chinwe Okafor``. Not
# ``von``, ``di``, ``de``: those open names too (``von Humboldt``, ``di Stefano``).
BYLINE: Table = {
    "en": ("by",),
    "pt": ("por",),
    "es": ("por",),
    "fr": ("par",),
    "nl": ("door",),
    "sv": ("av",),
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
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "de": tuple("januar februar märz april mai juni juli august september oktober november dezember".split()),
    "it": tuple(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
    ),
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "sv": tuple("januari februari mars april maj juni juli augusti september oktober november december".split()),
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
        "do",
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
# The particles as a regular-expression alternation (longest first), for the patterns that
# read a surname at the start of a reference entry (clean/shapes, structure/references).
NAME_PARTICLE = "(?:" + "|".join(re.escape(w) for w in sorted(NAME_PARTICLES, key=lambda w: (-len(w), w))) + ")"

# -- function words --------------------------------------------------------------------

# Words a phrase cannot end on: a line ending in one goes on (``CAMS European Air Quality
# forecasts and``, ``... received support through``, ``... nascidas entre``), and a heading
# never ends on one.
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
        "between",
        "into",
        "among",
        "during",
        "within",
        "through",
        "than",
        "via",
        "per",
        "upon",
        "toward",
        "towards",
        "across",
        "against",
        "without",
        "since",
        "until",
        "because",
        "whereas",
        "whose",
        "its",
        "their",
        "our",
        "is",
        "are",
        "was",
        "were",
        "been",
        "not",
    ),
    # Only words no English heading ends on (not ``do``, ``no``, ``die``): most rules still
    # read every language's words at once (``all_of``).
    "pt": tuple(
        (
            "de da dos das e ou o os em na nos nas para por com um uma ao aos à às pelo pela entre sem após "
            "que seu sua seus suas é são foi"
        ).split()
    ),
    "es": tuple(
        "de del la el los las y e u en con por para un una al entre sin hasta desde que su sus es son fue".split()
    ),
    "fr": tuple("de du des la le les et ou au aux pour par avec un une".split()),
    "de": tuple("der das des dem und oder mit für von vom zur zum ein eine einer auf".split()),
    # (not ``alle``, ``alla``: German and Swedish for "all", a heading's last word)
    "it": tuple("di del della dei degli delle il lo gli un una nel nella nei sul sulla".split()),
    "nl": tuple("het een van voor naar bij uit tot".split()),
}

# The commonest function words of each language (articles, prepositions, conjunctions,
# pronouns, auxiliaries): most of any running text, and few content words. ``galley.language``
# tells a paper's language by which table its words fall in; a language is known to galley
# once it has a line here. Elided forms count as their own word (``l'analyse`` -> ``l``).
FUNCTION_WORDS: Table = {
    "en": tuple(
        "the of and to in a is that for it as with was on are be by this from at or an which not have has "
        "were but their they its can been these also more we our than other such there between into would "
        "when each both only those may how what who will through however within should while where most all "
        "some does do had them whether could because then".split()
    ),
    "pt": tuple(
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem "
        "à seu sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem "
        "mesmo aos ter seus quem nas esse eles estão você foram essa nem suas às têm numa pelos elas seja "
        "qual será nós lhe deles essas esses pelas este dele são sobre ainda assim onde porque cada apenas "
        "pode podem sendo estes estas esta isto nesse neste desta deste dessa desse nessa nesta pois então "
        "além todos todas outros outras outro outra num aquele aquela seguinte através antes durante após sob desde "
        "quanto muitos muitas alguns algumas".split()
    ),
    "es": tuple(
        "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este "
        "sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante "
        "todos uno les ni contra otros ese eso ante ellos e esto antes algunos qué unos yo otro otras otra "
        "él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros es "
        "son fue ha han está están era ser puede pueden cada así tiene tienen según mediante dicho dicha".split()
    ),
    "fr": tuple(
        "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont ou son "
        "sa ses aux avec leur leurs nous cette ces mais été être comme entre elle ont aussi on dont même "
        "tout tous sans peut fait très où lors ainsi autres après sous avant cet ils elles je l d qu n c "
        "toutes toute chez donc alors selon afin peu car".split()
    ),
    "de": tuple(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden "
        "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur "
        "oder aber vor zur bis mehr durch man sein wurde sei können kann diese dieser zwischen wurden sowie "
        "jedoch bzw unter ob wenn welche dieses diesem diesen ihre ihrer ihren sondern wir".split()
    ),
    "it": tuple(
        "di e il la che in a per un è del della le non si una con i da dei al gli delle alla nel sono come "
        "più anche ma o lo nella questo tra sua suo dal loro ha essere questa degli alle cui dalla sul ai "
        "nei stato sia quale può fra dello ogni ci se tutti nelle negli quando hanno perché l dell all nell "
        "dall sull quella questi molto".split()
    ),
    "nl": tuple(
        "de van het een en in is dat op te zijn met voor niet die aan er ook als om door bij of naar uit maar "
        "dan wordt worden heeft hebben nog deze kan over tot meer werd wat zo ze onder tussen geen hun dit "
        "wel moet waar na al we wij zich".split()
    ),
    "sv": tuple(
        "och att det som på är av för med inte om har ett sig så vi eller när från också mot efter hur "
        "där detta dessa denna deras sina sitt andra mellan genom utan samt både vilka vilket vilken än "
        "hade skulle kunde blev blir bland inom enligt".split()
    ),
}

# Conjunctions after a suspended hyphen: "mid- and long-term", "Vor- und Nachteile".
SUSPENDED_HYPHEN_NEXT: Table = {
    "en": ("and", "or", "to", "nor"),
    "de": ("und", "oder"),
    "fr": ("et", "ou"),
    "pt": ("e", "ou", "a"),
    "es": ("y", "e", "o", "u", "a"),
}

# Pronouns a language hyphens after its verb (Portuguese ``constituem-se``, ``compreendê-la``,
# ``coloca-os``): the short second half of a compound an extractor joined.
ENCLITICS: Table = {
    "pt": ("se", "me", "te", "lhe", "lhes", "nos", "vos", "lo", "la", "los", "las", "no", "na", "nas"),
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
    "pt": tuple(
        "mente ção ções mento mentos dade dades ável áveis ível íveis ismo ismos ista istas ização "
        "izações ncia ncias".split()
    ),
    "es": tuple("mente ción ciones miento mientos dad dades ble bles ismo ismos ista istas ización ncia ncias".split()),
    "fr": tuple("ment ments tion tions ité ités isme ismes iste istes able ables ible ibles".split()),
    "de": tuple("ung ungen keit keiten heit heiten schaft schaften lich liche lichen ismus".split()),
}

# Prefixes that keep their hyphen before any word (Portuguese spelling: ``pós-safra``,
# ``pré-natal``, ``recém-nascido``, ``ex-presidente``): a line-end hyphen after one stays.
HYPHENED_PREFIXES: Table = {
    "pt": ("pós", "pré", "pró", "recém", "ex", "vice", "além", "aquém", "sem", "grã", "grão", "bem"),
    "es": ("ex",),
}

# Chemical descriptors a hyphen joins to a name (``cis-diamminedichloroplatinum``,
# ``syn-periplanar``, ``sec-butyl``): never a syllable of a word broken in two.
DESCRIPTOR_PREFIXES = frozenset({"cis", "syn", "iso", "sec", "neo"})

# Prefixes a language writes solid with the next word (Portuguese ``multiparidade``,
# ``micrométricas``; Spanish ``autotrasparentación``), but with a hyphen before an ``h`` or
# the letter the prefix ends in (``micro-ondas``, ``anti-inflamatório``, ``inter-regional``)
# and after ``sub`` before an ``r`` (``sub-região``).
SOLID_PREFIXES: Table = {
    "pt": tuple(
        "anti auto contra extra hiper infra inter intra macro micro mini multi neo pluri poli "
        "proto pseudo retro semi sobre sub super supra tele ultra".split()
    ),
    "es": tuple(
        "anti auto contra extra hiper infra inter intra macro micro mini multi neo pluri poli "
        "proto pseudo retro semi sobre sub super supra tele ultra".split()
    ),
}

# Bound prefixes written solid with the word they modify (``interspecific``, ``monospecific``,
# ``multiparidade``): never a word of a hyphenated compound on their own.
BOUND_PREFIXES: Table = {
    "en": tuple("inter intra mono poly multi micro macro sub super trans hyper hypo peri".split()),
}

# Languages that write compounds solid (Portuguese ``subseção``, ``coincidente``; Spanish
# ``autorreflexión``; German, Dutch): a line-end hyphen between two words that make a word the
# lexicon knows is a hyphenation point, not a compound's hyphen (English keeps
# ``geo-strategic``, ``inter-regional``).
SOLID_COMPOUNDS = frozenset({"pt", "es", "it", "de", "nl"})

# Heads of compound adjectives hyphenated by convention (``high-level``, ``ground-based``,
# ``domain-specific``): a joined ``highlevel`` from an extractor gets its hyphen back.
COMPOUND_HEADS: Table = {
    "en": tuple(
        "based level term scale time world driven specific related friendly oriented aware dependent "
        "independent wide source focused centered centred intensive sensitive efficient quality class".split()
    ),
}

# Abbreviations a number follows after their stop (``Fig.3``, ``p.12``, ``No.5``): no
# sentence ends there, as it does before a superscript citation read as digits (``CCU.17``).
NUMBER_ABBREVIATIONS: Table = {
    "en": ("fig", "figs", "tab", "eq", "eqs", "no", "nos", "p", "pp", "vol", "ch", "sec", "ref", "refs", "art"),
    "pt": ("fig", "tab", "p", "pp", "v", "n", "cap", "art", "vol", "pág", "eq"),
    "es": ("fig", "tab", "p", "pp", "núm", "cap", "art", "vol", "pág", "ec"),
    "fr": ("fig", "tab", "p", "pp", "n", "vol", "éq"),
    "de": ("abb", "tab", "s", "nr", "bd", "gl"),
}

# The word after a number that makes it an edition (``14. ed. São Paulo: Hucitec``, ``2nd
# edn``, ``3. Aufl.``), not the number of a reference entry.
EDITIONS: Table = {
    "en": ("ed", "edn", "edition"),
    "pt": ("ed", "edição"),
    "es": ("ed", "edición"),
    "fr": ("éd", "édition"),
    "de": ("aufl", "auflage"),
}

# What a quotation's source says was done to the words it quotes (``(VOLÓCHINOV, 2019,
# p.117; grifo no original)``, ``(Smith, 2010, p. 5, emphasis added)``): only a quotation's does.
QUOTATION_NOTES: Table = {
    "en": ("emphasis", "italics", "translation"),
    "pt": ("grifo", "grifos", "destaque", "destaques", "ênfase", "tradução"),
    "es": ("énfasis", "cursiva", "cursivas", "traducción"),
    "fr": ("souligné", "soulignés", "italiques", "traduction"),
    "de": ("hervorhebung", "übersetzung"),
}

# What an entry gives for its year when it has none yet or none known (as "n.d."): "Pletsch,
# M. D. (no prelo).", "(in press)", "(s.d.)".
UNDATED: Table = {
    "en": ("in press", "forthcoming", "n.d."),
    "pt": ("no prelo", "em prelo", "s.d."),
    "es": ("en prensa", "s.f.", "s.d."),
    "fr": ("sous presse", "s.d."),
    "de": ("im druck", "o.j."),
}

# Words that name a publisher, not an author: "Editora Universitária. 1984. Sellowia 36" is
# the entry above going on (its publisher and year), not a body's entry.
PUBLISHERS: Table = {
    "en": ("press", "publishers", "publishing", "publications", "books"),
    "pt": ("editora", "edições", "livraria"),
    "es": ("editorial", "ediciones", "editores"),
    "fr": ("éditions", "presses"),
    "de": ("verlag",),
}

# The word a figure's caption starts with (``Figure 3:``, ``Figura 2 -``): the labels of the
# drawing above it are read as text by extractors (``clean.figures``). Tables are not here.
FIGURE_CAPTIONS: Table = {
    "en": ("figure", "fig.", "fig"),
    "pt": ("figura", "fig."),
    "es": ("figura", "fig."),
    "fr": ("figure", "fig."),
    "de": ("abbildung", "abb."),
}

# Words of one letter, per language: OCR reads a bullet as ``e`` or ``o`` only where the
# language has no such word (``e`` is Portuguese and Italian for "and", ``o`` an article).
ONE_LETTER_WORDS: Table = {
    "en": ("a", "i"),
    "pt": ("a", "e", "o"),
    "es": ("a", "e", "o", "u", "y"),
    "it": ("a", "e", "i", "o"),
    "fr": ("a", "y"),
    "de": (),
}

# The roman numerals an outline, a list or a page counts with, in order.
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

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


# ``REFERÊNCIAS - Livros:``, ``References: primary sources``: a reference heading naming the
# first group of a list sorted by kind.
_GROUP_AFTER = re.compile(r"\s*(?:[—–-]|:)\s*")


def without_accents(text: str) -> str:
    """``Referências`` -> ``Referencias``: the letters without their marks."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_REFERENCE_KEYS = frozenset(without_accents(w) for w in _REFERENCE_WORDS)


def is_reference_heading(text: str) -> bool:
    """``References``, ``7. Bibliography``, ``Références``, ``Literatur``, ``REFERÊNCIAS -
    Livros:``: a line that heads a reference list, in any language the table knows, its
    accents mistyped or lost as they may be (``Referênces``, ``Bibliografia``)."""
    if len(text) >= 40:
        return False
    words = without_accents(heading_words(text))
    if words in _REFERENCE_KEYS:
        return True
    parts = _GROUP_AFTER.split(words, maxsplit=1)
    return len(parts) == 2 and parts[0] in _REFERENCE_KEYS and 0 < len(parts[1].split()) <= 3
