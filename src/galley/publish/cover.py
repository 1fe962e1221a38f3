"""A generated cover: the title and authors set on a plain page, as SVG.

EPUB readers show a book's cover image in their library; a paper re-published from text
has none, so galley draws one. SVG keeps it small and sharp; the text is laid out here
(a greedy line fill with an average glyph width), since an SVG image cannot wrap text.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from galley.model import Metadata

WIDTH, HEIGHT = 1200, 1600
MARGIN = 110
# Average advance of a serif face, in em: enough to keep lines inside the margins.
AVG_EM = 0.56


def wrap(text: str, size: int, width: int = WIDTH - 2 * MARGIN) -> list[str]:
    """Greedy line fill for ``text`` at font ``size`` px within ``width`` px."""
    per_line = max(8, int(width / (size * AVG_EM)))
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= per_line:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fit_title(title: str) -> tuple[int, list[str]]:
    """The largest title size (from 96 px down) that takes at most six lines."""
    for size in (96, 84, 72, 64, 56, 48):
        lines = wrap(title, size)
        if len(lines) <= 6:
            return size, lines
    return 48, wrap(title, 48)[:8]


def author_line(meta: Metadata) -> str:
    names = [a.name for a in meta.authors if a.name.strip()]
    if len(names) > 6:
        names = names[:6] + ["et al."]
    return ", ".join(names)


def alt_text(meta: Metadata, fallback: str) -> str:
    """What the cover says, for the image's alt text."""
    title = meta.title or fallback
    authors = author_line(meta)
    return f"Cover: {title}" + (f", by {authors}" if authors else "")


def cover_svg(meta: Metadata, fallback: str) -> str:
    title = meta.title or fallback
    size, lines = _fit_title(title)
    y = 420
    parts = [
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#f6f3ec"/>',
        f'<rect x="{MARGIN}" y="300" width="160" height="10" fill="#7a2e1f"/>',
    ]
    lead = int(size * 1.18)
    for line in lines:
        y += lead
        parts.append(f'<text x="{MARGIN}" y="{y}" font-size="{size}" font-weight="700">{escape(line)}</text>')
    if meta.subtitle:
        y += 40
        for line in wrap(meta.subtitle, 44)[:3]:
            y += 56
            parts.append(f'<text x="{MARGIN}" y="{y}" font-size="44" font-style="italic">{escape(line)}</text>')
    authors = author_line(meta)
    if authors:
        y += 70
        for line in wrap(authors, 46)[:4]:
            y += 60
            parts.append(f'<text x="{MARGIN}" y="{y}" font-size="46">{escape(line)}</text>')
    foot = " · ".join(x for x in (meta.date[:4] if meta.date else "", f"doi:{meta.doi}" if meta.doi else "") if x)
    if foot:
        parts.append(f'<text x="{MARGIN}" y="{HEIGHT - 130}" font-size="34" fill="#444">{escape(foot)}</text>')
    body = "\n".join(parts)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="\'Source Serif Pro\', Georgia, serif" fill="#1b1b1b">\n'
        f"<title>{escape(alt_text(meta, fallback))}</title>\n{body}\n</svg>\n"
    )


def cover_xhtml(meta: Metadata, fallback: str, lang: str, image_href: str) -> str:
    alt = escape(alt_text(meta, fallback), {'"': "&quot;"})
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'xml:lang="{lang}" lang="{lang}">\n<head>\n<meta charset="utf-8" />\n<title>Cover</title>\n'
        "<style>html, body { margin: 0; padding: 0; height: 100%; text-align: center; }"
        " img { max-width: 100%; max-height: 100%; }</style>\n</head>\n"
        f'<body epub:type="cover">\n<section epub:type="cover">\n'
        f'<img role="doc-cover" src="{image_href}" alt="{alt}" />\n</section>\n</body>\n</html>\n'
    )
