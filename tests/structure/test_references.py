"""Reference lists on small real examples: entries re-split at their lines, links, and the
in-text citations that point to them."""

from __future__ import annotations

from make import doc

from galley.model import Block


def refs(*entries: str) -> list[Block]:
    return [b for b in doc("References", *entries).blocks if b.kind == "reference"]


def test_apa_entries_wrapped_author_lists_and_joined_entries() -> None:
    got = refs(
        "Backhaus, A., Becker, E., Bellini Saibene, Y., Brooks-Kieffer, J., Companjen, B., Curty, R.,\n"
        "Hodges, T., Kamvar, Z., Khan, B. (2023). Library Carpentry: Introduction to Git.\n"
        "Zenodo. https://doi.org/10.5281/zenodo.14360351",
        "Becker, E., & Michonneau, F. (2021). The Carpentries curriculum development handbook.\n"
        "https://cdh.carpentries.org\n"
        "Gonzalez, I., Huang, D., Hejazi, N., Koziar, K., & Munk, M. (Eds.). (2019). Software\n"
        "Carpentry: Version control with Git. Zenodo. https://doi.org/10.5281/zenodo.3264950",
        "World Meteorological Organisation. (n.d.). WMO Airborne Dust Bulletin. https://library.wmo.int/idurl/4/57570",
    )
    assert [b.text[:12] for b in got] == ["Backhaus, A.", "Becker, E., ", "Gonzalez, I.", "World Meteor"]
    assert got[0].text.endswith("Zenodo. https://doi.org/10.5281/zenodo.14360351")
    assert [r.url for r in got[0].runs() if r.kind == "link"] == ["https://doi.org/10.5281/zenodo.14360351"]
    assert [b.ident for b in got] == ["ref-backhaus-2023", "ref-becker-2021", "ref-gonzalez-2019", "ref-world"]


def test_numbered_entries_and_bracket_citations() -> None:
    d = doc(
        "Weather shapes economies [2], as shown before [1].",
        "References",
        "[1] T. Carleton and S. Hsiang, “Social and economic impacts of climate,” Science,\n"
        "vol. 353, 2016. doi: 10.1126/science.aad9837",
        "[2] S. Hsiang, “Climate econometrics,” Annu. Rev. Resour. Econ., vol. 8, 2016.",
    )
    entries = [b for b in d.blocks if b.kind == "reference"]
    assert [b.number for b in entries] == ["1", "2"] and entries[1].text.startswith("[2] S. Hsiang")
    assert [r.url for r in entries[0].runs() if r.kind == "link"] == ["https://doi.org/10.1126/science.aad9837"]
    assert [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"] == [("2", "#ref-2"), ("1", "#ref-1")]


def test_author_year_citations_link_only_when_unambiguous() -> None:
    text = "A torrent of research (Carleton & Hsiang, 2016); Wilson et al. (2017) agree; others do not (Smith, 2020)."
    d = doc(
        text,
        "References",
        "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science, 353(6304).",
        "Wilson, G., Bryan, J., & Teal, T. K. (2017). Good enough practices in scientific computing. PLoS\n"
        "Computational Biology, 13(6).",
        "Smith, A. (2020). One. Journal, 1.",
        "Smith, B. (2020). Two. Journal, 2.",
    )
    para = d.blocks[0]
    assert [(r.text, r.url) for r in para.runs() if r.kind == "link"] == [
        ("Carleton & Hsiang, 2016", "#ref-carleton-2016"),
        ("Wilson et al. (2017)", "#ref-wilson-2017"),
    ]
    assert para.text == "".join(r.text for r in para.runs()) == text  # linking never changes the words


def test_two_entries_of_one_author_and_year_are_told_apart_by_letter() -> None:
    d = doc(
        "As shown twice (Hsiang, 2016b), and before (Hsiang, 2016a).",
        "References",
        "Hsiang, S. (2016a). Climate econometrics. Annual Review of Resource Economics, 8.",
        "Hsiang, S. (2016b). Weather and the economy. Science, 353.",
    )
    assert [r.url for r in d.blocks[0].runs() if r.kind == "link"] == ["#ref-hsiang-2016-b", "#ref-hsiang-2016"]


def test_reference_list_without_a_heading_at_the_end() -> None:
    d = doc(
        "Acknowledgments",
        "We thank the testers of the lesson for their careful feedback on every part.",
        "Becker, E. A., Teal, T., & Michonneau, F. (2019). Data Carpentry lessons. Zenodo.",
        "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.",
        "Kruchten, A. E. (2020). A curricular bioinformatics approach. F1000Research, 9.",
    )
    assert [b.kind for b in d.blocks] == ["heading", "paragraph", "reference", "reference", "reference"]


def test_a_reference_heading_in_another_language() -> None:
    d = doc("Referencias", "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts. Science, 353.")
    assert [b.kind for b in d.blocks] == ["heading", "reference"]


# cadsc-31-e31030043 (scielo-wp-poppler, CC BY 4.0): a Vancouver list with bare numbers,
# wrapped entries, and one the cleaner glued to the URL of the entry before.
VANCOUVER = (
    "1 American Diabetes Association. Standards of medical care in diabetes - 2016. J Clin Appl Res\n"
    "Educ. 2016;39(1):1-111.\n"
    "2 Federación Internacional de Diabetes. Diabetes Atlas. Brussels: IDF; 2017. 43 p. (Vol. 8).\n"
    "3 Sociedade Brasileira de Diabetes. Diretrizes da Sociedade Brasileira de Diabetes 2017-2018.\n"
    "São Paulo: SBD; 2017. p. 217-32.\n"
    "4 Reece EA, Moore T. The diagnostic criteria for gestational diabetes: to change or not to\n"
    "change? Am J Obstet Gynecol. 2013 abr;208(4):255-9. http://dx.doi.org/10.1590/1980-265x-tce-2017-0364.\n"
    "+5 Brasil. Ministério da Saúde. Gestação de alto risco: manual técnico. 5a ed. Brasília; 2012. 302 p."
)


def test_vancouver_list_with_bare_numbers_and_a_range_citation() -> None:
    d = doc(
        "O diabetes gestacional é definido como qualquer grau de intolerância à glicose (1,3-5), e sua "
        "prevalência ainda é conflitante.2 No Brasil, 2023;31(3):e31030043 é outra coisa.",
        "Referências",
        VANCOUVER,
    )
    entries = [b for b in d.blocks if b.kind == "reference"]
    # One entry per number, the number kept as printed (every format shows it), the URL of
    # entry 4 whole and entry 5 its own although the cleaner glued it to that URL.
    assert [b.number for b in entries] == ["1", "2", "3", "4", "5"]
    assert [b.text[:12] for b in entries] == [
        "1 American D",
        "2 Federación",
        "3 Sociedade ",
        "4 Reece EA, ",
        "5 Brasil. Mi",
    ]
    assert [r.url for r in entries[3].runs() if r.kind == "link"] == [
        "http://dx.doi.org/10.1590/1980-265x-tce-2017-0364"
    ]
    # The group links each number to its entry (a range by its ends), the superscript after
    # "conflitante." too; a journal issue "31(3)" is no citation.
    links = [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"]
    assert links == [("1", "#ref-1"), ("3", "#ref-3"), ("5", "#ref-5"), ("2", "#ref-2")]
    assert "".join(r.text for r in d.blocks[0].runs()) == d.blocks[0].text


def test_numbered_entries_read_out_of_order_stay_entries() -> None:
    """Cad. saúde colet. as pdfminer read it (CC BY): entries 20 and 21 come right after
    15, and 16 after 21; each opens an entry where the cleaner saw a break. A number that
    goes on an unfinished entry (``1936;138(3479):`` / ``32. DOI:...``) opens none."""
    entries = [
        "15 Donazar-Ezcurra M, López-del Burgo C. Primary prevention of gestational diabetes. 2017;17(1):30.",
        "20 Malta D, Duncan B, Schmidt M. Prevalence of diabetes mellitus. Rev Bras Epidemiol. 2019;22(2).",
        "21 Huerta J, Tormo M. Accuracy of self-reported diabetes. Rev Esp Cardiol. 2009;62(2):143-52.",
        "16 Centers for Disease Control and Prevention. National diabetes statistics report. 2017.",
        "17 Selye H. A syndrome produced by diverse nocuous agents. Nature. 1936;138(3479):",
        "32. DOI:10.1038/138032a0",
    ]
    d = doc("O diabetes gestacional é comum (15).", "Referências", *entries)
    assert [b.number for b in d.blocks if b.kind == "reference"] == ["15", "20", "21", "16", "17"]


def test_a_numbered_list_whose_first_unit_is_a_stray_piece_is_still_numbered() -> None:
    """Rev Saude Publica as pdfminer read it (CC BY): an entry's tail, read before the list,
    comes first; the entries are still split at their numbers."""
    entries = [
        "2006;15(3):90-8.",
        "1. Alessi NP, Navarro VL. Saúde e trabalho rural. Cad Saude Publica. 1997;13(Supl 2):S111-21.\n"
        "2. Alves F. Por que morrem os cortadores de cana? Saude Soc. DOI:10.1590/S0104-12902006000300008\n"
        "3. Arbex MA, Cançado JED. Queima de biomassa e efeitos sobre a saúde. J Bras Pneumol.",
    ]
    got = refs(*entries)
    assert [(b.number, b.text[:10]) for b in got] == [
        ("", "2006;15(3)"),
        ("1", "1. Alessi "),
        ("2", "2. Alves F"),
        ("3", "3. Arbex M"),
    ]


def test_an_author_year_list_with_a_numbered_stray_piece_stays_author_year() -> None:
    """(From a review) A stray piece that opens with a number other than 1 starts no
    numbered list: the author-year entries after it stay apart."""
    entries = [
        f"{name}, J. A., & Lee, K. (200{i}). A study of things. Journal of Things, 1{i}\n({i + 2}), 45-67."
        for i, name in enumerate(["Adams", "Brown", "Clark", "Davis"])
    ]
    got = refs(entries[0], "12 Suppl 1:S3-9.", *entries[1:])
    assert [b.text[:5] for b in got if b.text[:5] in ("Adams", "Brown", "Clark", "Davis")] == [
        "Adams",
        "Brown",
        "Clark",
        "Davis",
    ]


def test_an_interval_after_a_value_is_no_citation_group() -> None:
    """Cad. saúde colet.: ``RP = 2,75 (1,21 - 6,26)`` reads as entries 1, 21 and 6 to a
    numbered list's finder; the value before it makes it an interval."""
    d = doc("A cor branca teve menor prevalência, RP = 2,75 (1,21 - 6,26) e 0,5 (1,2).", "Referências", VANCOUVER)
    assert [r.text for r in d.blocks[0].runs() if r.kind == "link"] == []


def test_superscript_digits_and_numbers_glued_to_formulas() -> None:
    d = doc(
        "Niobium salts racemise the alcohol³ and NbOPO4 is used as in ketones3.",
        "References",
        "1 Higa VM. Title. J Braz Chem Soc. 2021;32:1956-62.\n2 Rocha WS. Title. Quim Nova. 2019;4:1-9.\n"
        "3 Omori AT. Title. Tetrahedron. 2020;76:1-5.",
    )
    assert [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"] == [("³", "#ref-3")]


def test_a_superscript_glued_to_a_surname_its_entry_names_is_a_citation() -> None:
    """Rev Saude Publica (pdftotext, pypdf, pdfminer alike): ``Rodrigues & Gasparini19
    afirmam``, ``Iglesias & Araújo11`` (entry "Dalbello-Araújo M"), ``Winnicott16-18``,
    ``Ministério da Saúde3`` (an organisation); a number glued to a word no entry it points
    to names among its authors is left alone (``Ketones3``; ``Silva2``; ``Porto4``, entry 4
    published in Porto Alegre)."""
    d = doc(
        "Rodrigues & Gasparini1 afirmam, Iglesias & Araújo2 e Winnicott4-5 reforçam; "
        "o Ministério da Saúde3 recomenda. Ketones3, Silva2 and Porto4 are no citations.",
        "Referências",
        "1. Rodrigues AL, Gasparini ACLF. Uma perspectiva psicossocial. São Paulo: Pioneira; 1992.\n"
        "2. Iglesias A, Dalbello-Araújo M. As concepções de promoção da saúde. Cad Saude Colet. 2011;19:291-8.\n"
        "3. Ministério da Saúde (BR). Política nacional de promoção da saúde. Brasília; 2006.\n"
        "4. Winnicott DW. O ambiente e os processos de maturação. Porto Alegre: Artmed; 1983.\n"
        "5. Winnicott DW. Natureza humana. Rio de Janeiro: Imago; 1990.",
    )
    links = [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"]
    assert links == [("1", "#ref-1"), ("2", "#ref-2"), ("4", "#ref-4"), ("5", "#ref-5"), ("3", "#ref-3")]


def test_a_glued_number_after_et_al_or_an_unusual_surname_and_what_it_is_not() -> None:
    """``Brenna et al5``, ``Yadav et al.23``, ``McDonald2``, ``Dvořák3`` (entries in any
    case: ``RODRIGUES AL``); no link where the entry's authors do not name the word: its
    title does (``Covid19``, entry 3 on Covid-19), or a longer name holds it (``Lima4``
    and ``SALIMA A``, ``Silva1`` and ``Silvano R``); nor after a word in lower case
    (``lima3``), nor where the list has no such entry (``Silva99``)."""
    d = doc(
        "Brenna et al1 and Yadav et al.1 agree with McDonald2 and Dvořák3; Rodrigues4 too. "
        "Covid19 and Covid3 spread, Lima4, Silva1, lima3 and Silva99 are no citations.",
        "References",
        "1. Brenna SMF, Yadav JS, Silvano R. Conhecimento e atitude. Rev Saude Publica. 2001;35:1-8.\n"
        "2. McDonald AB. Title of a study. Lancet. 2019;4:1-9.\n"
        "3. Dvořák K, Lima A. Covid-19 in Brazil: a cohort. Lancet. 2020;5:2-9.\n"
        "4. RODRIGUES AL, SALIMA A. Uma perspectiva psicossocial. São Paulo: Pioneira; 1992.",
    )
    links = [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"]
    assert links == [("1", "#ref-1"), ("1", "#ref-1"), ("2", "#ref-2"), ("3", "#ref-3"), ("4", "#ref-4")]


def test_a_units_power_is_no_citation() -> None:
    """rsp-59: ``an area of 8.5 million km²`` in a paper with a numbered list; the
    superscript after ``diabetes`` is a citation."""
    d = doc(
        "Brazil covers 8.5 million km², 30 m² a plot, 2 m/s² and diabetes² on the rise.",
        "References",
        "1 Higa VM. Title. J Braz Chem Soc. 2021;32:1956-62.\n2 Rocha WS. Title. Quim Nova. 2019;4:1-9.",
    )
    assert [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"] == [("²", "#ref-2")]


def test_author_year_citation_group_with_organisations_and_no_date() -> None:
    """jose.00267 (jose-poppler): a group of eleven, one wrapped, a first author of two
    surnames, an organisation and an undated entry."""
    text = (
        "Research highlights the need (Guo, 2017; Martin Sudmanns & Blaschke, 2020; Radočaj et al., 2020; "
        "Executable Books Community, 2021) and Diataxis (Procida, n.d.) guides it."
    )
    d = doc(
        text,
        "References",
        "Executable Books Community. (2021). Jupyter book. Zenodo. https://doi.org/10.5281/zenodo.4539666",
        "Guo, H. (2017). Big Earth data: A new frontier in Earth and information sciences.\n"
        "Big Earth Data, 1(1-2), 4-20.",
        "Martin Sudmanns, S. L., Dirk Tiede, & Blaschke, T. (2020). Big Earth data: Disruptive changes in Earth\n"
        "observation data management and analysis? International Journal of Digital Earth, 13(7), 832-850.",
        "Procida, D. (n.d.). Diátaxis documentation framework. https://diataxis.fr/",
        "Radočaj, D., Obhođaš, J., Jurišić, M., & Gašparović, M. (2020). Global Open Data Remote Sensing\n"
        "Satellite Missions for Land Monitoring and Conservation: A Review. Land, 9(11), 402.",
    )
    links = [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"]
    assert links == [
        ("Guo, 2017", "#ref-guo-2017"),
        ("Martin Sudmanns & Blaschke, 2020", "#ref-martin-2020"),
        ("Radočaj et al., 2020", "#ref-rado-aj-2020"),
        ("Executable Books Community, 2021", "#ref-executable-2021"),
        ("Procida, n.d.", "#ref-procida"),
    ]
    assert d.blocks[0].text == text


def test_bare_urls_and_dois_in_the_text_are_links_but_broken_ones_are_not() -> None:
    """jose.00309 (ocr-tesseract) and jose.00279 (latex-twocol-pdfminer): a URL at a sentence
    end, a DOI; a URL the extractor broke with a space links nowhere."""
    text = (
        "All of the materials are available at http://nwb4edu.github.io. See 10.21105/jose.00309 and "
        "https://carpentrie s-lab.github.io/good-enough-practices/."
    )
    d = doc(text)
    links = [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"]
    assert links == [
        ("http://nwb4edu.github.io", "http://nwb4edu.github.io"),
        ("10.21105/jose.00309", "https://doi.org/10.21105/jose.00309"),
    ]
    assert "".join(r.text for r in d.blocks[0].runs()) == text


def test_a_chapters_book_line_is_no_entry_of_its_own() -> None:
    """jose.00184 (jose-poppler): the "In ... (Eds.)" line after a finished line."""
    got = refs(
        "Jupyter, Project, Bussonnier, Matthias, & Willing, Carol. (2018).\n"
        "Binder 2.0 - Reproducible, interactive, sharable environments for science at scale.\n"
        "In Fatih Akici, David Lippa, Dillon Niederhut, & M. Pacer (Eds.), Proceedings of\n"
        "the 17th Python in Science Conference (pp. 113–120). https://doi.org/10.25080/\n"
        "+Majora-4af1f417-011\n"
        "Kapteyn, J. C. (1922). First attempt at a theory of the arrangement and motion of the\n"
        "sidereal system. The Astrophysical Journal, 55, 302.",
    )
    assert [b.text[:12] for b in got] == ["Jupyter, Pro", "Kapteyn, J. "]
    assert "In Fatih Akici" in got[0].text


def test_bare_numbers_before_a_particle_or_a_url_open_entries() -> None:
    """jbchs-32-10-1956 (scielo-wp-poppler, CC BY 4.0): a Vancouver list without stops after
    its numbers; entry 9 opens on a surname's particle, entry 12 on a URL."""
    got = refs(
        "8 Carvalho, A. C. L. M.; Fonseca, T. S.; de Mattos, M. C.; Molinari,\n"
        "F.; Romano, D.; Serra, I.; Int. J. Mol. Sci. 2015, 16, 29682.\n"
        "9 de Miranda, A. S.; Miranda, L. S. M.; de Souza, R. O. M. A.; Biotechnol. Adv. 2015, 33, 372.\n"
        "10 Wuyts, S.; Wahlen, J.; Jacobs, P. A.; de Vos, D. E.; Green Chem. 2007, 9, 1104.\n"
        "11 Conley, B. L.; Pennington-Boggio, M. K.; Chem. Rev. 2010, 110, 2294.\n"
        "12 https://www.sigmaaldrich.com/catalog/product/aldrich/668281, accessed in March 2021.\n"
        "13 Alves, A. R.; Coutinho, A. R.; Mater. Res. 2015, 18, 106."
    )
    assert [b.number for b in got] == ["8", "9", "10", "11", "12", "13"]
    assert got[0].text.endswith("Int. J. Mol. Sci. 2015, 16, 29682.")
    assert got[1].text.startswith("9 de Miranda")


# A list sorted by kind (edur-39, Portuguese, scielo-wp-poppler): the list's heading names its
# first group, the others have a heading each; an entry's piece that ends in a colon does not.
SORTED_BY_KIND = (
    "A literatura indígena escrita pelos próprios indígenas ainda é pouco lida nas escolas do país.",
    "REFERÊNCIAS - Livros:",
    "BARTHES, Roland. Aula. São Pulo: Cultrix, 1987.",
    "STADEN, Hans. Viagem ao Brasil. São Paulo: Martin Claret, 2006.",
    "Teses e Dissertações:",
    "LIMA, Amanda Machado Alves de. O livro indígena e suas múltiplas grafias. Dissertação, 2016.",
    "Legislação:",
    "BRASIL. Lei n.º 6001, de 19 de dezembro de 1973. Dispões sobre o Estatuto do Índio. Brasília, 1973.",
    "JEKUPÉ, Olívio. Literatura nativa em andamento. Artigo publicado no blog do autor em 9 de agosto de 2014. Access:",
    "MUNDURUKU, Daniel. Usando a palavra certa pra doutor não reclamar. São Paulo, 2016.",
)


def test_a_reference_list_sorted_by_kind_keeps_its_group_headings() -> None:
    d = doc(*SORTED_BY_KIND)
    got = [(b.kind, b.text[:16]) for b in d.blocks[1:]]
    assert got == [
        ("heading", "REFERÊNCIAS - Li"),
        ("reference", "BARTHES, Roland."),
        ("reference", "STADEN, Hans. Vi"),
        ("heading", "Teses e Disserta"),
        ("reference", "LIMA, Amanda Mac"),
        ("heading", "Legislação:"),
        ("reference", "BRASIL. Lei n.º "),
        ("reference", "JEKUPÉ, Olívio. "),
        ("reference", "MUNDURUKU, Danie"),
    ]
    # The groups are siblings of the list's heading, not its subsections.
    assert {b.level for b in d.blocks if b.kind == "heading"} == {1}


def test_an_entry_piece_ending_in_a_colon_is_no_group_heading() -> None:
    # bjb-83 (pdftotext): "... In: P.C. DEBERGH ... application." / "Dordrecht:" / "Kluwer ...".
    d = doc(
        "Plants grown in vitro often show hyperhydricity, a disorder that is described below.",
        "References",
        "ZIV, M. (1991). Vitrification: morphological and physiological disorders of in vitro plants.\n"
        "In: P.C. DEBERGH and R.H. ZIMMERMAN, eds. Micropropagation: technology and application.",
        "Dordrecht:",
        "KluwerAcademic Publishers, pp. 45-69.",
        "Iglesias A, Dalbello-Araújo M. As concepções de promoção da saúde. 2011;19(3):291-8.",
        "DOI:",
        "10.1080/00223980209605546",
    )
    assert [b.kind for b in d.blocks].count("heading") == 1


def test_entries_whose_authors_are_set_in_capitals() -> None:
    # trans-45 (Spanish, ABNT-like): classical authors and bodies in capitals, no comma.
    got = refs(
        "BRETÓN, A. Antología del humor negro. Barcelona: Anagrama, 2005.\n"
        "DIÓGENES LAERCIO. Vidas y opiniones de los filósofos ilustres. Trad. Luis-Andrés Bredlow. Madrid:\n"
        "Lucina, 2010.\n"
        "DIÓN DE PRUSA. Discursos I - XI. Madrid: Gredos, 1988.\n"
        "EPICTETO. Disertaciones por Arriano. Madrid: Gredos , 1993.",
    )
    assert [b.text[:12] for b in got] == ["BRETÓN, A. A", "DIÓGENES LAE", "DIÓN DE PRUS", "EPICTETO. Di"]


def test_a_publisher_in_capitals_on_its_own_line_is_no_entry() -> None:
    # jose.00193: "SEANOE." is the publisher of the entry before, then its DOI.
    got = refs(
        "Argo. (2021). Argo float data and metadata from global data assembly centre (argo GDAC).\n"
        "SEANOE. https://doi.org/10.17882/42182",
        "Bishop, C. M. (2006). Pattern recognition and machine learning. Springer.",
    )
    assert len(got) == 2 and got[0].text.endswith("https://doi.org/10.17882/42182")


def test_entries_whose_authors_open_with_initials() -> None:
    # rbef-43 (a physics journal): "W.R.S. Silva, D.P. Souza e S. Rodrigues-Moura, ...",
    # under a heading whose accent is mistyped.
    d = doc(
        "A microbalança construída custa menos que um décimo do preço de mercado de uma comercial.",
        "Referênces",
        "W.R.S. Silva, D.P. Souza e S. Rodrigues-Moura, Rev.\nPesqui. Qual. 7, 428 (2019).\n"
        "A.M.P. Carvalho e L.H. Sasseron, Ensino em Re-Vista 22,\n249 (2015).\n"
        "D.R. Shonnard, D.T. Allen, N. Nguyen, S.W. Austin e R.\nHesketh, Environ. Sci. Technol. 37, 5453 (2003).",
    )
    assert [b.kind for b in d.blocks[1:]] == ["heading", "reference", "reference", "reference"]


def test_a_line_ending_on_an_initial_goes_on_in_the_next() -> None:
    # jose.00299: "... (G." / "A. Devenyi, G. Capes, ... Eds.; ...)" is one entry.
    got = refs(
        "Wilson, G., Capes, G., Devenyi, G. A., & Chhatre, V.\n"
        "(2019). Swcarpentry/shell-novice: Software carpentry: The UNIX shell, june 2019 (G.\n"
        "A. Devenyi, G. Capes, C. Morris, & W. Pitchers, Eds.; Version v2019.06.1). Zenodo.\n"
        "https://doi.org/10.5281/zenodo.3266823",
    )
    assert len(got) == 1


def test_a_justified_line_set_a_word_a_line_opens_no_entry() -> None:
    # rac-26 (pdftotext): the last line of Qin et al. came out a word a line; "Ethics," is no
    # author. jose.00239: a lone "Gefen," after a full line does open the next entry.
    got = refs(
        "Qin, X., Liu, X., Brown, J. A., Zheng, X., & Owens, B. P. (2019). Humility\n"
        "harmonized? Exploring whether and how leader and employee humility\n"
        "(in)congruence influences employee citizenship and deviance behaviors.\n"
        "Journal\nof\nBusiness",
        # the cleaner saw a break before this short line, as it does in the paper
        "Ethics,\n170,\n147-165.\nhttps://doi.org/10.1007/s10551-019-04250-4\n"
        "Racelis, A. D. (2013). Developing a virtue ethics scale: Exploratory survey of\n"
        "Philippine managers. Asian Journal of Business & Accounting, 6(1), 15-37.\n"
        "Denholm, J. (2023). TorchTools. https://github.com/jdenholm/TorchTools\n"
        "Gefen,\n"
        "A., Saint-Raymond, L., & Venturini, T. (2021). AI for digital humanities and computational social sciences.",
    )
    assert [b.text[:12] for b in got] == ["Qin, X., Liu", "Racelis, A. ", "Denholm, J. ", "Gefen, A., S"]
    assert got[0].text.endswith("Business Ethics, 170, 147-165. https://doi.org/10.1007/s10551-019-04250-4")


def test_bodies_with_the_year_as_a_sentence_and_suffixed_names_open_entries() -> None:
    # hoehnea-49 and paz-62 (botany and zoology): "Body. 2012. Title", "Surname-Jr., I.R. 2009.";
    # brag-81: a body's acronym in brackets before it.
    got = refs(
        "Ivanauskas, N. M. 1997. Caracterização florística e fisionômica da Floresta Atlântica.\n"
        "Instituto Brasileiro de Geografia e Estatística (IBGE). 2012. Manual técnico da vegetação\n"
        "brasileira. Rio de Janeiro, IBGE.\n"
        "Fitzpatrick, J.W. 1980. Foraging behavior of neotropical tyrant flycatchers. Condor, 82(1): 43-57.\n"
        "Ghizoni-Jr., I.R. 2009. Composição de bandos mistos de aves no Parque Estadual das Araucárias.\n"
        "IBGE. 2012. Fundação Instituto Brasileiro de geografia e Estatística. Manual técnico da\n"
        "vegetação brasileira. 2ed, Rio de Janeiro.\n"
        "[Embrapa] Empresa Brasileira de Pesquisa Agropecuária. (2018). Sistema Brasileiro de Classificação.\n"
        "Klein, R.M. 1984. Aspectos Dinâmicos da Vegetação do Sul do Brasil. Belo Horizonte.\n"
        "Editora Universitária. 1984. Sellowia 36: 5-54.\n"
        "Lorenzi, H. 2008. Árvores brasileiras: manual de identificação e cultivo de plantas arbóreas.\n"
        "Originally published as Árvores do Brasil. 1992. Nova Odessa, São Paulo.",
    )
    assert [b.text[:12] for b in got] == [
        "Ivanauskas, ",
        "Instituto Br",
        "Fitzpatrick,",
        "Ghizoni-Jr.,",
        "IBGE. 2012. ",
        "[Embrapa] Em",
        "Klein, R.M. ",
        "Lorenzi, H. ",
    ]  # the entry's own year again is its publisher's line; a lower-case phrase is no body


def test_acts_cited_by_their_number_open_entries() -> None:
    # rbee-30: laws and decrees among author-year entries.
    got = refs(
        "Melo, C. de H. V., & Kassar, M. de C. M. (2023). Judicialização da Educação Especial.\n"
        "Lei nº 13.409, de 28 de dezembro de 2016. Altera a Lei nº 12.711, de 29 de agosto de\n"
        "2012, para dispor sobre a reserva de vagas para pessoas com deficiência.\n"
        "Decreto nº 6.949, de 25 agosto de 2009. Promulga a Convenção Internacional.\n"
        "Nota Técnica nº 4, de 23 de janeiro de 2014. Orientação quanto a documentos comprobatórios.",
    )
    assert [b.text[:12] for b in got] == ["Melo, C. de ", "Lei nº 13.40", "Decreto nº 6", "Nota Técnica"]


def test_a_body_wrapped_before_its_year_and_a_state_in_capitals_open_entries() -> None:
    # rbee-30 (pypdf): the body's name wraps before "(2001)"; ciedu-27 (ABNT): "SÃO PAULO
    # (Estado)."; jose.00180: "ISBN: 9781681737256" ends Po et al., it opens nothing.
    got = refs(
        "Po, L., Bikakis, N., Desimoni, F., & Papastefanatos, G. (2020). Linked data visualization:\n"
        "Techniques, tools and big data (pp. 1–157). Morgan & Claypool Publishers.\n"
        "ISBN: 9781681737256",
        "Risk, K. (2021). Fuse.js: Lightweight fuzzy-search, in JavaScript. GitHub.\n"
        "Instituto Nacional de Estudos e Pesquisas Educacionais\n"
        "Anísio Teixeira. (2001). Sinopse Estatística da Educação Básica. INEP.\n"
        "SÃO PAULO (Estado). Secretaria da Educação. Relatório pedagógico: SARESP 2011 – matemática.\n"
        "São Paulo, 2011.",
    )
    assert [b.text[:12] for b in got] == ["Po, L., Bika", "Risk, K. (20", "Instituto Na", "SÃO PAULO (E"]
    assert got[0].text.endswith("ISBN: 9781681737256")


def test_a_body_whose_year_opens_the_next_line_and_starred_names_open_entries() -> None:
    # jose.00303 (pdfminer, two columns): "D2L Brightspace Community." / "(2024). About
    # grades."; co-first authors starred: "Voutov*, M., Jayaprakash*, N., & Bray, A.".
    got = refs(
        "Canvas Community. (2024). How do I use the gradebook? https://community.canvaslms.com/t5/\n"
        "D2L Brightspace Community.\n"
        "(2024). About grades. https://community.d2l.com/brightspace/kb/articles/3305-about-grades\n"
        "Voutov*, M., Jayaprakash*, N., & Bray, A. (2024). NemoGB web app. In GitHub repository.",
    )
    assert [b.text[:12] for b in got] == ["Canvas Commu", "D2L Brightsp", "Voutov*, M.,"]


def test_review_cases_of_entry_starts() -> None:
    # A lone name after a URL line opens an entry; an entry ending without a stop does not
    # lend its last line to the next entry's name; an act that repeats the entry's year is
    # the entry's; capitals with "JR." or a state's initials open entries.
    got = refs(
        "Denholm, J. (2023). TorchTools: Tools for PyTorch.\nhttps://github.com/jdenholm/TorchTools\nGefen,\n"
        "A., Saint-Raymond, L., & Venturini, T. (2021). AI for digital humanities.",
        "Hsiang, S. (2016). Climate econometrics. Annual Review of Resource Economics.\nCambridge University Press",
        "Smith, J. (2020). A title. Journal, 3(2), 1-9.\n"
        "Brasil. 2014. Ministério do Meio Ambiente. Lista Nacional Oficial de Espécies Ameaçadas.\n"
        "Portaria MMA nº 443, de 17 de dezembro de 2014. Disponível em http://www.mma.gov.br\n"
        "SILVA JR., Antônio. O ensino. Belo Horizonte: Autêntica, 2010.\n"
        "BELO HORIZONTE (MG). Secretaria Municipal de Educação. Proposta curricular. 2011.\n"
        "Lei no 9.394, de 20 de dezembro de 1996. Estabelece as diretrizes e bases da educação nacional.",
    )
    assert [b.text[:12] for b in got] == [
        "Denholm, J. ",
        "Gefen, A., S",
        "Hsiang, S. (",
        "Smith, J. (2",
        "Brasil. 2014",
        "SILVA JR., A",
        "BELO HORIZON",
        "Lei no 9.394",
    ]
    assert got[2].text.endswith("Cambridge University Press")
    assert "Portaria MMA nº 443" in got[4].text


def test_second_review_bodies_of_one_year_and_more_body_names() -> None:
    # Two entries of one year ("Higuchi, N. 2012." / "IBGE. 2012."), an ABNT list's acts of
    # one year, and body names with long particles, bracketed names, numbers and elisions.
    got = refs(
        "Higuchi, N. 2012. Dinâmica de florestas tropicais. Manaus, INPA.\n"
        "IBGE. 2012. Manual técnico da vegetação brasileira. Rio de Janeiro.\n"
        "Wolf, M. 2019. The shifts and the shocks. London: Penguin.\n"
        "World Bank. 2019. World Development Report 2019. Washington, DC.\n"
        "Comisión Nacional para el Conocimiento y Uso de la Biodiversidad. 2012. Estrategia nacional.\n"
        "INMET (Instituto Nacional de Meteorologia). 2019. Normais climatológicas do Brasil.\n"
        "Instituto Chico Mendes de Conservação da Biodiversidade (ICMBio). 2018. Livro vermelho.\n"
        "Flora do Brasil 2020. 2020. Jardim Botânico do Rio de Janeiro. Disponível em http://floradobrasil.jbrj.gov.br\n"
        "Ministère de l'Écologie. 2012. Stratégie nationale pour la biodiversité. Paris.",
        "BRASIL. Lei nº 11.645, de 10 de março de 2008. Altera a Lei nº 9.394. Diário Oficial, 11 mar. 2008.\n"
        "Decreto nº 6.571, de 17 de setembro de 2008. Dispõe sobre o atendimento educacional especializado.",
    )
    assert [b.text[:10] for b in got] == [
        "Higuchi, N",
        "IBGE. 2012",
        "Wolf, M. 2",
        "World Bank",
        "Comisión N",
        "INMET (Ins",
        "Instituto ",
        "Flora do B",
        "Ministère ",
        "BRASIL. Le",
        "Decreto nº",
    ]


def test_second_review_wrapped_group_authors() -> None:
    # APA group authors wrapped before their year, a comma in the name, or split across
    # units; "U.S. Department of Education." with its inner stops, its year on the next line.
    got = refs(
        "Freire, P. (1996). Pedagogia da autonomia. São Paulo: Paz e Terra.\n"
        "National Academies of Sciences, Engineering, and\n"
        "Medicine. (2018). How people learn II: Learners, contexts, and cultures.\n"
        "Smith, J. (2019). A title. Journal, 3(2), 1-9.\n"
        "U.S. Department of Education.\n"
        "(2017). Reimagining the role of technology in education.\n"
        "Vygotsky, L. S. (1978). Mind in society. Harvard University Press.\n"
        "Instituto Nacional de Estudos e Pesquisas Educacionais",
        "Anísio Teixeira. (2001). Sinopse estatística da educação básica. INEP.",
    )
    assert [b.text[:10] for b in got] == [
        "Freire, P.",
        "National A",
        "Smith, J. ",
        "U.S. Depar",
        "Vygotsky, ",
        "Instituto ",
    ]


def test_an_entry_in_press_has_its_year() -> None:
    # rbee-30: "(no prelo)" stands for the year: the next author opens the next entry.
    got = refs(
        "Pletsch, M. D. (no prelo). Plano de Atendimento Educacional Especializado (AEE) e\n"
        "Planejamento Educacional Individualizado (PEI). Ampla Editora e Comércio LTDA.\n"
        "Pletsch, M. D., Batista, G. de F., & Avila, L. L. (2023). Constituição da Educação Especial.\n"
        "Smith, J. (in press). A title. Journal.\n"
        "Souza, A. (2020). Outro título. Revista.",
    )
    assert [b.text[:12] for b in got] == ["Pletsch, M. ", "Pletsch, M. ", "Smith, J. (i", "Souza, A. (2"]
    # Its book's editors on a line of their own (pdfminer: a box) go on the chapter's entry;
    # an edited book's own entry, its editor's "(Ed.)." then its year, opens one.
    got = refs(
        "Pletsch, M. D. (no prelo). Plano de Atendimento Educacional Especializado (AEE). In A. A. P.",
        "Borges, S. P. H. Camargo, & J. W. Valle (Orgs.), Plano Educacional Individualizado. Ampla Editora.",
        "Pérez, J. (Ed.). (2010). Educación inclusiva. Madrid: Morata.",
    )
    assert [b.text[:12] for b in got] == ["Pletsch, M. ", "Pérez, J. (E"]
    # An entry whose line cites its book's editors after its own year opens all the same.
    got = refs(
        "Millman, K. J. (2011). Python for scientists. Computing in Science & Engineering, 13(2), 9-12.",
        "McKinney. (2010). Data Structures for Statistical Computing in Python. In Walt & Millman (Eds.), "
        "Proceedings of the 9th Python in Science Conference (pp. 56-61).",
    )
    assert [b.text[:12] for b in got] == ["Millman, K. ", "McKinney. (2"]


def test_third_review_editors_before_the_year_and_undated_words_in_titles() -> None:
    # Elsevier's Harvard: the editors, then the year: each an entry.
    got = refs(
        "Buckley, P.J., Casson, M. (Eds.), 1976. The future of the multinational enterprise. Macmillan.\n"
        "Dunning, J.H., Lundan, S.M. (Eds.), 2008. Multinational enterprises and the global economy. Elgar.\n"
        "Smith, A.B. (Ed.), 2015. Handbook of international business. Routledge.",
    )
    assert [b.text[:10] for b in got] == ["Buckley, P", "Dunning, J", "Smith, A.B"]
    # "in pressure", "Forthcoming" in a title and initials ``S.F.`` give no year: the
    # wrapped author list or journal line after them opens no entry (ABNT: the year last).
    got = refs(
        "SMITH, J.; COSTA, M. Changes in pressure and temperature of confined quantum dots.\n"
        "NATURE, London, v. 3, n. 2, p. 1-9, 2019.\n"
        "ALENCAR, A., SHIMBO, J.Z., SANTOS, S.F., LENTI, F.,",
        "ARRUDA, V., ROSA, M. 2020. Mapping three decades of changes in the Brazilian savanna.",
    )
    assert [b.text[:10] for b in got] == ["SMITH, J.;", "ALENCAR, A"]


def test_the_same_authors_next_work_after_a_rule_is_an_entry_of_its_own() -> None:
    """ABNT and Chicago print a rule for the author of the entry before (a probe's case):
    ``______. Self-efficacy ...`` opens the next entry, it is no part of the one above."""
    from galley.clean.shapes import starts_entry

    assert starts_entry("______. Self-efficacy: the exercise of control. New York: Worth Publishers, 1997.")
    assert starts_entry("———. The second book. Chicago: University Press, 2001.")
    assert not starts_entry("- item of a list")


# Biota Neotropica (pypdf, two columns, CC BY): surnames in capitals, a chapter's publisher
# on a line of its own ("Springer, Berlin," reads like "Surname, Given").
CAPITALS_LIST = (
    "MIRANDA, P.L.S., OLIVEIRA-FILHO, A.T., PEN-\n"
    "NINGTON, R.T., NEVES, D.M., BAKER, T.R. &\n"
    "DEXTER, K.G. 2018. Using tree species inventories\n"
    "to map biomes and assess their climatic overlaps in\n"
    "lowland tropical South America. Global Ecol Bio-\n"
    "geogr 27:899-912. https://doi.org/10.1111/geb.12749\n"
    "MITTERMEIER, R.A., TURNER, W.R., LARSEN, F.W.,\n"
    "BROOKS, T.M. & GASCON, C. 2011. Global bio-\n"
    "diversity conservation: the critical role of hotspots.\n"
    "In Biodiversity hotspots (F. Zachos & J. Habel, eds)\n"
    "Springer, Berlin, Heidelberg, p 3-22.\n"
    "NEVES, D.M., DEXTER, K.G., PENNINGTON, R.T.,\n"
    "BUENO, M.L. & OLIVEIRA-FILHO, A.T. 2015. En-\n"
    "vironmental and historical controls of floristic com-\n"
    "position across the South American dry diagonal. J\n"
    "Biogeogr 42(8):1566-1576. https://doi.org/10.1111/jbi.12529"
)


def test_in_a_list_of_surnames_in_capitals_a_name_in_mixed_case_opens_no_entry() -> None:
    got = refs(CAPITALS_LIST)
    assert [b.text[:10] for b in got] == ["MIRANDA, P", "MITTERMEIE", "NEVES, D.M"]
    assert got[1].text.endswith("Springer, Berlin, Heidelberg, p 3-22.")


def test_in_a_list_in_capitals_surnames_with_a_lower_case_letter_open_entries() -> None:
    # ``DiMAGGIO``, ``MacINTYRE``: three capitals in a row make a surname in capitals.
    got = refs(
        CAPITALS_LIST.replace(
            "NEVES, D.M., DEXTER, K.G., PENNINGTON, R.T.,\n", "DiMAGGIO, P.J., DEXTER, K.G., PENNINGTON, R.T.,\n"
        )
    )
    assert [b.text[:10] for b in got] == ["MIRANDA, P", "MITTERMEIE", "DiMAGGIO, "]


def test_in_a_list_in_capitals_a_name_where_the_extractor_broke_opens_an_entry() -> None:
    # pdfminer's blank line between boxes: the break is the evidence, whatever the case.
    before, after = CAPITALS_LIST.split("NEVES, D.M., DEXTER")
    got = refs(before.rstrip("\n"), "Neves, D.M., DEXTER" + after)
    assert [b.text[:10] for b in got] == ["MIRANDA, P", "MITTERMEIE", "Neves, D.M"]


def test_an_abnt_entry_without_an_author_opens_with_its_title_in_capitals() -> None:
    # ABNT sets the title's first word in capitals where there is no author.
    got = refs(
        "ALVES, F. Por que morrem os cortadores de cana? Saúde e\n"
        "Sociedade, São Paulo, v. 15, n. 3, p. 90-98, 2006.\n"
        "A SAÚDE do trabalhador rural no Brasil. Revista\n"
        "Proteção, Novo Hamburgo, v. 21, n. 4, p. 12-15, 2008.\n"
        "BRASIL. Lei nº 8.080, de 19 de setembro de 1990. Diário Oficial da União, Brasília, DF, 1990.\n"
        "DIRETRIZES curriculares nacionais gerais da educação\n"
        "básica. Brasília, DF: MEC, 2013.\n"
        "FREIRE, Paulo. Pedagogia do oprimido. 17. ed. Rio de\n"
        "Janeiro: Paz e Terra, 1987.\n"
        "MINISTÉRIO DA SAÚDE (Brasil). Política nacional de saúde do trabalhador. Brasília, DF, 2012.\n"
        "UNIVERSIDADE FEDERAL DO PARANÁ. Sistema de Bibliotecas. Curitiba: Ed. UFPR, 2007.\n"
        "SOUZA, C. M.; ISER, B. M.; MALTA, D. C. Diabetes gestacional\n"
        "autorreferido: Pesquisa Nacional de Saúde 2013.\n"
        "Cadernos Saúde Coletiva, Rio de Janeiro, v. 31, n. 3,\n"
        "e31030043, 2023.\n"
        "VIGOTSKI, L. S. A formação social da mente. 6. ed. São\n"
        "Paulo: Martins Fontes, 1998.\n"
        "WORLD HEALTH ORGANIZATION. Global status report on noncommunicable diseases 2014. Geneva: WHO, 2014."
    )
    assert [b.text[:9] for b in got] == [
        "ALVES, F.",
        "A SAÚDE d",
        "BRASIL. L",
        "DIRETRIZE",
        "FREIRE, P",
        "MINISTÉRI",
        "UNIVERSID",
        "SOUZA, C.",
        "VIGOTSKI,",
        "WORLD HEA",
    ]


def test_a_name_in_an_alphabet_beyond_latin_1_opens_an_entry() -> None:
    # Braz. J. Biol. (CC BY): a Czech surname in capitals.
    got = refs(
        "ZIV, M., 1991. Vitrification: morphological and physiological disorders of in vitro plants.\n"
        "Dordrecht: Kluwer, pp. 45-69. http://dx.doi.org/10.4141/cjps10034.\n"
        "ŽD’ÁRSKÁ, M., ZATLOUKALOVÁ, P., BENÍTEZ, M., ŠEDO, O., POTĚŠIL, D., NOVÁK, O.,\n"
        "SVAČINOVÁ, J., PEŠEK, B., MALBECK, J. and HEJÁTKO, J., 2013. Proteome analysis. Plant\n"
        "Physiology, vol. 161, no. 2, pp. 918-930."
    )
    assert [b.text[:8] for b in got] == ["ZIV, M.,", "ŽD’ÁRSKÁ"]


def test_an_editions_number_opens_no_numbered_entry() -> None:
    # Vancouver: "4. ed." wrapped to the head of a line is entry 3's edition, not entry 4.
    got = refs(
        "1. Minayo MCS. O desafio do conhecimento: pesquisa qualitativa em saúde. São Paulo: Hucitec; 2014.\n"
        "2. Pereira MG. Epidemiologia: teoria e prática. Rio de Janeiro: Guanabara Koogan; 1995.\n"
        "3. Rouquayrol MZ, Almeida Filho N. Epidemiologia e saúde.\n"
        "4. ed. Rio de Janeiro: Medsi; 1994.\n"
        "4. Lipp MEN. Manual do inventário de sintomas de stress para adultos de\n"
        "Lipp. São Paulo: Casa do Psicólogo; 2000."
    )
    assert [b.number for b in got] == ["1", "2", "3", "4"]
    assert got[2].text.endswith("4. ed. Rio de Janeiro: Medsi; 1994.")
    spelt = refs(
        "1. Minayo MCS. O desafio do conhecimento. São Paulo: Hucitec; 2014.\n"
        "2. Hoffmann A. Pflegeforschung in der Praxis. Bern: Huber;\n"
        "3. Auflage. 2012.\n"
        "3. Lipp MEN. Manual do inventário de sintomas de stress. São Paulo: Casa do Psicólogo; 2000."
    )
    assert [b.number for b in spelt] == ["1", "2", "3"]


def test_an_entry_whose_initial_lost_its_stop_to_the_next_line_starts_one() -> None:
    # pdftotext -raw (relayout probe, rac-26-e190379): 'Foot, P' / '. (1967). ...', the
    # cleaner glued the stop back, both lines inside the entry before.
    got = refs(
        "Ferrero, I. Prefácio. In M. C. Serafim (Org.). (2020). Virtudes e dilemas morais na\n"
        "Administração. (pp. 9-14). Florianópolis: Admethics.\nFoot, P\n"
        "+. (1967). The problem of abortion and the doctrine of double effect. Oxford\nReviews, 5, 5-15."
    )
    assert [b.text[:16] for b in got] == ["Ferrero, I. Pref", "Foot, P. (1967)."]


def test_numbered_entries_read_out_of_order_inside_one_unit_are_entries_each() -> None:
    # pdftotext's two columns (relayout probe, jbchs-32-10-1956): the right column's
    # entries come before the left's last ones, and no break parts them. A number out of
    # order opens an entry where an author's name follows it; a page number going on
    # (``32. DOI:...``) does not.
    got = refs(
        "22 Kim, M.; Lee, J.; Tetrahedron 2006, 62, 1.\n"
        "23 Yadav, J. S.; Bhunia, D. C.; Tetrahedron Lett. 2007, 48, 8306.\n"
        "26 Bertero, N. M.; Trasarti, A. F.; Appl. Catal., A 2013, 458, 28.\n"
        "27 Bassan, I. A. L.; Nascimento, D. R.; Fuel Process. Technol. 2013, 106, 619."
    )
    assert [b.text[:2] for b in got] == ["22", "23", "26", "27"]
    got = refs(
        "3. Silva AB. A title of a paper. Rev Saude Publica. 2010;1:1-9.\n"
        "7. Alessi NP, Souza CD. Another title. Cad Saude Publica. 2012;2:3-4.\n"
        "4. Lima E. Third title. J Bras Med. 1936;138(3479):\n32. DOI:10.1038/138032a0"
    )
    assert [b.text[:2] for b in got] == ["3.", "7.", "4."]


# jose.00209: a reference list without its heading closes the paper, after the
# acknowledgements.
ACKNOWLEDGED = (
    "Acknowledgments",
    "We thank the testers of the lesson for their careful feedback on every part of it.",
)


def test_a_headless_list_of_two_units_holding_four_entries() -> None:
    """Two columns (pdfminer): the last page's column holds three entries in one box."""
    d = doc(
        *ACKNOWLEDGED,
        "Becker, E. A., Teal, T., & Michonneau, F. (2019). Data Carpentry lessons. Zenodo.",
        "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.\n"
        "Kruchten, A. E. (2020). A curricular bioinformatics approach. Frontiers in Microbiology, 11.\n"
        "Lessons. (n.d.). https://datacarpentry.org/lessons/",
    )
    entries = [b.text[:8] for b in d.blocks if b.kind == "reference"]
    assert entries == ["Becker, ", "Darling,", "Kruchten", "Lessons."]


def test_a_headless_list_keeps_the_pieces_a_page_break_cut_off() -> None:
    """OCR: a blank line inside two entries; each piece goes back to its entry."""
    d = doc(
        *ACKNOWLEDGED,
        "Darling, A. E., DeMaere, M. Z., Gaio, D., & Anantanawat, K. (2019). Data for the gene school:",
        "Metagenomics workshop. Zenodo. https://doi.org/10.5281/ZENODO.3585993",
        "Kruchten, A. E. (2020). A curricular bioinformatics approach to teaching undergraduates.",
        "Okie, J. G., Poret-Peterson, A. T., Lee, Z. M., Richter, A., Alcaraz, L. D., Eguiarte, L.",
        "E., Souza, V., & Elser, J. J. (2020). Genomic adaptations in information processing. eLife, 9.",
    )
    entries = [b.text for b in d.blocks if b.kind == "reference"]
    assert [e[:8] for e in entries] == ["Darling,", "Kruchten", "Okie, J."]
    assert entries[0].endswith("ZENODO.3585993") and entries[2].endswith("eLife, 9.")
    assert [b.kind for b in d.blocks[:2]] == ["heading", "paragraph"]


def test_a_heading_between_entry_shaped_units_ends_the_headless_list() -> None:
    d = doc(
        "The lesson was taught three times to students of biology and to their teachers.",
        "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.",
        "Acknowledgments",
        "Kruchten, A. E. (2020). A curricular bioinformatics approach. Frontiers in Microbiology, 11.",
        "Okie, J. G., & Elser, J. J. (2020). Genomic adaptations in information processing. eLife, 9.",
    )
    assert [b.kind for b in d.blocks][:3] == ["paragraph", "paragraph", "heading"]
    assert "reference" not in [b.kind for b in d.blocks]


def test_paragraphs_that_open_with_a_citation_are_no_headless_list() -> None:
    """``However, Wilson (2019) argues ...`` is shaped as an entry; the finished paragraph
    after it is none of its pieces."""
    d = doc(
        "The lesson was taught three times to students of biology and to their teachers.",
        "However, Wilson (2019) argues that live coding slows the pace of a workshop, and our\n"
        "experience partly agrees: the first module took longer than planned in every edition.",
        "We plan to extend the lesson with a module on containers and to translate it to Spanish\n"
        "and Portuguese, so that more learners in Latin America can follow it.",
        "Finally, Brown (2014) showed that spaced practice improves retention, which is why the\n"
        "modules are taught over several weeks rather than in a single intensive week.",
    )
    assert [b.kind for b in d.blocks] == ["paragraph"] * 4


# jose.00240, two columns read by pdftotext: the back matter's columns alternate by
# height, so the list ends at ``Acknowledgements`` and its other entries come among the
# acknowledgement's lines; one of them in three units (a narrow column's lines).
INTERLEAVED = (
    "References",
    "Bakker, M., Post, V., & Fienen, M. N. (2016). Scripting MODFLOW model development using\n"
    "python and FloPy. Groundwater, 54(5), 733–739. https://doi.org/10.1111/gwat.12413",
    "Doherty, J. (2015). PEST and Its Utility Support Software. https://pesthomepage.org/",
    "Acknowledgements",
    "Freyberg, D. L. (1988). An exercise in ground-water model calibration and prediction.\n"
    "Groundwater, 26(3), 350–360. https://doi.org/10.1111/j.1745-6584.1988.tb00399.x",
    "The tutorials were originally developed with support from the US Geological Survey (USGS)\n"
    "and support from USGS continues through the HyTest training project.",
    "White, Jeremy T., Fienen, M. N., & Doherty, J. E. (2016a). A",
    "python framework for environmental model uncertainty",
    "analysis. Environmental Modelling & Software, 85, 217–228.",
)


def test_entries_read_among_the_back_matter_go_back_to_their_list() -> None:
    d = doc("The tutorials are taught every year to students and staff of the survey.", *INTERLEAVED)
    got = [(b.kind, b.text[:12]) for b in d.blocks]
    assert got == [
        ("paragraph", "The tutorial"),
        ("heading", "References"),
        ("reference", "Bakker, M., "),
        ("reference", "Doherty, J. "),
        ("reference", "Freyberg, D."),
        ("reference", "White, Jerem"),
        ("heading", "Acknowledgeme"[:12]),
        ("paragraph", "The tutorial"),
    ]
    assert d.blocks[5].text.endswith("uncertainty analysis. Environmental Modelling & Software, 85, 217–228.")


def test_one_entry_shaped_paragraph_or_a_section_of_the_body_moves_nothing() -> None:
    # One alone (``gathered_min``): a paragraph may open with a citation.
    alone = doc(*INTERLEAVED[:6])
    assert [b.kind for b in alone.blocks][-3:] == ["heading", "paragraph", "paragraph"]
    # A heading no vocabulary knows: the body goes on, its paragraphs are its own.
    body = doc(*INTERLEAVED[:4], "Lessons learned", *INTERLEAVED[4:])
    assert [b.kind for b in body.blocks].count("reference") == 2


BURKE = "Burke, M., Hsiang, S. M., & Miguel, E. (2015). Global non-linear effect of temperature. Nature, 527, 235–239."
DELL = "Dell, M., Jones, B. F., & Olken, B. A. (2012). Temperature shocks and economic growth. AEJ, 4(3), 66–95."


def test_paragraphs_that_cite_works_in_an_appendix_stay_there() -> None:
    """Review: ``However, Burke (2015) ...`` opens with a name and a bracketed year, but no
    list of authors with their initials: a paragraph of the appendix."""
    d = doc(
        "References",
        BURKE,
        DELL,
        "Appendix",
        "This appendix gives the robustness checks of the main estimates for all the specifications.",
        "However, Burke (2015) uses a quadratic in temperature, which we follow in all columns of Table A1.",
        "Moreover, Dell (2012) estimates the effect in levels rather than growth, which we also report.",
    )
    assert [b.kind for b in d.blocks] == ["heading", "reference", "reference", "heading", *["paragraph"] * 3]


def test_entries_an_appendix_introduces_stay_in_it() -> None:
    d = doc(
        "References",
        BURKE,
        "Appendix",
        "The following studies were included in the meta-analysis, by year of publication:",
        DELL,
        "Kopp, R., & Jina, A. (2019). Estimating economic damage from climate change. Science, 356, 1362–1369.",
        "Hsiang, S. M., Kopp, R., & Jina, A. (2017). Estimating economic damage. Science, 356, 1362–1369.",
    )
    assert [b.kind for b in d.blocks][:3] == ["heading", "reference", "heading"]


def test_an_entry_cut_before_the_other_columns_sentence_takes_no_sentence() -> None:
    """Review: an entry cut at a column's foot is not finished by the acknowledgement's
    sentence that comes next (it opens in a capital)."""
    d = doc(
        *INTERLEAVED[:4],
        "Hsiang, S. M., Kopp, R., & Jina, A. (2017). Estimating economic damage from climate change in the United",
        "We thank the Climate Impact Lab for their comments on an early draft.",
        INTERLEAVED[4],
    )
    assert "We thank the Climate Impact Lab for their comments on an early draft." in [b.text for b in d.blocks]


def test_a_numbered_list_gathers_nothing() -> None:
    """Vancouver entries are never read in author-year form: what looks so after the list
    is the appendix's own."""
    d = doc(
        "References",
        "1. Burke M, Hsiang SM, Miguel E. Global non-linear effect of temperature. Nature. 2015;527:235-9.",
        "2. Dell M, Jones BF, Olken BA. Temperature shocks and economic growth. AEJ. 2012;4:66-95.",
        "Appendix",
        BURKE,
        DELL,
    )
    assert [b.kind for b in d.blocks][:4] == ["heading", "reference", "reference", "heading"]
    assert [b.text for b in d.blocks[4:]] == [BURKE, DELL]


def test_an_entry_without_a_year_ends_where_a_box_opens_with_a_name_and_a_year() -> None:
    """hoehnea-49 (pdfminer: an entry a box): ``Ogata ...`` prints no year, so the entry
    after it read as its tail. A box of its own that opens with a name and its year after an
    entry's end is an entry; after an entry left open it is not."""
    ogata = (
        "Ogata, R. & Gomes, E.P.C. Estrutura e composição da\nvegetação no Parque CEMUCAM, Cotia, SP. Hoehnea\n"
        "33(3): 371-384."
    )
    swaine = (
        "Swaine, M.D. & Whitmore, T.C. 1988. On the definition\nof ecological species groups. Vegetation 75: 81-86."
    )
    got = refs(
        "Denslow, J.S. 1980. Gap partitioning among tropical rainforest trees. Biotropica 12: 47-51.", ogata, swaine
    )
    assert [b.text[:10] for b in got] == ["Denslow, J", "Ogata, R. ", "Swaine, M."]
    # The entry before it still open (it ends on no stop): the box goes on it.
    got = refs(ogata.replace("371-384.", "371-384, in"), swaine)
    assert [b.text[:10] for b in got] == ["Ogata, R. "]


def test_a_doi_before_its_entry_s_pages_is_a_link_and_a_doi_cut_at_its_dot_is_none() -> None:
    # pdfminer reads an entry's pages after its DOI (scielo bjb-83): the DOI is linked, the
    # pages stay text. A DOI the text cut after a dot (``zenodo. 4539666``) is no link.
    (got,) = refs(
        "IVANOVA, M. and VAN STADEN, J., 2006. Endogenous cytokinins. Plant Growth Regulation, vol. 50, "
        "no. 2-3, pp. http://dx.doi.org/10.1007/s10725-006-9139-x. 219-230."
    )
    assert [r.url for r in got.runs() if r.kind == "link"] == ["http://dx.doi.org/10.1007/s10725-006-9139-x"]
    (got,) = refs(
        "Develey, P.F. 2000. Resource seasonality. Ecology, https://doi.org/10.1017/s0266467400001255. 33-53. 16(1):"
    )
    assert [r.url for r in got.runs() if r.kind == "link"] == ["https://doi.org/10.1017/s0266467400001255"]
    for cut in (
        "https://doi.org/10.5281/zenodo. 4539666",
        "http://dx.doi.org/10.1111/j. 1399-3054.1962.tb08052.x",
        "http://dx.doi.org/10.1111/j. 473-497. 1399-3054.1962.tb08052.x.",  # (the pages read in between)
    ):
        (got,) = refs(f"Executable Books Community. (2021). Jupyter book. Zenodo. {cut}")
        assert [r for r in got.runs() if r.kind == "link"] == []
