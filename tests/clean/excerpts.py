"""Real extracted text the clean tests share (JOSE papers and SciELO articles, CC BY 4.0)."""

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


# jose.00193 (CC BY) in two columns as pdftotext's default mode read it: no blank line
# between paragraphs, and printed lines joined at their hyphens into lines longer than the
# column (``... information de-`` / ``rived from Argo data.`` is one line of 68 characters
# on a measure of 54).
JOINED_LINES = (
    "Summary\n"
    "The Argo Online School (AoS) is a collection of\n"
    "videos, animations and hands-on Python-driven\n"
    "Jupyter notebooks designed to make the data accessible from more than 4,000 profiling floats that "
    "constitute the Argo program. The Argo program samples,\n"
    "in near real-time, the upper 2,000 meters of the ocean\n"
    "using a fleet of floats that drift with the ocean currents.\n"
    "The AoS consists of 28 chapters about the Argo program and its data, organized into a total of 3 lessons\n"
    "and 2 self-assessment sections:\n"
    "• Lesson 1 is intended to introduce the basics of\n"
    "Argo, its objectives and key elements, such as the\n"
    "structure of the Argo floats and their operation in\n"
    "the open ocean.\n"
    "• Lesson 2 focuses on the data coming from the\n"
    "Argo network, from its organization to its accessibility. Data quality control is also addressed\n"
    "through its two main modes: Real-Time and\n"
    "Delayed-Mode.\n"
    "• Lesson 3 is the AoS hands-on component, and it\n"
    "requires basic knowledge of Python. It provides\n"
    "a set of instructions for preparing a Python environment in case the user wants to run the Python\n"
    "Jupyter Notebooks on a local machine. This environment already includes recommended packages. The "
    "walk-through of Lesson 3 shows how\n"
    "to work with the netCDF format, how to access\n"
    "and process Argo data, and create visualizations\n"
    "to enhance understanding of the information derived from Argo data.\n"
    "The target audience of the AoS is high school, undergraduate or early graduate students. The "
    "programming content in Lesson 3 offers an ideal opportunity\n"
    "to support students pursuing a technical or science\n"
    "curriculum. Lessons 1 and 2 form a closed module\n"
    "and can be used independently by learners who wish\n"
    "to focus solely on Argo. It is recommended not to skip\n"
    "any lesson in the AoS, as the content is carefully structured from simpler to more complex "
    "concepts, providing a progressive learning experience. Users have\n"
    "the opportunity to self-assess their learning progress\n"
    "through the proposed interactive self-assessments in\n"
    "the AoS.\n"
    "\n"
    "The AoS has been designed to be expanded in the\n"
    "future to follow the implementation of new features\n"
    "in the Argo program.\n"
    "Statement of need\n"
    "Argo (Riser et al., 2016; Roemmich et al., 2019) is an\n"
    "international program that collects information from\n"
    "inside the ocean using a fleet of floats that drift with\n"
    "the ocean currents. The floats move up and down between the surface and a mid-water level, measuring\n"
    "ocean variables, and spend almost their entire lifespan below the surface. Since 2012, Argo has collected\n"
    "over 100,000 oceanographic profiles per year and consists of approximately 4,000 floats, making it the major\n"
    "component of the Global Ocean Observing System.\n"
    "Although data from Argo (Argo, 2021) is publicly and\n"
    "freely available, it represents a vast dataset with thousands of files. The accompanying documentation can\n"
)


# jose.00200 (CC BY) as pdfminer read its two columns: a heading is a box of one line.
LINE_BOX = """\
Finally, the Jupyter notebooks are also hosted and
can be accessed via a dedicated GitLab repository,
which allows data users to replicate the content and
programming environment locally. The repository
contains detailed instructions on how to reproduce
the setup on a local machine.

Remote sensing observations from satellites

This chapter introduces data users to the principles
of remote sensing with satellites and puts a spe-
cific focus on how dust and the amount of aerosols
"""
# The same boxes, the next opening on a content word: only the box sets the heading apart
# (with ``This`` after it, the sentence that starts there does too:
# ``clean.headings.before_new_sentence``).
LINE_BOX_ALONE = LINE_BOX.replace("This chapter introduces", "Chapter 4 introduces")

# pypdf on a two-column Portuguese article (SciELO ciedu-27, CC BY): no blank line anywhere.
# The second paragraph ends on a line of 41 characters; with the next word 'Assim' (5) that
# is 47 of the column's measure of 48, and the third paragraph starts there.
NEAR_FULL_END = """\
socioeconômico proporcionam melhores desempen-
hos em matemática e língua portuguesa, alunos do
gênero masculino estão em desvantagem sobre o
gênero feminino, no que se refere ao aprendizado
em leitura, e que alunos negros e alunos com de-
fasagem escolar têm proficiência inferior em ambas
as disciplinas.
Preocupados com as desigualdades raciais no sis-
tema brasileiro de Educação Básica, Soares e Alves
(2003) utilizaram a abordagem multinível em dois
níveis – alunos e escolas – para investigar as difer-
enças nos desempenhos de alunos discriminados por
raça. Analisando dados do SAEB de 2001, os au-
tores observaram que a diferença entre brancos e
negros cresce com o aumento, tanto no nível socioe-
conômico do aluno como no da escola, e é maior
na rede privada. A comparação do aluno com os
colegas, os recursos culturais que dispõe, o fato de
gostar de estudar a disciplina e fazer o dever de
casa, são variáveis com impacto positivo sobre o
desempenho escolar. Por outro lado, o atraso es-
colar foi identificado como a variável que mais afe-
tou negativamente o desempenho do aluno, resul-
tado semelhante ao de Barbosa e Fernandes (2001),
Soares (2003) e Soares e Mendonça (2003).
Assim como feito no estudo de Jesus e Laros
(2004), Soares e Mendonça (2003) verificaram que o
nível socioeconômico, a escolaridade do pai e fazer
o dever de casa atuam positivamente sobre o de-
sempenho do aluno em Língua Portuguesa. Por
outro lado, o atraso escolar e o fato de o aluno tra-
balhar tem impacto negativo sobre o resultado al-
"""

# Rev. adm. contemp. (pypdf, two columns, CC BY): a heading in sentence case set in a
# larger font runs 47 of the column's 51 characters; only the words around it tell.
SENTENCE_CASE = """\
and the moral virtues - for example, prudence in
decision-making implies that temperance will man-
age the impulses that would affect such a decision,
like anger or impatience; and, (2) the unity of the
virtues: in the agent, the virtues are linked to each
other - that is, there is no isolated virtue - which
means that if a person has one virtue, this same per-
son also has the others (Zyl, 2019).
Perspectives that seek to measure moral virtues
In administration, studies of virtue ethics have
formed a line of research that adopts quantita-
tive and statistical methods to measure virtues and
their positive impacts on organizations (Ferrero &
Sison, 2014). Such a line of research is inserted in
"""


# Rev Saúde Pública (pdfminer, CC BY): a heading in capitals wrapped after a full word,
# its first line 34 characters on a measure of 52.
STACKED = """\
INTRODUÇÃO

O câncer do colo do útero é o segundo mais frequente
entre as mulheres brasileiras.

Incorporar orientação sobre o papel do exame preven-
tivo na atenção às mulheres no climatério pela equipe
de saúde é fundamental para incentivar sua realiza-
ção, contribuindo para reduzir a incidência e mortali-
dade nessa população.

DIAGNÓSTICO E TRATAMENTO DO CÂNCER
DO COLO DO ÚTERO

Para os diagnósticos obtidos nos exames de Papani-
colau, o Ministério da Saúde preconiza as seguintes
condutas.
"""


# Cad. Saúde Colet. (pdftotext, CC BY): a structured abstract whose parts run their labels
# in; the first part's last line is full, so only the label tells that a part starts.
STRUCTURED = """\
Introdução: O diabetes mellitus gestacional é definido como qualquer grau de intolerância à
glicose, diagnosticado pela primeira vez durante a gestação, podendo ou não persistir após o
parto. Sua prevalência ainda é conflitante, mas os riscos oferecidos a mãe e feto são diversos.
Objetivo: Identificar as respostas positivas de mulheres sobre um diagnóstico de diabetes
recebido na gestação e relacioná-lo a características sociodemográficas e do pré-natal, além de
descrever as orientações recebidas frente ao diagnóstico.
Conclusões e implicações para a prática: os resultados detalhados da PNS fornecem estimativas
populacionais de qualidade sobre o diagnóstico de diabetes e as orientações recebidas.
"""


# Rev. Bras. Educ. Espec. (pypdf, two columns, CC BY): a section's long name wrapped onto
# three lines of a narrow column, after section 2.
OUTLINE_WRAPPED = """\
2 Aspectos metodológicos e éticos
Em termos metodológicos, analisamos documentos
federais e estatísticas do Censo Escolar e da Edu-
cação Superior produzidos pelo Instituto Nacional
e as perspectivas atuais da Educação Especial, con-
siderando a produção científica na área e de políti-
cas educacionais.
3 A educação como direito: perspectivas e
desafios da educação especial na perspectiva
da educação inclusiva
Conforme já sinalizado anteriormente, a PNEEPEI
de 2008 tem sido usada para orientar os sistemas
de ensino a transformarem-se em sistemas educa-
cionais inclusivos, já em sintonia com os princí-
"""


# rsp-59-e1, scielo-latex-pypdf: an English article's references, two of them Portuguese.
# Entry 3 is too short to tell its language; entries 11 and 23 are Portuguese by their own words.
TUBERCULOSE = (
    "3. Ministério da Saúde (BR). Boletim Epidemiológico -\n"
    "Hepatites Virais 2023 Departamento de HIV/Aids, Tuber-\n"
    "culose, Hepatites Virais e Infecções Sexualmente Trans-\n"
    "missíveis. Secretaria de Vigilância em Saúde e Ambiente.\n"
)
IBGE = (
    "\n11. Instituto Brasileiro de Geografia e Estatística (IBGE). Car-\n"
    "acterísticas gerais dos domicílios e dos moradores 2019\n"
    "– PNAD Contínua. Pesquisa Nacional por Amostra de\n"
    "Domicílios Contínua. Rio de Janeiro: IBGE; 2020.\n"
)
DANTAS = (
    "\n23. Dantas TOM. Aspectos epidemiológicos da infecção pelo\n"
    "vírus da hepatite C e coinfecções com os vírus B e delta\n"
    "no estado do Acre, Amazônia Ocidental Brasileira [Inter-\n"
    "net]. Brasília, DF. Tese [Doutorado]. – Universidade\n"
    "de Brasília, Núcleo de Medicina Tropical; 2010.\n"
)

# pypdf of jose.00198 set on A5 pages by WeasyPrint: the page's bullets are read after all
# of its text, right before its page number (``5``, ``6``) and the next page's first line,
# which ends the word the page broke (``stu‐`` / ``dent``).
BULLETS_LAST = """\
familiar with. Based on Constructivism and other
learning theories, this step of integrating the material
into their existing knowledge will help students in
5
constructing richer cognitive maps that better support
retention and application (Bada & Olusegun, 2015).
In the second session of the week a live-coding R tu‐
torial is presented on a topic related to the paper dis‐
cussion. The tutorials fol‐
low a general progression of:
Loading time series data and performing basic
data transformations
Decomposing a time series into long-term trends
and seasonal patterns
Computing basic properties of time-series data to
build basic models
Using time-series models to make and evaluate
forecasts
Exploring further applications of models in ecolo‐
gical contexts (including species-distribution
modeling and Bayesian state space modeling)
R tutorials follow the principles of “explicit teaching”
and “scaffolding”, in combining active-learning with a
gradual on ramp for students (Archer & Hughes,
2010; Rosenshine, 1987). This approach has been de‐
scribed as “a systematic method of teaching with em‐
phasis on proceeding in small steps, checking for stu‐
•
•
•
•
•
6
dent understanding, and achieving active and success‐
ful participation by all students” (Rosenshine, 1987, p.
34). This is useful for teaching computational skills to
researchers because it allows students to gradually
develop comfort with quantitative material that can be
intimidating otherwise.
7
"""


# jose.00239 (CC BY) set in A5, as pypdf read it: two lists on the page, each brought in by
# its colon, neither running to the page's end; seven bullets for four items and three.
TWO_LISTS = """\
The key learning objective from this workshop could be simply
summarised as: Provide participants with the ability to develop
ML models in PyTorch. However, there are a few subtleties that
we wish to highlight here, in the way that the material is set
out and taught. We go beyond the ability to blindly run the
downloaded code to:
provide an understanding of the structure of a
PyTorch model and ML pipeline,
introduce the different functionalities PyTorch
might provide,
encourage good research software engineering
(RSE) practice, and
exercise careful consideration and understanding
of data used for training ML models.
With regards to specific ML content we cover:
using ML for classification,
artificial neural networks (ANNs), and
treatment of both tabular and image data.
All of the teaching materials for this course are available on
line in a GitHub repository. In addition we have a GitHub pages
site as a central resource to point the participants of it to.
•
•
•
•
•
•
•
\f\
Slides
We have produced two slide decks for the course, both online.
"""


# jose.00252 set on an A5 page (WeasyPrint, pdftotext): a heading in larger type wrapped
# early (``Course structure and learning`` / ``outcomes``: 38 characters on a measure of 51).
EARLY = """\
Target audience
ARC4CFD is intended to be an introductory course
that combines concepts from CFD and computing with
an end-user focus. The course is built with the as‐
sumption that students have: a) a undergraduate-level
knowledge in fluid dynamics, b) introductory know‐
ledge in Computational Fluid Dynamics, and c) famili‐
arity with navigating terminal and bash commands on
remote systems. The course needs to provide both a
theoretical understanding of parallel computing and
a systematic, hands-on approach to set up effective
workflows for CFD on HPC. The lessons first offer a
conceptual understanding and then apply that under‐
standing to specific CFD problems; a summative ex‐
ample is woven into the course which follows the
learner through the main CFD workflow.
Course structure and learning
outcomes
The course is expected to take about 16 hours to com‐
plete and is divided into three sections. Each section
consists of several lessons with individually-defined
learning outcomes. The sections are structured in a
way that the learner can first develop a foundational
understanding of HPC (Section 1), translate those
"""


# jose.00240 (pypdf of the journal's PDF): a heading whose every long word is capitalised
# runs 71 characters of 88, longer than a heading's usual share of the measure.
TITLED = """\
This model is used as a consistent example throughout the tutorial exercises, allowing
learners to apply concepts in a practical context.
Pre-requisites for Part 0 include a basic understanding of Python, Jupyter Notebooks, and
MODFLOW 6 (Langevin et al., 2022). Familiarity with git is a bonus but not fundamental.
Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach
Part 1 focuses on the Gauss-Levenberg Marquardt (GLM) approach to parameter estima-
tion and associated uncertainty analysis in a groundwater modelling context.
Part 1 is designed to be accessible without strict sequential dependencies. Learners have
the flexibility to explore its contents in any order that suits their preferences or needs.
"""


# rac-26 set with indented paragraphs (WeasyPrint, pypdf): a heading in capitals of 58
# characters on a measure of 85, wrapped onto a second line in capitals.
CAPITALS_WRAPPED = """\
INTRODUCTION
After this introduction, the second section below presents the concept of moral
virtues, considering assumptions of virtue ethics and perspectives seeking to meas‐
ure virtues. The subsequent section describes the methodological procedures and
the analysis criteria adopted in this systematic review, followed by the fourth sec‐
tion presenting the results and discussions about measures and scales found in the
literature, analyzing methods and theoretical assumptions. Lastly, we offer sugges‐
tions for future studies and present the final considerations, including the research
limitations and conclusions.
MORAL VIRTUES ACCORDING TO THE TRADITION OF VIRTUES ETHICS
IN BUSINESS ETHICS
The work of authors such as Elizabeth Anscombe (1958), Philippa Foot (1967), and
Alasdair MacIntyre (2007), who return to Aristotelian and Thomistic concepts, were
responsible for the resumption or reinterpretation of moral virtues in philosophy,
"""


# jose.00292 (CC BY) in two columns as pdftotext's default mode read it: printed lines joined
# at their hyphens, the author's too (``group-`` / ``based``: line 2, ``groupbased``).
GROUP_BASED = (
    "3. Learn interactively and in groups Interactive and collaborative learning plays a crucial role in "
    "student engagement and knowledge retention (Guzdial, 2001). The\n"
    "course incorporates live coding sessions, and groupbased exercises to make practices as accessible "
    "as possible and encourage active participation (Vial & Negoita,\n"
    "2018). We build on the principles of active learning to\n"
    "promote deeper understanding through hands-on practice and peer collaboration. In particular, group "
    "problemsolving can foster a collaborative environment where\n"
    "learners can exchange ideas, learn from one another, and\n"
    "build confidence in their coding skills (Freeman et al.,\n"
    "2014).\n"
    "Development environment\n"
    "Our recommended setup for Python package development is\n"
    "GitHub Codespaces, a cloud-based development solution featuring a graphical interface of "
    "VisualStudio Code as well as a\n"
    "full Python environment with preinstalled dependencies and\n"
    "configuration2 . With Codespaces, students can start their work\n"
    "directly from a browser, where all necessary dependencies are\n"
    "automatically configured. GitHub Codespaces offers several\n"
    "key advantages for Python package development. Offloading\n"
    "all computational tasks to remote servers eliminates the performance issues that often arise when "
    "running development\n"
    "environments on local machines. Additionally, the environment is fully standardized, meaning every "
    "student works with\n"
    "the same configuration, reducing the variability and potential\n"
    "issues seen in local setups. The Codespaces startup scripts\n"
    "effectively allow us to set up the development environment\n"
    "automatically and without user interaction. This approach\n"
    "not only saves time but also mirrors the benefits described by\n"
    "Malan (2024), where containerization minimized technical\n"
    "challenges and enhanced the learning experience.\n"
    "For students who prefer a local development setup, we\n"
    "also offer options like Windows Subsystem for Linux (WSL)\n"
    "for Windows users, ensuring they can work with a Linuxlike environment while still on their native "
    "operating system.\n"
    "This provides flexibility while maintaining the core benefits\n"
    "of a standardized development environment. By enabling\n"
    "students to work in a consistent environment regardless of\n"
    "their operating system, we ensure that everyone has access\n"
    "to the same tools, configurations, and workflows. It also\n"
    "ensures equal opportunities, regardless of students’ choice of\n"
    "operating system and enables them to collaborate effectively\n"
    "without technical barriers.\n"
    "Reuse and modification of materials\n"
    "The materials provided in this course are designed for easy\n"
    "reuse and modification by other instructors. While the course\n"
    "uses the CoLRev Python package (Wagner & Prester, 2024)\n"
    "as the example context, the materials allow instructors to\n"
    "2 Local VirtualBox images were too slow on most student machines, and\n"
    "resources for self-hosted virtual machines were not available.\n"
)


# jose.00299 (CC BY) in two columns as pdftotext's default mode read it: ``domain-`` /
# ``specific to the three masters programs.`` joined into one line (line 27, ``domainspecific``)
# whose last printed part is short, so the next line, ``For Medicinal ...``, starts a paragraph.
DOMAIN_SPECIFIC = (
    "force fields, timesteps, thermodynamic ensembles\n"
    "(e.g., isothermal-isobaric and canonical), periodic\n"
    "boundary conditions, system preparation and resource requirements for simulation.\n"
    "The practical component uses a protein-in-water\n"
    "system (allowing students to choose from a selection of small protein structures) to introduce "
    "students to key stages of a simulation workflow:\n"
    "• Pre-processing: Converting input files (e.g.,\n"
    "PDB structures) into GROMACS formats, generating topologies, defining the simulation box,\n"
    "and adding water and ions.\n"
    "• Simulation Execution: Performing energy\n"
    "minimisation followed by equilibration in\n"
    "the canonical (NVT) and isothermal-isobaric\n"
    "(NPT) ensembles.\n"
    "• Post-processing and Analysis: Using built-in\n"
    "GROMACS tools to extract thermodynamic\n"
    "quantities (e.g., temperature, pressure, potential energy), trajectory information, and structural "
    "properties, such as root-mean-square deviation (RMSD) and radius of gyration.\n"
    "Students visualise the structure and dynamics using VMD (Humphrey et al., 1996) and plot analysed\n"
    "data using Xmgrace (Turner, 2005). Students are\n"
    "prompted to think critically about their simulation\n"
    "results, discussing with demonstrators.\n"
    "\n"
    ""
    "3\n"
    "\n"
    "Course Materials for an Introduction to Computational . . .\n"
    "\n"
    "Session 3\n"
    "The third session builds upon the developed skills\n"
    "to perform advanced simulations that are domainspecific to the three masters programs.\n"
    "For Medicinal and Biological Chemistry students,\n"
    "this session applies molecular dynamics to a biologically relevant protein–ligand system. A short "
    "lecture introduces protein structure and the requirements for modelling them. Students prepare a\n"
    "dimer system as before, with a focus on handling\n"
    "incomplete PDB files and selecting suitable force\n"
    "fields. They perform energy minimisation, equilibration, and production runs using GROMACS,\n"
    "with analysis focusing on system stability and ligand binding through interpreting RMSD and "
    "interaction metrics from trajectories. This session\n"
    "and lecture materials have been partially adapted\n"
    "from BioSim Analysis Workshop (Degiacomi et al.,\n"
    "2025).\n"
    "For Materials Chemistry and Analytical Chemistry students, the focus of the session is on "
    "simulating a clay–organic interface, relevant to materials and environmental sciences. A short "
    "lecture introduces layered minerals, interfacial interactions, and their applications in catalysis, "
    "environmental remediation, and nanotechnology. Students\n"
    "prepare a hydrated clay system containing organic\n"
    "guest molecules. Hands-on tasks include setting\n"
    "up a 2D layered system across the periodic boundary, modifying topology files, solvating and "
    "chargebalancing the system, running NPT simulation in\n"
    "semi-isotropic ensemble to account for the layered\n"
    "system and ensuring simulation stability. Students\n"
    "visualise structures using VMD and analyse layer\n"
    "spacing, molecular diffusion, and guest–host interactions with GROMACS tools.\n"
    "\n"
    "simplified HTML page linking the templates and an\n"
    "example report.\n"
)

# jose.00307 (CC BY) set in two columns whose paragraphs are set apart, read by pdftotext
# row by row: on page 2 a box of the left column, then the box beside it in the right one
# (``complete self-study resource ...`` goes on from the left column's foot, ``This makes
# the lesson material a``). Page 1's summary runs across both columns. Paragraphs cut
# short to four lines.
ROWS_READ_ACROSS = (
    "Introduction to deep learning: Carpentries-style hands-on lesson material for introducing researchers\n"
    "\n"
    "Summary\n"
    "This lesson teaches the fundamentals of deep learning to researchers who are familiar with Python and\n"
    "with the basics of machine learning. It is a hands-on lesson where learners write the code themselves,\n"
    "in a workshop of two days, with an instructor who writes the same code live on the screen in front of\n"
    "them. The lesson follows the design principles of the Carpentries, and it is one of the lessons that\n"
    "are listed in the Carpentries Incubator.\n"
    "\f"
    "Demand for our workshops and feedback gathered\n"
    "from students demonstrated the need for a low-\n"
    "threshold lesson that lets researchers take the first\n"
    "steps in the field of deep learning.\n"
    "\n"
    "complete self-study resource. But it also serves as\n"
    "lesson material for the instructor teaching the lesson\n"
    "through live-coding, in that case the lesson material\n"
    "is only shared with students after the workshop.\n"
    "\n"
    "Lesson Development\n"
    "In 2018, the Netherlands eScience Center initiated\n"
    "the development of this lesson to fill the gap identi‐\n"
    "fied above.\n"
    "\n"
    "The lesson is split into a general introduction, and 4\n"
    "episodes that cover 3 distinct increasingly more com‐\n"
    "plex deep learning problems, each approached using\n"
    "the same 10-step deep learning workflow.\n"
    "\n"
    "The lesson material is built in the new lesson tem‐\n"
    "plate: Carpentries Workbench (The Carpentries Work‐\n"
    "bench, n.d.). This makes the lesson material a\n"
    "\n"
    "By going through the deep learning cycle three times\n"
    "with different problems, learners become increas‐\n"
    "ingly confident in applying this deep learning work‐\n"
    "flow to their own projects.\n"
)

# jose.00307's reference list (CC BY) on a page of two columns, read row by row: an entry
# of the left column, the entry beside it, ... (its heading on the page before).
ENTRIES_READ_ACROSS = (
    "This paragraph ends the text before the reference list on the first page of the paper.\n"
    "\n"
    "References\n"
    "\n"
    "Becker, E., & Michonneau, F. (n.d.). The Carpentries Curriculum Development Handbook.\n"
    "\f"
    "Bourke, D. (2022). PyTorch for Deep Learning &\n"
    "Machine Learning – Full Course.\n"
    "\n"
    "Howard, J., & Gugger, S. (2020). Deep learning for\n"
    "coders with fastai and pytorch. O’Reilly Media.\n"
    "\n"
    "Burg, S. van der. (2024). Dollar street 10 - 64x64x3.\n"
    "Zenodo. https://doi.org/10.5281/zenodo.10970014\n"
    "\n"
    "Huber, F., Kuppevelt, D. van, Steinbach, P., Sauze, C.,\n"
    "Liu, Y., & Weel, B. (2022). Weather prediction dataset.\n"
    "\n"
    "Gaviria Rojas, W., Diamos, S., Kini, K., & Coleman, C.\n"
    "(2022). The Dollar Street Dataset. NeurIPS 35.\n"
    "\n"
    "Lang, J. M. (2021). Small Teaching: Everyday Lessons\n"
    "from the Science of Learning. John Wiley & Sons.\n"
    "\n"
    "Horst, A. M., Hill, A. P., & Gorman, K. B. (2020).\n"
    "Allisonhorst/palmerpenguins: v0.1.0. Zenodo.\n"
    "\n"
    "Pollard, T., Peru, G., & Wilson, G. (2020). Teaching\n"
    "the teachers. Zenodo.\n"
)

# ... and a third page of jose.00307 read the same way (its paragraphs cut short).
ROWS_NEXT_PAGE = (
    "The diversity of the involved parties has facilitated\n"
    "the integration of various viewpoints on the lesson\n"
    "material, with educators, data scientists and most\n"
    "prominently research software engineers.\n"
    "\n"
    "with ideas for next steps after finishing the lesson,\n"
    "and with a list of the resources that learners can\n"
    "use once the workshop is over, online or in print,\n"
    "from books to courses and videos.\n"
    "\n"
    "Development sprints of typically two full working\n"
    "days have regularly facilitated focussed collabora‐\n"
    "tion sessions that have brought together various\n"
    "contributors to tackle specific issues.\n"
    "\n"
    "Feedback\n"
    "This course was taught 13 times over the course of 4\n"
    "years, both online and in-person, by the Netherlands\n"
    "eScience Center and Helmholtz-Zentrum Dresden.\n"
    "\n"
    "Instructional design\n"
    "This lesson material was designed using the concepts\n"
    "from The Carpentries Curriculum Development Hand‐\n"
    "book (Becker & Michonneau, n.d.). Finally, we end\n"
    "\n"
    "An up-to-date list of workshops that the authors are\n"
    "aware of having using this lesson can be found in a\n"
    "workshops.md file in the GitHub repository of the\n"
    "lesson.\n"
)
