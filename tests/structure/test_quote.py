"""Block quotes told by their own measure (structure/blocks/quote.py), on a real excerpt: a
lesson's student responses, set in a narrower measure under the sentence that introduces
them, which the cleaner joined into one unit with the paragraph after them."""

from __future__ import annotations

from make import doc, kinds, letter_runs, words_out

from galley.model import Metadata
from galley.params import PARAMS

# The body's paragraphs run the measure (about 90 characters a line) ...
FEEDBACK = (
    "This course was taught 13 times over the course of 4 years, both online and in-person, by the\n"
    "Netherlands eScience Center (Netherlands, https://www.esciencecenter.nl/) and Helmholtz-\n"
    "Zentrum Dresden-Rossendorf (Germany, https://www.hzdr.de/). Apart from the core\n"
    "group of contributors, the workshop was also taught at at least 3 independent institutes,\n"
    "namely: University of Wisconson-Madison (US, https://www.wisc.edu/), University of\n"
    "Auckland (New Zealand, https://www.auckland.ac.nz/), and EMBL Heidelberg (Germany,\n"
    "https://www.embl.org/sites/heidelberg/)."
)
LIVE = (
    "Live coding is central to this approach: the lesson is built up of small blocks. In each\n"
    "block first the instructor demonstrates how to do something, and students follow along on\n"
    "their own computer. Then, the students work independently on exercises individually or\n"
    "in groups to test their skills. This approach integrates opportunities for guided practice\n"
    "throughout the lesson, promoting learning by helping learners build up a functioning\n"
    "mental model of the domain and transfer new knowledge from working memory to long-\n"
    "term memory. This is in accordance with research-based successful teaching strategies\n"
    "(Lang, 2021)."
)
WORKBENCH = (
    "The lesson material is built in the new lesson template: Carpentries Workbench (The\n"
    "Carpentries Workbench, n.d.). This makes the lesson material a complete self-study\n"
    "resource. But it also serves as lesson material for the instructor teaching the lesson through\n"
    "live-coding, in that case the lesson material is only shared with students after the workshop\n"
    "as a reference. The lesson material can be toggled to the ‘instructor view’. This allows\n"
    "to provide instructor notes on how to approach teaching the lesson, and these can even\n"
    "be included at the level of the lesson content. In addition, the Carpentries Workbench\n"
    "prioritises accessibility of the content, for example by having clearly visible figure captions\n"
    "and promoting alt-texts for pictures."
)
ADOPTION = (
    "In general, adoption of the lesson material by the instructors not involved in the project\n"
    "went well. The feedback gathered from our own and others’ teachings was used to polish\n"
    "the lesson further."
)
# ... the quotations wrap early: ``effect`` + ``the`` would have fitted on a body line.
INTRO = (
    "The feedback we gathered from students is in general very positive, with some responses\n"
    "from students to the question ‘What was your favourite or most useful part of the workshop.\n"
    "Why?’ further confirming our statement of need:"
)
QUOTES = [
    "I enjoyed the live coding and playing with the models to see how it would effect\n"
    "the results. It felt hands on and made it easy for me to understand the concepts.",
    "Well-defined steps to be followed in training a model is very useful. Examples\nwe worked on are quite nice.",
    "The doing part, that really helps to get the theory into practice.",
]
AFTER = (
    "Below are two tables summarizing results from our post-workshop survey. We use the\n"
    "students’ feedback to continuously improve the lesson."
)
JOINED = "\n".join([INTRO, *QUOTES, AFTER])  # one unit, as the cleaner hands it over


def flat(text: str) -> str:
    return text.replace("\n", " ")


def test_student_quotes_are_cut_from_their_introduction_and_the_text_after_them() -> None:
    got = kinds(LIVE, WORKBENCH, FEEDBACK, ADOPTION, JOINED)
    assert got[4:] == [
        ("paragraph", flat(INTRO)),
        *[("quote", flat(q)) for q in QUOTES],
        ("paragraph", flat(AFTER)),
    ]


def test_quotes_in_units_of_their_own_are_quotes_too() -> None:
    got = kinds(LIVE, WORKBENCH, FEEDBACK, ADOPTION, INTRO, *QUOTES, AFTER)
    assert [k for k, _ in got[4:]] == ["paragraph", "quote", "quote", "quote", "paragraph"]


def test_lines_at_the_body_measure_after_a_colon_are_no_quote() -> None:
    # The paragraph after the introduction runs the body's measure: prose, not a quotation.
    got = kinds(LIVE, WORKBENCH, FEEDBACK, ADOPTION, INTRO, ADOPTION)
    assert "quote" not in [k for k, _ in got]


def test_a_link_after_a_colon_is_no_quote() -> None:
    # ``Available at:`` and a short line that holds an address: a reference's tail.
    tail = "Revista da Linguagem, v. 20,\nhttps://revista.example.org/index.php/article/view/1853."
    got = kinds(LIVE, WORKBENCH, FEEDBACK, ADOPTION, "Available at:", tail)
    assert "quote" not in [k for k, _ in got]


def test_no_word_lost_and_a_second_run_changes_nothing() -> None:
    texts = (LIVE, WORKBENCH, FEEDBACK, ADOPTION, JOINED)
    first = doc(*texts)
    assert words_out(first) >= sum((letter_runs(t) for t in texts), start=letter_runs(""))
    assert [(b.kind, b.text) for b in doc(*texts).blocks] == [(b.kind, b.text) for b in first.blocks]
    assert PARAMS.structure.quote_slack > 0


def test_a_date_after_a_colon_is_no_quote() -> None:
    # A reference's ``Acesso em:`` / ``05/04/2021 >.``: a quotation quotes words.
    got = kinds(LIVE, WORKBENCH, FEEDBACK, ADOPTION, "Acesso em:", "05/04/2021\n>.")
    assert "quote" not in [k for k, _ in got]


# rsp-48 (Portuguese, two columns): interview answers in quotation marks with the speaker
# after them, in the column's own measure.
INTERVIEW = (
    "Nas entrevistas, as usuárias relataram as difi-\nculdades de acesso à unidade básica de saúde\n"
    "e a demora no agendamento da consulta, que é\nfeito uma vez por mês em cada unidade.",
    "“O difícil é o acesso pra unidade básica (...).\nAs usuárias demoram pra conseguir. (...) em\n"
    "algumas unidades isso é muito rígido. O\nagendamento é só uma vez por mês”. (Algodão)",
    "Com relação à política de entrada das usuá-\nrias no sistema, representantes dos três\n"
    "grupos de atores apontaram a demanda espon-\ntânea como a principal forma de acesso.",
)


def test_a_block_all_in_quotation_marks_is_a_quote() -> None:
    got = kinds(*INTERVIEW)
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]


def test_a_quoted_sentence_on_a_line_of_its_own_is_not() -> None:
    # jose.00239: the sentence before introduces it, and it ends that paragraph.
    got = kinds(
        "The key learning objective from this workshop could be simply summarised as:",
        "“Provide participants with the ability to develop ML models in PyTorch”.",
        "To achieve this we have designed the course to go beyond the ability to blindly run code.",
    )
    assert "quote" not in [k for k, _ in got]


def test_quotations_run_together_are_told_apart() -> None:
    # rsp-48 (scielo-latex-pypdf): the cleaner joined three answers and their speakers.
    answers = (
        "“É um dia só que se marca consulta no posto.\nDia primeiro é dia de marcar. Quando chega\n"
        "no dia, é tanta coisa na minha cabeça que a\ngente esquece. Quando lembra, já passou”.\n(Maria de Nazaré)\n"
        "“O difícil é o acesso pra unidade básica (...).\nAs usuárias demoram pra conseguir. (...) em\n"
        "algumas unidades isso é muito rígido. O\neventual é só aquilo que for urgentíssimo. Se\n"
        "não é, não encaixa”. (Algodão)\n"
        "“A partir do momento que tomou essa pos-\ntura de ponto digital, eu diminuí 30,0% meu\n"
        "atendimento (...). Hoje em dia eu não en-\ncaixo. Encaixo só urgência. Faltou? Não é\n"
        "problema meu”. (Tecido)"
    )
    got = kinds(INTERVIEW[0], answers, INTERVIEW[2])
    assert [k for k, _ in got] == ["paragraph", "quote", "quote", "quote", "paragraph"]
    assert got[1][1].endswith("já passou”. (Maria de Nazaré)")


def test_the_line_that_closes_a_quotation_is_no_heading() -> None:
    """rsp-48 (pdfminer, a wider column): the answer's last line, short, after a finished
    sentence, closes the quotation and names the speaker: no heading cut off it."""
    answer = (
        "“A partir do momento que tomou essa postura de\nponto digital, eu diminuí 30,0% meu atendimento (...).\n"
        "Hoje em dia eu não encaixo. Encaixo só urgência.\nFaltou? Não é problema meu”. (Tecido)"
    )
    got = kinds(INTERVIEW[0], answer, INTERVIEW[2])
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    assert got[1][1].endswith("Não é problema meu”. (Tecido)")
    # Esc. Anna Nery: an observation's last line names the child after its stop.
    told = answer.replace("“A", "A").replace(
        "Faltou? Não é problema meu”. (Tecido)", "Depois você chegou. (Sitka, 10 anos)"
    )
    assert "heading" not in [k for k, _ in kinds(INTERVIEW[0], told, INTERVIEW[2])]
    # Without its closing mark and speaker, the short line is a heading cut off the paragraph,
    # and so is one that quotes a name whole.
    for head in ("Atenção primária", "O Programa “Mais Médicos” (PMM)"):
        plain = answer.replace("“A", "A").replace("Faltou? Não é problema meu”. (Tecido)", head)
        assert head in [t for k, t in kinds(INTERVIEW[0], plain, INTERVIEW[2]) if k == "heading"]


# Trans/Form/Ação (pdftotext): a quotation in smaller type runs about as many characters a
# line as the body; the sentence before introduces it, its source closes it.
PAQUET_INTRO = (
    "Paquet, quien publicó la primera recopilación notable de fragmentos de y sobre los filósofos cínicos en\n"
    "lengua francesa, con el fin de mostrar a través de éste la relevancia del cinismo más allá de los\n"
    "márgenes de la era grecorromana:"
)
PAQUET = (
    "[...] los imperativos fundamentales del cinismo antiguo -la libertad interior, el espíritu de independencia, la\n"
    "franqueza, la contestación de las opiniones corrientes, del orden social y de los poderes establecidos, la\n"
    "“huida del mundo”, el retorno a la naturaleza, el cosmopolitismo- reaparecen, en diferentes grados, entre\n"
    "las ideas-fuerza que han inspirado el monaquismo primitivo, las órdenes mendicantes de la Edad Media,\n"
    "mundo contemporáneo. (PAQUET, 1975, p. 19)."
)
PAQUET_AFTER = (
    "Aunque en algún momento Glucksmann (1982, p. 97) advierte una influencia del cinismo sobre la\n"
    "tradición monacal basada ante todo en la franqueza (parrhesía), el lugar de enlace será otro, justamente\n"
    "aquel que, según su parecer, mejor caracteriza al cinismo: el triunfo de la identificación entre el amo."
)


def test_a_quotation_closed_by_its_source_after_a_colon() -> None:
    got = kinds(PAQUET_INTRO, PAQUET, PAQUET_AFTER)
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    # Without the colon, or without the source at its end, the same lines are a paragraph.
    got = kinds(PAQUET_INTRO.rstrip(":") + ".", PAQUET, PAQUET_AFTER)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]
    got = kinds(PAQUET_INTRO, PAQUET.replace(" (PAQUET, 1975, p. 19).", ""), PAQUET_AFTER)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]


def test_a_source_with_a_note_call_after_it_closes_a_quotation() -> None:
    """Educação em Revista (pdftotext): the quotation's source is followed by a note's call,
    ``(PROFESSOR..., 2015, 1′ 03″)8.``; the call does not hide the source."""
    intro = (
        "Complementando esse pensamento, o professor Edson Kayapó afirma em trecho gravado para o\n"
        "canal de YouTube do Daniel Munduruku que:"
    )
    quotation = (
        "A literatura indígena tem hoje um papel fundamental no diálogo com essa constituição cidadã no\n"
        "sentido de pensar na construção de outros instrumentos, por exemplo, de educação, e terá essa\n"
        "função de informar a sociedade brasileira sobre esse jeito de ser e essa diversidade indígena,\n"
        "essa riqueza grande. (PROFESSOR..., 2015, 1′ 03″)8."
    )
    after = "Para o professor Edson Kayapó a literatura indígena é tão necessária que dela virão novos guerreiros."
    assert [k for k, _ in kinds(intro, quotation, after)] == ["paragraph", "quote", "paragraph"]
    # A count after a bracket that holds no year is no source: ``(n = 36)12.``.
    count = quotation.replace("(PROFESSOR..., 2015, 1′ 03″)8.", "(n = 36)12.")
    assert [k for k, _ in kinds(intro, count, after)] == ["paragraph", "paragraph", "paragraph"]


# Trans/Form/Ação (pdftotext): the sentence that introduces the quotation cites the page it
# quotes; the quotation, at the body's measure, closes with no source of its own.
GLUCKSMANN_INTRO = (
    "sería la clave del parakharattein to nómisma diogénico. Cuando Glucksmann (1982, p. 147 - 148) se\n"
    "pregunta sobre la influencia de cinismo en la cultura occidental llega a una conclusión similar:"
)
GLUCKSMANN = (
    "¿Acaso el impudor mostrado, durante diez siglos, por los discípulos de Diógenes no desvela la faz oculta\n"
    "de los valores establecidos, el negativo del positivo, el medio sangrante de la pureza de la causa? Los\n"
    "cínicos saben que muestran la otra cara permanente de las medallas [...] Una de sus cualidades principales\n"
    "es la franqueza, la falta de disimulo."
)
SADE_AFTER = (
    "Y el autor agrega una sugerente nota a este pasaje: “Y eso, por la única razón de que la sensibilidad\n"
    "prueba debilidad, y el libertinaje fuerza” (SADE, 1797, p. 207). Ahora bien, se podría objetar que el"
)


def test_a_quotation_after_a_sentence_that_cites_the_page_it_quotes() -> None:
    got = kinds(GLUCKSMANN_INTRO, GLUCKSMANN, SADE_AFTER)
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    # The page cited before the sentence that introduces it, or no page: a paragraph.
    earlier = GLUCKSMANN_INTRO.replace(
        "diogénico. Cuando Glucksmann (1982, p. 147 - 148) se", "diogénico (1982, p. 147). Cuando Glucksmann se"
    )
    assert [k for k, _ in kinds(earlier, GLUCKSMANN, SADE_AFTER)][1] == "paragraph"
    no_page = GLUCKSMANN_INTRO.replace("(1982, p. 147 - 148)", "(1982)")
    assert [k for k, _ in kinds(no_page, GLUCKSMANN, SADE_AFTER)][1] == "paragraph"


def test_a_quotation_joined_to_the_sentence_that_cites_its_page_stays_in_it() -> None:
    """pdftotext gave the introduction and the quotation one unit: with no source closing
    the quotation, where it ends is unknown (the author's own words may follow in the same
    unit), so nothing is cut."""
    got = kinds(GLUCKSMANN_INTRO + "\n" + GLUCKSMANN, SADE_AFTER)
    assert [k for k, _ in got] == ["paragraph", "paragraph"]


# Trans/Form/Ação (pypdf, two columns): the quotation joined to the sentence that introduces
# it; its lines wrap short, as the column's body lines often do, but none runs the column.
COLUMN = (
    "monacal basada ante todo en la franqueza (parrhesía) de\n"
    "ismo, Glucksmann cita a Léonce Paquet, quien publicó\n"
    "la primera recopilación notable de fragmentos de y so-\n"
    "bre los filósofos cínicos en lengua francesa, con el fin de\n"
    "mostrar a través de éste la relevancia del cinismo más\n"
    "allá de los márgenes de la era grecorromana:\n"
    "[...] los imperativos fundamentales del cinismo\n"
    "antiguo -la libertad interior, el espíritu de inde-\n"
    "~pendencia, la franqueza, la contestación de las\n"
    "opiniones corrientes, del orden social y de los\n"
    "que admitir asimismo que estas ideas están\n"
    "lejos de ser ajenas a algunas aspiraciones muy\n"
    "características de nuestro mundo contemporá-\n"
    "~neo. (PAQUET, 1975, p. 19).\n"
    "Aunque en algún momento Glucksmann (1982, p. 97)\n"
    "advierte una influencia del cinismo sobre la tradición"
)
COLUMN_BODY = (
    "Es a partir de esta bipartición entre formas de men-\n~talidad que Glucksmann emprende, antes que Foucault,\n"
    "una especie de lo que en El coraje de la verdad fue de-\n~nominado “transhistoricidad del cinismo” (FOUCAULT,\n"
    "2010, p. 187), es decir, una exploración de las diver-\n~sas reapariciones de los elementos fundamentales que\n"
    "constituían al cínico antiguo en épocas posteriores bajo\notros nombres, otros contextos y otras formas."
)


def test_a_quotation_joined_to_its_introduction_ends_at_its_source() -> None:
    got = kinds(COLUMN_BODY, COLUMN_BODY, COLUMN)
    assert [k for k, _ in got[2:]] == ["paragraph", "quote", "paragraph"]
    assert got[3][1].startswith("[...] los imperativos") and got[3][1].endswith("(PAQUET, 1975, p. 19).")
    texts = (COLUMN_BODY, COLUMN_BODY, COLUMN)
    assert words_out(doc(*texts)) >= sum((letter_runs(t.replace("-\n~", "")) for t in texts), start=letter_runs(""))


# Esc. Anna Nery (pdftotext): a child's play described and his words, each closed by who he
# is, run together and into the paragraph after them.
OBSERVED = (
    "Smurfinha encontra pratos coloridos e os dispõe um à sua frente e outro à frente da pesquisadora.\n"
    "Encontra um ovo frito. Ovinho. Coloca no prato [retira da caixa outros utensílios domésticos —\n"
    "panelas, talheres, copos, agrupando-os por similaridades]. (Smurfinha, 9 anos)\n"
    "Peppa Pig explora a caixa; encontra um bloco de papel e um estojo com lápis de cor. ‘Qué quevê’\n"
    "(quero escrever) aqui… [pega um lápis e faz um rabisco no papel] (Peppa Pig, 3 anos)\n"
    "Observou-se também interesse dos irmãos por determinado brinquedo ao reconhecerem a\n"
    "possibilidade de realizar outra função."
)
SIBLINGS = (
    "Os irmãos reconheceram o ambiente de brincadeira como suficientemente bom capaz de\n"
    "receber seu brincar. Assim, aceitando o convite para brincar, exploraram o ambiente\n"
    "procurando elementos para a brincadeira e reconhecendo objetos disponíveis para brincar."
)


def test_words_closed_by_their_speaker_are_quotes() -> None:
    got = kinds(SIBLINGS, OBSERVED)
    assert [k for k, _ in got] == ["paragraph", "quote", "quote", "paragraph"]
    assert got[1][1].endswith("(Smurfinha, 9 anos)") and got[2][1].startswith("Peppa Pig explora")
    assert got[3][1].startswith("Observou-se também")
    # A source cited in the running text takes the sentence's stop after it: a paragraph.
    cited = OBSERVED.split("\nPeppa")[0].replace("(Smurfinha, 9 anos)", "(Winnicott, 1975).")
    assert [k for k, _ in kinds(SIBLINGS, cited)] == ["paragraph", "paragraph"]
    texts = (SIBLINGS, OBSERVED)
    assert words_out(doc(*texts)) >= sum((letter_runs(t) for t in texts), start=letter_runs(""))


# Rev. Bras. Educ. Espec. (pypdf, two columns): a manager's words after the sentence that
# introduces them, her name and the date wrapped over two lines.
MANAGER = (
    "A LBI prevê profissionais tais quais: atendente\n"
    "pessoal, profissional de apoio escolar e acompan-\n~hante, mas eles ainda não foram regulamentados, e\n"
    "as suas atribuições não ficam claras no contexto da\nsala de aula, sobretudo quando não envolvem as-\n"
    "~pectos da higiene pessoal, locomoção e alimentação.\nEm relato de uma das gestoras da Baixada Flumi-\n"
    "~nense/RJ, essa prática pode ser ilustrada:\n"
    "Recebi um parecer de uma clínica que me\nfoi entregue pela mãe dizendo que a par-\n"
    "~tir dos próximos dias um acompanhante\nterapêutico ficará na sala de aula com o\n"
    "filho com autismo mesmo ele já tendo o\nmediador. Ela disse que é para desen-\n"
    "~volver a ABA [Análise do Comportamento\nAplicada]. (Gestora de Educação Especial,\nabril de 2024)"
)
COLUMN_PROSE = (
    "Em outros termos, para garantir a participação\nda pessoa com deficiência nas relações de ensino\n"
    "o uso de recursos, estratégias e medidas diferenci-\n~adas, em muitos casos, é imprescindível, por exem-\n"
    "~plo, o uso da comunicação alternativa para alunos\nnão verbais, como é o caso de parte significativa\n"
    "das crianças acometidas pela Síndrome Congênita\ndo Zika Vírus. Sem o uso da comunicação alter-\n"
    "~nativa, muitas vezes personalizada para cada cri-\n~ança, nega-se a elas a comunicação, a interação."
)


def test_words_joined_to_their_introduction_end_at_their_speaker() -> None:
    got = kinds(COLUMN_PROSE, COLUMN_PROSE, MANAGER)
    assert [k for k, _ in got[2:]] == ["paragraph", "quote"]
    assert got[3][1].startswith("Recebi um parecer") and got[3][1].endswith("abril de 2024)")


# Esc. Anna Nery: an exchange between a child and the researcher (P), closed by the child's
# name; pdftotext sets the observation and each turn on lines of their own, pypdf runs them
# into one unit.
EXCHANGE = (
    "Lola explora a caixa e retira dela o estetoscópio: Vamos ouvir o coração da tia P (nome da\n"
    "pesquisadora) [apoia o estetoscópio na bancada e retira da caixa um par de luvas] Coloca a luva aqui pra\n"
    "mim? [estica as mãos para P e entrega as luvas]",
    "P: Onde que você quer que eu coloque a luva?",
    "Lola: Na mão! Nessa… [estica uma das mãos] Agora nessa aqui… [estica a outra] (Lola, 4 anos)",
)
NARRATIVE = (
    "Os irmãos reconheceram os objetos disponibilizados, o que se mostrou quando nomearam\n"
    "brinquedos, objetos e personagens e quando brincaram simulando o seu uso."
)


def test_the_turns_of_an_exchange_closed_by_its_speaker_are_quotes() -> None:
    got = kinds(SIBLINGS, NARRATIVE, *EXCHANGE, NARRATIVE)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "quote", "quote", "paragraph"]
    # Run into one unit, the exchange is cut before each turn.
    got = kinds(SIBLINGS, NARRATIVE, "\n".join(EXCHANGE), NARRATIVE)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "quote", "quote", "paragraph"]
    assert got[3][1] == EXCHANGE[1]
    # Without the speaker closing it, a turn-like line is no quote (a run-in label).
    got = kinds(SIBLINGS, NARRATIVE, "Objetivo: descrever a visita dos irmãos à criança hospitalizada.", NARRATIVE)
    assert "quote" not in [k for k, _ in got]


# The same paper, another exchange: two of the researcher's turns are short lines of their
# own, shaped like headings.
SHORT_TURNS = (
    "Charlie encontra um kit medicação via oral na caixa. Isso não é de brincar! […] [Explora a caixa e\n"
    "encontra seringas, ampola de SF0,9%. Pega-as e coloca sobre a bancada.] Tem tanta coisa de\n"
    "médico aqui… Vocês não usam essas coisas?",
    "P: A gente não usa?",
    "Charlie: Não… porque tá aqui dentro da caixa… então… aqui dentro com os brinquedos. Mas…\nmas eles funcionam?",
    "P: Funcionam?",
    "Charlie: Sim! [empurrando e puxando o êmbolo da seringa] (Charlie, 7 anos)",
)


def test_a_short_turn_of_an_exchange_is_no_heading() -> None:
    got = kinds(SIBLINGS, NARRATIVE, *SHORT_TURNS, NARRATIVE)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "quote", "quote", "quote", "quote", "paragraph"]
    # Not closed by its speaker, the exchange proves nothing: a question's heading stays one.
    got = kinds(SIBLINGS, NARRATIVE, "Questão: O que é brincar?", NARRATIVE, NARRATIVE)
    assert got[2] == ("heading", "Questão: O que é brincar?")


def test_a_section_question_above_an_attributed_quote_stays_a_heading() -> None:
    got = kinds(
        SIBLINGS,
        NARRATIVE,
        "Brincar: direito ou distração?",
        "Eu gosto de brincar aqui porque a tia traz os brinquedos e a gente esquece um pouco da dor e do\n"
        "soro, mas quando chega a hora da injeção eu fico com medo de novo. (Pedro, 8 anos)",
        NARRATIVE,
    )
    assert got[2] == ("heading", "Brincar: direito ou distração?")
    assert got[3][0] == "quote"


def test_an_observation_run_into_the_narrative_before_it_is_parted_by_its_speaker_s_name() -> None:
    """Esc. Anna Nery (pdftotext), seen in a proof: the authors' paragraph and the
    observation of Lola's play came as one unit, its last turn and the speakers, with their
    ages, in the next. The observation opens with a name the attribution gives."""
    narrative = (
        "Trazendo à brincadeira elementos alusivos ao seu cotidiano, às experiências e à realidade\n"
        "vivida, os irmãos dramatizaram lembranças antigas e a situação da visita na brincadeira.\n"
        "Lola pega um cachorro da Patrulha Canina que está sobre a bancada: Olha! ‘Vamo cortá’ a Zuma!\n"
        "Eu vou cortar o pé da Zuma. [coloca uma compressa de gaze na testa do irmão] E eu chorei!\n"
        "Charlie: Eu coloquei na testa a tesoura? As ‘enfermeira’!"
    )
    closing = "Lola: As ‘enfermeira’ colocou… e daí eu vi o Charlie, e aí eu chorei… (Charlie, 7 anos; Lola, 4\nanos)"
    got = kinds(SIBLINGS, NARRATIVE, narrative, closing, NARRATIVE)
    assert [k for k, _ in got[2:5]] == ["paragraph", "quote", "quote"]
    assert got[2][1].endswith("na brincadeira.") and got[3][1].startswith("Lola pega um cachorro")
    # A name the attribution does not give opens no observation; nor one after a question
    # (speech, not the authors' sentence), or without a note of the play after it.
    other = kinds(SIBLINGS, NARRATIVE, narrative.replace("\nLola pega", "\nAna pega"), closing, NARRATIVE)
    assert other[2][1].startswith("Trazendo") and "Ana pega" in other[2][1]
    asked = kinds(SIBLINGS, NARRATIVE, narrative.replace("na brincadeira.\n", "na brincadeira, tá bom?\n"), closing)
    assert "Lola pega" in asked[2][1]
    unnoted = narrative.replace("[coloca uma compressa de gaze na testa do irmão] ", "")
    assert "Lola pega" in kinds(SIBLINGS, NARRATIVE, unnoted, closing)[2][1]


def test_the_sentence_after_a_quotation_closed_by_its_speaker_is_the_authors() -> None:
    """Esc. Anna Nery: after the exchange closed by its speakers, a one-line sentence
    introduces the next observation; a short sentence after a quotation with no speaker may
    still be another quotation (jose.00307's student answers)."""
    closing = "Lola: As ‘enfermeira’ colocou… e daí eu vi o Charlie, e aí eu chorei… (Charlie, 7 anos; Lola, 4 anos)"
    got = kinds(SIBLINGS, NARRATIVE, *EXCHANGE, "Eles também dramatizaram a experiência de visitar a criança.", closing)
    assert got[5] == ("paragraph", "Eles também dramatizaram a experiência de visitar a criança.")
    # The interviewer's next turn, or a quotation in marks, is no sentence of the authors'.
    for line in ("P: E hoje, como é?", "“E até hoje ninguém perguntou o que a gente achava disso.”"):
        assert kinds(SIBLINGS, NARRATIVE, *EXCHANGE, line, closing)[5] == ("quote", line)


def test_an_answer_broken_after_its_first_line_is_one_quotation_with_its_speaker() -> None:
    """Rev. Saúde Pública (pypdf, a narrow column): the answer's first line ended short, so
    the cleaner parted it from the rest, and the speaker stands on a line of its own."""
    got = kinds(
        NARRATIVE,
        "“É um dia só que se marca consulta no posto.",
        "Dia primeiro é dia de marcar. Quando chega\nno dia, é tanta coisa na minha cabeça que a\n"
        "gente esquece. Quando lembra, já passou”.",
        "(Maria de Nazaré)",
        NARRATIVE,
    )
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    assert got[1][1].startswith("“É um dia só") and got[1][1].endswith("já passou”. (Maria de Nazaré)")
    # A paragraph that quotes words and goes on after them is no quotation to join.
    got = kinds(NARRATIVE, "“É um dia só”, disse a usuária.", "Dia primeiro é dia de marcar.", NARRATIVE)
    assert "quote" not in [k for k, _ in got]


# Bakhtiniana (pdftotext): the words that introduce the quotation end a short line with a
# comma, and the quotation closes with its source and the page quoted.
VALUE = (
    "Na visão do Círculo e logo, para a ADD, as inúmeras formas de avaliar a realidade social\n"
    "estão presentes nos enunciados que encerram interações entre sujeitos sociais organizados.\n"
    "Assim,\n"
    "O valor social é o que matiza a ideologia, consubstanciando-a de uma marca de\n"
    "avaliação singular e responsiva às reverberações da situação interlocutiva. Com isso,\n"
    "todo discurso não apenas traz ressonâncias ideológicas do meio social (FRANCO;\n"
    "ACOSTAPEREIRA; COSTA-HÜBES, 2019, p.279-280)."
)
BODY = (
    "De acordo com Volóchinov (2019), a dimensão extralinguística de um enunciado\n"
    "não o influencia de fora, mas integra sua estrutura social no corpo vivo. Nesse\n"
    "plano interpretativo, Brait (2006, p.22-23) compreende que é na combinatória\n"
    "dessas duas dimensões que se funda uma análise do discurso de viés dialógico."
)
# The same words at a wider measure, 95 characters a line (pdftotext of a one-column page).
_WIDE = BODY.replace("\n", " ")
WIDE_BODY = "\n".join(_WIDE[i : i + 95] for i in range(0, len(_WIDE), 95))


def test_a_quotation_after_a_short_line_ending_with_a_comma() -> None:
    got = kinds(BODY, BODY, VALUE)
    assert [k for k, _ in got[2:]] == ["paragraph", "quote"]
    assert got[2][1].endswith("sujeitos sociais organizados. Assim,")
    assert got[3][1].startswith("O valor social") and got[3][1].endswith("p.279-280).")
    # A source without the page quoted closes a sentence of the paragraph, not a quotation.
    got = kinds(BODY, BODY, VALUE.replace(", p.279-280)", ")"))
    assert [k for k, _ in got[2:]] == ["paragraph"]


# Educação em Revista (pdftotext): the words that introduce the quotation end a short line
# with a comma; the quotation opens on the cut of its first words, and its source gives no
# page, a note's call after it.
CUT_OPENED = (
    "Num crescimento tanto de pessoas quanto de produção literária indígena no Brasil, a leitura/\n"
    "+escrita se reforçam como base da luta dos povos pelos seus direitos, ou como uma armadilha nesta\n"
    "batalha. Para Daniel Munduruku,\n"
    "[…] a literatura acabou caindo pra mim como um instrumento mesmo, eu aproveitei essa oportunidade\n"
    "para colocar isso como uma pequena armadilha para a sociedade brasileira, porque a sociedade\n"
    "brasileira precisa dessas armadilhas de vez em quando para ela poder se despertar um pouco, eu tenho\n"
    "usado muito a literatura com esse objetivo. (MUNDURUKU, 2021)1."
)


def test_a_quotation_opening_on_a_cut_needs_no_page_after_a_comma() -> None:
    got = kinds(WIDE_BODY, CUT_OPENED, WIDE_BODY)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "paragraph"]
    assert got[1][1].endswith("Para Daniel Munduruku,")
    assert got[2][1].startswith("[…] a literatura") and got[2][1].endswith("(MUNDURUKU, 2021)1.")
    # Set apart by the extractor, it is read so too; without its opening cut, a sentence
    # citing a work without its page after a comma is the paragraph's own.
    intro, quotation = CUT_OPENED.split("\n[…] ")
    got = kinds(WIDE_BODY, intro, "[…] " + quotation, WIDE_BODY)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "paragraph"]
    got = kinds(WIDE_BODY, intro, quotation[:1].upper() + quotation[1:], WIDE_BODY)
    assert "quote" not in [k for k, _ in got]


# Educação em Revista (pdftotext): a sentence ends its line with a colon, and the quotation
# after it runs the body's measure to its source, after its last stop, with no page.
COLON_SET_APART = (
    "A literatura de Olívio Jekupé (2006) e seu conceito, literatura nativa, buscam defender uma\n"
    "causa comunitária e afirmar as identidades e pensamentos de um povo, de uma aldeia. Num texto\n"
    "publicado em seu blog, Olívio Jekupé (2018) fala sobre a importância da literatura nativa para que as\n"
    "pessoas entendam melhor como se vive nas aldeias, por meio dela as pessoas em geral poderão saber:\n"
    "Como pensamos, porque não é só escrever sobre o índio que as pessoas irão entender, pois muitos\n"
    "livros já se escreveram há séculos, mas trouxeram mais preconceito contra nossos povos, por isso\n"
    "vamos conhecer a literatura nativa pra que as coisas possam ser mais compreendido (sic). (JEKUPÉ,\n"
    "2018)."
)
# Bakhtiniana (pdftotext): a quotation set apart whole, after a finished paragraph, holds a
# line that ends with a colon.
WHOLE_SET_APART = (
    "Na entonação, a palavra entra em um contato direto com a vida. E antes de mais nada, o falante\n"
    "entra em contato com os ouvintes justamente por meio da entonação, que é o que a torna, ao\n"
    "mesmo tempo, tão viva e tão sensível a tudo o que a cerca na situação de fala, como se sabe:\n"
    "a entonação é social par excellence. Ela é especialmente sensível em relação a todas as\n"
    "oscilações da atmosfera social que envolve o falante (VOLÓCHINOV, 2019, p. 117-123; grifo no\n"
    "original)."
)


def test_a_quotation_after_a_colon_inside_the_unit_reads_by_its_source_after_the_stop() -> None:
    got = kinds(WIDE_BODY, COLON_SET_APART, WIDE_BODY)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "paragraph"]
    assert got[1][1].endswith("poderão saber:") and got[2][1].startswith("Como pensamos")
    # Cited inside the last sentence, the source closes the paragraph's own words.
    own = COLON_SET_APART.replace("(sic). (JEKUPÉ,\n2018).", "(sic) (JEKUPÉ,\n2018).")
    assert [k for k, _ in kinds(WIDE_BODY, own, WIDE_BODY)] == ["paragraph", "paragraph", "paragraph"]
    # A quotation set apart whole keeps the colon inside it.
    got = kinds(WIDE_BODY, WHOLE_SET_APART, WIDE_BODY)
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]


# A quotation after a colon whose source gives no page, one of its sentences ending a line.
WORKLOAD = (
    "Previous studies of teacher workload (Jones & Lee, 2015; Park, 2017) have identified a number of\n"
    "factors that contribute to burnout. One of the teachers interviewed by Smith put it this way:\n"
    "I get to school at seven and I leave at six, and then there is marking at home every evening.\n"
    "Nobody outside the profession sees that part of the job, and nobody pays for it either, so after\n"
    "ten years of it I am seriously thinking about doing something else with my life. (Smith, 2019).\n"
    "These findings motivate the present study, which extends the analysis to a wider range of school\n"
    "types and follows the same teachers over a longer period of time than earlier work has done."
)


def test_a_quotation_closed_by_its_source_is_one_whatever_sentences_end_its_lines() -> None:
    got = kinds(WIDE_BODY, WORKLOAD, WIDE_BODY)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "paragraph", "paragraph"]
    assert got[2][1].startswith("I get to school") and got[2][1].endswith("(Smith, 2019).")
    # Opening in lower case after the colon, the words go on the sentence: no quotation.
    lower = WORKLOAD.replace("this way:\nI get", "this way:\nteachers get")
    assert "quote" not in [k for k, _ in kinds(WIDE_BODY, lower, WIDE_BODY)]


# Bakhtiniana (pdftotext): the author named, the year and page in brackets and a comma end
# a short line; the quotation opens inside its source's sentence, in lower case, and ends
# the paragraph.
VOLOCHINOV = (
    "O réu acusado se mostra submisso: “Se me for permitido disponibilizar para os\n"
    "cidadaos jurados”, “no momento oportuno que a Excelência determinar”, o que se\n"
    "consolida na entonação respeitosa e bajuladora que usa orientada pelo advogado.\n"
    "Conforme Volóchinov (2019, p.121; grifo no original),\n"
    "as avaliações subentendidas não são as emoções individuais, mas os atos socialmente\n"
    "lógicos e necessários. Já as emoções individuais podem acompanhar o tom principal\n"
    "da avaliação social apenas na qualidade de tonalidades: o ‘eu’ pode se realizar na\n"
    "palavra apenas apoiando-se nos ‘nós’."
)


def test_a_quotation_after_a_named_authors_page_and_a_comma() -> None:
    got = kinds(BODY, BODY, VOLOCHINOV)
    assert [k for k, _ in got[2:]] == ["paragraph", "quote"]
    assert got[2][1].endswith("Conforme Volóchinov (2019, p.121; grifo no original),")
    assert got[3][1].startswith("as avaliações subentendidas")
    # A source in brackets after quoted words (its author inside them), the sentence going
    # on after the comma (Trans/Form/Ação): no quotation.
    # A line that runs nearly the measure ends a clause of the author's own (the review's
    # case: a paraphrase with its page, ``Na leitura proposta por Minayo (2014, p. 22),``).
    own = VOLOCHINOV.replace(
        "Conforme Volóchinov (2019, p.121; grifo no original),",
        "Na leitura proposta por Volóchinov (2019, p.121; grifo no original),",
    )
    assert [k for k, _ in kinds(BODY, BODY, own)[2:]] == ["paragraph"]
    source = VOLOCHINOV.replace(
        "Conforme Volóchinov (2019, p.121; grifo no original),", "anchas) (DIÓGENES LAERCIO VI, 40, 2010, p. 220),"
    )
    assert [k for k, _ in kinds(BODY, BODY, source)[2:]] == ["paragraph"]


# Trans/Form/Ação as pdftotext read it (CC BY): the quotation runs the body's measure (the
# indents that set it apart are lost), after a line ending with a colon, and closes with its
# source and page.
NAPOLEON = (
    "143). A partir de este nihilismo activo, que también se asoma en la interpretación que hacen sobre el\n"
    "cinismo los autores alemanes que mencionamos al principio, Glucksmann realiza una maniobra\n"
    "retórica en la que se permite pasar, a través de un gran salto, de la escandalosa masturbación diogénica\n"
    "en la plaza pública a la figura de Napoleón Bonaparte. El culto a Napoleón no se basaba en lo\n"
    "absoluto, según Glucksmann (1982, p. 144), en una adoración de la fuerza bruta o el éxito - “Waterloo\n"
    "no quita nada a la fascinación continuada”-, sino, ante todo, en el entusiasmo de hacer pasar toda\n"
    "intención a la acción, de que todo mundo interior se efectúe en el exterior, de que todo se haga visible,\n"
    "de liquidar toda moral ideal enfrentándola con las participaciones del mundo y la inmundicia:\n"
)
NAPOLEON_QUOTE = (
    "¡Qué nada permanezca oculto! ¡Qué se abola cualquier diferencia entre lo exotérico y lo estérico! La luz de\n"
    "Austerlitz anuncia el mediodía del cinismo: detrás de la verdad espiritual investida en Napoleón, nos\n"
    "sonríe Diógenes. Las mentes más especulativas, admirando en la Gran Batalla lo que no se atreven a\n"
    "distinguir en la masturbación pública. (GLUCKSMANN, 1982, p. 144)."
)
NAPOLEON_AFTER = (
    "El espíritu conquistador napoleónico, en tanto expresión moderna del cinismo, le sirve a\n"
    "Glucksmann para enfrentar la imagen muy habitual del cínico en donde se lo representa como un\n"
    "sujeto acurrucado en un escepticismo desilusionado y pasivo. Frente a la imagen tradicional del cínico\n"
    "como un ateo, Glucksmann contrapone al Gran Inquisidor de Dostoievsky -otras de las figuras del"
)


def test_a_long_quotation_closed_by_its_page_is_set_apart_at_any_measure() -> None:
    got = kinds(NAPOLEON + NAPOLEON_QUOTE, NAPOLEON_AFTER)
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    assert got[1][1].startswith("¡Qué nada permanezca oculto!")
    # Without the page, its source after its last stop still sets it apart
    # (``_set_apart_after``); cited inside the last sentence, the lines at the body's measure
    # stay in the paragraph.
    unpaged = NAPOLEON_QUOTE.replace("1982, p. 144", "1982")
    assert [k for k, _ in kinds(NAPOLEON + unpaged, NAPOLEON_AFTER)] == ["paragraph", "quote", "paragraph"]
    cited = unpaged.replace("pública. (GLUCKSMANN, 1982).", "pública (GLUCKSMANN, 1982).")
    assert [k for k, _ in kinds(NAPOLEON + cited, NAPOLEON_AFTER)] == ["paragraph", "paragraph"]
    # A quotation in quotation marks is read as one (``quoted``), not as a block set apart.
    marked = "“" + NAPOLEON_QUOTE.replace(". (GLUCKSMANN", "” (GLUCKSMANN")
    assert [k for k, _ in kinds(NAPOLEON + marked, NAPOLEON_AFTER)] == ["paragraph", "paragraph"]


# Educar em Revista as pdftotext read it (CC BY): the quotation opens inside its source's
# sentence, the cut marked ``[...]``.
SURVIVAL = (
    "O texto escrito, apesar de ser uma tecnologia do branco, aparece no contexto indígena como\n"
    "ferramenta de resistência e de memória, se tornando uma ação de reflexão e de ascensão social.\n"
    "Para a pesquisadora Graça Graúna, a literatura indígena atual,\n"
    "[...] é um lugar de sobrevivência, uma variante do épico tecido pela oralidade; um lugar de confluência\n"
    "de vozes silenciadas e exiladas (escritas), ao longo dos mais de 500 anos de colonização. Enraizada nas\n"
    "origens, a literatura indígena contemporânea vem se preservando na auto-história de seus autores e\n"
    "autoras e na recepção de um público-leitor diferenciado, isto é, uma minoria que semeia outras leituras\n"
    "possíveis no universo de poemas e prosas autóctones. (GRAÚNA, 2013, p. 15)."
)


def test_a_quotation_after_a_comma_may_open_with_the_mark_of_a_cut() -> None:
    got = kinds(NAPOLEON_AFTER, SURVIVAL)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote"]
    assert got[2][1].startswith("[...] é um lugar de sobrevivência")
    # In lower case without the mark, the line goes on the sentence before it.
    got = kinds(NAPOLEON_AFTER, SURVIVAL.replace("[...] é um", "é um"))
    assert [k for k, _ in got] == ["paragraph", "paragraph"]


# Bakhtiniana (pypdf, two columns of 47 characters): the words before a long citation fill
# their line; the citation's own lines run a narrower measure (ABNT: indented, smaller
# type) and close with its source and page.
EXCERPT = (
    "No excerto 1, o assassino descreve o último\n"
    "momento antes do crime. Ele golpeia a vítima\n"
    "com uma faca, porque reage à provocação ime-\n"
    "diata dela, ao se confessar traidora, o que des-\n"
    "pertou nele forte emoção, perda da racionali-\n"
    "dade. É desse modo que, no cronotopo do Júri,\n"
    "os discursos dos réus assassinos manifestam-se\n"
    "defensivo-vitimistas-acusativos. O discurso é de-\n"
    "fensivo em seu conteúdo, porque converge ao\n"
    "intuito do assassino de atenuar ou se isentar da\n"
    "pena. Já em plano semiótico, a construção dis-\n"
    "cursiva da própria defesa se dá sempre na ten-\n"
    "são entre o vitimizar-se e o acusar/difamar, a\n"
    "partir do que os assassinos constroem imagens\n"
    "negativas para a mulher, apoiando-se em valo-\n"
    "rações compartilhadas com o juiz/juíza e com\n"
    "Júri."
)
ESFERAS = (
    "Cada esfera ideologica da comunicacao, ou\n"
    "“campo da criacao ideologica possui função es-\n"
    "pecífica na unidade da vida social” (VOLÓCHI-\n"
    "NOV, 2018a, p.94). Essas esferas, portanto,\n"
    "(...) não apenas saturam e significam\n"
    "os enunciados de determinadas pro-\n"
    "jeções ideológicas, valorativas e de sen-\n"
    "tidos como, em adição, os consubstan-\n"
    "ciam de determinadas condições de\n"
    "produção e finalidades discursivas, que\n"
    "se materializam no conteúdo temático,\n"
    "no estilo e na composição (ACOSTA\n"
    "PEREIRA; RODRIGUES, 2010, p.3).\n"
    "A esfera reverbera a realidade fática das práti-\n"
    "cas de linguagem do sujeito situado, que, moti-\n"
    "vado por um querer-dizer compartilhado com o\n"
    "outro, mobiliza-o em dado gênero, com meios\n"
    "próprios de apreender a realidade."
)


def test_a_long_citation_in_a_narrower_measure_after_a_full_line_ending_with_a_comma() -> None:
    got = kinds(EXCERPT, EXCERPT, ESFERAS)
    assert [k for k, _ in got[2:]] == ["paragraph", "quote", "paragraph"]
    assert got[2][1].endswith("Essas esferas, portanto,")
    assert got[3][1].startswith("(...) não apenas saturam") and got[3][1].endswith("2010, p.3).")


# The same paper: a long citation after a finished paragraph, no words introduce it.
MANSIDAO = "ao juiz/juíza, a responder aos ritos da interação\ncom entonações de autocontrole, bajulação e\nmansidão."
ENTONACAO = (
    "Na entonação, a palavra entra em um\n"
    "contato direto com a vida. E antes de\n"
    "mais nada, o falante entra em contato\n"
    "com os ouvintes justamente por meio\n"
    "da entonação: a entonação é social par\n"
    "excellence. Ela é especialmente sensível\n"
    "em relação a todas as oscilações do\n"
    "ambiente social que circunda o falante\n"
    "(VOLÓCHINOV, 2019, p.117-123; grifo\n"
    "no original)."
)


def test_a_long_citation_set_apart_needs_no_introduction() -> None:
    got = kinds(EXCERPT, MANSIDAO, ENTONACAO, EXCERPT)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "quote", "paragraph"]
    # Without the page quoted, it is a paragraph.
    assert kinds(EXCERPT, MANSIDAO, ENTONACAO.replace(", p.117-123; grifo\n", "; grifo\n"))[2][0] == "paragraph"


# pdfminer's text of the same citation: in smaller type and indented, its lines hold about as
# many characters as the body's, so only its words tell it.
ENTONACAO_WIDE = (
    "Na entonação, a palavra entra em um contato direto com a vida. E antes de mais\n"
    "nada, o falante entra em contato com os ouvintes justamente por meio da\n"
    "entonação: a entonação é social par excellence. Ela é especialmente sensível em\n"
    "relação a todas as oscilações do ambiente social que circunda o falante\n"
    "(VOLÓCHINOV, 2019, p.117-123; grifo no original)."
)
ACCUSED = (
    "A partir do que emerge da análise, os discursos dos réus confessos ou acusados de\n"
    "feminicídio na situação específica do Júri se constroem em respostas ao juiz, a\n"
    "responder aos ritos da interação com entonações de autocontrole e mansidão."
)


def test_a_citation_set_apart_in_the_body_s_measure_is_told_by_its_words() -> None:
    """One source closing it, its author named, no quotation marks and no other work cited:
    a quotation set apart. A paragraph that quotes in marks, cites a name before the year,
    or cites other works is one's own words."""
    assert [k for k, _ in kinds(ACCUSED, ENTONACAO_WIDE)] == ["paragraph", "quote"]
    marks = ENTONACAO_WIDE.replace("é social par excellence", "“é social par excellence”")
    named = ENTONACAO_WIDE.replace("(VOLÓCHINOV, 2019, p.117-123; grifo no original)", "Volóchinov (2019, p.117)")
    others = ENTONACAO_WIDE.replace("da\nentonação:", "da\nentonação (BAKHTIN, 2011):")
    for text in (marks, named, others):
        assert [k for k, _ in kinds(ACCUSED, text)] == ["paragraph", "paragraph"], text
    # A paraphrase cites its page inside its last sentence (ABNT, APA), a long quotation
    # after its stop: without the note of emphasis, only the stop tells.
    plain = ENTONACAO_WIDE.replace("; grifo no original)", ")")
    assert [k for k, _ in kinds(ACCUSED, plain)] == ["paragraph", "paragraph"]
    stopped = plain.replace("circunda o falante\n(VOL", "circunda o falante.\n(VOL")
    assert [k for k, _ in kinds(ACCUSED, stopped)] == ["paragraph", "quote"]
    cut = plain.replace("circunda o falante\n(VOL", "circunda o falante [...]\n(VOL")
    assert [k for k, _ in kinds(ACCUSED, cut)] == ["paragraph", "quote"]
    apa = plain.replace("(VOLÓCHINOV, 2019, p.117-123)", "(Smith & Jones, 2010, pp. 45-46)")
    assert [k for k, _ in kinds(ACCUSED, apa)] == ["paragraph", "paragraph"]


def test_a_test_statistic_closing_a_narrow_paragraph_is_no_source() -> None:
    """``(p < 0.001).`` names a page to ``_PAGED`` but no year: no source, no quotation."""
    stats = ENTONACAO.replace("(VOLÓCHINOV, 2019, p.117-123; grifo\nno original).", "(p < 0.001).")
    assert kinds(EXCERPT, MANSIDAO, stats)[2][0] == "paragraph"


def test_a_quotation_a_page_s_notes_cut_from_its_source() -> None:
    """Educação em Revista (pdfminer): the page's notes fall inside a long citation after
    ``... pela pesquisadora Amanda Lima,``; the piece before them ends with no source, so
    only the citation whole again, its source closing it, shows it is one."""
    d = doc(
        "Aqui se faz importante situar um movimento que por muito tempo, até Jucá5, ocupou um\n"
        "lugar de literatura indígena, com poesias e ficções de autores brancos e letrados,\n"
        "descritos abaixo pela perspectiva da pesquisadora Amanda Lima,",
        "Para o primeiro, o índio surgia como um ser intimamente ligado à natureza, possuidor\n"
        "de uma liberdade e tranquilidade física e espiritual. Esta é a grande inovação desse\n"
        "escritor: retirar o caráter animalístico",
        "5. Romero Jucá foi presidente da FUNAI entre 1986 e 1988, durante o governo de José\nSarney.",
        "que os missionários implicaram aos índios e a alguns de seus rituais. Dele a sociedade\n"
        "brasileira interiorizou o mito da miscigenação. (LIMA, 2012, p.26).",
        "Este período indianista é anterior à trajetória da movimentação política e de produção\n"
        "literária indígena descrita no início deste texto.",
        sidecar=Metadata(language="pt"),
    )
    got = [(b.kind, b.text) for b in d.blocks if b.kind != "footnote"]
    assert [k for k, _ in got] == ["paragraph", "quote", "paragraph"]
    assert got[1][1].startswith("Para o primeiro") and got[1][1].endswith("(LIMA, 2012, p.26).")
    assert "caráter animalístico que os missionários" in got[1][1]
