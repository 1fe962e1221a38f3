"""Real extracted text the clean tests share (JOSE papers, CC BY 4.0)."""

# pdftotext of jose.00090's summary: no blank lines; the first paragraph's last line is
# short (65 characters), so the next word would have fitted: the fit test ends it there.
SUMMARY = """\
The use of econometrics to study how social, economic, and biophysical systems respond
to weather has started a torrent of new research (Carleton & Hsiang, 2016). It is allowing
researchers to better understand the impacts of climate change, disaster risk and responses,
resource management, human behavior, and sustainable development.
The research often features weather regression modeling and analyzing socioeconomic
outcomes as they vary over time. The researchers need to collect, integrate, and analyze
many different datasets such as historical climate data, future climate models, GIS
information, and administrative data, in order to obtain meaningful and comprehensive
results. While the challenges of climate econometrics are similar across all problems.
"""

# pypdf on a two-column Portuguese article (SciELO, CC BY): the numbered section headings
# wrapped in a 45-character column, one of them hyphenated; no blank lines anywhere.
WRAPPED = """\
a apontar como esses discursos se concretizam, co-
mo se realizam axiologicamente, na análise das
situações extralinguísticas e linguísticas
dos enunciados eleitos para análise.
3 Análise dialógica dos discursos de réus do
crime de feminicídio do Tribunal do Júri
3.1 Do grande cronotopo ao cronotopo do Tri-
bunal do Júri
O cronotopo corresponde à relação indissolúvel
do tempo-espaço, visto nem os sujeitos e nem
os enunciados existirem fora de um tempo e de
um espaço. Como toda forma de enunciado situa-
se em um tempo e espaço, ele é dado.
"""

# A two-column page as pdftotext reads it (jose.00090, page 1 and the top of page 2): the
# right column's first line ("based on their file formats ...") comes right under the
# heading, while the left column's list ends mid-sentence at the page's foot.
TWO_COLUMNS = (
    "A practical guide to climate econometrics: Navigating key\n"
    "decision points in weather and climate data analysis\n"
    "\n"
    "Summary\n"
    "\n"
    "based on their file formats and origins.\n"
    "\n"
    "The use of econometrics to study how social, economic,\n"
    "and biophysical systems respond to weather has started\n"
    "a torrent of new research (Carleton & Hsiang, 2016). It\n"
    "is allowing researchers to better understand the impacts\n"
    "The research often features weather regression modeling and analyzing socioeconomic outcomes as they vary\n"
    "over time. The researchers need to collect, integrate,\n"
    "and analyze many different datasets such as historical\n"
    "climate data, future climate models, GIS information, and\n"
    "administrative data, in order to obtain meaningful results.\n"
    "\n"
    "4. Weighting schemes: explains the importance of\n"
    "weighting schemes and how to work with them\n"
    "\fReferences\n"
    "\n"
    "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic\n"
    "impacts of climate. Science, 353(6304), aad9837.\n"
)
