"""Unit tests of the writing checker engine, per category and language, with the traps."""

from __future__ import annotations

import pytest

from allykit.wordcheck import CATEGORIES, GENRE_CATEGORIES, GENRES, CheckError, check


def cats(text: str, genre: str = "letter", lang: str = "en") -> list[tuple[str, str]]:
    return [(f.category, f.text) for f in check(text, genre, lang).flags]


def has(text: str, category: str, span: str, genre: str = "letter", lang: str = "en") -> bool:
    return (category, span) in cats(text, genre, lang)


# --- letters, reviews, nominations (English) -------------------------------------------------


@pytest.mark.parametrize(
    "text,category,span",
    [
        ("She is a hardworking resident.", "effort", "hardworking"),
        ("She is a hard-working resident.", "effort", "hard-working"),
        ("She is diligent and punctual.", "effort", "diligent"),
        ("Her work is brilliant and innovative.", "ability", "brilliant"),
        ("It seems she may become a good leader.", "doubt", "It seems"),
        ("Her work was adequate.", "doubt", "adequate"),
        ("She has two children at home.", "personal", "children"),
        ("Her husband is a nurse.", "personal", "husband"),
        ("She is caring and warm.", "communal", "caring"),
        ("She is confident and ambitious.", "agentic", "confident"),
        ("She is a female surgeon.", "gender_marker", "female surgeon"),
        ("She is one of the best women in surgery.", "conditional_superlative", "best women"),
        ("She is very good for a woman.", "conditional_superlative", "for a woman"),
        ("She did a great job this year.", "vague_praise", "great job"),
        ("She can be abrasive and bossy.", "stereotype", "abrasive"),
    ],
)
def test_letter_categories_en(text: str, category: str, span: str) -> None:
    assert has(text, category, span)


def test_negated_stereotype_is_flagged_with_its_own_reason() -> None:
    flags = check("She is never emotional.", "letter", "en").flags
    (flag,) = [f for f in flags if f.category == "stereotype"]
    assert flag.text == "emotional"
    assert "negated" in flag.reason.lower() or "even" in flag.reason.lower()


def test_negated_strength_is_not_counted() -> None:
    assert ("agentic", "confidence") not in cats("She lacks confidence when presenting.")
    assert ("agentic", "outspoken") not in cats("She is not the most outspoken member.")


def test_only_the_t_of_nt_negates() -> None:
    # Hypothesis found it: a backtick (read as an apostrophe) before a capital T made "'t"
    # look like "n't", and every flag of the sentence was dropped as negated.
    assert ("effort", "hardworking") in cats("`T she is hardworking.")
    assert ("agentic", "confident") in cats("'T she is confident.")
    assert ("agentic", "confident") not in cats("She isn't confident.")
    assert ("agentic", "confident") not in cats("She can't be confident.")


def test_first_name_when_others_get_a_title() -> None:
    text = "I recommend Dr. Jane Roe. Jane is skilled. Dr. Smith agrees."
    flags = [f for f in check(text, "letter", "en").flags if f.category == "first_name"]
    assert [f.text for f in flags] == ["Jane"]
    assert "Dr. Roe" in flags[0].alternatives


def test_no_first_name_flag_without_titles() -> None:
    assert not [c for c, _ in cats("Jane Roe joined us. Jane is skilled.") if c == "first_name"]


def test_candidate_name_and_pronouns_are_not_flagged() -> None:
    text = "Dr. Joy Strong is excellent. She leads the unit; her results are strong. Dr. Strong."
    flagged = {t for _c, t in cats(text)}
    assert not flagged & {"Joy", "Strong", "She", "her"}


def test_family_medicine_is_not_personal_life() -> None:
    assert not has("She is a family physician in family medicine.", "personal", "family")


def test_devoted_mother_is_personal_not_effort() -> None:
    found = cats("She is a devoted mother of two.")
    assert ("personal", "mother") in found and ("effort", "devoted") not in found


def test_award_name_in_title_case_is_not_praise() -> None:
    assert not has("She won the Award for Excellence in Patient Safety.", "ability", "Excellence")


# --- job postings (English) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,category,span",
    [
        ("You are competitive and assertive.", "masculine_coded", "competitive"),
        ("You will lead a team.", "masculine_coded", "lead"),
        ("We value a commitment to patients.", "feminine_coded", "commitment"),
        ("You are kind and supportive.", "feminine_coded", "kind"),
        ("Our chairman will meet you.", "gendered_term", "chairman"),
        ("Hey guys, apply now.", "gendered_term", "guys"),
        ("We want a coding rockstar and a ninja.", "jargon", "rockstar"),
        ("He will report to the dean.", "gendered_term", "He"),
        ("You are self-reliant.", "masculine_coded", "self-reliant"),
    ],
)
def test_job_categories_en(text: str, category: str, span: str) -> None:
    assert has(text, category, span, "job")


@pytest.mark.parametrize(
    "text",
    [
        "The committee will review applications.",
        "Responsibilities include scheduling.",
        "Experience with any kind of record is welcome.",
        "We are a leading provider of care.",
        "Objectives are set with your manager.",
        "A Master's degree is required.",
        "The fellowship program starts in July.",
        "An interest in research is an asset.",
        "Experience with SharePoint is an asset.",
        "Analysts on the service desk provide technical support.",
        "We offer a competitive salary.",
        "Individuals with disabilities are encouraged to apply.",
        "He or she will report to the dean.",
        "Salary depending on experience.",
    ],
)
def test_job_traps_en(text: str) -> None:
    assert cats(text, "job") == []


def test_interest_is_not_a_superlative() -> None:
    assert cats("Her interest in research is the greatest asset.", "letter") == []


def test_job_genre_does_not_use_letter_lists() -> None:
    assert not [c for c, _ in cats("She is hardworking.", "job")]


# --- French -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,category,span",
    [
        ("Elle est travaillante et consciencieuse.", "effort", "travaillante"),
        ("Elle est brillante et rigoureuse.", "ability", "brillante"),
        ("Il semble qu'elle pourrait devenir cheffe.", "doubt", "Il semble"),
        ("Son mari travaille ici.", "personal", "mari"),
        ("Elle est bienveillante et chaleureuse.", "communal", "bienveillante"),
        ("Elle est ambitieuse et autonome.", "agentic", "ambitieuse"),
        ("C'est une femme médecin.", "gender_marker", "femme médecin"),
        (
            "Elle est l'une des meilleures femmes en chirurgie.",
            "conditional_superlative",
            "meilleures femmes",
        ),
        ("Elle a fait du bon travail.", "vague_praise", "fait du bon travail"),
        ("Elle est émotive et autoritaire.", "stereotype", "émotive"),
    ],
)
def test_letter_categories_fr(text: str, category: str, span: str) -> None:
    assert has(text, category, span, "letter", "fr")


@pytest.mark.parametrize(
    "text,category,span",
    [
        ("Vous êtes compétitive et ambitieuse.", "masculine_coded", "compétitive"),
        ("Vous collaborerez avec l'équipe.", "feminine_coded", "collaborerez"),
        ("Le candidat idéal parle anglais.", "masculine_generic", "Le candidat"),
        ("Infirmier recherché pour l'urgence.", "masculine_generic", "Infirmier"),
        ("L'homme de la situation saura agir.", "gendered_term", "homme de la situation"),
        ("Une directeure sera nommée.", "gendered_term", "directeure"),
    ],
)
def test_job_categories_fr(text: str, category: str, span: str) -> None:
    assert has(text, category, span, "job", "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Nous recrutons des infirmières et des infirmiers.",
        "Poste d'infirmière ou d'infirmier à l'urgence.",
        "Le personnel infirmier est formé.",
        "Infirmier(ère) recherché(e).",
        "Nous offrons un salaire concurrentiel.",
        "Les objectifs sont fixés avec la gestionnaire.",
        "Offrir du soutien technique au personnel.",
        "Les données sensibles sont protégées.",
        "Les soins aux patients sont prioritaires.",
    ],
)
def test_job_traps_fr(text: str) -> None:
    assert cats(text, "job", "fr") == []


def test_peut_etre_needs_its_hyphen() -> None:
    assert has("Elle est peut-être prête.", "doubt", "peut-être", "letter", "fr")
    assert not [c for c, _ in cats("Elle peut être ferme.", "letter", "fr") if c == "doubt"]


# --- Unicode and real text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,span",
    [
        ("She is hard\u2011working.", "hard\u2011working"),  # non-breaking hyphen
        ("She is hard\u2010working.", "hard\u2010working"),
        ("She is hard-\nworking.", "hard-\nworking"),  # hyphenated line break
        ("She is HARDWORKING.", "HARDWORKING"),
        ("She is hard\u00adworking.", "hard\u00adworking"),  # soft hyphen
        ("\u2022 hardworking\n\u2022 punctual", "hardworking"),  # pasted bullets
        ("She is \u201chardworking\u201d.", "hardworking"),
    ],
)
def test_unicode_variants(text: str, span: str) -> None:
    flags = [f for f in check(text, "letter", "en").flags if f.category == "effort"]
    assert flags and flags[0].text == span
    assert text[flags[0].start : flags[0].end] == span


def test_line_break_inside_a_word_is_joined() -> None:
    flags = check("We value commit-\nment to patients.", "job", "en").flags
    assert [f.category for f in flags] == ["feminine_coded"]


def test_decomposed_accents_match_and_spans_index_the_original() -> None:
    text = "Elle est chaleureuse et be\u0301ne\u0301vole, tre\u0300s de\u0301voue\u0301e."
    flags = check(text, "letter", "fr").flags
    got = {f.text for f in flags}
    assert "de\u0301voue\u0301e" in got


def test_non_breaking_space_and_curly_apostrophe_fr() -> None:
    assert has(
        "C\u2019est l\u2019homme de la situation.",
        "gendered_term",
        "homme de la situation",
        "job",
        "fr",
    )
    assert has("Elle est\u00a0travaillante.", "effort", "travaillante", "letter", "fr")


def test_no_hits_inside_longer_words() -> None:
    assert cats("The committee met the shareholders about SharePoint.", "job") == []
    assert cats("The leadership committee is uncommitted.", "job") == [
        ("masculine_coded", "leadership")
    ]


# --- API ------------------------------------------------------------------------------------------


def test_errors_have_codes() -> None:
    with pytest.raises(CheckError) as e:
        check("x", "poem", "en")
    assert e.value.code == "unknown_genre" and isinstance(e.value, ValueError)
    with pytest.raises(CheckError) as e:
        check("x", "job", "de")
    assert e.value.code == "unknown_language"
    with pytest.raises(CheckError) as e:
        check("x" * 100_001, "job", "en")
    assert e.value.code == "too_long"


def test_ignore_rule_and_category() -> None:
    text = "She is hardworking and caring."
    assert cats(text, "letter") == [("effort", "hardworking"), ("communal", "caring")]
    assert cats.__wrapped__ if False else True
    r = check(text, "letter", "en", frozenset({"en.effort.hardworking"}))
    assert [f.category for f in r.flags] == ["communal"]
    r = check(text, "letter", "en", frozenset({"communal"}))
    assert [f.category for f in r.flags] == ["effort"]


def test_report_dict_shape() -> None:
    d = check("Dr. Ann Lee is hardworking. Ann is brilliant.", "letter", "en").to_dict()
    flag = d["flags"][0]
    assert set(flag) >= {
        "start",
        "end",
        "text",
        "category",
        "rule_id",
        "reason",
        "source",
        "alternatives",
    }
    # The engine names the source by its reference-list key only; the web app and the CLI
    # cite it (allykit/wordcheck/citing.py).
    assert flag["source"] == {"key": "trix2003"}
    s = d["summary"]
    assert set(s) >= {
        "words",
        "counts",
        "rates_per_1000",
        "ability_effort_balance",
        "agentic_communal_balance",
        "length",
        "specificity",
        "top_changes",
    }
    assert s["ability_effort_balance"]["ability"] == 1
    assert len(s["top_changes"]) <= 3


def test_french_report_in_french_and_indicative_lists() -> None:
    d = check("Vous êtes ambitieuse.", "job", "fr").to_dict()
    assert "connotation masculine" in d["flags"][0]["reason"]
    assert "masculine_coded" in d["summary"]["indicative_lists"]
    assert d["summary"]["indicative_note"]


def test_every_category_has_labels_and_reasons() -> None:
    from allykit.wordcheck.messages import REASONS, reason

    for cat in CATEGORIES:
        assert set(CATEGORIES[cat]) == {"en", "fr"}
        assert CATEGORIES[cat]["fr"] != CATEGORIES[cat]["en"]
        assert cat in REASONS and reason(cat, "fr") != REASONS[cat]
    for genre in GENRES:
        assert set(GENRE_CATEGORIES[genre]) <= set(CATEGORIES)
