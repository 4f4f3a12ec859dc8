"""Every sentence the checker writes, in English: the msgids of the engine's gettext domain
(``wordcheck``; French in ``locale/fr/LC_MESSAGES/wordcheck.po``, see ``i18n.py``).

Suggestions are phrased as options, not verdicts (federal inclusive-writing guidelines).
"""

from __future__ import annotations

from functools import lru_cache

from .i18n import gettext_, ngettext_

# Why a flag or note matters, per category (and a few variants).
REASONS: dict[str, str] = {
    "effort": (
        "Effort words praise hard work rather than ability and appear more often in "
        "letters for women; pair them with what the effort achieved."
    ),
    "ability": (
        "Ability and standout word: this kind of wording strengthens a letter; no change needed."
    ),
    "doubt": (
        "Hedges, faint praise and negative asides raise doubt about the candidate and "
        "lower how readers rate the whole letter."
    ),
    "personal": (
        "Family, personal life and appearance are irrelevant to the role and are "
        "mentioned far more often for women; consider removing this."
    ),
    "communal": (
        "Communal descriptors (caring, helpful, warm) are used more for women and can "
        "read as less hireable; balance them with concrete achievements."
    ),
    "agentic": "Agentic descriptor: counted for the agentic-to-communal balance; no change needed.",
    "gender_marker": (
        "Naming the gender before a role implies the role is normally held by another "
        "gender; the role alone is enough."
    ),
    "conditional_superlative": (
        "A superlative limited to a gender (best among women) is weaker praise than an "
        "unqualified one; compare the candidate with everyone."
    ),
    "first_name": (
        "The candidate is called by first name while others get a title and surname; use "
        "the same form for everyone."
    ),
    "vague_praise": (
        "Vague praise gives readers nothing to act on and weighs less than specific, "
        "outcome-linked feedback; name what was done and its result."
    ),
    "stereotype": (
        "This word invokes a gender stereotype and is used far more often about women; "
        "describe the specific behaviour and its effect instead."
    ),
    "stereotype_negated": (
        "Even negated, this word invokes a gender stereotype (not emotional still brings "
        "emotion to mind); describe what the person does instead."
    ),
    "masculine_coded": (
        "Masculine-coded wording in job ads lowers how appealing the job looks to women "
        "without drawing more men; consider a neutral word."
    ),
    "feminine_coded": (
        "Feminine-coded word: counted for the balance with masculine-coded wording; no "
        "change needed."
    ),
    "gendered_term": (
        "This term names one gender for a role or group anyone can fill; a neutral term "
        "says the same thing."
    ),
    "masculine_generic": "Masculine generic used for a role anyone can fill.",
    "jargon": (
        "Bro-culture jargon (rockstar, ninja) signals a narrow culture and deters many "
        "applicants; describe the actual skill."
    ),
    "exclusionary": (
        "A requirement that screens out people the job does not need to exclude (by "
        "language of origin, career breaks, family status, age or a physical demand that "
        "may not be essential); state what the work really needs."
    ),
    "confidence_deficit": (
        "A line about confidence the candidate has yet to build reads as a shortcoming, "
        "not as agentic praise; state the confidence already shown, or leave it out."
    ),
    "posting_gap": (
        "Something a good job posting states is missing (salary range, flexibility or an "
        "accommodation statement)."
    ),
    "posting_gap.salary": (
        "The posting gives no salary range; a stated range tells every applicant what to "
        "expect and makes offers easier to compare."
    ),
    "posting_gap.flexibility": (
        "The posting says nothing about flexibility (part-time, flexible hours, remote "
        "work); saying what is possible widens the pool of applicants."
    ),
    "posting_gap.accommodation": (
        "The posting has no accommodation statement; say that accommodation is available "
        "on request at every stage of hiring."
    ),
    "minimal_assurance": (
        "The letter is short or gives few specifics; letters for women are more often "
        "like this, and readers take it as lukewarm support."
    ),
}

# Top-change advice per category: (singular, plural) with {n} for the count.
CHANGES: dict[str, tuple[str, str]] = {
    "effort": (
        "Turn {n} effort word into an accomplishment: say what the work achieved.",
        "Turn {n} effort words into accomplishments: say what the work achieved.",
    ),
    "doubt": (
        "Remove or firm up {n} hedge, doubt raiser or faint praise.",
        "Remove or firm up {n} hedges, doubt raisers or faint praise.",
    ),
    "personal": (
        "Remove {n} mention of family, personal life or appearance.",
        "Remove {n} mentions of family, personal life or appearance.",
    ),
    "communal": (
        "Balance {n} communal descriptor with ability words and concrete results.",
        "Balance {n} communal descriptors with ability words and concrete results.",
    ),
    "gender_marker": (
        "Drop {n} unnecessary gender marker before a role.",
        "Drop {n} unnecessary gender markers before a role.",
    ),
    "conditional_superlative": (
        "Make {n} superlative unconditional: compare with everyone, not one gender.",
        "Make {n} superlatives unconditional: compare with everyone, not one gender.",
    ),
    "first_name": (
        "Use the title and surname instead of the first name (in {n} place).",
        "Use the title and surname instead of the first name (in {n} places).",
    ),
    "vague_praise": (
        "Replace {n} vague compliment with a specific outcome.",
        "Replace {n} vague compliments with specific outcomes.",
    ),
    "stereotype": (
        "Replace {n} stereotype word with a description of the behaviour.",
        "Replace {n} stereotype words with a description of the behaviour.",
    ),
    "masculine_coded": (
        "Swap {n} masculine-coded word for neutral wording.",
        "Swap {n} masculine-coded words for neutral wording.",
    ),
    "gendered_term": (
        "Replace {n} gendered term with a neutral one.",
        "Replace {n} gendered terms with neutral ones.",
    ),
    "masculine_generic": (
        "Rewrite {n} masculine generic with neutral wording or a full doublet.",
        "Rewrite {n} masculine generics with neutral wording or a full doublet.",
    ),
    "jargon": (
        "Replace {n} jargon word with the actual skill.",
        "Replace {n} jargon words with the actual skill.",
    ),
    "exclusionary": (
        "Rewrite {n} requirement that excludes people the job does not need to exclude.",
        "Rewrite {n} requirements that exclude people the job does not need to exclude.",
    ),
    "posting_gap": (
        "Add {n} thing a good posting states: salary range, flexibility or accommodation.",
        "Add {n} things a good posting states: salary range, flexibility, accommodation.",
    ),
    "minimal_assurance": (
        "Add length and specifics: outputs, numbers, comparisons with peers.",
        "Add length and specifics: outputs, numbers, comparisons with peers.",
    ),
    "specificity": (
        "Add concrete accomplishments: numbers, outputs, named projects and results.",
        "Add concrete accomplishments: numbers, outputs, named projects and results.",
    ),
}

# Job posting verdicts: the overall label and the sentences that give its reasons.
VERDICTS: dict[str, str] = {
    "key.good": "Inclusive wording: no change stands out.",
    "key.improve": "Could be more inclusive: see the reasons below.",
    "key.revise": "Worth revising before it is posted: see the reasons below.",
    "lean.strongly-masculine": (
        "Strongly masculine-coded: {a} masculine-coded words against {b} feminine-coded."
    ),
    "lean.masculine": (
        "Leans masculine-coded: {a} masculine-coded words against {b} feminine-coded."
    ),
    "lean.neutral": "Balanced: {a} masculine-coded and {b} feminine-coded words.",
    "lean.feminine": "Leans feminine-coded: {b} feminine-coded words against {a} masculine-coded.",
    "lean.strongly-feminine": (
        "Strongly feminine-coded: {b} feminine-coded words against {a} masculine-coded."
    ),
    "gap.salary": "No salary range is stated.",
    "gap.flexibility": "Nothing is said about flexibility (part-time, hours, remote work).",
    "gap.accommodation": "There is no accommodation statement.",
}

# Notes about the word lists.
LIST_NOTES: dict[str, str] = {
    "project": (
        "Indicative: no published, validated French list exists for this category; the "
        "toolkit's own list was used (see the methods page)."
    ),
}


@lru_cache(maxsize=512)
def reason(key: str, lang: str) -> str:
    return gettext_(lang, REASONS[key])


@lru_cache(maxsize=128)
def verdict_text(key: str, lang: str) -> str:
    return gettext_(lang, VERDICTS[key])


@lru_cache(maxsize=16)
def list_note(key: str, lang: str) -> str:
    return gettext_(lang, LIST_NOTES[key])


@lru_cache(maxsize=4096)
def change(category: str, n: int, lang: str) -> str:
    """The top-change sentence with the right plural for ``lang`` (gettext's plural rule)."""
    one, other = CHANGES[category]
    text = gettext_(lang, one) if one == other else ngettext_(lang, one, other, n)
    return text.format(n=n)
