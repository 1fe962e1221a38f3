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
