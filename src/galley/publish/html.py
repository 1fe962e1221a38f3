"""Document -> an HTML page: pandoc writes the body from the JSON AST, jinja2 the page.

The same template serves the screen (``render_page``: screen CSS inlined, so the file opens
alone from ``file://`` or a server) and the PDF (``print_page``: print CSS, footnotes as
page-bottom floats, for WeasyPrint).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from galley import __version__, vocab
from galley.model import Abstract, Document, Metadata
from galley.publish import citation, enrich, pandoc, pandoc_json
from galley.publish.themes import Theme, render

# Section headings start at h2: the paper's title is the page's h1.
HTML_ARGS = ["--shift-heading-level-by=1", "--section-divs", "--html-q-tags=false"]
ABSTRACT_NAMES = vocab.all_of(vocab.ABSTRACT)
Json = dict[str, Any]


# The page's own words, in the paper's language where we know it (English otherwise).
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "abstract": "Abstract",
        "and": "and",
        "keywords": "Keywords",
        "contents": "Contents",
        "published": "Published",
        "licence": "Licence",
        "correspondence": "Correspondence",
        "download": "Download",
        "permalink": "Link to this section",
        "cite_this": "Cite this article",
        "received": "Received",
        "accepted": "Accepted",
        "citation": "Citation",
        "back": "Back to the text",
    },
    "de": {
        "abstract": "Zusammenfassung",
        "and": "und",
        "keywords": "Schlüsselwörter",
        "contents": "Inhalt",
        "published": "Veröffentlicht",
        "licence": "Lizenz",
        "correspondence": "Korrespondenz",
        "download": "Herunterladen",
        "permalink": "Link zu diesem Abschnitt",
        "cite_this": "Zitiervorschlag",
        "received": "Eingegangen",
        "accepted": "Angenommen",
        "citation": "Zitation",
        "back": "Zurück zum Text",
    },
    "fr": {
        "abstract": "Résumé",
        "and": "et",
        "keywords": "Mots-clés",
        "contents": "Sommaire",
        "published": "Publié",
        "licence": "Licence",
        "correspondence": "Correspondance",
        "download": "Télécharger",
        "permalink": "Lien vers cette section",
        "cite_this": "Citer cet article",
        "received": "Reçu",
        "accepted": "Accepté",
        "citation": "Citation",
        "back": "Retour au texte",
    },
    "es": {
        "abstract": "Resumen",
        "and": "y",
        "keywords": "Palabras clave",
        "contents": "Índice",
        "published": "Publicado",
        "licence": "Licencia",
        "correspondence": "Correspondencia",
        "download": "Descargar",
        "permalink": "Enlace a esta sección",
        "cite_this": "Cómo citar este artículo",
        "received": "Recibido",
        "accepted": "Aceptado",
        "citation": "Cita",
        "back": "Volver al texto",
    },
    "it": {
        "abstract": "Sommario",
        "and": "e",
        "keywords": "Parole chiave",
        "contents": "Indice",
        "published": "Pubblicato",
        "licence": "Licenza",
        "correspondence": "Corrispondenza",
        "download": "Scarica",
        "permalink": "Link a questa sezione",
        "cite_this": "Come citare questo articolo",
        "received": "Ricevuto",
        "accepted": "Accettato",
        "citation": "Citazione",
        "back": "Torna al testo",
    },
    "pt": {
        "abstract": "Resumo",
        "and": "e",
        "keywords": "Palavras-chave",
        "contents": "Sumário",
        "published": "Publicado",
        "licence": "Licença",
        "correspondence": "Correspondência",
        "download": "Baixar",
        "permalink": "Link para esta seção",
        "cite_this": "Como citar este artigo",
        "received": "Recebido",
        "accepted": "Aceito",
        "citation": "Citação",
        "back": "Voltar ao texto",
    },
    "nl": {
        "abstract": "Samenvatting",
        "and": "en",
        "keywords": "Trefwoorden",
        "contents": "Inhoud",
        "published": "Gepubliceerd",
        "licence": "Licentie",
        "correspondence": "Correspondentie",
        "download": "Downloaden",
        "permalink": "Link naar deze sectie",
        "cite_this": "Dit artikel citeren",
        "received": "Ontvangen",
        "accepted": "Geaccepteerd",
        "citation": "Citatie",
        "back": "Terug naar de tekst",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang.split("-")[0].lower(), LABELS["en"])


def direction(lang: str) -> str:
    return Metadata(language=lang).direction


# -- the body ------------------------------------------------------------------------


def mark_abstract(blocks: list[Json], meta: Metadata | None = None) -> bool:
    """Give the paper's own "Abstract"/"Summary"/"Resumo" headings the class ``abstract``,
    so the theme sets the abstracts apart, and an abstract in another language than the
    paper's its ``lang`` (the English "Abstract" of a Portuguese paper: a reader's screen
    reader and the PDF's hyphenation follow it); pandoc carries both to the section. Only
    the headings before any other are candidates: a "Summary" at the end is a conclusion."""
    own = {a.title.lower(): a.lang for a in meta.abstracts if a.title} if meta else {}
    paper = (meta.lang if meta else "en").split("-")[0].lower()
    marked = False
    for b in blocks:
        if b["t"] == "Header":
            text = " ".join(x.get("c", "") for x in b["c"][2] if x["t"] == "Str").strip(" .:").lower()
            if text not in ABSTRACT_NAMES:
                return marked
            b["c"][1][1].append("abstract")
            lang = own.get(text, "")
            if lang and lang.split("-")[0].lower() != paper:
                b["c"][1][2].append(["lang", lang])
            marked = True
    return marked


def translated_keywords(doc: Document) -> list[dict[str, Any]]:
    """The keyword lines of the abstracts in other languages than the paper's (the English
    "Keywords" of a Portuguese paper), for the title block beside the paper's own: each its
    label in its language, its ``lang`` and its words."""
    paper = doc.meta.lang.split("-")[0].lower()
    return [
        {"label": labels(a.lang)["keywords"], "lang": a.lang, "words": a.keywords}
        for a in doc.meta.abstracts
        if a.keywords and a.lang and a.lang.split("-")[0].lower() != paper
    ]


def abstracts_for_page(doc: Document) -> list[dict[str, str]]:
    """The abstracts the page template prints above the body (when the body has no
    abstract heading of its own): each its text, heading and, when it is not in the paper's
    language, its ``lang``."""
    if has_own_abstract(doc):
        return []
    paper = doc.meta.lang.split("-")[0].lower()
    found = doc.meta.abstracts or ([Abstract(doc.meta.abstract)] if doc.meta.abstract else [])
    lab = labels(doc.meta.lang)["abstract"]
    out = []
    for a in found:
        other = a.lang and a.lang.split("-")[0].lower() != paper
        title = a.title or (labels(a.lang)["abstract"] if other else lab)
        out.append({"text": a.text, "title": title, "lang": a.lang if other else ""})
    return out


def _flatten(blocks: list[Json]) -> list[Json]:
    out: list[Json] = []
    for b in blocks:
        inl = b["c"] if b["t"] in ("Para", "Plain") else []
        if out and inl:
            out.append({"t": "Space"})
        out.extend(inl)
    return out


def _notes_to_floats(node: Any) -> Any:
    """For print: each footnote becomes a ``<span class="footnote">`` at its call, which the
    print CSS floats to the page bottom (``float: footnote``); pandoc's end-of-document list
    would put every note on the last page."""
    if isinstance(node, list):
        return [_notes_to_floats(x) for x in node]
    if isinstance(node, dict):
        if node.get("t") == "Note":
            return {"t": "Span", "c": [["", ["footnote"], []], _notes_to_floats(_flatten(node["c"]))]}
        return {k: _notes_to_floats(v) for k, v in node.items()}
    return node


# Ids the page template and pandoc give their own elements; a heading must not take one
# (a section called "Content" or "Footnotes" would otherwise duplicate an id).
RESERVED_IDS = re.compile(r"^(content|toc-title|abstract-title(-\d+)?|footnotes|refs|aff-\d+|fn\d+|fnref\d+)$")


def heading_ids(doc: Document) -> dict[str, str]:
    """Each heading's id as published: its own, or ``<id>-section`` when the page already
    uses that id for something else."""
    taken = {h.ident for h in doc.headings() if h.ident}
    out: dict[str, str] = {}
    for h in doc.headings():
        new = h.ident
        while RESERVED_IDS.match(new) or (new != h.ident and new in taken):
            new += "-section"
        taken.add(new)
        out[h.ident] = new
    return out


def rename_headings(blocks: list[Json], ids: dict[str, str]) -> None:
    for b in blocks:
        if b["t"] == "Header" and b["c"][1][0] in ids:
            b["c"][1][0] = ids[b["c"][1][0]]


def enrich_blocks(doc: Document, blocks: list[Json], medium: str) -> list[Json]:
    """The publish-stage additions (publish/enrich.py) for ``medium``: ``screen`` (the HTML
    page: permalinks and back-links too), ``print`` (the PDF) or ``epub``."""
    lang = doc.meta.lang
    figures = enrich.missing_figures(blocks, lang)
    # A large text's runs of text are one Str each (pandoc_json.LARGE_TEXT): no "Figure" +
    # "2" word pair to link, so that walk over every node is left out (~4 s of a 50 MB
    # text's EPUB, the same again for its HTML; the output is the same).
    if not pandoc_json.is_large(doc):
        blocks = enrich.link_figure_mentions(blocks, figures)
    enrich.citation_links(blocks, back_links=medium == "screen")
    if medium == "screen":
        enrich.permalinks(blocks, labels(lang)["permalink"])
    if medium == "print":
        return list(enrich.keep_names_whole(hyphenated(blocks, lang), lang, names=False))
    return list(enrich.keep_names_whole(blocks, lang))


def hyphenated(blocks: list[Json], lang: str) -> list[Json]:
    """Soft hyphens for the PDF (``enrich.soft_hyphens``), each section by the patterns of
    its own language: the English abstract of a Portuguese paper (its heading's ``lang``,
    set by ``mark_abstract``) breaks "gravi-metric" as English does, not "gra-vimetric"."""
    runs: list[tuple[str, list[Json]]] = []  # (language, blocks): one pass of the patterns each
    for b in blocks:
        current = dict(b["c"][1][2]).get("lang", lang) if b["t"] == "Header" else (runs[-1][0] if runs else lang)
        if not runs or runs[-1][0] != current:
            runs.append((current, []))
        runs[-1][1].append(b)
    return [h for current, run in runs for h in enrich.soft_hyphens(run, current)]


def body_html(doc: Document, medium: str = "screen") -> str:
    ast = pandoc_json.document_to_ast(doc, pandoc.api_version())
    rename_headings(ast["blocks"], heading_ids(doc))
    mark_abstract(ast["blocks"], doc.meta)
    ast["blocks"] = enrich_blocks(doc, ast["blocks"], medium)
    if medium == "print":
        ast["blocks"] = _notes_to_floats(ast["blocks"])
    return pandoc.convert(ast, "html5", HTML_ARGS).decode("utf-8")


def has_own_abstract(doc: Document) -> bool:
    heads = doc.headings()
    return bool(heads) and heads[0].text.strip(" .:").lower() in ABSTRACT_NAMES


# -- the title block -----------------------------------------------------------------


def affiliations(meta: Metadata) -> tuple[list[str], list[list[int]]]:
    """The distinct affiliations in order of first mention, and each author's 1-based
    indices into them. An author's affiliation may list several, separated by ';' (not
    the ';' inside one of ``meta.affiliations``: ``_listed``)."""
    found: list[str] = []
    per_author: list[list[int]] = []

    def index(name: str) -> int:
        if name not in found:
            found.append(name)
        return found.index(name) + 1

    for a in meta.authors:
        per_author.append([index(p) for p in _listed(a.affiliation, meta.affiliations)])
    for extra in meta.affiliations:
        if extra.strip() and extra.strip() not in found:
            found.append(extra.strip())
    return found, per_author


def _listed(affiliation: str, known: list[str]) -> list[str]:
    """The affiliations an author's ``affiliation`` names, parted at ';' but never inside
    one the paper lists whole (``... Caracas – Venezuela. E-mail: defreitas.jh@gmail.com;
    jdefreit@ucm.es.``: one affiliation, not two); the longest such first."""
    whole = sorted({k.strip() for k in known if ";" in k}, key=len, reverse=True)
    out: list[str] = []
    rest = affiliation.strip()
    while rest:
        head = next((k for k in whole if rest.startswith(k) and rest[len(k) :].lstrip()[:1] in ("", ";")), "")
        if not head:
            head = rest.split(";", 1)[0]
        out.append(head.strip())
        rest = rest[len(head) :].lstrip().removeprefix(";").strip()
    return [x for x in out if x]


# Lower-case name particles that belong to the surname: "Sven A. van der Burg" -> "van der Burg".
PARTICLES = vocab.NAME_PARTICLES


def _surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    if not parts:
        return name
    start = len(parts) - 1
    while start > 1 and parts[start - 1] in PARTICLES:
        start -= 1
    return " ".join(parts[start:])


def short_authors(meta: Metadata) -> str:
    """For the running head: "Rising", "Rising & Hsiang", "Rising et al."."""
    names = [_surname(a.name) for a in meta.authors if a.name.strip()]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} & {names[1]}"
    return f"{names[0]} et al."


def short_title(title: str, limit: int = 60) -> str:
    """For the running head: the part before a colon, cut at a word under ``limit``."""
    short = re.split(r"[:?]\s", title, maxsplit=1)[0].strip() or title
    if len(short) <= limit:
        return short
    cut = short[:limit].rsplit(" ", 1)[0].rstrip(",;-–— ")
    return cut + "…"


# -- JSON-LD -------------------------------------------------------------------------


def json_ld(doc: Document, links: dict[str, str]) -> str:
    """schema.org's ScholarlyArticle for the page's <script type="application/ld+json">:
    only the fields the metadata holds."""
    m = doc.meta
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "ScholarlyArticle", "inLanguage": m.lang}
    if m.title:
        data["headline"] = data["name"] = m.title
    if m.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": m.doi}
        data["sameAs"] = f"https://doi.org/{m.doi}"
    plain = {
        "alternativeHeadline": m.subtitle or m.translated_title,
        "author": _ld_people(m),
        "datePublished": m.date,
        "keywords": m.keywords,
        "abstract": m.abstract,
        "license": m.licence,
        "encoding": [
            {"@type": "MediaObject", "contentUrl": links[f], "encodingFormat": mime}
            for f, mime in (("pdf", "application/pdf"), ("epub", "application/epub+zip"))
            if links.get(f)
        ],
    }
    data |= {k: v for k, v in plain.items() if v}
    # JSON-LD sits in a <script>: with no "<", ">" or "&" left, text can never close it.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _ld_people(m: Metadata) -> list[dict[str, Any]]:
    affs, per_author = affiliations(m)
    people = []
    for a, idx in zip(m.authors, per_author, strict=True):
        person: dict[str, Any] = {"@type": "Person", "name": a.name}
        if idx:
            orgs = [{"@type": "Organization", "name": affs[i - 1]} for i in idx]
            person["affiliation"] = orgs[0] if len(orgs) == 1 else orgs
        if a.orcid:
            person["identifier"] = person["sameAs"] = f"https://orcid.org/{a.orcid}"
        if a.email:
            person["email"] = a.email
        people.append(person)
    return people


# -- the page ------------------------------------------------------------------------


def _template(theme: Theme) -> jinja2.Template:
    return theme.template("page.html.j2")  # compiled in jinja2's sandbox (themes.py)


def _style(css: str) -> Markup:
    """Theme CSS (ours, never input text) goes into <style> unescaped; a stray "</" could
    still end the element, so it is broken up."""
    return Markup(css.replace("</", "<\\/"))


_FONT_URL = re.compile(r"url\(\s*['\"]?\.\./fonts/([\w.-]+\.woff2)['\"]?\s*\)")


@lru_cache(maxsize=16)
def _font_data(path: Path) -> str:
    return "data:font/woff2;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def inline_fonts(css: str, theme: Theme) -> str:
    """The screen CSS's ``url(../fonts/NAME.woff2)`` -> the font itself as a data URI, so the
    page still opens alone (from ``file://``, a mail, a repository) and shows its face
    (~80 KB for the three WOFF2 subsets). A font the theme does not have is left as written."""

    def one(m: re.Match[str]) -> str:
        for folder in (theme.fonts, *(t.folder / "fonts" for t in theme.chain())):
            path = folder / m.group(1)
            if path.is_file() and theme.owns(path):  # never a font symlinked out of the theme
                return f'url("{_font_data(path)}")'
        return m.group(0)

    return _FONT_URL.sub(one, css)


def publication(doc: Document) -> dict[str, Any]:
    """The journal identity and the paper's history for the title block, and the "cite this"
    block (APA text and BibTeX, RIS, CSL-JSON downloads) when there is enough to cite."""
    m = doc.meta
    lab = labels(m.lang)
    dates = [
        {"label": lab[key], "iso": citation.machine_date(value), "text": citation.format_date(value, m.lang)}
        for key, value in (("received", m.received), ("accepted", m.accepted), ("published", m.publication_date))
        if value
    ]
    citable = bool(m.title) and bool(m.authors or m.journal or m.doi)
    return {
        "journal": m.journal,
        "issue_line": citation.journal_line(replace(m, journal="")),
        "dates": dates,
        "licence_url": citation.licence_url(m.licence),
        "apa": citation.apa(m) if citable else "",
        "exports": citation.exports(m) if citable else [],
    }


def render_page(
    doc: Document,
    theme: Theme,
    *,
    stem: str,
    body: str,
    links: dict[str, str],
    css_inline: str = "",
    css_links: tuple[str, ...] = (),
    toc_min: int | None = None,
    medium: str = "screen",
) -> str:
    links = {"pdf": links.get("pdf", ""), "epub": links.get("epub", "")}
    heads = [h for h in doc.headings() if h.ident and h.level <= 3]
    need = theme.option("toc_min_headings") if toc_min is None else toc_min
    ids = heading_ids(doc)
    toc = [{"level": h.level, "ident": ids[h.ident], "text": h.text} for h in heads] if len(heads) >= need else []
    affs, per_author = affiliations(doc.meta)
    authors = [
        asdict(a) | {"marks": idx if len(affs) > 1 else []} for a, idx in zip(doc.meta.authors, per_author, strict=True)
    ]
    meta = asdict(doc.meta) | {"lang": doc.meta.lang}
    return render(
        _template(theme),
        str(theme.file("page.html.j2")),
        meta=meta,
        authors=authors,
        affiliations=affs,
        numbered_affiliations=len(affs) > 1,
        running_head=" · ".join(x for x in (short_authors(doc.meta), short_title(doc.meta.title)) if x),
        abstracts=abstracts_for_page(doc),
        translated_keywords=translated_keywords(doc),
        stem=stem,
        body=Markup(body),
        links=links,
        css_inline=_style(inline_fonts(css_inline, theme) if medium == "screen" else css_inline) if css_inline else "",
        css_links=css_links,
        toc=toc,
        labels=labels(doc.meta.lang),
        medium=medium,
        options={k: theme.option(k) for k in ("pdf_toc", "line_numbers")},
        jsonld=Markup(json_ld(doc, links)),
        version=__version__,
        direction=doc.meta.direction,
        pub=publication(doc),
    )


def print_page(doc: Document, theme: Theme, *, stem: str) -> str:
    """The page WeasyPrint lays out: print CSS inlined (an author sheet, so it wins over
    user-agent rules), font URLs pointed at the theme's font folder, notes as floats."""
    css = theme.css("print").replace("url(../fonts/", f"url({theme.fonts.as_uri()}/")
    return render_page(doc, theme, stem=stem, body=body_html(doc, "print"), links={}, css_inline=css, medium="print")
