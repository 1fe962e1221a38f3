"""One-off: the HTML page's web fonts, WOFF2 subsets of the shipped Source Serif Pro.

Run from this folder after changing the faces: ``python make_webfonts.py`` (fonttools and
brotli). The subset keeps Latin (Western, Central and Eastern European, Turkish, Romanian),
the punctuation and symbols papers use, and the features the themes ask for (kerning,
ligatures, small caps, old-style and tabular figures); text outside it falls back glyph by
glyph to the next face in the CSS stack. Three faces: 600 resolves to Bold, bold italic is
never set by the themes. Licence: OFL-SourceSerifPro.txt beside them. "Source" is a
Reserved Font Name of the OFL and a subset is a Modified Version, so the subsets are renamed
"Galley Serif" (the CSS family of the HTML page).
"""

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

UNICODES = (
    "U+0000-017F,U+0192,U+0218-021B,U+0237,U+02BB-02BC,U+02C6-02C7,U+02D8-02DD,U+0300-0304,"
    "U+0306-0308,U+030A-030C,U+0326-0328,U+1E9E,U+2000-206F,U+2070-2079,U+2080-2089,U+20AC,"
    "U+2116,U+2122,U+2190-2193,U+2212,U+2215,U+221E,U+2248,U+2260,U+2264-2265,U+FB01-FB02"
)
FEATURES = "smcp,onum,lnum,tnum,pnum"

for face in ("Regular", "It", "Bold"):
    src = Path(f"SourceSerifPro-{face}.ttf")
    subset.main([str(src), f"--unicodes={UNICODES}", f"--layout-features+={FEATURES}", "--flavor=woff2",
                 f"--output-file=GalleySerif-{face}.woff2"])
    out = src.with_name(f"GalleySerif-{face}.woff2")
    font = TTFont(out)
    style = {"Regular": "Regular", "It": "Italic", "Bold": "Bold"}[face]
    names = {1: "Galley Serif", 2: style, 3: f"galley;GalleySerif-{style}", 4: f"Galley Serif {style}",
             6: f"GalleySerif-{style}", 16: "Galley Serif", 17: style}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in names and n.nameID not in (18, 21, 22)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
    font.flavor = "woff2"
    font.save(out)
    print(out, out.stat().st_size)
