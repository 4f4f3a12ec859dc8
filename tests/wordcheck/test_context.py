"""Words read in context (issue 14): the principles behind each rule, with hard negatives."""

from __future__ import annotations

import pytest

from allykit.wordcheck import check


def cats(text: str, genre: str = "letter", lang: str = "en") -> list[tuple[str, str]]:
    return [(f.category, f.text) for f in check(text, genre, lang).flags]


def has(text: str, category: str, genre: str = "letter", lang: str = "en") -> bool:
    return any(c == category for c, _ in cats(text, genre, lang))


@pytest.mark.parametrize(
    "text",
    [
        "She spends her mornings caring for dying patients.",
        "She treats children with cancer and their families.",
        "She meets the patient's family every week.",
        "She trained at the Children's Hospital.",
    ],
)
def test_clinical_senses_are_not_personal_or_communal(text: str) -> None:
    assert cats(text) == []


def test_the_candidates_own_family_is_still_flagged() -> None:
    assert has("She is caring for her elderly mother and three kids.", "personal")
    assert has("Her husband is a surgeon.", "personal")


@pytest.mark.parametrize(
    "text", ["It was a dramatic improvement.", "Her talk had emotional depth.", "Beautiful work."]
)
def test_a_descriptor_of_a_thing_is_not_a_trait(text: str) -> None:
    assert cats(text) == []


def test_a_descriptor_of_the_person_is_still_flagged() -> None:
    assert has("She was dramatic and emotional.", "stereotype")


def test_part_of_speech_verbs_are_not_adjectives() -> None:
    assert not has("She engaged to create a tool.", "personal")
    assert has("She is engaged to a cardiologist.", "personal")
    assert not has("She has accomplished every task.", "ability")
    assert has("She is an accomplished surgeon.", "ability")
    fr = "Le projet a mené à une baisse. Elle a accompli les tâches. Elle sait donner le ton."
    assert cats(fr, lang="fr") == []


def test_french_circumstance_is_not_a_hedge() -> None:
    text = "Malgré la pandémie, elle a choisi la recherche plutôt que la pratique un jour sur deux."
    assert cats(text, lang="fr") == []
    assert has("Malgré son peu d'expérience, elle réussit.", "doubt", lang="fr")


def test_most_talented_is_one_superlative() -> None:
    flags = cats("She is the most talented resident I know.")
    assert ("conditional_superlative", "talented") not in flags
    assert not has("She is the most talented resident I know.", "conditional_superlative")
    assert has("She is the most talented woman in the program.", "conditional_superlative")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("As she develops more confidence, she will do more.", "en"),
        ("She should be more confident in meetings.", "en"),
        ("Elle devrait être plus confiante en réunion.", "fr"),
    ],
)
def test_a_confidence_deficit_is_a_doubt_not_agentic_praise(text: str, lang: str) -> None:
    flags = cats(text, lang=lang)
    assert any(c == "doubt" for c, _ in flags)
    assert not any(c == "agentic" for c, _ in flags)


def test_job_ad_compounds() -> None:
    text = (
        "You will report to the team leader, each decision-maker and information technology "
        "support."
    )
    assert cats(text, genre="job") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "may need some guidance",
        "quite good, considering it was her first time",
        "Her work so far has been good",
        "will do whatever is asked of her",
        "never complains",
        "quiet in meetings",
    ],
)
def test_doubt_phrases(phrase: str) -> None:
    assert has(f"She {phrase}.", "doubt")


def test_so_far_needs_a_person() -> None:
    assert not has("So far this year the clinic booked 1,120 visits.", "doubt")


@pytest.mark.parametrize("text", ["She is a female chef.", "A lady doctor.", "A male nurse."])
def test_gender_markers_on_any_role(text: str) -> None:
    assert has(text, "gender_marker")


def test_gender_marker_negatives_and_young_woman() -> None:
    assert not has("She sees female patients in the pelvic clinic.", "gender_marker")
    assert has("She is a young woman with a future.", "gender_marker")


def test_standout_words_count_on_the_agentic_side() -> None:
    r = check("She is exceptional, outstanding and renowned, a rising star.", "letter", "en")
    balance = r.summary["agentic_communal_balance"]
    assert balance["standout"] == 4 and balance["agentic"] == 4


def test_french_idioms_inflections_and_missing_accents() -> None:
    text = (
        "Mme Gagnon ne compte jamais ses heures et elle est toujours prête à rendre service. "
        "Elle est soignée, bien coiffée et devouee, tres patiente avec les internes."
    )
    found = {c for c, _ in cats(text, lang="fr")}
    assert {"effort", "communal", "personal"} <= found
    assert ("effort", "devouee") in cats(text, lang="fr")


def test_accentless_form_is_not_matched_on_a_capital() -> None:
    # "Marie" is a name, not "mariée" typed without accents
    assert not has("Nous avons parlé à Marie hier.", "personal", lang="fr")


def test_exclusionary_requirements_and_posting_gaps() -> None:
    ad = (
        "Requirements: native English speaker; uninterrupted practice; available 24/7; "
        "must be able to lift 50 pounds."
    )
    r = check(ad, "job", "en")
    assert sum(f.category == "exclusionary" for f in r.flags) == 4
    gaps = {n.rule_id for n in r.notes}
    assert gaps == {
        "en.posting_gap.salary",
        "en.posting_gap.flexibility",
        "en.posting_gap.accommodation",
    }
    assert r.summary["verdict"]["key"] == "revise"
    assert r.summary["verdict"]["reasons"]


def test_a_complete_posting_has_no_gap() -> None:
    ad = (
        "The salary range is $52 to $61 an hour. Part-time schedules are possible. "
        "Accommodation is available on request."
    )
    r = check(ad, "job", "en")
    assert r.notes == ()
    assert r.summary["verdict"]["key"] == "good"


def test_alternatives_fit_the_part_of_speech() -> None:
    r = check("You will lead the department of surgery.", "job", "en")
    (flag,) = [f for f in r.flags if f.text == "lead"]
    assert "guide" not in flag.alternatives
    r = check("You are analytical.", "job", "en")
    (flag,) = r.flags
    assert "examine" not in flag.alternatives


def test_plurals_in_top_changes() -> None:
    r = check("Her husband and her children came.", "letter", "en")
    messages = [c["message"] for c in r.summary["top_changes"]]
    assert not any("(s)" in m for m in messages)
    assert any("2 mentions" in m for m in messages)


def test_honorific_suggestion_keeps_the_title_already_used() -> None:
    r = check("I support Dr. Sarah Chen. Sarah is great. Dr. Brown agrees.", "letter", "en")
    (flag,) = [f for f in r.flags if f.category == "first_name"]
    assert flag.alternatives == ("Dr. Chen",)
    r = check("Je recommande la Dre Julie Roy. Julie est là. Le Dr Martin aussi.", "letter", "fr")
    (flag,) = [f for f in r.flags if f.category == "first_name"]
    assert flag.alternatives == ("Dre Roy",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She kept the quiet room open for families.", "en"),
        ("Families often ask for her by name.", "en"),
        ("She runs a support group for families of children in the NICU.", "en"),
        ("She explains each plan to families in plain words.", "en"),
        ("Elle a gardé la salle de repos ouverte aux familles.", "fr"),
        ("Elle anime un groupe pour des familles d'enfants hospitalisés.", "fr"),
    ],
)
def test_the_families_she_serves_are_not_her_private_life(text: str, lang: str) -> None:
    # One candidate has one family: a plural names the families the work is for, and a
    # family word that completes it (families of children) is theirs.
    assert not has(text, "personal", lang=lang)


def test_her_own_family_and_children_stay_personal() -> None:
    assert has("She took a year off to care for her family.", "personal")
    assert has("She balances her children and her research.", "personal")
    assert has("Elle a pris congé pour sa famille.", "personal", lang="fr")
